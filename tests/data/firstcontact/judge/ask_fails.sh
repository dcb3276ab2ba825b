#!/bin/bash
# ask_fails.sh SCORE STORE OUTDIR QUESTIONS: run `aikg ask --format json` for each FAIL line of SCORE (AIKG=... for another binary)
AIKG=${AIKG:-aikg}
SCORE=$1; STORE=$2; OUT=$3; Q=${4:?usage: ask_fails.sh SCORE STORE OUTDIR QUESTIONS}
mkdir -p "$OUT"
grep '^FAIL' "$SCORE" | sed 's/^FAIL \([^:]*\):.*/\1/' | while read id; do
  q=$(python3 -c "import json,sys;print([x['question'] for x in json.load(open('$Q')) if x['id']=='$id'][0])")
  "$AIKG" --store "$STORE" ask "$q" --format json > "$OUT/$id.json" 2>"$OUT/$id.err"
done
