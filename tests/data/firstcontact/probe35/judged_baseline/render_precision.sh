#!/bin/bash
# render_precision.sh: judge.py on the sample (all 98 typed facts: sample.py's 50 Observations + 36 others, plus the 12
# Observations top_up.py appended). judge.py writes '/100' and '50 Observations + 50 others'; the sed corrects them to 98 / 62 + 36.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261207 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="PYTHONPATH=/work/fc35base/src python -m aikg (baseline)" \
  RULE_EXAMPLES="The pool has only 36 non-Observation facts, so the sample is the whole pool: sample.py's 50 Observations + 36 others, plus the 12 remaining Observations (#87-#98, top_up.py)." \
  /work/main/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fb35-probe35-frozen precision_judged.md
sed -i -e 's#/100 correct#/98 correct#; s#Lenient (missing period accepted): \([0-9]*\)/100#Lenient (missing period accepted): \1/98#; s#Observations \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient; other typed facts \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient#Observations \1/62 strict, \2/62 lenient; other typed facts \3/36 strict, \4/36 lenient#; s#50 Observations + 50 others; round-robin#50 Observations + 50 others (here 50 + 36, topped up with the 12 other Observations = all 98); round-robin#' precision_judged.md
