"""Terms a question sets on the figure it asks, beyond measure and period (pure): the basis
("reported", "statutory", "GAAP": not an adjusted or core figure) and the currency ("in euros":
not a figure stated only in zlotys). Each a named rule with the documents that justify it; the
figures lane (narrowing._narrow) keeps the rows that meet them, or says which terms no row meets."""
from __future__ import annotations

import re

from .wording import _s

# reported-is-not-adjusted: a figure asked as reported / statutory / unadjusted / GAAP / IFRS is not
# the adjusted, core or underlying one (unless the question asks for that too)
REPORTED_BASIS = {
    "name": "reported-is-not-adjusted",
    "asked": re.compile(r"\b(?:reported|statutory|unadjusted|(?<!non-)(?<!non )(?:gaap|ifrs))\b", re.I),
    "adjusted": re.compile(r"\b(?:core|adjusted|underlying|recurring|normali[sz]ed|comparable|pro[- ]forma|non-?\s?(?:gaap|ifrs))\b", re.I),
    "examples": ("What was Ayala's reported net income for Q3 2026?", "What was Bemobi's reported IFRS (unadjusted) net income in 3Q26?"),
    "provenance": "probe30 03 Ayala ('core net income' answered 'reported net income', p30-03-q08), probe28 06 Bemobi "
                  "(adjusted vs reported IFRS net income, p28-06-q09), probe23 04/06 and probe24 08 (GAAP vs non-GAAP)",
}

# currency-asked: "in euros", "in US dollars", "in rupees": a figure in that currency (or with an
# equivalent in it); a figure stated only in another currency does not answer
CURRENCY_NAMES = {
    "EUR": r"euros?|eur",
    "USD": r"(?:us\s+|u\.s\.\s+)?dollars|usd|us\$",
    "GBP": r"pounds(?:\s+sterling)?|sterling|gbp",
    "JPY": r"yen|jpy",
    "CNY": r"yuan|renminbi|rmb|cny",
    "INR": r"(?:indian\s+)?rupees|inr",
    "KRW": r"won|krw",
    "CHF": r"swiss\s+francs|chf",
    "PLN": r"zlotys?|pln",
}
CURRENCY_ASKED = {
    "name": "currency-asked",
    "pattern": re.compile(r"\bin\s+(" + "|".join(CURRENCY_NAMES.values()) + r")\s*(?:[?.,]|$|\bterms\b|\bfor\b|\bin\b|\bduring\b|\bat\b)", re.I),
    "examples": ("What was Spyrosoft's Q3 2026 revenue in euros?", "How much did Tech Mahindra spend on capital expenditure in rupees in Q2 FY26?",
                 "How much revenue did Kyivstar contribute to VEON in 2024 in US dollars?"),
    "provenance": "probe29 08b Spyrosoft ESPI (PLN only; asked in euros: p29-08-q10), probe7 05 Tech Mahindra (rupees: p7-05-q10), "
                  "probe19 02 VEON (US dollars: p19-02-q03, q09), probe5 07 HCLTech (rupees: p5-07-q01)",
}
# "dollars" alone: any dollar (US, Canadian, Singapore …)
_ANY_DOLLAR = re.compile(r"^dollars$", re.I)
MONEY = re.compile(r"^[A-Z]{3}$")


def currency_asked(ql: str) -> set[str] | None:
    """The currency codes a question asks its figure in ("in euros": {"EUR"}), or None."""
    m = CURRENCY_ASKED["pattern"].search(ql)
    if not m:
        return None
    said = m.group(1).strip()
    if _ANY_DOLLAR.match(said):
        return {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"}
    return {code for code, names in CURRENCY_NAMES.items() if re.fullmatch(names, said, re.I)} or None


def in_currency(row: dict, codes: set[str]) -> bool:
    """The row's figure is in one of `codes`, or it gives an equivalent in one (its amounts)."""
    if _s(row, "unit") in codes:
        return True
    return any(c in _s(row, "amount") for c in codes)


def by_terms(ql: str, rows: list[dict], what: str, subj: str | None) -> tuple[list[dict], str]:
    """The rows that meet the question's basis and currency (all of them when it sets none), or
    no rows and why."""
    scope = f" for {subj}" if subj else ""
    if REPORTED_BASIS["asked"].search(ql) and not REPORTED_BASIS["adjusted"].search(ql):
        kept = [r for r in rows if not REPORTED_BASIS["adjusted"].search(_s(r, "measure"))]
        if not kept:
            return [], f"The documents state no reported {what}{scope}, only an adjusted or core figure."
        rows = kept
    codes = currency_asked(ql)
    if codes and any(MONEY.match(_s(r, "unit")) for r in rows):
        kept = [r for r in rows if not MONEY.match(_s(r, "unit")) or in_currency(r, codes)]
        if not any(MONEY.match(_s(r, "unit")) for r in kept):
            stated = sorted({_s(r, "unit") for r in rows if MONEY.match(_s(r, "unit"))})
            return [], f"The documents state {what}{scope} only in {', '.join(stated)}, not in the currency asked."
        rows = kept
    return rows, ""
