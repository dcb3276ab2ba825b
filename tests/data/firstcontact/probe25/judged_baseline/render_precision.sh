#!/bin/bash
# render_precision.sh: judge.py on the sample (100 facts: 50 Observations + 50 others; the pool has 81 + 57).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261206 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc25base/.venv/bin/aikg (main 0389416)" \
  /work/fc25base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc25-base precision_judged.md
