#!/bin/bash
# run_diag.sh: diagnostic re-phrasings (diag/questions.txt: id<TAB>question) on a second copy /tmp/judge35-diag -> diag/ID.json
cd "$(dirname "$0")"
while IFS=$'\t' read id q; do
  ../aikg.sh --store /tmp/judge35-diag ask "$q" --format json > "$id.json" 2> "$id.err"
done < questions.txt
