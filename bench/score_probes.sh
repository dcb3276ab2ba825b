#!/usr/bin/env bash
# Score `aikg ask` on the first-contact probe sets and devset5, each ingested into a fresh
# empty store, with the acceptance checker (../shared/eval/qa_check.py).
#   bench/score_probes.sh TAG [SET ...]     SET: probe3 probe5 probe6 probe7 probe8 probe9 probe10 probe11 probe12 probe13 probe14 probe15 probe16 probe17 probe18 probe19 probe20 probe21 probe22 probe23 probe24 probe25 probe26 probe27 probe28 probe29 probe30 probe31 probe32 probe33 probe34 probe35 probe36 probe37 devset5
# Stores go to /tmp/TAG-SET; scores to /tmp/TAG-SET.score (last line: the total).
set -uo pipefail
cd "$(dirname "$0")/.."
tag=${1:?usage: bench/score_probes.sh TAG [SET ...]}; shift
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=(probe3 probe5 probe6 probe7 probe8 probe9 probe10 probe11 probe12 probe13 probe14 probe15 probe16 probe17 probe18 probe19 probe20 probe21 probe22 probe23 probe24 probe25 probe26 probe27 probe28 probe29 probe30 probe31 probe32 probe33 probe34 probe35 probe36 probe37 devset5)
aikg=$PWD/.venv/bin/aikg
for s in "${sets[@]}"; do
  if [ "$s" = devset5 ]; then d=tests/data/devset5; else d=tests/data/firstcontact/$s; fi
  st=/tmp/$tag-$s; rm -rf "$st"
  "$aikg" --store "$st" --empty ingest "$d/docs" >/dev/null 2>&1 || echo "$s: ingest failed" >&2
  python ../shared/eval/qa_check.py "$d/questions.json" --store "$st" --aikg "$aikg" > "$st.score" 2>&1
  echo "$s: $(grep -Eo '^[0-9]+ passed, [0-9]+ failed' "$st.score" | tail -1)"
done
