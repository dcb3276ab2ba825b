#!/bin/bash
# run_diag.sh: diagnostic re-phrasings (diag/questions.txt, 'id|question') on a second copy /tmp/judge36-diag -> diag/ID.json
cd "$(dirname "$0")"
while IFS='|' read -r id q; do
  ../aikg.sh --store /tmp/judge36-diag ask "$q" --format json > "$id.json" 2>"$id.err"
done < questions.txt
