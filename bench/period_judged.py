"""Periods of the hand-judged Observations, re-extracted: for each judged Observation of probe7 to
probe22 (judged_baseline and judged_after samples) and of probe35 and probe36 (judged_baseline/sample.json
with the verdicts of its verdicts.py, read as company_judged.py reads them), the period the current code gives the same fact
(same document, subject and value) next to the one judged and the judge's note. Rows judged
"wrong period" are listed first; a judged-CORRECT row is listed only if its period changed.

    .venv/bin/python bench/period_judged.py [--sets probe7 probe8]

The verdict on a changed period is left to the reader (the note says which period is right);
`bench/period_judged.md` records the last reading.
"""
from __future__ import annotations

import argparse
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from aikg.extract.pipeline import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
FC = ROOT / "tests" / "data" / "firstcontact"


def _samples(name: str) -> list[Path]:
    """The judged precision samples of a set: the first-contact one, then the one after its round."""
    return [f for f in (FC / name / "judged_baseline" / "precision_judged.md",
                        FC / name / "judged_after" / "precision_after.md") if f.exists()]


SAMPLES = {f"probe{n}": _samples(f"probe{n}") for n in range(7, 23)}
# samples kept as sample.json + verdicts.py (judge35 on): a row's fields are its props, its verdict the J entry
JSON_SETS = ("probe35", "probe36")
# probe11's tables name every document "p11": the row's document is read from the sample it was judged from
SAMPLE_DOCS = {FC / "probe11" / "judged_baseline" / "precision_judged.md": FC / "probe11" / "judged_baseline" / "sample.json",
               FC / "probe11" / "judged_after" / "precision_after.md": FC / "probe11" / "judged_after" / "sample_after.json"}


def _num(s: str | None) -> str:
    try:
        return format(Decimal(s).normalize(), "f") if s else ""
    except InvalidOperation:
        return s or ""


def _fields(cell: str) -> dict:
    out = {}
    for part in cell.split(" / "):
        k, _, val = part.partition("=")
        out[k.strip()] = val.strip()
    return out


def _rows(path: Path):
    docs = {}
    if path in SAMPLE_DOCS:
        docs = {str(item["n"]): item["doc"] for item in json.loads(SAMPLE_DOCS[path].read_text(encoding="utf-8"))}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 6 and cells[0].isdigit() and cells[2] == "Observation":
            yield docs.get(cells[0], cells[1]), _fields(cells[3]), cells[4], cells[5], cells[6] if len(cells) > 6 else ""


def _json_rows(name: str):
    """(document, fields, verdict, error, note) of each judged Observation of a sample.json + verdicts.py set."""
    import importlib.util
    base = FC / name / "judged_baseline"
    spec = importlib.util.spec_from_file_location(f"verdicts_{name}", base / "verdicts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    verdict_word = {"C": "CORRECT", "W": "WRONG", "P": "PERIOD MISSING"}
    for n, fact in enumerate(json.loads((base / "sample.json").read_text(encoding="utf-8")), 1):
        if fact["kind"] != "Observation":
            continue
        verdict, error, note = mod.J[n]
        fd = dict(p.split("=", 1) for p in fact["props"] if "=" in p)
        yield fact["doc"], fd, verdict_word[verdict], error, note


def _period(f) -> str:
    p = f.period
    if p is None:
        return "-"
    return f"{p.label} [{p.start or ''}..{p.end or ''}]"


def _stored(fd: dict) -> str:
    if "periodLabel" not in fd:
        return "-"
    return f"{fd['periodLabel']} [{fd.get('periodStart', '')}..{fd.get('periodEnd', '')}]"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*", default=[*SAMPLES, *JSON_SETS])
    args = ap.parse_args()
    for name in args.sets:
        docs = sorted((FC / name / "docs").iterdir())
        facts: dict[str, list] = {}

        def doc_facts(prefix: str):
            if prefix not in facts:
                path = next((p for p in docs if re.match(rf"(?:p\d_|g)?{re.escape(prefix)}_", p.name)), None) \
                    or next(p for p in docs if p.name.startswith(prefix))  # probe10: the name's first three letters
                ex = extract_bytes(path.read_bytes(), path.name)
                facts[prefix] = [f for f in ex.facts if f.kind == "observation"]
            return facts[prefix]

        seen, wrong, changed = set(), [], []
        rows = _json_rows(name) if name in JSON_SETS else (r for sample in SAMPLES[name] for r in _rows(sample))
        if True:
            for doc, fd, verdict, error, note in rows:
                key = (doc, fd.get("subject"), fd.get("value"), fd.get("valueMax"), fd.get("measure"))
                if key in seen:
                    continue
                seen.add(key)
                now = [f for f in doc_facts(doc) if f.subject.label == fd.get("subject")
                       and _num(str(f.value) if f.value is not None else None) == _num(fd.get("value"))
                       and (fd.get("value") or (f.measure == fd.get("measure")
                                                and _num(str(f.change) if f.change is not None else None) == _num(fd.get("change"))))]
                new = "; ".join(sorted({_period(f) for f in now})) if now else "(not extracted)"
                row = f"| {doc} | {fd.get('subject')} | {fd.get('measure')} | {fd.get('valueText', '')[:28]} | {_stored(fd)} | {new} | {note[:110]} |"
                if error == "wrong period":
                    wrong.append(row)
                elif verdict == "CORRECT" and now and new != _stored(fd):
                    changed.append(row)
        print(f"\n## {name}: judged wrong period ({len(wrong)})\n")
        print("| doc | subject | measure | value | period judged | period now | note |\n|---|---|---|---|---|---|---|")
        print("\n".join(wrong))
        print(f"\n## {name}: judged CORRECT, period changed ({len(changed)})\n")
        print("| doc | subject | measure | value | period judged | period now | note |\n|---|---|---|---|---|---|---|")
        print("\n".join(changed))


if __name__ == "__main__":
    main()
