#!/bin/bash
# render_precision.sh: judge.py on the sample (85 facts: 50 Observations + all 35 others, the pool has only 35 non-Observations),
# then correct the hard-coded "/100" and "/50" (others) denominators in the summary line (the counts are judge.py's).
set -e
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261215 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc22base/.venv/bin/aikg (main ca65f61)" \
  /work/fc22base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc22-base precision_judged.md
sed -i -E '/^\*\*Strict: /{s#/100#/85#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/35 strict, \2/35 lenient#}' precision_judged.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others requested - the pool has 105 Observations but only 35 others, so 50 + 35 = 85 facts are judged;#' precision_judged.md
