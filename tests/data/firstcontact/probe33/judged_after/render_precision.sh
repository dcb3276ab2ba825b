#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261231, 89 facts) and the fresh sample (seed 20261232 on the
# after pool: 80 Observations + 39 others -> 50 + 39 = 89 facts, as the baseline). The shared scripts print /100 and /50 for the
# other kinds; the sed lines correct the denominators to 89 and 39.
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc33merge/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261231 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc33-after (copy /tmp/judge33b-store), aikg /work/fc33merge/.venv/bin/aikg (merge 7ebf84c)"
sed -i 's#/100#/89#g' precision_same_sample_after.md
SEED=20261232 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc33merge/.venv/bin/aikg (merge 7ebf84c, first-contact run /tmp/fc33-after)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge33b-store precision_after.md
sed -i -e '/^\*\*Strict/ s#/100#/89#g' -e '/^\*\*Strict/ s#other typed facts \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient#other typed facts \1/39 strict, \2/39 lenient#' -e 's#50 Observations + 50 others#50 Observations + 50 others (39 exist: all taken, 89 facts)#' precision_after.md
