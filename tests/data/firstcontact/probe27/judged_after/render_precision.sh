#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261207, 100 facts) and the fresh sample (seed 20261207 on
# the after pool: 139 Observations + 61 others -> 50 + 50 = 100 facts; judge.py's /100 and /50 denominators are correct).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/main/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261207 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/m24b-probe27 (copy /tmp/judge27b-store), aikg /work/main/.venv/bin/aikg (main 574c188)"
SEED=20261207 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/main/.venv/bin/aikg (main 574c188, first-contact run /tmp/m24b-probe27)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge27b-store precision_after.md
sed -i 's#^Sample: seed 20261207 (random.Random), 50 Observations + 50 others;#Sample: seed 20261207 (random.Random), 50 Observations + 50 others (74 verdicts carried from identical facts of the re-judged baseline sample, 26 judged by hand);#' precision_after.md
