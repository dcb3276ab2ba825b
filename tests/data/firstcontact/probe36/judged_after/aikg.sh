#!/bin/bash
# aikg.sh: the aikg CLI after round 1 (PYTHONPATH=/work/m4/src, python /work/main/.venv/bin/python)
PYTHONPATH=/work/m4/src exec /work/main/.venv/bin/python -m aikg "$@"
