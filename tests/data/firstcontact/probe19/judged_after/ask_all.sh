#!/bin/bash
# ask_all.sh AIKG STORE OUTDIR: ask all 80 questions of ../questions.json (asks_all_after/ with the merged binary, asks_all_base/ with the baseline binary)
A=$1; S=$2; O=$3; mkdir -p $O
python3 -c "import json;[print(x['id']+'\t'+x['question']) for x in json.load(open('../questions.json'))]" | while IFS=$'\t' read id q; do
  $A --store $S ask "$q" --format json > $O/$id.json 2> $O/$id.err
done
