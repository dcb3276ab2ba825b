"""What kind of quantity a figure is, read from its clause and its measure:

* a plan or commitment over a horizon ("plans capital expenditure of about X in 2026", "the Board has
  approved capital expenditure of X", "a full-year plan of X", "will invest X over three years"): it
  takes the horizon its own clause states, or stays undated; never the period the article reports on;
* a stock held at a point (order book, backlog, cash, debt, headcount, customers): dated by a day
  ("as at 30 September 2025", "at the end of June"), or by the end of the span it closes;
* a flow over a span (revenue, profit, capex spent, investments made): dated by a span, never by a
  single day.

`periods` decides which period phrase of the clause fits each kind (periods.plan_horizon, periods.KIND_RULES). Pure
functions over the text; rules are named records with the documents that show them.
"""
from __future__ import annotations

import re

from .rule_record import PatternRule

_SPENDING = r"(?:capital\s+expenditures?|capex|investments?|spending|outlays?)"

PLAN_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "plan-verb-spending",
        rf"\b(?:plans?|planned|planning|budget(?:s|ed)?|earmark(?:s|ed)?|approved|approves|allocated|allocates|"
        rf"committed|commits)\s+(?:(?:a|an|total|annual|full[- ]year|group|further)\s+)?{_SPENDING}\s+(?:of|at|worth)\b",
        "a verb of planning or approving with a spending noun as its object states money to be spent, not a result "
        "of the period reported on",
        ("probe13 netweb_fy25_results_page: The company plans capital expenditure of about ₹100 crore in FY26",
         "probe8 f04_hexaware_q3_2025: plans capital expenditure of Rs 450 crore in calendar 2025",
         "probe16 03_ytl_power_credit_rating_note: YTL Power has budgeted capital expenditure of about RM4.4 billion",
         "probe22 05_aemholdings_sgx_announcement: The Board has approved capital expenditure of approximately S$25 million",
         "probe22 08b_firstsource_news_q3: It plans capital expenditure of about INR 180 crore for the year"),
        ("The board approved capex of $40 million for a second plant.",
         "We have budgeted investments of €12 million for the year."),
        re.I, ("plan", "budget", "earmark", "approv", "allocat", "commit")),
    PatternRule(
        "plan-noun",
        r"\b(?:full[- ]year|annual|yearly|multi-?year|(?:two|three|four|five)[- ]year|capex|capital|investment|spending)\s+"
        r"(?:plan|budget|programme|program|envelope)\s+(?:of|at|worth)\b",
        "a plan or budget noun with its amount ('a full-year plan of X', 'a capex budget of X') is money planned, "
        "dated only by the horizon it names",
        ("probe22 08b_firstsource_news_q3: against a full-year plan of about INR 180 crore",
         "focusset22 held 10_pulsant_registry: is part of the 2027 capital plan of about $38 million"),
        ("Spending reached $3 million, against an annual budget of $5 million.",
         "It set a three-year investment programme of £80 million."),
        re.I, ("plan", "budget", "programme", "program", "envelope")),
    PatternRule(
        "plan-passive",
        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:planned|budgeted|earmarked|approved)\s+(?:at|for)\b",
        "'is planned at', 'was budgeted at': an amount planned, not spent",
        ("broker note on a Japanese IT group: R&D spending is planned at JPY 120 billion",
         "telecom capex story: spending is budgeted at …"),
        ("Capex is planned at $2 billion.", "Marketing was budgeted at €4 million."),
        re.I, ("planned", "budgeted", "earmarked", "approved")),
    PatternRule(
        "plan-to-spend",
        r"\bplans?\s+(?:to\s+)?(?:spend|invest)\b",
        "'plans to invest / spend X': money to be spent",
        ("probe16 01_netcompany_investor_day: Netcompany plans to invest about DKK 400 million over 2026-2028",
         "probe22 06_heliostowers_bond_offering: The Group plans capital expenditure of US$120 million over 2025–2027"),
        ("It plans to spend $30 million on robots.",),
        re.I, ("plan",)),
)

# a stock: a level held at a moment, not an amount over a span
STOCK_MEASURE = PatternRule(
    "stock-measure",
    r"\b(?:order\s+(?:book|backlog)|backlog|cash(?:\s+(?:balance|position|and\s+(?:cash\s+)?equivalents))?|"
    r"(?:net\s+|gross\s+|total\s+)?(?:financial\s+)?debt|borrowings|liquidity|headcount|employees|staff|workforce|"
    r"customers|subscribers|towers|sites|installed\s+base|market\s+(?:value|capitali[sz]ation))$",
    "a measure naming a level held at a moment (order book, cash, debt, headcount, customers) is a stock: a day "
    "dates it, or the end of the span it closes",
    ("probe22 05_aemholdings_sgx_announcement: As at 30 September 2025, the Group's order book stood at S$96.0 million",
     "probe20 02_mastek: 12-month order backlog … as of September 30",
     "probe22 03_retelit_italian_translation: net financial debt … at 30 June",
     "probe19 06_deepl_hiring_story: roughly 1,000 employees today"),
    ("Cash stood at $40 million at the end of March.", "The order book was €2 billion on 30 June."),
    re.I)


# the same stock nouns, anywhere in a clause ("the Group's order book stood at …")
STOCK_IN_CLAUSE = PatternRule(
    "stock-in-clause", STOCK_MEASURE.pattern.replace("$", r"\b"), STOCK_MEASURE.why, STOCK_MEASURE.provenance,
    STOCK_MEASURE.examples, re.I)


# a measure that is a price, a rate at a point or a deal's size, not an amount over a span: a day may date it
POINT_RATE_MEASURE = PatternRule(
    "point-rate-measure",
    r"\b(?:share|stock|price|prices|market|valuation|value|rating|recurring|run[- ]rate|annuali[sz]ed|arr|capacity|"
    r"dividend|dividends|yield|rate|coupon|multiple|target)\b",
    "a price, a market move, a run rate ('annual recurring revenue'), a capacity or a dividend may be dated by a day; "
    "no amount earned or spent over a span is",
    ("probe21 01_megaport_podcast_shownotes: annual recurring revenue … at 30 June 2025",
     "probe21 08_nemetschek_data_appendix: recurring revenue … at 30 September 2025"),
    ("ARR reached $40 million at 31 March.", "Shares rose 4% on Tuesday."),
    re.I)


def plan_rule(clause_text: str) -> str | None:
    """The name of the plan rule the clause matches, or None: the clause states money planned,
    budgeted or approved rather than a result."""
    return next((r.name for r in PLAN_RULES if r.search(clause_text) is not None), None)


PLAN_REACH = 30   # characters between a plan cue and the amount it governs ("of about INR ", "at approximately S$")


def plan_cue_before(text: str, pos: int, lo: int = 0) -> int | None:
    """The start of the plan cue governing the amount at `pos` (the cue ends at most PLAN_REACH
    characters before it, no other number between), else None: "plans capital expenditure of about
    ₹100 crore" → the start of "plans"; "Capital expenditure for the nine months was INR 131 crore,
    against a full-year plan of about INR 180 crore" → only the second amount is planned."""
    lo = max(lo, pos - 200)
    window = text[lo:pos]
    best = None
    for r in PLAN_RULES:
        if not r.triggered(window):
            continue
        for m in r.rx.finditer(window):
            gap = window[m.end():]
            if len(gap) <= PLAN_REACH and not re.search(r"\d", gap):
                best = lo + m.start() if best is None else min(best, lo + m.start())
    return best


def kind_of(measure: str, clause_text: str = "") -> str:
    """"plan", "stock" or "flow" for a figure of `measure` in a clause reading `clause_text`."""
    if clause_text and plan_rule(clause_text) is not None:
        return "plan"
    if STOCK_MEASURE.search(" ".join(measure.lower().split())) is not None:
        return "stock"
    return "flow"
