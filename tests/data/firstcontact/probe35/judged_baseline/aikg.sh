#!/bin/bash
# aikg.sh: the baseline aikg CLI (PYTHONPATH=/work/fc35base/src, python /work/main/.venv/bin/python)
PYTHONPATH=/work/fc35base/src exec /work/main/.venv/bin/python -m aikg "$@"
