#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261210, 100 facts) and the fresh sample (seed 20261211 on the
# after pool: 135 Observations + 58 others -> 50 + 50 = 100 facts, as the baseline; no /100 correction needed).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc29merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261210 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc29-after (copy /tmp/judge29b-store), aikg /work/fc29merge/.venv/bin/aikg (merge 13c534d)"
SEED=20261211 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc29merge/.venv/bin/aikg (merge 13c534d, first-contact run /tmp/fc29-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge29b-store precision_after.md
