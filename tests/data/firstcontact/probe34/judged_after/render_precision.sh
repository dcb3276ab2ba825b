#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261231, 100 facts) and the fresh sample (seed 20261232 on the
# after pool: 85 Observations + 53 others -> 50 + 50 = 100 facts, as the baseline).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc34merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261231 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc34-after (copy /tmp/judge34b-store), aikg /work/fc34merge/.venv/bin/aikg (merge a1ac302, aikg-rules-27-s31m)"
SEED=20261232 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc34merge/.venv/bin/aikg (merge a1ac302, aikg-rules-27-s31m; first-contact run /tmp/fc34-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge34b-store precision_after.md
