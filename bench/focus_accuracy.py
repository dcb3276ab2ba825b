"""How well the extractor finds each article's own company (extract/focus.py, units.py), over
every seen article: tests/data/firstcontact/probe3..probe10, tests/data/devset5 docs,
tests/data/focusset21/dev (its own set: --sets focusset21-dev),
../shared/eval/dev_docs, ../shared/corpus, and the invented articles of shapes not seen in
tests/data/focus_shapes (kept apart: they are tests, not sources).

    .venv/bin/python bench/focus_accuracy.py [--out bench/focus_accuracy.md] [--sets seen invented]

The expected company per file is in bench/focus_labels.json (a list: accepted names; null: a
roundup with no single company). Reports, per document, the company the extraction took the
article to be about (`Extraction.company`), whether it is right, and the share of its typed facts
about a company or unit (subject, company, holder, investor, organisation of the fact) whose
subject is that company or one of its units (its units, and the segments it is given in the
document). A roundup is right when no single company is taken.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from aikg.extract.pipeline import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "focus_labels.json"
_SUBJECT_FIELDS = ("subject", "company", "holder", "investor", "organization")


def fact_subject(f):
    """The company or unit a typed fact is about, or None (a model's family, a person's place)."""
    for name in _SUBJECT_FIELDS:
        v = getattr(f, name, None)
        if v is not None and v.kind in ("Company", "Segment", "Organization"):
            return v.label
    return None


def score(path: Path, expected) -> dict:
    ex = extract_bytes(path.read_bytes(), path.name)
    accepted = expected if isinstance(expected, list) else [expected]
    if expected is None:
        ok = ex.company is None
    else:
        ok = ex.company in accepted
    own = {ex.company, *ex.units} if ex.company else set()
    own |= {f.segment.label for f in ex.facts if f.kind == "segment_of" and f.company.label in own}
    subjects = [s for s in (fact_subject(f) for f in ex.facts) if s is not None]
    on = sum(1 for s in subjects if s in own)
    return {"file": str(path), "expected": " / ".join(a or "(none)" for a in accepted), "found": ex.company,
            "ok": ok, "units": list(ex.units), "facts": len(subjects), "on_focus": on}


# the seen sets the focus weights were not fitted on (held out until the weights were fixed), and
# devset5, scored but never read
HELD_OUT = ("/probe11/", "/probe12/")
# probe13: labelled after the weights were fixed (issue18f); its first score is a held-out number
FIRST_CONTACT = ("/probe13/",)
# probe14: scored at first contact (session 12), labelled and worked on afterwards (issue20f)
SEEN_AFTER_FIRST_CONTACT = ("/probe14/",)
# probe15, probe16: scored at first contact (session 13), probe17 (session 14), labelled and worked on afterwards (issue22f)
SEEN_AFTER_FIRST_CONTACT_15_16 = ("/probe15/", "/probe16/", "/probe17/", "/probe18/")
# focusset21's dev half (--sets focusset21-dev): scored at first contact (09e9d3c), then worked on
# (issue30f); its held half is never read here
FOCUSSET21_DEV = ("/focusset21/dev/",)
# first contact: focussetN's held half and probeN, scored when written and never worked on until the
# next session (the session that wrote them: N - 3); from probe29 on scored at the base and at the merge
FIRST_CONTACT_SETS = tuple(range(21, 38))


def _first_contact(n: int) -> str:
    return f"first contact (focusset{n} held, probe{n})"


def _groups(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"tuning": [], "held-out probe11+probe12": [], "probe13": [],
                                   "probe14 (seen after first contact)": [],
                                   "probe15-18 (seen after first contact)": [], "devset5": [],
                                   "focusset21 dev (seen after first contact)": [],
                                   **{_first_contact(n): [] for n in FIRST_CONTACT_SETS}}
    for r in rows:
        key = ("held-out probe11+probe12" if any(h in r["file"] for h in HELD_OUT)
               else "probe13" if any(h in r["file"] for h in FIRST_CONTACT)
               else "probe14 (seen after first contact)" if any(h in r["file"] for h in SEEN_AFTER_FIRST_CONTACT)
               else "probe15-18 (seen after first contact)" if any(h in r["file"] for h in SEEN_AFTER_FIRST_CONTACT_15_16)
               else "devset5" if "/devset5/" in r["file"]
               else "focusset21 dev (seen after first contact)" if any(h in r["file"] for h in FOCUSSET21_DEV)
               else next((_first_contact(n) for n in FIRST_CONTACT_SETS
                          if f"/focusset{n}/held/" in r["file"] or f"/probe{n}/" in r["file"]), "tuning"))
        out[key].append(r)
    return {k: v for k, v in out.items() if v}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "bench" / "focus_accuracy.md"))
    ap.add_argument("--sets", nargs="*", default=["seen", "invented"])
    ap.add_argument("--title", default="")
    ap.add_argument("--tuning-only", action="store_true", help="leave out the held-out sets (probe11, probe12)")
    a = ap.parse_args()
    labels = json.loads(LABELS.read_text())
    lines = [f"# Focus accuracy{(' — ' + a.title) if a.title else ''}", "",
             "`.venv/bin/python bench/focus_accuracy.py` (labels: bench/focus_labels.json). "
             "facts: typed facts about a company or unit; on focus: those whose subject is the "
             "company found or one of its units.", ""]
    cpu0 = time.process_time()
    for s in a.sets:
        rows = []
        for f, exp in labels[s].items():
            p = (ROOT / f).resolve()
            if not p.exists() or a.tuning_only and any(h in str(p) for h in HELD_OUT):
                continue
            rows.append(score(p, exp))
        for group, members in _groups(rows).items():
            g_ok = sum(r["ok"] for r in members)
            g_facts = sum(r["facts"] for r in members)
            g_on = sum(r["on_focus"] for r in members if r["ok"])
            line = (f"{s} / {group}: {g_ok}/{len(members)} right; facts on the right focus {g_on}/{g_facts}"
                    f" ({100 * g_on / max(g_facts, 1):.0f}%)")
            lines.append(f"- {line}")
            print(line)
        lines.append("")
        n_ok = sum(r["ok"] for r in rows)
        facts = sum(r["facts"] for r in rows)
        on = sum(r["on_focus"] for r in rows if r["ok"])
        lines += [f"## {s}: {n_ok}/{len(rows)} right; facts on the right focus {on}/{facts}"
                  f" ({100 * on / max(facts, 1):.0f}%)", "",
                  "| file | expected | found | right | units | facts | on focus |", "|---|---|---|---|---|---|---|"]
        for r in rows:
            lines.append(f"| {Path(r['file']).name} | {r['expected']} | {r['found']} | {'yes' if r['ok'] else '**no**'} | "
                         f"{', '.join(r['units'])} | {r['facts']} | {r['on_focus']} |")
        lines.append("")
        print(f"{s}: {n_ok}/{len(rows)} right; facts on the right focus {on}/{facts}")
    lines.append(f"CPU: {time.process_time() - cpu0:.0f} s")
    Path(a.out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
