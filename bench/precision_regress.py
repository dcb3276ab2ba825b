"""Precision regression without a human: re-extract the documents of the hand-judged fact samples
and report, for judged-WRONG facts, how many are gone (or changed into a different fact on the same
value) and, for judged-RIGHT facts, how many are still extracted exactly.

Judged samples read (typed Observation, MarketShare, Target, Role and Competition facts; other
kinds are left out because their stored form in the samples is not a field list):
  tests/data/firstcontact/probe5/precision_judged.md
  tests/data/firstcontact/probe6/judged_baseline/precision_judged.md
  tests/data/firstcontact/probe6/judged_first_contact/precision_judged.md
  tests/data/firstcontact/probe7/judged_baseline/precision_judged.md
  tests/data/firstcontact/precision/sample_*.tsv with verdicts_*.txt (probe5 + probe3 docs)
  tests/data/firstcontact/probe8/judged_baseline/sample.json with the verdicts of its precision_judged.md
  tests/data/firstcontact/probe8/judged_after/precision_after.md (cells cut at 200 characters: a row whose
    last key field is cut is left out)
  tests/data/firstcontact/probe9/ and probe10/: judged_baseline/precision_judged.md and judged_after/precision_after.md
  tests/data/firstcontact/probe11/: judged_baseline/sample.json and judged_after/sample_after.json with the verdicts
    of their precision_judged.md / precision_after.md (the tables name every document "p11")
  tests/data/firstcontact/probe12/ and probe13/: the same two samples and verdicts; probe14/: judged_baseline's
A fact is keyed by (document, subject, measure, value, unit, change, direction, period label);
a fact judged in several samples counts once. "PERIOD MISSING" (P) counts as wrong (strict).

Also prints typed facts per set (Observation, MarketShare, all facts): a recall proxy.

    .venv/bin/python bench/precision_regress.py [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FC = ROOT / "tests" / "data" / "firstcontact"
SETS = {
    "probe3": FC / "probe3" / "docs",
    "probe5": FC / "probe5" / "docs",
    "probe6": FC / "probe6" / "docs",
    "probe7": FC / "probe7" / "docs",
    "probe8": FC / "probe8" / "docs",
    "probe9": FC / "probe9" / "docs",
    "probe10": FC / "probe10" / "docs",
    "probe11": FC / "probe11" / "docs",
    "probe12": FC / "probe12" / "docs",
    "probe13": FC / "probe13" / "docs",
    "probe14": FC / "probe14" / "docs",
    "devset5": ROOT / "tests" / "data" / "devset5" / "docs",
}
MD_SAMPLES = [("probe5", FC / "probe5" / "precision_judged.md"),
              ("probe6", FC / "probe6" / "judged_baseline" / "precision_judged.md"),
              ("probe6", FC / "probe6" / "judged_first_contact" / "precision_judged.md"),
              ("probe7", FC / "probe7" / "judged_baseline" / "precision_judged.md"),
              ("probe8", FC / "probe8" / "judged_after" / "precision_after.md"),
              ("probe9", FC / "probe9" / "judged_baseline" / "precision_judged.md"),
              ("probe9", FC / "probe9" / "judged_after" / "precision_after.md"),
              ("probe10", FC / "probe10" / "judged_baseline" / "precision_judged.md"),
              ("probe10", FC / "probe10" / "judged_after" / "precision_after.md")]
JSON_SAMPLES = [("probe8", FC / "probe8" / "judged_baseline" / "sample.json",
                 FC / "probe8" / "judged_baseline" / "precision_judged.md"),
                ("probe11", FC / "probe11" / "judged_baseline" / "sample.json",
                 FC / "probe11" / "judged_baseline" / "precision_judged.md"),
                ("probe11", FC / "probe11" / "judged_after" / "sample_after.json",
                 FC / "probe11" / "judged_after" / "precision_after.md"),
                ("probe12", FC / "probe12" / "judged_baseline" / "sample.json",
                 FC / "probe12" / "judged_baseline" / "precision_judged.md"),
                ("probe12", FC / "probe12" / "judged_after" / "sample_after.json",
                 FC / "probe12" / "judged_after" / "precision_after.md"),
                ("probe13", FC / "probe13" / "judged_baseline" / "sample.json",
                 FC / "probe13" / "judged_baseline" / "precision_judged.md"),
                ("probe13", FC / "probe13" / "judged_after" / "sample_after.json",
                 FC / "probe13" / "judged_after" / "precision_after.md"),
                ("probe14", FC / "probe14" / "judged_baseline" / "sample.json",
                 FC / "probe14" / "judged_baseline" / "precision_judged.md")]
_KEY_FIELDS = {"subject", "measure", "value", "unit", "change", "direction", "periodLabel", "holder", "market", "share",
               "company", "setBy", "member", "organization", "role", "competitor", "region"}
TSV_SAMPLES = [(FC / "precision" / f"sample_{n}.tsv", FC / "precision" / f"verdicts_{n}.txt")
               for n in ("before", "after_same", "fresh_after")]
KINDS = {"Observation": "observation", "MarketShare": "market_share", "Target": "target", "Role": "role",
         "Competition": "competition"}


def _num(s: str | None) -> str:
    if s in (None, "", "None"):
        return ""
    try:
        return format(Decimal(s).normalize(), "f")
    except InvalidOperation:
        return s


def key_of(kind: str, f: dict) -> tuple:
    """The identity of a fact from its field dict (judged sample or re-extraction alike)."""
    if kind == "market_share":
        return (kind, f.get("holder", ""), f.get("market", ""), _num(f.get("share")), f.get("period", ""))
    if kind == "target":
        return (kind, f.get("company", ""), f.get("setBy", ""), f.get("measure", ""), _num(f.get("value")), f.get("unit", ""))
    if kind == "role":
        return (kind, f.get("member", ""), f.get("organization", ""), f.get("role", ""))
    if kind == "competition":
        return (kind, f.get("company", ""), f.get("competitor", ""), f.get("region", ""))
    return (kind, f.get("subject", ""), f.get("measure", ""), _num(f.get("value")), f.get("unit", ""),
            _num(f.get("change")), f.get("direction", ""), f.get("period", ""))


def _fields(text: str) -> dict:
    out = {}
    for part in text.split(" / "):
        k, sep, v = part.partition("=")
        if sep:
            out[k.strip()] = v.strip()
    return out


def _md_rows(path: Path):
    """The rows of every markdown table in `path`, as dicts keyed by the table's header."""
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if not set(cells[0]) <= set("-: "):
            yield dict(zip(header, cells))


def judged_md(path: Path, doc_names: dict[str, str]) -> list[tuple[str, tuple, bool]]:
    """(doc id, key, right?) from a markdown table with a 'fact (stored)' column."""
    rows = []
    for row in _md_rows(path):
        kind = KINDS.get(row.get("kind", ""))
        if kind is None or "fact (stored)" not in row:
            continue
        cell = row["fact (stored)"]
        f = _fields(cell)
        if any(v.endswith("…") or len(v) > 200 for v in f.values()):
            continue
        if len(cell) >= 195 and f:  # a cell cut at 200 characters: its last field may be cut
            last = list(f)[-1]
            if last in _KEY_FIELDS:
                continue
            f.pop(last)
        f["period"] = f.get("periodLabel", "")
        doc = doc_names.get(row["doc"])
        if doc is None:
            continue
        rows.append((doc, key_of(kind, f), row["verdict"].upper().startswith("CORRECT")))
    return rows


def _verdicts_md(path: Path) -> dict[str, bool]:
    """Row number -> right? from a judged markdown table."""
    return {row["#"]: row["verdict"].upper().startswith("CORRECT")
            for row in _md_rows(path) if "verdict" in row and row.get("#", "").isdigit()}


def judged_json(sample: Path, verdicts_md: Path) -> list[tuple[str, tuple, bool]]:
    """(doc id, key, right?) from a sample.json (full fields) and the verdicts of its judged table."""
    verdict = _verdicts_md(verdicts_md)
    rows = []
    for item in json.loads(sample.read_text(encoding="utf-8")):
        kind = KINDS.get(item.get("kind", ""))
        right = verdict.get(str(item.get("n")))
        if kind is None or right is None:
            continue
        f = dict(p.split("=", 1) for p in item["props"] if "=" in p)
        f["period"] = f.get("periodLabel", "")
        rows.append((item["doc"], key_of(kind, f), right))
    return rows


def judged_tsv(sample: Path, verdicts: Path) -> list[tuple[str, tuple, bool]]:
    verdict = {}
    for line in verdicts.read_text(encoding="utf-8").splitlines():
        parts = line.split("|")
        if len(parts) >= 2 and parts[0].strip().isdigit():
            verdict[parts[0].strip()] = parts[1].strip()
    rows = []
    for line in sample.read_text(encoding="utf-8").splitlines():
        n, fid, facts, *_ = line.split("\t") + ["", "", ""]
        doc, kind, _ = (fid.split(":") + ["", ""])[:3]
        if kind not in ("observation", "market_share") or verdict.get(n) not in ("C", "W", "P"):
            continue
        f = {k.replace("_text", "Text"): v for k, v in _fields(facts).items()}
        pm = re.match(r"(.*?)\s*\[", f.get("period", ""))
        f["period"] = pm.group(1) if pm else f.get("period", "")
        rows.append((doc, key_of(kind, f), verdict[n] == "C"))
    return rows


def _obs_key(fact) -> tuple:
    return key_of("observation", {"subject": fact.subject.label, "measure": fact.measure,
                                  "value": str(fact.value) if fact.value is not None else "",
                                  "unit": fact.unit or "", "direction": fact.direction or "",
                                  "change": str(fact.change) if fact.change is not None else "",
                                  "period": fact.period.label if fact.period else ""})


DEMOTED_BY: dict[tuple, str] = {}  # (doc, key) of a figure the support gate kept out of the typed facts -> rules
PATH_OF: dict[tuple, str] = {}  # (doc, key) of a typed figure -> "subject-how/measure-how" (figures.py), else its fact kind's reader


def extracted(doc_dir: Path) -> tuple[dict[str, set], dict[str, dict], dict[str, int], float]:
    from aikg.extract.pipeline import extract_bytes
    try:
        from aikg.extract import figures
    except ImportError:
        figures = None
    keys: dict[str, set] = {}
    values: dict[str, dict] = {}
    counts = {"observation": 0, "market_share": 0, "target": 0, "role": 0, "competition": 0, "facts": 0, "docs": 0}
    cpu = 0.0
    for p in sorted(doc_dir.iterdir()):
        if p.suffix.lower() not in (".txt", ".md", ".html", ".htm"):
            continue
        if figures is not None and hasattr(figures, "DEMOTED"):
            figures.DEMOTED = []
        if figures is not None and hasattr(figures, "JUDGED"):
            figures.JUDGED = []
        t0 = time.process_time()
        ex = extract_bytes(p.read_bytes(), p.name)
        cpu += time.process_time() - t0
        for fact, sup in (getattr(figures, "DEMOTED", None) or []):
            DEMOTED_BY[(ex.document.id, _obs_key(fact))] = ",".join(sup.failed)
            counts["demoted"] = counts.get("demoted", 0) + 1
        if figures is not None and hasattr(figures, "DEMOTED"):
            figures.DEMOTED = None
        for fact, sup in (getattr(figures, "JUDGED", None) or []):
            PATH_OF.setdefault((ex.document.id, _obs_key(fact)), f"{sup.subject}/{sup.measure}")
        if figures is not None and hasattr(figures, "JUDGED"):
            figures.JUDGED = None
        counts["docs"] += 1
        counts["facts"] += len(ex.facts)
        ks, vs = set(), {}
        for fact in ex.facts:
            if fact.kind not in ("observation", "market_share", "target", "role", "competition"):
                continue
            counts[fact.kind] = counts.get(fact.kind, 0) + 1
            period = fact.period.label if getattr(fact, "period", None) else ""
            if fact.kind == "market_share":
                k = key_of("market_share", {"holder": fact.holder.label, "market": fact.market,
                                            "share": str(fact.share), "period": period})
                vs.setdefault(("market_share", _num(str(fact.share))), []).append(k)
            elif fact.kind == "target":
                k = key_of("target", {"company": fact.company.label, "setBy": fact.set_by.label if fact.set_by else "",
                                      "measure": fact.measure, "unit": fact.unit or "",
                                      "value": str(fact.value) if fact.value is not None else ""})
            elif fact.kind == "role":
                k = key_of("role", {"member": fact.person.label, "role": fact.role,
                                    "organization": fact.organization.label if fact.organization else ""})
            elif fact.kind == "competition":
                k = key_of("competition", {"company": fact.company.label, "competitor": fact.competitor.label,
                                           "region": fact.region or ""})
            else:
                k = _obs_key(fact)
                vs.setdefault(("observation", k[3] or k[5]), []).append(k)
            ks.add(k)
        keys[ex.document.id] = ks
        values[ex.document.id] = vs
    return keys, values, counts, cpu


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", help="write the numbers to this file")
    ap.add_argument("--show", action="store_true", help="list each judged fact's fate")
    args = ap.parse_args(argv)
    keys, values, counts = {}, {}, {}
    for name, d in SETS.items():
        k, vals, c, cpu = extracted(d)
        keys.update(k)
        values.update(vals)
        counts[name] = dict(c, cpu_s=round(cpu, 2))
    short = {}
    for d in (SETS[n] for n in ("probe5", "probe6", "probe7", "probe8", "probe9", "probe10")):
        for p in d.iterdir():
            m = re.match(r"(?:p\d_)?(\d\d)_|([fg]\d\d)_", p.name)
            if m:
                short.setdefault(d.parent.name, {})[m.group(1) or m.group(2)] = p.stem
            elif d.parent.name == "probe10":  # probe10's samples name a document by its first three letters
                short.setdefault("probe10", {})[p.name[:3]] = p.stem
    judged = []  # (group, doc, key, right?)
    for set_name, path in MD_SAMPLES:
        judged += [(set_name if set_name in ("probe7", "probe8", "probe9", "probe10") else "older", *x) for x in judged_md(path, short[set_name])]
    for set_name, sample, verdicts_md in JSON_SAMPLES:
        judged += [(set_name, *x) for x in judged_json(sample, verdicts_md)]
    for sample, verdicts in TSV_SAMPLES:
        judged += [("older", *x) for x in judged_tsv(sample, verdicts)]
    seen, stats, paths = set(), {}, {}
    for group, doc, key, right in judged:
        if (doc, key) in seen:
            continue
        seen.add((doc, key))
        present = key in keys.get(doc, set())
        if present:
            path = PATH_OF.get((doc, key), f"({key[0]}: not figures.py)")
            pt = paths.setdefault(path, [0, 0])
            pt[0 if right else 1] += 1
        for name in (group, f"{group}:{key[0]}", "all"):
            st = stats.setdefault(name, {"right": 0, "right_kept": 0, "wrong": 0, "wrong_gone": 0, "wrong_changed": 0})
            if right:
                st["right"] += 1
                st["right_kept"] += present
            else:
                st["wrong"] += 1
                if not present:
                    st["wrong_gone"] += 1
                    if key[0] in ("market_share", "observation"):
                        val = key[3] if key[0] == "market_share" else (key[3] or key[5])
                        st["wrong_changed"] += bool(values.get(doc, {}).get((key[0], val)))
        if args.show:
            why = DEMOTED_BY.get((doc, key), "")
            print(f"{'RIGHT' if right else 'WRONG'} {'present' if present else 'gone   '} {doc} {key}"
                  + (f" [demoted: {why}]" if why else "") + (f" [path: {path}]" if present else ""))
    print("| judged sample | right kept exactly | wrong gone (same value under another key) |")
    print("|---|---|---|")
    for name in sorted(stats, key=lambda n: (n != "all", n.split(":")[0], n)):
        st = stats[name]
        print(f"| {name} | {st['right_kept']}/{st['right']} | {st['wrong_gone']}/{st['wrong']} ({st['wrong_changed']}) |")
    print()
    print("| extraction path of a judged fact still extracted (subject how / measure how) | right | wrong |")
    print("|---|---|---|")
    for path, (ok, bad) in sorted(paths.items(), key=lambda kv: -kv[1][1]):
        print(f"| {path} | {ok} | {bad} |")
    print()
    print("| set | docs | observations | market shares | targets | roles | competition | all facts | figures demoted to claims | extraction CPU-s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, c in counts.items():
        print(f"| {name} | {c['docs']} | {c['observation']} | {c['market_share']} | {c['target']} | {c['role']} | "
              f"{c['competition']} | {c['facts']} | {c.get('demoted', 0)} | {c['cpu_s']} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"judged": stats, "paths": paths, "sets": counts}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
