#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261206, 100 facts) and the fresh sample (seed 20261206 on
# the after pool: 85 Observations + 57 others -> 50 + 50 = 100 facts; no denominator correction needed).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc25after/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261206 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc25-after-store (copy /tmp/judge25b-store), aikg /work/fc25after/.venv/bin/aikg (main 8d4311e)"
SEED=20261206 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc25after/.venv/bin/aikg (main 8d4311e, first-contact run /tmp/fc25-after-store)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge25b-store precision_after.md
sed -i 's#^Sample: seed 20261206 (random.Random), 50 Observations + 50 others;#Sample: seed 20261206 (random.Random), 50 Observations + 50 others (84 verdicts carried from identical facts of the re-judged baseline sample, 16 judged by hand);#' precision_after.md
