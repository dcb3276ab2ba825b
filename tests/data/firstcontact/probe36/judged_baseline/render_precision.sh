#!/bin/bash
# render_precision.sh: judge.py on the sample (100 facts: sample.py's 50 Observations + 39 others - all the non-Observation facts
# there are - plus 11 Observations top_up.py drew from the 23 left over). judge.py writes '50 Observations + 50 others' and the
# split '/50 ... /50'; the sed corrects them to 61 + 39.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261207 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="PYTHONPATH=/work/base36/src python -m aikg (baseline)" \
  RULE_EXAMPLES="The pool has only 39 non-Observation facts, so the sample is sample.py's 50 Observations + 39 others, plus 11 of the 23 remaining Observations drawn with random.Random(20261207) (#90-#100, top_up.py). Refused periods: a quarter ended 30 Sep stored as the calendar year; Q2 FY27 stored as FY2027; January-September labelled 'Q1' or 'Q3'." \
  /work/main/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fb36-probe36-frozen precision_judged.md
sed -i -e 's#Observations \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient; other typed facts \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient#Observations \1/61 strict, \2/61 lenient; other typed facts \3/39 strict, \4/39 lenient#; s#50 Observations + 50 others; round-robin#50 Observations + 50 others (here 50 + 39, topped up with 11 more Observations = 61 + 39); round-robin#' precision_judged.md
