#!/bin/bash
# render_precision.sh: judge.py on the sample (93 facts: 50 Observations + all 43 others, the pool has only 43 non-Observations),
# then correct the hard-coded "/100" and "/50" (others) denominators in the summary line (the counts are judge.py's).
set -e
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261215 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc21base/.venv/bin/aikg (main 09e9d3c)" \
  /work/fc21base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc21-base precision_judged.md
sed -i -E '/^\*\*Strict: /{s#/100#/93#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/43 strict, \2/43 lenient#}' precision_judged.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others requested - the pool has 69 Observations but only 43 others, so 50 + 43 = 93 facts are judged;#' precision_judged.md
