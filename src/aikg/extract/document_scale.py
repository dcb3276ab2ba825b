"""A document's own statement of the currency and scale of all its amounts, carried to the bare amounts
of its prose.

A Canadian MD&A, an Indian exchange filing or a results data appendix states once, near its top,
"(All amounts in thousands of Canadian dollars, except per-share amounts, unless otherwise noted)" or
"All amounts in ₹ crore unless stated otherwise", and then writes "Revenue … was $138,412" (CAD
138,412,000) and "(2025 - $80,115)". The statement is the unit of every amount it does not except:
the tables' bare numbers (segment_tables.UNIT_NOTES sheet-statement reads it for them) and the
prose's amounts written with a currency sign and no scale of their own.

Rule document-amount-statement (`STATEMENT`): an amount of a sentence that states no scale of its own
and is in the statement's currency (or is written with the bare sign the statement's currency shares,
"$" of a Canadian, Australian or Singapore dollar statement) takes the statement's scale and currency.
Never an amount with its own scale ("$1.2 million", "₹2,846 crore": the bare sign's currency only), its
own other currency ("US$3,100"
in a statement of Canadian dollars), a per-share amount ("$0.40 per diluted share"; the statements say
"except per-share amounts") or an amount written to the cent ("$0.30"): those keep their reading, and a
per-share or cent amount written with the bare sign takes the statement's currency alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .rule_record import PatternRule
from .segment_tables import _money_in, sheet_statement

STATEMENT = PatternRule(
    "document-amount-statement",
    r"\b(?:amounts?|figures?|numbers|values|financials?)\s+(?:are\s+)?(?:\w+\s+)?in\b",
    "a line or sentence near a document's top stating the currency and scale of all its amounts gives the "
    "prose's bare amounts in that currency (a bare '$' included) that scale; per-share and cent amounts take "
    "the currency alone; an amount with its own scale or another currency keeps its own",
    ("probe28 05_enghouse_canadian_mdna_quarterly (TSX MD&A): '(All amounts in thousands of Canadian dollars, "
     "except per-share amounts, unless otherwise noted)' over 'Revenue … was $138,412 … (2025 - $80,115)'",
     "probe24 03_railtel_kpi_sheet: 'All amounts in INR crore unless stated otherwise (1 crore = 10 million)'; "
     "kindcheck27 measures 02_sarvanta_filing: 'All amounts in ₹ crore unless stated otherwise; figures in "
     "brackets are negative.'; probe21 08_nemetschek_data_appendix: 'All amounts in EUR million unless stated "
     "otherwise.' (the same statement; their prose amounts state their own scale and keep it)"),
    ("(All amounts in thousands of Australian dollars, except per-share amounts) … revenue was $48,210",
     "All figures in EUR million unless stated otherwise. Sales were €1,204."),
    re.I, trigger=("in",))

HEAD_LINES = 12   # the statement stands in a document's preamble
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "NAD", "BND", "FJD", "JMD", "TTD", "BSD",
                      "BBD", "BZD", "BMD", "KYD", "XCD", "GYD", "SRD", "LRD", "SBD"})
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.$])\$")
_PER_SHARE_AFTER = re.compile(r"\s*(?:\)\s*)?(?:per|a|/)\s*(?:[\w-]+\s+){0,2}(?:shares?|units?|ADSs?|ADRs?)\b", re.I)
_CENTS = re.compile(r"[.,][0-9]{2}(?![0-9])")
_NUMBER = re.compile(r"[0-9][0-9.,\u00a0 ]*")


@dataclass(frozen=True)
class AmountStatement:
    """The currency and scale a document states for all its amounts, and the statement as written."""
    currency: str
    scale: int
    text: str


def _fragments(line: str):
    """A line and its parts between sentence stops and brackets: the statement may share its line."""
    yield line
    for part in re.split(r"(?<=[.;])\s+|[()]", line):
        if part.strip() and part != line:
            yield part


def read(cleaned: str) -> AmountStatement | None:
    """The first statement of all amounts' currency and scale among the document's first lines."""
    lines = [ln for ln in cleaned.split("\n", 60)[:60] if ln.strip()][:HEAD_LINES]
    for line in lines:
        if not STATEMENT.search(line):
            continue
        for frag in _fragments(line):
            note = sheet_statement(frag)
            if not note:
                continue
            m = _money_in("1", note)
            if m is not None and m.currency and m.value > 1 and m.value == m.value.to_integral_value():
                return AmountStatement(m.currency, int(m.value), note)
    return None


def _as_written(raw: str) -> set[Decimal]:
    """The number a money text writes, read in either notation ("138,412" -> 138412 or 138.412)."""
    m = _NUMBER.search(raw)
    if m is None:
        return set()
    n = re.sub(r"[\u00a0 ]", "", m.group(0)).rstrip(".,")
    out = set()
    for thousands, dec in ((",", "."), (".", ",")):
        try:
            out.add(Decimal(n.replace(thousands, "").replace(dec, ".")))
        except Exception:
            pass
    return out


def apply(moneys: list, text: str, st: AmountStatement | None) -> list:
    """The sentence's amounts with the statement's scale and currency where it governs them."""
    if st is None or not moneys:
        return moneys
    out = []
    for m in moneys:
        bare_sign = bool(_BARE_DOLLAR.search(m.text)) and m.currency == "USD" and st.currency in _DOLLARS
        if m.currency != st.currency and not bare_sign:
            out.append(m)
            continue
        written = _as_written(m.text)
        if m.value not in written:   # its own scale ("$1.2 million"): the bare sign's currency alone
            out.append(replace(m, currency=st.currency) if bare_sign else m)
            continue
        per_unit = bool(_PER_SHARE_AFTER.match(text, m.end)) or bool(_CENTS.search(m.text))
        scale = 1 if per_unit else st.scale
        if scale == 1 and m.currency == st.currency:
            out.append(m)
            continue
        out.append(replace(m, currency=st.currency, value=_clean(m.value * scale),
                           value_max=_clean(m.value_max * scale) if m.value_max is not None else None))
    return out


def _clean(d: Decimal) -> Decimal:
    return Decimal(int(d)) if d == d.to_integral_value() else d.normalize()


# Rule thousands-column-head: a column header whose bracket is the thousands mark alone or after a currency
# ("Amount (000s)", "(NZ$000s)", "($'000)") states that its column's amounts are in thousands: a cell "$127,356"
# under it is 127,356,000. Provenance: probe32 08a_gentrack_nzx_results_h1 (NZX results form: "Amount (000s)"
# over "Total Revenue  $127,356", with "Revenue for the prior comparable period was $107,021,000" in the same
# form), kindcheck33 money 02_tarawera_fy26_nzx ("| (NZ$000s) | FY26 | FY25 |" over "| Revenue | 186,420 |",
# the lead's "NZ$186.4 million").
THOUSANDS_HEAD = PatternRule(
    "thousands-column-head",
    r"\(\s*(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3}\s?)?\s?['’]?000s?\s*\)",
    "a column header's bracket holding the thousands mark ('(000s)', '(NZ$000s)', \"($'000)\") gives the column's "
    "amounts written without a scale of their own a scale of a thousand",
    ("probe32 08a_gentrack_nzx_results_h1: 'Amount (000s)' over '$127,356' (NZ$127.4 million in the commentary)",
     "kindcheck33 money 02_tarawera_fy26_nzx: '| (NZ$000s) | FY26 |' over '| Revenue | 186,420 |'"),
    ("'| | Amount (000s) |' over '| Revenue | $52,310 |' is 52,310,000 (invented)",))


def column_scale(head: str) -> int:
    """The scale a column header states for its amounts: 1000 under a thousands mark, else 1."""
    return 1000 if head and "000" in head and THOUSANDS_HEAD.search(head) else 1

