#!/bin/bash
# run_all.sh JUDGED_DIR STORE TAG [DOC...]: re-export the documents of STORE (default: every document the store
# holds) into JUDGED_DIR/exp_TAG/, dump typed facts to JUDGED_DIR/facts_TAG.json and list each fact of
# JUDGED_DIR/sample.json (else JUDGED_DIR/../judged_baseline/sample.json) as SAME / CHANGED / GONE in JUDGED_DIR/rejudge_TAG.md (AIKG=... for another aikg binary,
# PY=... for the python with rdflib).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=$1; STORE=$2; TAG=$3; shift 3
AIKG=${AIKG:-aikg}; export AIKG
PY=${PY:-python3}
if [ $# -gt 0 ]; then DOCS="$*"; else
  DOCS=$("$AIKG" --store "$STORE" query documents --format json --limit 10000 | "$PY" -c "import json,sys;print(' '.join(sorted(r['doc'] for r in json.load(sys.stdin)['rows'])))")
fi
"$HERE/export.sh" "$STORE" "$DIR/exp_$TAG" $DOCS
cd "$DIR"; export PYTHONPATH=$PWD:$HERE
$PY "$HERE/dump.py" "exp_$TAG" "facts_$TAG.json"
BASE=.; [ -f sample.json ] || BASE=../judged_baseline   # a judged_after/ keeps no copy of the baseline's sample
if [ -f "$BASE/sample.json" ]; then
  PYTHONPATH=$PWD/$BASE:$HERE $PY "$HERE/rejudge.py" "$BASE/sample.json" "facts_$TAG.json" "rejudge_$TAG.md" verdicts
fi
