#!/bin/bash
# render_precision.sh: judge.py on the sample (100 facts: 50 Observations + 50 others).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261231 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc34base/.venv/bin/aikg (baseline)" \
  /work/fc34base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc34-baseline precision_judged.md
