#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261215, 99 facts) and the fresh sample (seed 20261215 on
# the after pool: 99 Observations + 55 others -> 50 + 50 = 100 facts, so judge.py's /100 and /50 are right for it).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/main/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261215 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/m20-probe23 (copy /tmp/judge23b-store), aikg /work/main/.venv/bin/aikg (main e8fcb3b)"
sed -i -E 's#/100#/99#g; s#out of 100#out of 99#' precision_same_sample_after.md
SEED=20261215 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/main/.venv/bin/aikg (main e8fcb3b, first-contact run /tmp/m20-probe23)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge23b-store precision_after.md
sed -i 's#^Sample: seed 20261215 (random.Random), 50 Observations + 50 others;#Sample: seed 20261215 (random.Random), 50 Observations + 50 others (pool 99 Observations + 55 others; 92 verdicts carried from identical baseline facts, 8 judged by hand);#' precision_after.md
