"""Wrong-company facts of the hand-judged samples of probe15 and probe16, re-extracted: for each
judged fact (judged_baseline/sample.json with the verdicts of verdicts.py), the facts and claims
the current extraction draws from the same quote, and whose they are.

A judged-WRONG "wrong company" fact is *fixed* when no fact from its quote sits on the subject it
was judged wrong on any more with its value (gone, or moved to another subject: the subjects of the
quote's facts are listed); a judged-
RIGHT fact is *kept* when a fact from its quote still sits on its subject (with its value, when it
had one).

    .venv/bin/python bench/company_judged.py [--sets probe15 probe16] [--show]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from decimal import Decimal
from pathlib import Path

from aikg.extract.pipeline import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
FC = ROOT / "tests" / "data" / "firstcontact"
_SUBJECT_PROPS = ("subject", "company", "organization", "investor", "holder", "about")
_SUBJECT_ATTRS = ("subject", "company", "organization", "investor", "holder")


def _verdicts(path: Path) -> dict:
    spec = importlib.util.spec_from_file_location("verdicts", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.J


def _props(fact: dict) -> dict:
    return dict(p.split("=", 1) for p in fact["props"] if "=" in p)


def _num(v) -> Decimal | None:
    try:
        return Decimal(str(v))
    except Exception:
        return None


def _extracted(doc: Path) -> list[tuple[str, str | None, Decimal | None, bool]]:
    """(quote, subject label, value, is a plain claim) of every fact and claim extracted from `doc`."""
    ex = extract_bytes(doc.read_bytes(), doc.name)
    out = []
    for f in [*ex.facts, *ex.claims]:
        ev = getattr(f, "evidence", None)
        if ev is None:
            continue
        subj = next((getattr(f, a).label for a in _SUBJECT_ATTRS if getattr(f, a, None) is not None), None)
        val = getattr(f, "value", None)
        if val is None and getattr(f, "share", None) is not None:
            val = f.share
        out.append((ev.quote, subj, _num(val) if val is not None else None, getattr(f, "kind", "") == "claim"))
    return out


def judge(sets: list[str], show: bool = False) -> dict:
    stats = {}
    for s in sets:
        base = FC / s / "judged_baseline"
        sample = json.loads((base / "sample.json").read_text())
        J = _verdicts(base / "verdicts.py")
        docs = {p.stem: p for p in (FC / s / "docs").iterdir()}
        cache: dict[str, list] = {}
        st = {"wrong_company": 0, "fixed": 0, "right": 0, "kept": 0}
        for n, fact in enumerate(sample, 1):
            verdict, category, reason = J[n]
            props = _props(fact)
            subj = next((props[p] for p in _SUBJECT_PROPS if p in props), None)
            if subj is None or not fact.get("evidence"):
                continue
            doc = fact["doc"]
            if doc not in cache:
                cache[doc] = _extracted(docs[doc])
            quote = fact["evidence"][0]
            typed = not fact["kind"].startswith("Claim")   # a typed fact is judged against typed facts
            same = [(sj, v) for q, sj, v, claim in cache[doc]
                    if (q == quote or quote in q or q in quote) and claim != typed]
            val = _num(props["value"]) if "value" in props else None
            if verdict == "W" and category == "wrong company":
                st["wrong_company"] += 1
                still = [sj for sj, v in same if sj == subj and (val is None or v is None or v == val)]
                st["fixed"] += not still
                if show:
                    print(f"{s} #{n} W {'FIXED' if not still else 'still'} {subj!r} -> {sorted({str(x) for x, _ in same})}: {reason[:90]}")
            elif verdict in ("C",):
                st["right"] += 1
                ok = any(sj == subj and (val is None or v is None or v == val) for sj, v in same)
                st["kept"] += ok
                if show and not ok:
                    print(f"{s} #{n} C LOST {subj!r} -> {sorted({str(x) for x, _ in same})}: {reason[:90]}")
        stats[s] = st
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", default=["probe15", "probe16"])
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    for s, st in judge(a.sets, a.show).items():
        print(f"{s}: wrong-company facts fixed {st['fixed']}/{st['wrong_company']} "
              f"(still wrong {st['wrong_company'] - st['fixed']}); right facts kept {st['kept']}/{st['right']}")


if __name__ == "__main__":
    main()
