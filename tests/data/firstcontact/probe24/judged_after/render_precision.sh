#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261206, 96 facts) and the fresh sample (seed 20261206 on the
# after pool: 79 Observations + 48 others -> 50 + 48 = 98 facts; judge.py's hard-coded /100 and others' /50 corrected to /98, /48).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc24after/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261206 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc24-after-store (copy /tmp/judge24b-store), aikg /work/fc24after/.venv/bin/aikg (main 09f2b20)"
sed -i -E 's#/100#/96#g; s#out of 100#out of 96#' precision_same_sample_after.md
SEED=20261206 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc24after/.venv/bin/aikg (main 09f2b20, first-contact run /tmp/fc24-after-store)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge24b-store precision_after.md
sed -i -E '/^\*\*Strict: /{s#/100#/98#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/48 strict, \2/48 lenient#}' precision_after.md
sed -i 's#^Sample: seed 20261206 (random.Random), 50 Observations + 50 others;#Sample: seed 20261206 (random.Random), 50 Observations + 50 others requested - the pool has 79 Observations but only 48 others, so 50 + 48 = 98 facts are judged (80 verdicts carried from identical baseline facts, 18 judged by hand);#' precision_after.md
