#!/bin/bash
# render_precision.sh: judge.py on the sample (99 facts: 50 Observations + all 49 others, the pool has only 49 non-Observations),
# then correct the hard-coded "/100" and "/50" (others) denominators in the summary line (the counts are judge.py's).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261215 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc23base/.venv/bin/aikg (main 35f9ca8)" \
  /work/fc23base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc23-base precision_judged.md
sed -i -E '/^\*\*Strict: /{s#/100#/99#g; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/49 strict, \2/49 lenient#}' precision_judged.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others requested - the pool has 98 Observations but only 49 others, so 50 + 49 = 99 facts are judged;#' precision_judged.md
