#!/bin/bash
# ask_noanswer.sh: ask the expected-no_answer questions again on the copy store -> asks_noanswer_after/ID.json
cd "$(dirname "$0")"
AIKG=${AIKG:-./aikg.sh}; STORE=${STORE:-/tmp/judge37b-store}; Q=../questions.json
mkdir -p asks_noanswer_after
for id in $(python3 -c "import json;print(' '.join(x['id'] for x in json.load(open('$Q')) if x.get('kind')=='no-answer'))"); do
  q=$(python3 -c "import json;print([x['question'] for x in json.load(open('$Q')) if x['id']=='$id'][0])")
  "$AIKG" --store "$STORE" ask "$q" --format json > "asks_noanswer_after/$id.json" 2>"asks_noanswer_after/$id.err"
done
