#!/bin/bash
# render_precision.sh: judge.py on the sample (100 facts: 50 Observations + 50 others; the pool has 132 + 55).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261207 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc27base/.venv/bin/aikg (main 503ee0d)" \
  /work/fc27base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc27-base precision_judged.md
