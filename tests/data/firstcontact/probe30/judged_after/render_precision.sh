#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261212, 100 facts) and the fresh sample (seed 20261213 on the
# after pool: 107 Observations + 52 others -> 50 + 50 = 100 facts, as the baseline).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc30merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261212 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc30-after (copy /tmp/judge30b-store), aikg /work/fc30merge/.venv/bin/aikg (merge b213bb0)"
SEED=20261213 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc30merge/.venv/bin/aikg (merge b213bb0, first-contact run /tmp/fc30-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge30b-store precision_after.md
