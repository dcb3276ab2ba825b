#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261214, 100 facts) and the fresh sample (seed 20261215 on the
# after pool: 89 Observations + 68 others -> 50 + 50 = 100 facts, as the baseline).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc31merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261214 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc31-after (copy /tmp/judge31b-store), aikg /work/fc31merge/.venv/bin/aikg (merge be0fca2)"
SEED=20261215 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc31merge/.venv/bin/aikg (merge be0fca2, first-contact run /tmp/fc31-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge31b-store precision_after.md
