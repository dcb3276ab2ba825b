#!/bin/bash
# render_precision.sh: judge.py on the sample (100 facts: 50 Observations + 50 others; the pool has 77 + 50).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261206 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc26base/.venv/bin/aikg (main 55e6c1d)" \
  /work/fc26base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc26-base precision_judged.md
