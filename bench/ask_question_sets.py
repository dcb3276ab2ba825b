#!/usr/bin/env python3
"""Score `ask` on every question set at once, in one process (the graphs ingested once and
cached in bench/.work/sets): seed and dev (../shared/eval), and tests/data/*questions*.json
(paraphrases, news, probes, the fresh sets of issue 13). A fresh-set question names its graph
("graph": bundled | dev | probe | probe2 | news). Prints per-set scores and the misses; writes
bench/ask_question_sets.md.

Usage: bench/ask_question_sets.py [SET ...]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "tests"))

from test_ask import check  # noqa: E402  (the acceptance checker's rule)

from aikg import KnowledgeGraph  # noqa: E402

GRAPHS = {"dev": SHARED / "eval" / "dev_docs", "probe": DATA / "probe", "probe2": DATA / "probe2",
          "probe4": DATA / "probe4", "news": DATA / "news"}
SETS = [("seed", SHARED / "eval" / "seed_questions.json", "bundled"),
        ("dev", SHARED / "eval" / "dev_questions.json", "dev"),
        ("paraphrases_corpus", DATA / "paraphrases_corpus.json", "bundled"),
        ("paraphrases_dev", DATA / "paraphrases_dev.json", "dev"),
        ("news", DATA / "news_questions.json", "news"),
        ("probe", DATA / "probe_questions.json", "probe"),
        ("probe2", DATA / "probe2_questions.json", "probe2"),
        ("probe4", DATA / "probe4_questions.json", "probe4")]
SETS += [(f.stem, f, "bundled") for f in sorted(DATA.glob("fresh_questions*.json"))]


def graph(name: str, cache: dict) -> KnowledgeGraph:
    if name not in cache:
        if name == "bundled":
            cache[name] = KnowledgeGraph.open(bundled=True)
        else:
            store = HERE / ".work" / "sets" / name
            if not store.exists():
                kg = KnowledgeGraph.open(store, empty=True, write=True)
                kg.ingest([GRAPHS[name]])
                del kg
            cache[name] = KnowledgeGraph.open(store)
    return cache[name]


def main() -> int:
    only = set(sys.argv[1:])
    cache: dict = {}
    lines, misses, total, ok_all = [], [], 0, 0
    for name, path, default in SETS:
        if (only and name not in only) or not path.is_file():
            continue
        qs = json.loads(path.read_text())
        ok = 0
        for q in qs:
            out = graph(q.get("graph", default), cache).ask(q["question"]).to_json()
            err = check(q, out)
            if err:
                misses.append(f"- {name} {q['id']}: {q['question']} -> {out.get('intent')}: {err[:160]}")
            else:
                ok += 1
        lines.append(f"| {name} | {ok}/{len(qs)} |")
        total += len(qs)
        ok_all += ok
    report = [f"# `ask` on the question sets ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})", "",
              "| set | answered as expected |", "|---|---|", *lines, f"| all | {ok_all}/{total} |", "",
              "Misses:" if misses else "No misses.", *misses]
    if not only:
        (HERE / "ask_question_sets.md").write_text("\n".join(report) + "\n")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
