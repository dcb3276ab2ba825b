#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261221, 100 facts) and the fresh sample (seed 20261222 on the
# after pool: 143 Observations + 62 others -> 50 + 50 = 100 facts, as the baseline).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc32merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261221 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc32-after (copy /tmp/judge32b-store), aikg /work/fc32merge/.venv/bin/aikg (merge 6588308)"
SEED=20261222 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc32merge/.venv/bin/aikg (merge 6588308, first-contact run /tmp/fc32-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge32b-store precision_after.md
