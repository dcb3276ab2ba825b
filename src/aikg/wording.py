"""How values are written for a reader: amounts with their scale word, changes with their sign
and basis, durations in words. Pure functions over plain values and over result rows (a row is
{column: pyoxigraph term}); the graph's labels (fact_kinds, rdf) and the answers (answer_text)
both write values through here."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation


def format_amount(value: Decimal) -> str:
    """29610000000 -> '29.61 billion'; 370000000 -> '370 million'."""
    v = abs(value)
    for scale, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
                        (Decimal(10) ** 6, "million")):
        if v >= scale:
            q = (value / scale).normalize()
            return f"{format(q, 'f')} {word}"
    q = value.normalize()
    text = format(q, "f")
    if "." not in text and abs(q) >= 10000:
        text = f"{int(q):,}"
    return text


def plain(d: Decimal) -> str:
    """A decimal without exponent or trailing zeros: Decimal('36.0') -> '36'."""
    return format(d.normalize(), "f")


# ------------------------------------------------------------------ values of result rows
def _s(row, k) -> str:
    return row[k].value if k in row and row[k] is not None else ""


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


def _num(t) -> str:
    d = _dec(t)
    if d is None:
        return t.value if t is not None else ""
    text = format(d.normalize(), "f")
    if "." not in text and abs(d) >= 10000:
        text = f"{int(d):,}"
    return text


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _ordinal(t) -> str:
    """A rank as a reader writes it: 4 -> "fourth", 12 -> "No. 12"; '' when not a whole number."""
    d = _dec(t)
    if d is None or d != d.to_integral_value() or d < 1:
        return ""
    return ORDINALS[int(d) - 1] if d <= len(ORDINALS) else f"No. {int(d)}"


QUAL = {"at_least": "at least ", "at_most": "up to ", "approx": "about "}


_PLUS_MINUS = re.compile(r"plus\s+or\s+minus|±|\+/-", re.I)


def _num_dec(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _written(value_text: str, v: Decimal | None) -> str:
    """The number as the text writes it ("13.0" of "or 13.0% of revenues"), when it is the value."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value_text or "")
    if m is None or v is None:
        return ""
    try:
        return m.group(0) if Decimal(m.group(0).replace(",", "")) == v else ""
    except InvalidOperation:
        return ""


def _value_text(row: dict) -> str:
    unit = row["unit"].value if "unit" in row else ""
    q = QUAL.get(row["qualifier"].value, "") if "qualifier" in row else ""
    if "value" not in row:
        return ""
    v = _dec(row["value"])
    vmax = _dec(row.get("valueMax"))
    vt = row["valueText"].value if "valueText" in row else ""
    if v is not None and vmax is not None and _PLUS_MINUS.search(vt):
        # "$12.5 billion, plus or minus $300 million": the value as stated, its tolerance and its range
        mid, width = (v + vmax) / 2, (vmax - v) / 2
        if unit == "percent":
            return f"{q}{_num_dec(mid)}% ± {_num_dec(width)} pp ({_num_dec(v)}% to {_num_dec(vmax)}%)"
        if unit and unit != "count":
            return f"{q}{unit} {format_amount(mid)} ± {format_amount(width)} ({format_amount(v)} to {format_amount(vmax)})"
    if unit == "percent":
        text = f"{_written(vt, v) or _num(row['value'])}%"
    elif unit == "count":
        text = _num(row["value"])
    elif unit in ("MW", "GW"):  # a power capacity: "245 MW"
        text = f"{_num(row['value'])} {unit}"
    elif unit and v is not None:
        text = f"{unit} {format_amount(v)}"
        if vmax is not None:
            text = f"{unit} {format_amount(v)} to {format_amount(vmax)}"
    else:
        text = _num(row["value"])
    return q + text


# how a change's basis is written after it (kg:changeBasis; extract/change_bases.py)
_BASIS_WORDS = {"yoy": " year on year", "qoq": " quarter on quarter", "constant currency": " at constant currency",
                "local currency": " in local currency", "organic": " on an organic basis"}


def _change_text(row: dict) -> str:
    if "change" not in row:
        return ""
    sign = "-" if "direction" in row and row["direction"].value == "decrease" else "+"
    change = _num(row["change"])
    if change.startswith("-"):          # a signed change (loaded RDF) rather than a magnitude
        sign, change = "-", change[1:]
    q = QUAL.get(row["changeQualifier"].value, "") if "changeQualifier" in row else ""
    unit = " pp" if "changeUnit" in row and row["changeUnit"].value == "percentage_points" else "%"
    basis = _BASIS_WORDS.get(row["changeBasis"].value, "") if "changeBasis" in row else ""
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
