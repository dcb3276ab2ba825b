"""How answers are written: one line per result row of each saved query, amounts and changes
as a reader writes them, JSON rows without IRIs. Pure functions of the rows."""
from __future__ import annotations

import re

import pyoxigraph as ox

from .fact_kinds import fill, row_text
from .wording import _change_text, _date, _dec, _horizon_text, _num, _s, _value_text  # noqa: F401 (the row values answers write)


def render_row(intent: str, row: dict) -> str:
    """One answer line for a row of saved query `intent`: its fact kind's template (fact_kinds),
    else the query's own `#+ answer: row` header."""
    text = row_text(intent, row)
    return _from_template(intent, row) if text is None else text


def _from_template(intent: str, row: dict) -> str:
    """A row of a saved query without a writer of its own, through its `#+ answer: row` template
    ("{companyLabel} ranked {rankText} by {firmLabel}"); columns the row lacks are left out."""
    from .queries import catalogue
    sq = catalogue().get(intent)
    if sq is None or not sq.answer_row:
        return "; ".join(f"{k}={_s(row, k)}" for k in row if k not in SKIP_COLS)
    text = fill(sq.answer_row, {k: _s(row, k) for k in row})
    return re.sub(r"\s+", " ", text).strip(" :;,")


def _investment_lines(rows: list[dict]) -> list[str]:
    by: dict[str, dict] = {}
    for r in rows:
        key = r["investment"].value
        d = by.setdefault(key, {"investor": _s(r, "investorLabel"), "amounts": [], "target": "", "horizon": "",
                                "announced": "", "stake": "", "docs": []})
        a = _s(r, "amountLabel")
        if a and a not in d["amounts"]:
            d["amounts"].append(a)
        d["target"] = d["target"] or _s(r, "target") or _s(r, "targetEntityLabel")
        d["horizon"] = d["horizon"] or _s(r, "horizon")
        d["announced"] = d["announced"] or _s(r, "announced")
        d["stake"] = d["stake"] or _s(r, "stake")
        if "doc" in r and _s(r, "doc") not in d["docs"]:
            d["docs"].append(_s(r, "doc"))
    lines = []
    for d in by.values():
        amts = d["amounts"]
        text = f"{d['investor']} invests {amts[0]}" if amts else f"{d['investor']} holds"
        if len(amts) > 1:
            text += " (reported as " + ", ".join(amts[1:]) + ")"
        if d["stake"]:
            text += f" for a {d['stake']}% stake" if amts else f" a {d['stake']}% stake"
        if d["target"]:
            text += f" in {d['target']}"
        if d["horizon"]:
            text += f" over {_horizon_text(d['horizon'])}"
        if d["announced"]:
            text += f", announced {d['announced']}"
        if d["docs"]:
            text += f" [sources: {', '.join(d['docs'])}]"
        lines.append(text)
    return lines


SKIP_COLS = {"quote", "ev", "docNode"}


def json_row(row: dict) -> dict:
    from .run import json_value
    out = {}
    for k, t in row.items():
        if k in SKIP_COLS:
            continue
        if isinstance(t, ox.NamedNode):
            continue  # IRIs are in the SPARQL results; rows keep the readable values
        out[k] = json_value(t)
    if "value" in row and ("unit" in row):
        out["value_text"] = _value_text(row)
    if "change" in row:
        out["change_text"] = _change_text(row)
    return out


def _lines(intent: str, rows: list[dict]) -> list[str]:
    if intent == "investments":
        return _investment_lines(rows)
    if intent == "describe":
        return _describe_lines(rows)
    out = []
    for r in rows:
        line = render_row(intent, r)
        if line and line not in out:
            out.append(line)
    if intent == "aliases" and rows:
        label = _s(rows[0], "entityLabel")
        others = [x for x in out if x != label]
        return [f"{label} is also called {', '.join(others)}" if others else f"{label} has no other names in the documents"]
    return out[:25]




CLAIM_LINKS = ("#mentions", "#about")


def _type_name(label: str) -> str:
    """A class shown by its label; one without a label by its local name: 'AI model'."""
    if "://" not in label:
        return label
    local = re.split(r"[#/]", label)[-1]
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+|\d+", local)
    return " ".join(w if w.isupper() else w.lower() for w in words) or local


def _describe_lines(rows: list[dict]) -> list[str]:
    """"QVQ-Max (AI model)", then what it is related to: "developed by: Alibaba Group", and what
    points at it: "AI model training (in segment)"."""
    def pred(r):
        return _s(r, "predicateLabel")
    name = next((_s(r, "valueLabel") for r in rows if pred(r) == "label" and _s(r, "direction") == "out"), "")
    types = sorted({_type_name(_s(r, "valueLabel")) for r in rows if pred(r) == "type" and _s(r, "direction") == "out"})
    also = sorted({_s(r, "valueLabel") for r in rows if pred(r) == "altLabel"})
    head = name + (f" ({', '.join(types)})" if types else "") + (f", also called {', '.join(also)}" if also else "")
    out = [head] if head else []
    for r in rows:
        if pred(r) in ("label", "type", "altLabel"):
            continue
        if _s(r, "direction") == "in" and _s(r, "predicate").endswith(CLAIM_LINKS):
            continue   # a claim that names it: evidence, not a fact (the claims query lists them)
        line = f"{pred(r)}: {_s(r, 'valueLabel')}" if _s(r, "direction") != "in" else f"{_s(r, 'valueLabel')} ({pred(r)})"
        if line not in out:
            out.append(line)
    return out[:25]
