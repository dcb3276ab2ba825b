#!/bin/bash
# run_diag.sh: diagnostic re-phrasings (diag/questions.txt: id|question) on the second copy /tmp/judge37-diag -> diag/N.json, diag.log
cd "$(dirname "$0")"
n=0; : > diag.log
while IFS='|' read id q; do
  n=$((n+1)); ../aikg.sh --store /tmp/judge37-diag ask "$q" --format json > $n.json 2>$n.err
  python3 -c "import json;d=json.load(open('$n.json'));print('$n $id [%s] Q: %s\n   A: %s'%(d['status'],d['question'],d['answer'][:300]))" >> diag.log
done < questions.txt
