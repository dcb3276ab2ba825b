#!/bin/bash
# render_precision.sh: same-sample table (baseline sample.json, seed 20261206, 100 facts) and the fresh sample (seed 20261206 on
# the after pool: 77 Observations + 49 others -> 50 + 49 = 99 facts; judge.py's /100 and /50 rewritten to /99 and /49).
set -e
cd "$(dirname "$0")"
export PYTHONPATH=.:/work/main/tests/data/firstcontact/judge
PY=/work/fc26after/.venv/bin/python; J=/work/main/tests/data/firstcontact/judge
SEED=20261206 $PY $J/same_sample_table.py after verdicts_same_after "/tmp/fc26-after-store (copy /tmp/judge26b-store), aikg /work/fc26after/.venv/bin/aikg (main 2755786)"
SEED=20261206 VERDICTS=verdicts_after NOTES=precision_notes_after.md AIKG_VERSION="/work/fc26after/.venv/bin/aikg (main 2755786, first-contact run /tmp/fc26-after-store)" \
  $PY $J/judge.py sample_after.json facts_after.json /tmp/judge26b-store precision_after.md
sed -i -e 's#^Sample: seed 20261206 (random.Random), 50 Observations + 50 others;#Sample: seed 20261206 (random.Random), 50 Observations + 49 others (the whole non-Observation pool; 96 verdicts carried from identical facts of the re-judged baseline sample, 3 judged by hand);#' \
  -e 's#/100 correct#/99 correct#; s#: \([0-9]*\)/100\.\*\*#: \1/99.**#' \
  -e 's#other typed facts \([0-9]*\)/50 strict, \([0-9]*\)/50 lenient#other typed facts \1/49 strict, \2/49 lenient#' precision_after.md
