"""How many failed questions one sentence of the articles could answer: the ceiling of an answer
taken from the text when the graph has none (issue 12's next step; session 13).

For every answerable question that `qa_check.py` marked FAIL in SCORE, it reports whether
  - some sentence of the question's own article holds every gold answer group (the ceiling), and
  - the best sentence of the whole set (all articles; question words weighted by inverse sentence
    frequency, a small bonus for a digit) holds them, top 1 and top 2 (a naive retrieval baseline).
Questions that expect no_answer are counted apart: the top sentence would answer them anyway
unless a confidence check stops it.

    python bench/sentence_ceiling.py tests/data/firstcontact/probe15 tests/data/firstcontact/probe15/score_after_first_contact.txt
"""
from __future__ import annotations

import html
import json
import math
import re
import sys
from pathlib import Path

STOP = set("""the a an of in on for to and or what which who how much many did does do is was were are its it by
with at from as that this be has have had according report reported""".split())


def sentences(text: str) -> list[str]:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def words(s: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP]


def holds(text: str, groups) -> bool:
    low = text.lower()
    return all(any(v.lower() in low for v in g) for g in groups)


def main(set_dir: str, score: str) -> dict:
    d = Path(set_dir)
    questions = json.loads((d / "questions.json").read_text())
    failed = set(re.findall(r"^FAIL (\S+):", Path(score).read_text(), re.M))
    pool = [(p.name, s) for p in sorted((d / "docs").iterdir()) for s in sentences(p.read_text(errors="ignore"))]
    df: dict[str, int] = {}
    for _, s in pool:
        for w in set(words(s)):
            df[w] = df.get(w, 0) + 1
    out = {"failed_answerable": 0, "one_sentence_of_its_article": 0, "retrieved_top1": 0, "retrieved_top2": 0,
           "failed_no_answer": 0}
    for q in questions:
        if q["id"] not in failed:
            continue
        if "answers_all" not in q:
            out["failed_no_answer"] += 1
            continue
        out["failed_answerable"] += 1
        own = [s for doc, s in pool if doc == q["doc"]]
        if any(holds(s, q["answers_all"]) for s in own):
            out["one_sentence_of_its_article"] += 1
        qw = set(words(q["question"]))

        def score_of(s: str) -> float:
            return sum(math.log(1 + len(pool) / df[w]) for w in qw & set(words(s))) + (0.5 if re.search(r"\d", s) else 0)
        ranked = sorted((s for _, s in pool), key=score_of, reverse=True)
        if holds(ranked[0], q["answers_all"]):
            out["retrieved_top1"] += 1
        elif holds(" ".join(ranked[:2]), q["answers_all"]):
            out["retrieved_top2"] += 1
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: sentence_ceiling.py SET_DIR SCORE_FILE")
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
