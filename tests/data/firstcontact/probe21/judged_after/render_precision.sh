#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261215, 93 facts) and the fresh sample (seed 20261215 on the
# after pool: 50 Observations + all 47 others = 97 facts), then correct the scripts' hard-coded /100 and /50.
set -e
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/main/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261215 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/m2-probe21-forjudge (copy /tmp/judge21b-store), aikg /work/main/.venv/bin/aikg"
sed -i -E 's#/100#/93#g; s#out of 100#out of 93#' precision_same_sample_after.md
SEED=20261215 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/main/.venv/bin/aikg (main, merge of this session)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge21b-store precision_after.md
sed -i -E '/^\*\*Strict: /{s#/100#/97#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/47 strict, \2/47 lenient#}' precision_after.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others requested - the pool has 73 Observations but only 47 others, so 50 + 47 = 97 facts are judged (65 carried from identical baseline facts, 32 judged by hand);#' precision_after.md
