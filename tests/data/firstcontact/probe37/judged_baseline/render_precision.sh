#!/bin/bash
# render_precision.sh: judge.py on the sample (100 facts: sample.py's 50 Observations + 45 others - all the non-Observation facts
# there are - plus 5 Observations top_up.py drew from the 43 left over). judge.py writes '50 Observations + 50 others' and the
# split '/50 ... /50'; the sed corrects them to 55 + 45.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
SEED=20261208 VERDICTS=verdicts NOTES=precision_notes.md AIKG_VERSION="PYTHONPATH=/work/base37/src python -m aikg (baseline)" \
  RULE_EXAMPLES="The pool has only 45 non-Observation facts, so the sample is sample.py's 50 Observations + 45 others, plus 5 of the 43 remaining Observations drawn with random.Random(20261208) (#96-#100, top_up.py). Refused periods: a prior-year column stored under the current label (Celsia 3T25 as Q3 2026, Shelly 2024 as 2025); ANY's first nine months as 'Q3 2026'; Sinnet's first three quarters as 'Q3'; a dividend dated its payment date. Celsia's '\$' amounts are Colombian pesos: unit USD or a 'billones' amount cut to its mantissa is a wrong value." \
  /work/main/.venv/bin/python /work/main/tests/data/firstcontact/judge/judge.py sample.json facts_all.json /tmp/fb37-probe37-frozen precision_judged.md
sed -i -e 's#Observations \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient; other typed facts \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient#Observations \1/55 strict, \2/55 lenient; other typed facts \3/45 strict, \4/45 lenient#; s#50 Observations + 50 others; round-robin#50 Observations + 50 others (here 50 + 45, topped up with 5 more Observations = 55 + 45); round-robin#' precision_judged.md
