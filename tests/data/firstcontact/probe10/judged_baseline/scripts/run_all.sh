#!/bin/bash
# run_all.sh STORE TAG [DOC...]: re-export the 8 documents of STORE into exp_TAG/, dump typed facts to facts_TAG.json and
# list each fact of sample.json as SAME / CHANGED / GONE in rejudge_TAG.md (AIKG=... for another aikg binary).
set -e
cd "$(dirname "$0")"
STORE=$1; TAG=$2; shift 2
DOCS=${@:-adobe_q4fy2024_release blinkit_feature dassault_interview delta_electronics_2024 equinix_wire_feb2025 ocado_investor_diary tokyo_electron_note zte_2024_results}
PY=${PY:-/work/baseline/.venv/bin/python}; export PYTHONPATH=$PWD/..:$PWD
./export.sh "$STORE" "../exp_$TAG" $DOCS
cd ..; $PY scripts/dump.py "exp_$TAG" "facts_$TAG.json"
$PY scripts/rejudge.py sample.json "facts_$TAG.json" "rejudge_$TAG.md" verdicts
