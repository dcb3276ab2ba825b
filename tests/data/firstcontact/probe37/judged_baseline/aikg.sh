#!/bin/bash
# aikg.sh: the baseline aikg CLI (PYTHONPATH=/work/base37/src, python /work/main/.venv/bin/python)
PYTHONPATH=/work/base37/src exec /work/main/.venv/bin/python -m aikg "$@"
