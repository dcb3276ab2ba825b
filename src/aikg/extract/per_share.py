"""Per-share amounts written in a currency's minor unit ("a final dividend of 3.15p per share",
"0.70 sen per ordinary share", "or 18 cents a share", "adjusted earnings of 8 cents a share"): the
money readers read no value there (a pence or sen figure is no amount of money they scale), and the
figure readers leave a count in pence or cents out (figures.MINOR_CURRENCY, a price paid in a deal).
Here a minor-unit amount is typed when the clause names it a dividend or an earnings figure per share.

Rules (named records, each met in documents of different sources):

  minor-unit-dividend  "<kind> dividend (of|was cut to|to|:)? <n> pence|p|cents|sen|paise" and
                       "a <n> sen interim dividend": the dividend per share, its kind kept ("final",
                       "interim", "total", "special") in the measure's name.
  minor-unit-eps       "<n> cents a share" after an earnings or profit figure of the clause
                       ("Net income rose to $476 million, or 18 cents a share", "adjusted earnings of
                       8 cents a share"): the earnings per share, with the basis the clause names.

Never typed: a value in brackets (a compared year's, "(Q3 FY2025: 0.55 sen)"), a value compared
with ("down from 27.5 cents"), a price paid for a share in a deal ("an offer of 183 pence per
share", "a placing … at 340 pence per share": no dividend or earnings head in the clause), a value
in a clause naming another company before it. The unit is the minor unit as written ("pence",
"cents", "sen", "paise"), the value as written: a reader asks for "3.15p", not GBP 0.0315.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from .. import records as r
from ..pattern_cache import plain
from .rule_record import RuleRecord

MINOR_UNIT_DIVIDEND = RuleRecord(
    "minor-unit-dividend",
    "a dividend is paid per share: a pence, cents or sen amount a dividend head names is the dividend per share",
    ("probe27 06_nccgroup_iralert: 'Final dividend 3.15p per share; total FY26 dividend 4.65p (4.65p)'",
     "probe27 07_vitrox_bursa: 'declared a second single-tier interim dividend of 0.70 sen per ordinary share'",
     "probe18 spark_nz_results_corrected: 'The final dividend was cut to 12.5 cents per share, taking the full-year dividend to 25 cents'",
     "probe21 04_technologyone_speaker_notes: 'a final dividend of 17.0 cents per share, taking total dividends for the year to 30.0 cents'",
     "focusset21 14_softcat_call: 'final dividend of 18.3 pence and a special dividend of 12.0 pence'",
     "focusset23 10_maxis_5things: 'A 5 sen interim dividend was declared'"),
    ("The Board proposes a final dividend of 6.40p per share.", "A 4 sen interim dividend was declared."))

MINOR_UNIT_EPS = RuleRecord(
    "minor-unit-eps",
    "'<n> cents a share' after an earnings or profit figure is that figure per share: earnings per share",
    ("probe6 p6_01_palantir_q3_2025: 'Net income rose to $476 million, or 18 cents a share'",
     "devset5 t01_intel: '… or 90 cents a share', 'adjusted earnings of 8 cents a share'"),
    ("Net income rose to $40 million, or 12 cents a share.", "Adjusted earnings were 31 cents a share."))

# (issue39m) share-issue-price: the price new shares are issued at, "<n> new (ordinary) shares … at <price> per share",
# is the issue price per share (a placing's price is no dividend nor earnings; typed here in a minor unit, by
# prose_measures "share-issue-price" in money)
SHARE_ISSUE_PRICE = RuleRecord(
    "share-issue-price",
    "'<n> new shares … at <price> per share': the price the new shares are issued at, the issue price per share",
    ("probe28 08b_brainchip_asx_4c_q3: 'issued 147.1 million new shares to institutional and sophisticated investors at A$0.17 per share'",
     "focusset26 08_gbg_placing: 'through a placing of 21,294,118 new ordinary shares at 340 pence per share'"),
    ("Kestrel issued 52.5 million new shares at A$0.40 per share.", "a placing of 12,117,647 new ordinary shares at 340 pence per share"))
ISSUE_BEFORE = plain(r"\b(?:new|ordinary)\s+(?:ordinary\s+)?shares\b[^.;]{0,80}?\bat\s+(?:a\s+price\s+of\s+)?$", re.I)

# a minor-unit amount: "3.15p" (the letter right after the number), "0.70 sen", "12.5 cents", "45 paise"
# (rule minor-unit-currency: the currency of the cents may stand glued before the number or spaced before the unit,
# "HK5.0 cents" (probe30 06_digitalchina, kindcheck31 tables 02_yuelan 'HK12.0 cents'), "6.7 US cents" (probe30
# 02_wisetech, probe14 03_datatec_interim '7.9 US cents'); one or two digits after a comma are decimals before the
# unit, as before a scale word (values.py decimal_comma_before_scale): "268,4 cents", "622,3 cents" (probe30 08a and
# 08b Reunert SENS; a JSE announcement writes the decimal comma))
_MINOR = plain(r"(?<![\w.,$€£¥])(?:HK|US)?(?P<v>\d{1,4}(?:\.\d{1,4}|,\d{1,2}(?!\d))?)"
               r"(?:(?P<p>p)(?![\w-])|\s?(?:(?:US|HK|NZ|A|SA)\s)?(?P<u>pence|cents?|sen|paise)\b)")
_UNIT = {"p": "pence", "pence": "pence", "cent": "cents", "cents": "cents", "sen": "sen", "paise": "paise"}
_TRIGGER = ("pence", "cent", "sen", "paise", "p ", "p;", "p,", "p.", "p)")

# a dividend's head with the words naming its kind ("total FY26 dividend", "second single-tier interim dividend")
_DIV_KIND = r"(?:final|interim|special|total|full-year|full\s+year|annual|quarterly|ordinary|first|second|third|fourth|single-tier|proposed|recommended|FY\d{2,4})"
_DIV_HEAD = plain(rf"(?P<m>(?:{_DIV_KIND}[\s-]+){{0,4}})dividends?\b", re.I)
# what may stand between a head and its value: a copula, a change verb to a level, the year it is for
# (and the head's abbreviation in brackets, "Headline earnings per share (HEPS) up 11% to 268,4 cents", probe30 08a/08b
# Reunert; "Basic earnings per share ("EPS") to be between …")
_GAP = plain(r"^[\s:*–—)\"”-]*(?:(?:\([\"“]?[A-Z]{2,5}[\"”]?\)|between|of|was|were|is|are|be|been|will|at|to|for|the|year|period|full-year|this|FY\d{2,4}|\d{4}|[12]H\d{2}|H[12]\s?\d{2,4}|"
             r"rose|raised|increased|lifted|cut|reduced|lowered|held|kept|maintained|unchanged|up|down|amounting|amounted|"
             r"totalling|totaling|totalled|totaled|came|in|by|per\s+share|declared|proposed|recommended|paid|payable|"
             r"\d{1,3}(?:\.\d+)?\s?(?:%|per\s+cent))[\s:,]*){0,8}$",
             re.I)
_DIV_AFTER = plain(rf"\s+(?P<m>(?:{_DIV_KIND}[\s-]+){{0,3}})dividends?\b", re.I)
_PER_SHARE_AFTER = plain(r"\s*(?:per|a)\s+(?:diluted\s+|basic\s+|ordinary\s+|common\s+)?share\b", re.I)
# an earnings figure's head, with the basis words before it ("adjusted earnings", "GAAP net income", "Basic EPS")
_BASIS = r"(?:non-GAAP|GAAP|non-IFRS|IFRS|adjusted|underlying|core|statutory|reported|basic|diluted|headline)"
_EPS_HEAD = plain(rf"(?P<b>(?:{_BASIS}\s+){{0,2}})(?P<h>earnings\s+per\s+share|EPS|HEPS|net\s+earnings|earnings|net\s+income|net\s+profit|"
                  r"profit|net\s+loss|loss)\b", re.I)
_OR_BEFORE = plain(r",\s*or\s+(?:about\s+|around\s+)?$", re.I)
_COMPARED_BEFORE = plain(r"\b(?:from|versus|vs\.?|against|compared\s+with|compared\s+to|than)\s+(?:about\s+|around\s+)?$", re.I)
_DEAL = plain(r"\b(?:offer|offered|bid|proposal|placing|placed|price|priced|valu\w+|consideration|acquire|acquisition|buy|paid\s+for)\b", re.I)


# the upper bound of a range after its lower one: " and 658,6 cents"
_RANGE_TOP = plain(r"\s+and\s+(?:HK|US)?(?P<v>\d{1,4}(?:\.\d{1,4}|,\d{1,2}(?!\d))?)\s?(?:(?:US|HK|NZ|A|SA)\s)?(?:pence|cents?|sen|paise)\b")


def _clause(text: str, pos: int) -> int:
    a = max(text.rfind(c, 0, pos) for c in ";!?\n")
    return max(a + 1, pos - 200, 0)


def _bracketed(text: str, pos: int) -> bool:
    """Whether the value at `pos` stands inside a bracket ("(4.65p)", "(Q3 FY2025: 0.55 sen)")."""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


_KIND_KEPT = plain(r"(?:final|interim|special|total|full-year|full\s+year|annual|quarterly|first|second|third|fourth)", re.I)


def _kind(words: str) -> str:
    """The words naming a dividend's kind ("second interim", "total"); a tax label ("single-tier"), a year
    ("FY26") or a step ("proposed") is no kind."""
    return " ".join(" ".join(k.group(0).lower().split()).replace("full year", "full-year") for k in _KIND_KEPT.finditer(
        re.sub(r"single-tier", " ", words, flags=re.I)))


def _measure(text: str, m: re.Match) -> str | None:
    """The per-share measure of the minor-unit amount `m`, or None."""
    start, end = m.start(), m.end()
    if (d := _DIV_AFTER.match(text, end)) is not None:
        return f"{_kind(d.group('m'))} dividend per share".strip()   # "A 5 sen interim dividend"
    a = _clause(text, start)
    before = text[a:start]
    if ISSUE_BEFORE.search(before) and _PER_SHARE_AFTER.match(text, end):
        return "issue price per share"   # SHARE_ISSUE_PRICE
    heads = [(h.end(), "div", h) for h in _DIV_HEAD.finditer(before)] + [(h.end(), "eps", h) for h in _EPS_HEAD.finditer(before)]
    if not heads:
        return None
    hend, what, h = max(heads, key=lambda x: x[0])
    gap = before[hend:]
    if what == "div":
        if not _GAP.match(gap) or _DEAL.search(gap):
            return None
        return f"{_kind(h.group('m'))} dividend per share".strip()
    per_share = _PER_SHARE_AFTER.match(text, end) is not None
    head = " ".join(h.group("h").lower().split())
    basis = " ".join(w for w in h.group("b").lower().split() if w not in ("basic", "diluted"))
    if head == "heps":
        head, basis = "earnings per share", " ".join(["headline", *(w for w in basis.split() if w != "headline")])
    if head in ("earnings per share", "eps"):
        if not _GAP.match(gap):
            return None
    elif not per_share or not (_GAP.match(gap) or _OR_BEFORE.search(before)) or _DEAL.search(gap):
        return None   # ("the offer of 183 pence per share": no earnings; "net income of $476 million, or 18 cents a share")
    name = "loss per share" if head.endswith("loss") else "earnings per share"
    return f"{basis} {name}".strip()


def typed_facts(ctx, period: r.Period | None, own_period) -> list[r.Observation]:
    """An Observation for each per-share amount in a minor unit that a dividend or earnings head of its
    clause names (MINOR_UNIT_DIVIDEND, MINOR_UNIT_EPS), of the company the article is about (or of the
    sentence's only company); `own_period(ctx, start, end)` gives a time the clause names for it, else
    `period` (the period in force)."""
    t = ctx.text
    low = t.lower()
    if not any(map(low.__contains__, _TRIGGER)) and not re.search(r"\dp\b", t):
        return []
    subject = ctx.state.main_company
    out: list[r.Observation] = []
    dated = replace(ctx, periods=[p for p in ctx.periods if re.search(r"\d", p.text)])   # (a bare "full-year" dates nothing)
    for m in _MINOR.finditer(t):
        if _bracketed(t, m.start()) or _COMPARED_BEFORE.search(t, max(0, m.start() - 30), m.start()):
            continue
        measure = _measure(t, m)
        if measure is None:
            continue
        a = _clause(t, m.start())
        names = [x for x in ctx.mentions if x.kind == "Company" and x.end <= m.start()]
        if any(x.start >= a for x in names) and subject is not None and not any(x.label == subject.label for x in names if x.start >= a):
            continue   # another company's figure ("Rival plc paid a final dividend of 4p")
        who = subject
        if who is None:
            labels = {x.label for x in ctx.mentions if x.kind == "Company"}
            if len(labels) != 1:
                continue
            who = next(r.EntityRef(kind="Company", label=x.label) for x in ctx.mentions if x.kind == "Company")
        try:
            value = Decimal(m.group("v").replace(",", "."))
        except InvalidOperation:
            continue
        unit = _UNIT[(m.group("p") or m.group("u")).lower()]
        # a range, "between 622,3 cents and 658,6 cents" (probe30 08b Reunert's trading statement, HEPS and EPS):
        # the upper bound is the value_max (RANGE_AFTER)
        top = _RANGE_TOP.match(t, m.end()) if re.search(r"\bbetween\s+$", t[max(0, m.start() - 12):m.start()]) else None
        value_max = None
        if top is not None:
            try:
                value_max = Decimal(top.group("v").replace(",", "."))
            except InvalidOperation:
                value_max = None
        out.append(r.Observation(subject=who, measure=measure, value=value, unit=unit, value_max=value_max,
                                 value_text=m.group(0) + (top.group(0) if top is not None else ""),
                                 period=own_period(dated, m.start(), m.end()) or period, evidence=ctx.evidence))
    return out


def stated(text: str) -> bool:
    """Whether a line the splitter took for a heading states a per-share amount a dividend or earnings head
    names ("* Final dividend 3.15p per share; total FY26 dividend 4.65p"): a statement, read as one."""
    low = text.lower()
    if not any(map(low.__contains__, _TRIGGER)) and not re.search(r"\dp\b", text):
        return False
    return any(not _bracketed(text, m.start()) and _measure(text, m) is not None for m in _MINOR.finditer(text))


def _same_period(a: r.Period | None, b: r.Period | None) -> bool:
    """The same period, by its dates, or by its label when one is not dated yet ("FY2027")."""
    if a is None or b is None:
        return a is b
    return (a.start, a.end) == (b.start, b.end) or a.label == b.label and (a.start is None or b.start is None)


def merged(facts: list, new: list[r.Observation]) -> list:
    """`facts` with the per-share Observations `new` added: a figure read here drops a fact of the sentence
    holding the same amount under another name (a noun phrase's "adjusted earnings" of "31 cents"), and takes
    the change a fact of the same measure states without a level ("Adjusted earnings per share rose 12% to 47.3p")."""
    out, adds = [], list(new)
    for f in facts:
        if f.kind != "observation":
            out.append(f)
            continue
        if any(f.value == o.value and f.unit == o.unit for o in adds):
            continue
        i = next((i for i, o in enumerate(adds) if f.value is None and f.change is not None and f.subject == o.subject
                  and f.measure == o.measure and _same_period(f.period, o.period) and o.change is None), None)
        if i is not None:
            adds[i] = adds[i].model_copy(update={k: getattr(f, k) for k in (
                "change", "change_unit", "change_qualifier", "change_basis", "change_text", "direction")})
            continue
        out.append(f)
    return out + adds
