"""Rule measure-label (issue44c): a name that is nothing but a measure's name, the row label of a results
form or a statement ("Net Profit", "Total Operating Revenue", "Revenue from operations", "Basic & Diluted
Earnings per Share", "Total Assets"), is no company: capitalised as a row label or a heading, it is read as
a name and, said often as a clause's subject ("Net Profit (Loss) represents …", "Increase/Decrease in Net
Profit (Loss) is due to"), it won the focus of a Boursa Kuwait results form (probe33 08a/08b, every fact
and the CEO's roles on 'Net Profit'); a statement's total row became a unit ('Revenue from operations', a
BSE clarification's segment table, probe33 02). Generic measure words only: optional modifiers, one
measure head, an optional "(Loss)" / "from operations" / "per share" tail; the whole name must be that.
"""
from __future__ import annotations

from ..pattern_cache import plain
from .rule_record import RuleRecord

MEASURE_LABEL = RuleRecord(
    name="measure-label",
    why="a row label or heading that names a measure is no company, unit or focus, however often it is a "
        "clause's subject",
    provenance=("probe33 08a/08b automatedsystems_boursa_results (Boursa Kuwait form): 'Net Profit' the focus",
                "probe33 02 technoelectric_bse_clarification (BSE letter): total row 'Revenue from operations' a unit"),
    examples=("Net Profit (Loss) represents the amount attributable to the owners of the parent Company",
              "Increase/Decrease in Net Profit (Loss) is due to: higher sales"),
)

_MOD = (r"(?:Net|Total|Gross|Operating|Basic|Diluted|Basic\s*(?:&|and)\s*Diluted|Adjusted|Underlying|Consolidated|"
        r"Comprehensive|Current|Non-?current|Reported|Normali[sz]ed|Segment|Group|Annual|Quarterly|Free|Pre-?tax|"
        r"After-?tax)")
_HEAD = (r"(?:Revenues?|Sales|Turnover|Income|Profits?|Loss(?:es)?|Earnings|EBITDA|EBIT|EPS|Margins?|Assets|"
         r"Liabilities|Equity|Expenses|Costs|Cash\s+Flows?|Dividends?|Operating\s+(?:Revenue|Profit|Income|Loss)|"
         r"Earnings\s+per\s+Share|Profit\s+(?:before|after)\s+Tax(?:ation)?)")
_TAIL = r"(?:\s*\((?:Loss|Profit)\))?(?:\s+(?:from|of)\s+(?:operations|continuing\s+operations)|\s+per\s+share)?"
_LABEL = plain(rf"(?i:(?:{_MOD}\s+){{0,3}}{_HEAD}{_TAIL})")


def is_measure_label(label: str) -> bool:
    """Rule measure-label: the whole name is a measure's name ("Net Profit", "Revenue from operations")."""
    return _LABEL.fullmatch(" ".join(label.split())) is not None
