#!/bin/bash
# render_precision.sh: judge.py on the sample (90 facts: 50 Observations + all 40 others, the pool has only 40 non-Observations),
# then correct the hard-coded "/100" and "/50" (others) denominators in the summary line (the counts are judge.py's).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261208 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc28base/.venv/bin/aikg (baseline)" \
  /work/fc28base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc28-base precision_judged.md
sed -i -E '/^\*\*Strict: /{s#/100#/90#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/40 strict, \2/40 lenient#}' precision_judged.md
sed -i 's#^Sample: seed 20261208 (random.Random), 50 Observations + 50 others;#Sample: seed 20261208 (random.Random), 50 Observations + 50 others requested - the pool has 99 Observations but only 40 others, so 50 + 40 = 90 facts are judged;#' precision_judged.md
