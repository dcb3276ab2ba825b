#!/bin/bash
# aikg.sh: the aikg CLI after round 1 (merge35: PYTHONPATH=/work/wt-merge35/src, python /work/main/.venv/bin/python)
PYTHONPATH=/work/wt-merge35/src exec /work/main/.venv/bin/python -m aikg "$@"
