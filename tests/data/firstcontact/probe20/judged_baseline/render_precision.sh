#!/bin/bash
# render_precision.sh: judge.py on the whole pool (82 facts: 47 Observations + 35 others), then correct the hard-coded
# "/100" and "/50" denominators in the summary line (the counts are judge.py's).
set -e
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261215 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="/work/fc20base/.venv/bin/aikg (main b41ce6f)" \
  /work/fc20base/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fc20-base precision_judged.md
sed -i -E '/^\*\*Strict: /{s#/100#/82#g; s#(Observations [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/47 strict, \2/47 lenient#; s#(other typed facts [0-9]+)/50 strict, ([0-9]+)/50 lenient#\1/35 strict, \2/35 lenient#}' precision_judged.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others requested - the pool has only 47 + 35, so all 82 typed facts are judged;#' precision_judged.md
