#!/bin/bash
# render_precision.sh: same_sample_table.py on the baseline's sample (all 98 typed facts: 62 Observations + 36 others).
# same_sample_table.py writes '/100'; the sed corrects it to /98.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261207 /work/main/.venv/bin/python /work/main/tests/data/firstcontact/judge/same_sample_table.py after verdicts_same_after \
  "/tmp/m35-probe35-frozen (copy /tmp/judge35b-store), aikg PYTHONPATH=/work/wt-merge35/src (merge35 a23befce, aikg-rules-29-s32)"
sed -i -e 's#/100#/98#g' precision_same_sample_after.md
cat precision_notes_after.md >> precision_same_sample_after.md
