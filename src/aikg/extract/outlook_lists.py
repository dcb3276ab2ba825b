"""The lines of a company's guidance list: a lead line or heading naming the company's guidance
("The Board has narrowed FY26 guidance (year ending 30 June 2026):", "Company guidance for fiscal year
2026", "For the first quarter of fiscal 2026, Cisco expects:") over list lines that give each measure's
range ("- Revenue: US$1.02 billion to US$1.06 billion (previously US$1.00 billion to US$1.08 billion)").
The list lines name no guidance word of their own, so their figures are typed here as the outlook
("revenue outlook") of the lead's period; a value the line gives as the earlier guidance ("(previously
…)", "(raised on 29 July 2026 from X to Y)") is the previous outlook ("previous revenue outlook"), the
two ends of an earlier range one range. A line's own day (the date the guidance was raised) is no
period of the outlook. A lead naming someone else's estimates ("Estimates (Harbourline, not company
guidance):", "Our estimates (not company guidance):") opens no guidance list.

Rules (named records, each met in documents of different sources):
  OUTLOOK_LIST_LEAD   the lead line or heading (GUIDANCE_LEAD) and its list lines
  PREVIOUS_IN_LINE    the earlier guidance inside the line's bracket
Pure functions over a line's text and its facts.
"""
from __future__ import annotations

import re

from ..pattern_cache import plain
from .rule_record import PatternRule

OUTLOOK_LIST_LEAD = PatternRule(
    "outlook-list-lead",
    r"\b(?:guidance|outlook|forecasts?|expects?|guides?)\b",
    "a lead line ending in ':' or a heading that names the company's guidance opens a list whose lines give the "
    "guidance of each measure; their figures are the outlook of the lead's period, not results",
    ("probe30 02_wisetech_appendix_4d: 'The Board has narrowed FY26 guidance (year ending 30 June 2026):' over "
     "'- Revenue: US$1.02 billion to US$1.06 billion (previously …)'",
     "probe30 07_elmos_analyst_consensus: heading 'Company guidance for fiscal year 2026' over 'Revenue: EUR 640 million "
     "to EUR 670 million (raised on 29 July 2026 from …)'",
     "probe9 g01_cisco_fy25q4: 'For the first quarter of fiscal 2026, Cisco expects:' over '- Revenue of $14.65 billion to "
     "$14.85 billion'"),
    ("Nordhaven has raised its 2027 guidance:", "Company guidance for fiscal year 2027"),
    re.I, trigger=("guid", "outlook", "forecast", "expect"))

# a lead naming another's estimates, or the guidance not given, opens no guidance list; the first person
# alone does not ("For Q4 of fiscal 2027 we expect:", "we are raising our outlook:" in a company's prepared
# remarks, probe31 04_samsara, as "Cisco expects:" in probe9 g01_cisco_fy25q4): it is the narrator's guidance
# unless the lead names estimates ("Our estimates (not company guidance):", probe13 wiwynn) or forecasts of ours
_OTHERS = plain(r"\b(?:estimates?|consensus|analysts?|brokers?|(?:our|we)\s+(?:\w+\s+)?(?:forecasts?|models?|projections?|numbers|view)|"
                r"not\s+(?:a\s+|the\s+)?company|no\s+guidance|not\s+(?:issued|given|provided|give|provide|issue)|does\s+not|did\s+not)\b", re.I)
_LEAD_MAX = 140

PREVIOUS_IN_LINE = PatternRule(
    "previous-in-line",
    r"\((?:[^()]*?\b(?:previously\s*:?|previous(?:\s+(?:guidance|outlook|range|forecast))?\s*:?|prior(?:\s+(?:guidance|outlook|range))?\s*:?"
    r"|(?:raised|lowered|narrowed|cut|revised|increased|reduced|updated)\b[^()]*?\bfrom))\s*(?:about\s+|around\s+|approximately\s+)?$",
    "a bracket after a list line's new guidance that gives the earlier guidance ('(previously X to Y)', '(raised on … from "
    "X to Y)') holds the previous outlook",
    ("probe30 02_wisetech_appendix_4d: '(previously US$1.00 billion to US$1.08 billion)'",
     "probe30 07_elmos_analyst_consensus: '(raised on 29 July 2026 from EUR 620 million to EUR 660 million)'",
     "probe25 04_mycronic_q3_release (in prose): '(previous outlook: approximately SEK 8 billion)'"),
    ("- Revenue: $410 million to $430 million (previously $400 million to $440 million)",),
    re.I)

# a value the line compares the guidance with ("compared with net sales of CHF 912 Mio. in 2025") is no guidance
_COMPARED = plain(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from)\b[^;()]*$", re.I)
_TYPED_ALREADY = plain(r"\b(?:outlook|guidance|forecast|target|estimates?|consensus|budget|plan)$|^previous\b")
_RANGE_JOIN = plain(r"^\s*(?:to|-|–|—|and)\s*$")


def lead(text: str, heading: bool, valued: bool = False) -> bool:
    """Whether line `text` opens a list of the company's guidance (OUTLOOK_LIST_LEAD); `valued`: the line
    states an amount or a percent of its own (a list line, "Total net sales: €7.5 billion, at the midpoint of
    its guidance", is no lead)."""
    t = text.strip()
    if len(t) > _LEAD_MAX or valued or not (heading or t.endswith(":")):
        return False
    return OUTLOOK_LIST_LEAD.search(t) is not None and _OTHERS.search(t) is None


def _day(p) -> bool:
    return p is not None and p.start is not None and p.start == p.end


def retype(facts: list, line: str, lead_period) -> list:
    """The facts of a guidance list line, its figures typed as the outlook (OUTLOOK_LIST_LEAD) and those in its
    bracket as the previous outlook (PREVIOUS_IN_LINE), two previous ends of one range merged."""
    out, previous = [], []
    for f in facts:
        if f.kind != "observation" or _TYPED_ALREADY.search(f.measure) or not f.value_text:
            out.append(f)
            continue
        at = line.find(f.value_text)
        if at >= 0 and _COMPARED.search(line[:at]) or (lead_period is not None and f.period is not None and not _day(f.period)
                                                        and f.period.label != lead_period.label):
            out.append(f)   # a comparison ("compared with … in 2025", "(FY2024: ¥40)"): another period's actual
            continue
        prev = at >= 0 and PREVIOUS_IN_LINE.search(line[:at]) is not None
        if not prev and at >= 0 and previous:   # the far end of the earlier range: "from X to Y)"
            p0, a0 = previous[-1]
            prev = _RANGE_JOIN.match(line[a0 + len(p0.value_text):at]) is not None and ")" not in line[a0:at]
        period = f.period if f.period is not None and not _day(f.period) else lead_period
        g = f.model_copy(update={"measure": (f"previous {f.measure} outlook" if prev else f"{f.measure} outlook"), "period": period})
        if prev:
            if previous and (p0 := previous[-1][0]).measure == g.measure and p0.value_max is None and g.value_max is None \
                    and _RANGE_JOIN.match(line[previous[-1][1] + len(p0.value_text):at] if at >= 0 else "x") and g.value >= p0.value:
                merged = p0.model_copy(update={"value_max": g.value, "value_text": line[previous[-1][1]:at + len(g.value_text)]})
                out[out.index(p0)] = merged
                previous[-1] = (merged, previous[-1][1])
                continue
            previous.append((g, at))
        out.append(g)
    return out

