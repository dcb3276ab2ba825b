#!/bin/bash
# render_precision.sh: same_sample_table.py on the baseline's sample (100 facts: 55 Observations + 45 others).
# same_sample_table.py's '/100' is right here (100 rows).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261208 /work/main/.venv/bin/python /work/main/tests/data/firstcontact/judge/same_sample_table.py after verdicts_same_after \
  "/tmp/m37a-probe37-frozen (copy /tmp/judge37b-store), aikg PYTHONPATH=/work/m37a/src (merge37 d4c4f453)"
cat precision_notes_after.md >> precision_same_sample_after.md
