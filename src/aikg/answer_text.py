"""How answers are written: one line per result row of each saved query, amounts and changes
as a reader writes them, JSON rows without IRIs. Pure functions of the rows."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from .rdf import format_amount


def _dec(t) -> Decimal | None:
    if t is None:
        return None
    try:
        return Decimal(t.value)
    except (InvalidOperation, AttributeError):
        return None


def _date(t) -> date | None:
    try:
        return date.fromisoformat(t.value) if t is not None else None
    except ValueError:
        return None



# ------------------------------------------------------------------ formatting
def _num(t) -> str:
    d = _dec(t)
    if d is None:
        return t.value if t is not None else ""
    text = format(d.normalize(), "f")
    if "." not in text and abs(d) >= 10000:
        text = f"{int(d):,}"
    return text


QUAL = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}


def _value_text(row: dict) -> str:
    unit = row["unit"].value if "unit" in row else ""
    q = QUAL.get(row["qualifier"].value, "") if "qualifier" in row else ""
    if "value" not in row:
        return ""
    v = _dec(row["value"])
    vmax = _dec(row.get("valueMax"))
    if unit == "percent":
        text = f"{_num(row['value'])}%"
    elif unit == "count":
        text = _num(row["value"])
    elif unit and v is not None:
        text = f"{unit} {format_amount(v)}"
        if vmax is not None:
            text = f"{unit} {format_amount(v)} to {format_amount(vmax)}"
    else:
        text = _num(row["value"])
    return q + text


def _change_text(row: dict) -> str:
    if "change" not in row:
        return ""
    sign = "-" if "direction" in row and row["direction"].value == "decrease" else "+"
    change = _num(row["change"])
    if change.startswith("-"):          # a signed change (loaded RDF) rather than a magnitude
        sign, change = "-", change[1:]
    q = QUAL.get(row["changeQualifier"].value, "") if "changeQualifier" in row else ""
    unit = " pp" if "changeUnit" in row and row["changeUnit"].value == "percentage_points" else "%"
    basis = " year on year" if "changeBasis" in row and row["changeBasis"].value == "yoy" else (
        " quarter on quarter" if "changeBasis" in row and row["changeBasis"].value == "qoq" else "")
    text = row["changeText"].value if "changeText" in row else ""
    if re.fullmatch(r"\d[\d.]*\s*%?\s*(?:-|–|to)\s*\d[\d.]*\s*%", text):   # a range: "1-3%"
        return f"{q}{sign}{text}{basis}"
    return f"{q}{sign}{change}{unit}{basis}"


def _horizon_text(h: str) -> str:
    m = re.fullmatch(r"P(\d+)Y", h or "")
    if m:
        n = int(m.group(1))
        words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 10: "ten"}
        return f"{words.get(n, n)} years ({h})" if n != 1 else f"one year ({h})"
    m = re.fullmatch(r"P(\d+)M", h or "")
    if m:
        return f"{m.group(1)} months ({h})"
    return h


def _s(row, k) -> str:
    return row[k].value if k in row and row[k] is not None else ""


def render_row(intent: str, row: dict) -> str:
    if intent == "costs-by-segment":
        owner = f" ({_s(row, 'ownerLabel')})" if "ownerLabel" in row else ""
        return f"{_s(row, 'itemLabel')} sits in {_s(row, 'segmentLabel')}{owner}"
    if intent == "segments":
        return f"{_s(row, 'segmentLabel')} is a segment of {_s(row, 'ownerLabel')}"
    if intent == "investments":
        return ""  # grouped separately
    if intent == "restrictions":
        text = _s(row, "restrictionLabel")
        if "productLabel" in row:
            text += f" (product: {_s(row, 'productLabel')})"
        if "affectedLabel" in row:
            text += f"; affects {_s(row, 'affectedLabel')}"
        return text
    if intent == "models":
        text = _s(row, "modelLabel")
        if "familyLabel" in row:
            text += f" ({_s(row, 'familyLabel')} family)"
        if "developerLabel" in row:
            text += f", developed by {_s(row, 'developerLabel')}"
        return text
    if intent == "model-uses":
        return f"{_s(row, 'modelLabel')} powers {_s(row, 'applicationLabel')}"
    if intent == "people":
        org = f" of {_s(row, 'orgLabel')}" if "orgLabel" in row else ""
        al = f" (also {_s(row, 'aliases')})" if "aliases" in row and _s(row, "aliases") else ""
        return f"{_s(row, 'personLabel')}{al} is {_s(row, 'role')}{org}"
    if intent == "aliases":
        return f"{_s(row, 'alias')}"
    if intent == "figures":
        parts = [p for p in (_value_text(row), _change_text(row)) if p]
        eq = f" (= {_s(row, 'equivalent')})" if "equivalent" in row else ""
        per = f", {_s(row, 'periodLabel')}" if "periodLabel" in row else ""
        return f"{_s(row, 'subjectLabel')} {_s(row, 'measure')}: {', '.join(parts)}{eq}{per}"
    if intent == "market-shares":
        per = f" in {_s(row, 'periodLabel')}" if "periodLabel" in row else ""
        return f"{_s(row, 'holderLabel')} holds {_num(row['share'])}% of the {_s(row, 'market')}{per}"
    if intent == "competitors":
        reg = f" ({_s(row, 'region')})" if "region" in row else ""
        return f"{_s(row, 'competitorLabel')} competes with {_s(row, 'companyLabel')}{reg}"
    if intent == "targets":
        by = f" (set by {_s(row, 'setByLabel')})" if "setByLabel" in row else ""
        val = _value_text(row)
        hz = f" within {_horizon_text(_s(row, 'horizon'))}" if "horizon" in row else ""
        return f"{_s(row, 'companyLabel')}{by} targets {val} in {_s(row, 'measure')}{hz}"
    if intent == "disclosure-gaps":
        return f"cannot determine {_s(row, 'missing')}"
    if intent == "initiatives":
        loc = f" in {_s(row, 'locationLabel')}" if "locationLabel" in row else ""
        return f"{_s(row, 'companyLabel')}: {_s(row, 'description')}{loc}"
    if intent == "sources":
        return f"{_s(row, 'doc')}: {_s(row, 'quote')}"
    if intent == "conflicts":
        return f"{_s(row, 'factLabel')} ({_s(row, 'what')}): {_s(row, 'valueA')} in {_s(row, 'docA')} vs {_s(row, 'valueB')} in {_s(row, 'docB')}"
    if intent == "documents":
        return f"{_s(row, 'doc')}: {_s(row, 'title')}"
    if intent == "describe":
        return f"{_s(row, 'predicateLabel')}: {_s(row, 'valueLabel')}"
    return _from_template(intent, row)


def _from_template(intent: str, row: dict) -> str:
    """A row of a saved query without a writer of its own, through its `#+ answer: row` template
    ("{companyLabel} ranked {rankText} by {firmLabel}"); columns the row lacks are left out."""
    from .queries import catalogue
    sq = catalogue().get(intent)
    if sq is None or not sq.answer_row:
        return "; ".join(f"{k}={_s(row, k)}" for k in row if k not in SKIP_COLS)
    text = re.sub(r"\{(\w+)\}", lambda m: _s(row, m.group(1)), sq.answer_row)
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
