#!/usr/bin/env python3
"""How many questions a quote kept in the store could answer (issue 23s): for every answerable
question of a set (and those SCORE marks FAIL), whether some kg:quote of its own article's graph
(a fact's or claim's evidence, or a kept kg:Sentence) holds every gold answer group. Compare a
store of main with one of the branch: the text answer (issue23t) can only use what is stored.

    python bench/stored_sentence_reach.py tests/data/firstcontact/probe16 /tmp/m26-probe16.score \
        /tmp/m26-probe16 /tmp/w23s-probe16

(A store is opened read-only, on a copy: `cp -a` it first if another process may write it.)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pyoxigraph as ox

Q = """PREFIX kg: <https://aikg.dev/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?d ?q WHERE { GRAPH ?g { ?e kg:quote ?q ; prov:wasDerivedFrom ?doc } GRAPH ?g { ?doc rdfs:label ?d } }"""


def holds(text: str, groups) -> bool:
    low = text.lower()
    return all(any(v.lower() in low for v in g) for g in groups)


def quotes(store: str) -> dict[str, list[str]]:
    st = ox.Store.read_only(store) if hasattr(ox.Store, "read_only") else ox.Store(store)
    out: dict[str, list[str]] = {}
    for row in st.query(Q):
        out.setdefault(row["d"].value, []).append(row["q"].value)
    return out


def main(set_dir: str, score: str, stores: list[str]) -> None:
    questions = json.loads((Path(set_dir) / "questions.json").read_text())
    failed = set(re.findall(r"^FAIL (\S+):", Path(score).read_text(), re.M))
    for store in stores:
        by_doc = quotes(store)
        n = {"answerable": 0, "in_a_quote": 0, "failed": 0, "failed_in_a_quote": 0, "quotes": sum(map(len, by_doc.values()))}
        for q in questions:
            if "answers_all" not in q:
                continue
            own = by_doc.get(Path(q["doc"]).stem, [])
            hit = any(holds(s, q["answers_all"]) for s in own)
            n["answerable"] += 1
            n["in_a_quote"] += hit
            if q["id"] in failed:
                n["failed"] += 1
                n["failed_in_a_quote"] += hit
        print(f"{Path(set_dir).name} {store}: {json.dumps(n)}")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: stored_sentence_reach.py SET_DIR SCORE_FILE STORE [STORE ...]")
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
