#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261208, 90 facts) and the fresh sample (seed 20261209 on the
# after pool: 99 Observations + 40 others -> 50 + all 40 = 90 facts); correct the hard-coded "/100" and "/50" (others) to /90, /40.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc28merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261208 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc28-after (copy /tmp/judge28b-store), aikg /work/fc28merge/.venv/bin/aikg (merge ddad891)"
sed -i -E '/^\*\*Strict /s#/100#/90#g' precision_same_sample_after.md
SEED=20261209 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc28merge/.venv/bin/aikg (merge ddad891, first-contact run /tmp/fc28-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge28b-store precision_after.md
sed -i -E '/^\*\*Strict: /{s#/100#/90#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/40 strict, \2/40 lenient#}' precision_after.md
sed -i 's#^Sample: seed 20261209 (random.Random), 50 Observations + 50 others;#Sample: seed 20261209 (random.Random), 50 Observations + 50 others requested - the pool has 99 Observations but only 40 others, so 50 + 40 = 90 facts are judged (73 verdicts carried from identical facts of the re-judged baseline sample, 17 judged by hand);#' precision_after.md
