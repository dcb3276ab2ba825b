#!/usr/bin/env python3
"""Which lines of the seen documents each heading reader calls a heading (issue51r): the sentence
splitter's short-line (`sentences.Sentence.is_heading`, which sets the period in force under a heading,
period_scope heading-period) against the heading path's records (`headings.heading_at`: markdown-heading,
title-line; `kg:heading`). Prints the counts and the lines only one reader calls a heading, by kind.

    python bench/heading_readers.py [--show N]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
HELD_OUT = ("probe37", "focusset37", "kindcheck37")


def documents():
    for d in sorted((ROOT / "tests" / "data").rglob("docs")):
        if d.is_dir() and not any(h in d.parts for h in HELD_OUT):
            yield from sorted(p for p in d.iterdir() if p.is_file())


def cleaned_text(p: Path) -> str:
    from aikg.extract import clean
    data = p.read_bytes()
    text = clean.decode(data, p.name)
    if p.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(?:!doctype|html)", text[:200], re.I):
        text = clean.html_to_text(text)
    else:
        text = clean.inline_html_tables(text)
    return clean.clean(clean.normalise(text))


def readings(text: str):
    """(line index, line, short-line?, heading_at rule or '') of each line either reader calls a heading."""
    from aikg.extract import headings, sentences
    lines = text.split("\n")
    sents = sentences.split(text)
    short = {s.line for s in sents if s.is_heading}
    several = headings.several_sentences(sents)
    for i, line in enumerate(lines):
        h = headings.heading_at(lines, i, several)
        if i in short or h is not None:
            yield i, line, i in short, h.rule if h is not None else ""


def kind(line: str, short: bool, rule: str) -> str:
    s = line.strip()
    if short and not rule:
        return "short-only:" + ("bullet" if re.match(r"[-*•·]\s|\d{1,2}[.)]\s", s) else "in-paragraph-or-other")
    if rule and not short:
        if s.endswith(":"):
            return rule + "-only:ends-colon"
        if len(s.split()) > 14:
            return rule + "-only:long"
        if re.search(r"[.!?;\"”]\s*\**$", s):
            return rule + "-only:ends-stop"
        return rule + "-only:other"
    return "both"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args(argv)
    counts: Counter = Counter()
    shown: dict[str, list[str]] = {}
    docs = 0
    for p in documents():
        try:
            text = cleaned_text(p)
        except Exception:
            continue
        docs += 1
        for i, line, short, rule in readings(text):
            k = kind(line, short, rule)
            counts[k] += 1
            if k != "both" and len(shown.setdefault(k, [])) < a.show:
                shown[k].append(f"{p.relative_to(ROOT / 'tests' / 'data')}:{i + 1}: {line.strip()[:110]}")
    print(f"{docs} documents")
    for k, n in counts.most_common():
        print(f"{n:6d}  {k}")
        for s in shown.get(k, []):
            print("          " + s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
