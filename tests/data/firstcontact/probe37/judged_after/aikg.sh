#!/bin/bash
# aikg.sh: the aikg CLI after round 1 (PYTHONPATH=/work/m37a/src, python /work/main/.venv/bin/python)
PYTHONPATH=/work/m37a/src exec /work/main/.venv/bin/python -m aikg "$@"
