#!/bin/bash
# run_all.sh STORE TAG [DOC...]: re-export the 8 documents of STORE into exp_TAG/, dump typed facts to facts_TAG.json and
# list each fact of sample.json as SAME / CHANGED / GONE in rejudge_TAG.md (AIKG=... for another aikg binary).
set -e
cd "$(dirname "$0")"
STORE=$1; TAG=$2; shift 2
DOCS=${@:-g01_cisco_fy25q4 g02_accenture_fy25q3 g03_micron_fq4_2025 g04_kddi_1h_fy2026 g05_bharti_airtel_q2fy26 g06_telefonica_9m2025 g07_sea_shopee_q2_2025 g08_netease_q2_2025}
PY=${PY:-/work/baseline/.venv/bin/python}
./export.sh "$STORE" "exp_$TAG" $DOCS
$PY dump.py "exp_$TAG" "facts_$TAG.json"
$PY rejudge.py sample.json "facts_$TAG.json" "rejudge_$TAG.md" verdicts
