#!/bin/bash
# render_precision.sh: same_sample_table.py on the baseline's sample (100 facts: 61 Observations + 39 others).
# same_sample_table.py's '/100' is right here (100 rows).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261207 /work/main/.venv/bin/python /work/main/tests/data/firstcontact/judge/same_sample_table.py after verdicts_same_after \
  "/tmp/m4-probe36-frozen (copy /tmp/judge36b-store), aikg PYTHONPATH=/work/m4/src (merge36 98f7a8f3)"
cat precision_notes_after.md >> precision_same_sample_after.md
