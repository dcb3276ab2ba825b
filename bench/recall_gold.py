#!/usr/bin/env python3
"""Automatic recall of the gold facts of the seen probes (tests/data/firstcontact/probe*/gold_facts_*.md).

    python bench/recall_gold.py [probe15 probe16 probe17 ...] [-v]

Each gold line "N. subject | relation/measure | value | period" (older sets: without "N.") is looked up in the extraction of its
article (extract_bytes, no store): it is *typed* when a typed fact or a claim typed by a relation (kg:Partnership, kg:Launch, …),
*claim* when only a plain claim, holds
the subject (its first name word) and every key token of the value (its numbers, commas dropped,
and its capitalised words). Periods and measures are not compared, so this is lenient and cruder
than the hand-judged recall files (judged_*/recall*.md): use it to compare two extractions, not as
the judged number. -v lists every gold line with its verdict.
"""
from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

from aikg.extract.pipeline import extract_bytes

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "firstcontact"
_STOP = frozenset("S US FY H Q A An The Of In And For To At On By Not No".split())
_LINE = re.compile(r"^\s*(\d+)\.\s+(.+)$")


def _num(s: str) -> str:
    s = s.replace(",", "")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _blob(rec) -> str:
    parts: list[str] = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k not in ("evidence", "quote"):
                    walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)
        elif isinstance(x, Decimal):
            parts.append(_num(format(x, "f")))
        elif x is not None:
            parts.append(str(x))
    walk(rec.model_dump(exclude_none=True))
    text = " ".join(parts)
    return text + " " + " ".join(_num(n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text))


def _keys(value: str) -> tuple[list[str], list[str]]:
    value = re.sub(r"\([^)]*\)", "", value)
    nums = [_num(n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", value)]
    words = [w for w in re.findall(r"\b[A-Z][\w&'’.-]*", value) if w not in _STOP and not re.search(r"\d", w)]
    return nums, words


def _subject_word(subject: str) -> str:
    subject = re.sub(r"\([^)]*\)", "", subject).strip()
    return subject.split()[0] if subject else ""


def _holds(blob: str, subj: str, nums: list[str], words: list[str]) -> bool:
    low = blob.lower()
    if subj and subj.lower() not in low:
        return False
    toks = set(re.findall(r"[\w.]+", low))
    return all(n in toks for n in nums) and all(w.lower() in low for w in words) and bool(nums or words)


def doc_for(gold: Path) -> Path | None:
    stem = gold.stem[len("gold_facts_"):]
    for p in (gold.parent / "docs").glob(stem + ".*"):
        return p
    return None


def score(gold: Path, verbose: bool) -> tuple[int, int, int]:
    doc = doc_for(gold)
    if doc is None:
        return 0, 0, 0
    ex = extract_bytes(doc.read_bytes(), doc.name)
    # a claim typed by a relation (kg:Partnership, kg:Launch, …) counts as typed, as in the judged files
    facts = [_blob(f) for f in ex.facts] + [_blob(c) for c in ex.claims if c.relations]
    claims = [_blob(c) for c in ex.claims if not c.relations]
    n = typed = claimed = 0
    k = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line)
        # older gold files list "subject | relation | value | period" without numbers
        body = m.group(2) if m else line.strip().strip("|")
        if line.count("|") < 2 or line.lstrip().startswith(("#", "|--", "|:-")) or body.lower().startswith(("subject |", "subject|", "format:")):
            continue
        k += 1
        cols = [c.strip() for c in body.split("|")]
        if len(cols) < 3:
            continue
        subj, value = cols[0], cols[2]
        nums, words = _keys(value)
        sw = _subject_word(subj)
        n += 1
        if any(_holds(b, sw, nums, words) for b in facts):
            typed += 1
            verdict = "typed"
        elif any(_holds(b, sw, nums, words) for b in claims):
            claimed += 1
            verdict = "claim"
        else:
            verdict = "-"
        if verbose:
            print(f"  {verdict:5} {k:>2}. {body[:110]}")
    return n, typed, claimed


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    sets = [a for a in argv if not a.startswith("-")] or [p.name for p in sorted(ROOT.glob("probe*"), key=lambda p: int(p.name[5:]))]
    tot = [0, 0, 0]
    for s in sets:
        for gold in sorted((ROOT / s).glob("gold_facts_*.md")):
            if verbose:
                print(f"{s}/{gold.name}")
            n, t, c = score(gold, verbose)
            tot = [a + b for a, b in zip(tot, (n, t, c))]
            print(f"{s:8} {gold.stem[11:][:48]:48} gold {n:3}  typed {t:3}  +claims {t + c:3}")
    print(f"{'all':57} gold {tot[0]:3}  typed {tot[1]:3}  +claims {tot[1] + tot[2]:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
