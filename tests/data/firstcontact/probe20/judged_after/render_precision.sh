#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261215, all 82 baseline facts) and the fresh "sample"
# (seed 20261216 = the whole after pool, 83 facts: 48 Observations + 35 others), then correct the scripts' hard-coded /100 and /50.
set -e
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc20base/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261215 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc-probe20 (copy /tmp/judge20b-store), aikg /work/fc20fc/.venv/bin/aikg"
sed -i -E 's#/100#/82#g; s#out of 100#out of 82#' precision_same_sample_after.md
SEED=20261216 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc20fc/.venv/bin/aikg (first-contact build)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge20b-store precision_after.md
sed -i -E '/^\*\*Strict: /{s#/100#/83#g; s#(Observations [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/48 strict, \2/48 lenient#; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/35 strict, \2/35 lenient#}' precision_after.md
sed -i 's#^Sample: seed 20261216 (random.Random), 50 Observations + 50 others;#Sample: seed 20261216 (random.Random), 50 Observations + 50 others requested - the pool has only 48 + 35, so all 83 typed facts are judged (77 carried from identical baseline facts, 6 judged by hand);#' precision_after.md
