#!/bin/bash
# render_precision.sh: judge.py on the sample (96 facts: 50 Observations + all 46 others, the pool has only 46 non-Observations),
# then correct the hard-coded "/100" and "/50" (others) denominators in the summary line (the counts are judge.py's).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261206 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc24base/.venv/bin/aikg (main 72e3a04)" \
  /work/fc24base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc24-base precision_judged.md
sed -i -E '/^\*\*Strict: /{s#/100#/96#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/46 strict, \2/46 lenient#}' precision_judged.md
sed -i 's#^Sample: seed 20261206 (random.Random), 50 Observations + 50 others;#Sample: seed 20261206 (random.Random), 50 Observations + 50 others requested - the pool has 76 Observations but only 46 others, so 50 + 46 = 96 facts are judged;#' precision_judged.md
