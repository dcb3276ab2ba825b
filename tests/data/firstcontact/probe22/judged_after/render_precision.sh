#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261215, 85 facts) and the fresh sample (seed 20261215 on the
# after pool: 50 Observations + all 34 others = 84 facts), then correct the scripts' hard-coded /100 and /50.
set -e
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc22after/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261215 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/m19-probe22-forjudge (copy /tmp/judge22b-store), aikg /work/fc22after/.venv/bin/aikg"
sed -i -E 's#/100#/85#g; s#out of 100#out of 85#' precision_same_sample_after.md
SEED=20261215 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc22after/.venv/bin/aikg (first-contact run of this session)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge22b-store precision_after.md
sed -i -E '/^\*\*Strict: /{s#/100#/84#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/34 strict, \2/34 lenient#}' precision_after.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others requested - the pool has 101 Observations but only 34 others, so 50 + 34 = 84 facts are judged (67 carried from identical baseline facts, 17 judged by hand);#' precision_after.md
