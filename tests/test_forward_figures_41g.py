"""Forward figures (issue41g): a guidance list's lines are the company's outlook with the earlier guidance
in their bracket as the previous outlook; the consensus is typed as "<measure> consensus"; the earlier
guidance named before its value is the previous outlook; a quoted figure is read in its clause; a guidance
moved "at Q3 to X from Y" keeps its year and Y is the previous outlook; ask routes a consensus question to
the consensus and a guidance question to the company's current outlook. Invented documents, our own words."""
from decimal import Decimal

from aikg.extract.pipeline import extract_text


def obs(text: str):
    ex = extract_text(text, "d", "d.txt")
    return [f for f in ex.facts if f.kind == "observation"]


def by_value(fs, value):
    return [f for f in fs if f.value == Decimal(value)]


LIST_DOC = """Korrvale Logistics Software Ltd — Half-year report to 31 December 2026

Revenue for the half was US$210.4 million, up 14%.

OUTLOOK

The Board has narrowed FY27 guidance (year ending 30 June 2027):
- Revenue: US$430 million to US$450 million (previously US$420 million to US$460 million)
- EBITDA margin: 38% to 40% (unchanged)

PEOPLE

Dana Mercer continues as Chief Executive Officer.
"""


def test_guidance_list_lines_are_the_outlook_and_the_bracket_the_previous_outlook():
    fs = obs(LIST_DOC)
    new = by_value(fs, "430000000")
    assert new and new[0].measure == "revenue outlook" and new[0].value_max == Decimal("450000000")
    old = by_value(fs, "420000000")
    assert old and old[0].measure == "previous revenue outlook" and old[0].value_max == Decimal("460000000")
    assert [f.measure for f in by_value(fs, "38")] == ["ebitda margin outlook"]
    assert by_value(fs, "210400000")[0].measure == "revenue"   # the half's result above the list stays an actual


def test_guidance_list_under_a_heading_undoes_the_day_of_the_raise():
    fs = obs("Pellworth Semiconductor SE\n\nInvestor Relations\n\nCompany guidance for fiscal year 2027\n\n"
             "Revenue: EUR 310 million to EUR 330 million (raised on 14 July 2027 from EUR 290 million to EUR 320 million)\n\n"
             "Contact: ir@pellworth.example\n")
    new = by_value(fs, "310000000")
    assert new and new[0].measure == "revenue outlook" and new[0].period is not None and "2027" in new[0].period.label
    assert new[0].period.start is None or new[0].period.start != new[0].period.end   # not the day it was raised
    old = by_value(fs, "290000000")
    assert old and old[0].measure == "previous revenue outlook" and old[0].value_max == Decimal("320000000")


def test_an_estimates_lead_opens_no_guidance_list():
    fs = obs("Stellarn Networks — broker note\n\nStellarn Networks reported third-quarter revenue of $80 million.\n\n"
             "Our estimates (not company guidance):\n- 2027E revenue: $350 million\n")
    assert all(not f.measure.endswith("outlook") for f in by_value(fs, "350000000"))


def test_the_consensus_is_typed_as_consensus_not_as_the_companys_figure():
    fs = obs("Trelmont Group plc — trading update\n\nThe Board reiterates its guidance for adjusted operating profit of "
             "£62 million to £66 million for 2027.\n\nCompany-compiled analyst consensus for 2027 adjusted operating "
             "profit is £64.2 million, based on six analysts' forecasts.\n")
    cons = by_value(fs, "64200000")
    assert cons and cons[0].measure == "adjusted operating profit consensus"
    assert by_value(fs, "62000000")[0].measure == "adjusted operating profit outlook"


def test_the_previous_outlook_named_as_the_subject_is_the_previous_outlook():
    fs = obs("Brackwell Clinical Software Reports Second Quarter Results\n\nBrackwell now expects fiscal 2028 revenue of "
             "$610 million to $630 million. The previous outlook, issued on March 3, 2027, called for fiscal 2028 "
             "revenue between $590 million and $610 million.\n")
    assert by_value(fs, "610000000") and any(f.measure == "revenue outlook" for f in by_value(fs, "610000000"))
    old = by_value(fs, "590000000")
    assert old and old[0].measure == "previous revenue outlook"


def test_a_quoted_guidance_moved_at_a_quarter_keeps_its_year_and_its_previous_value():
    fs = obs("Meeting notes — Veltmark Software SE, 3 Dec 2027\n\n2) Guidance. FY28 revenue guidance raised at Q2 to "
             "\"around EUR 88m\" from \"around EUR 85m\"; EBIT margin unchanged.\n")
    new = by_value(fs, "88000000")
    assert new and new[0].measure.endswith(("guidance", "outlook")) and not new[0].measure.startswith("previous")
    assert new[0].period is not None and "2028" in new[0].period.label
    old = by_value(fs, "85000000")
    assert old and old[0].measure.startswith("previous ")


class _Lit:
    def __init__(self, value):
        self.value = value


def _rows(*dicts):
    return [{k: _Lit(v) for k, v in d.items()} for d in dicts]


def test_forward_rows_route_consensus_and_company_outlook():
    from aikg.estimates import forward_rows
    rows = _rows({"measure": "revenue outlook", "quote": "Q now expects revenue of $1.2 billion to $1.3 billion.", "valueText": "$1.2 billion to $1.3 billion"},
            {"measure": "previous revenue outlook", "quote": "The previous outlook called for $1.1 billion.", "valueText": "$1.1 billion"},
            {"measure": "revenue consensus", "quote": "Analysts on average had expected $1.27 billion.", "valueText": "$1.27 billion"})
    assert [r["measure"].value for r in forward_rows("What revenue does Q now expect for fiscal 2028?", rows)] == ["revenue outlook"]
    assert [r["measure"].value for r in forward_rows("What revenue were analysts expecting for Q?", rows)] == ["revenue consensus"]
    assert len(forward_rows("What was Q's previous revenue outlook?", rows)) == 2
    assert len(forward_rows("Q revenue vs consensus?", rows)) == 3


def test_earlier_guidance_both_asked():
    from aikg.earlier_guidance import both_asked, current_rows
    assert both_asked("Pellworth FY2027 revenue guidance, and what was it before the raise?")
    assert not both_asked("What revenue range had Pellworth guided to before this latest raise?")
    rows = _rows({"measure": "revenue outlook"}, {"measure": "previous revenue outlook"}, {"measure": "revenue"})
    assert current_rows(rows, []) == rows[:1]


def test_year_pattern_is_one_shared_pattern():
    from aikg.year_pattern import is_year, years_said
    assert years_said("revenue in 2024, after 1999 and FY2025-26") == {2024, 1999}
    assert is_year("2025") and not is_year("2025.5") and not is_year("12025")


def test_results_heading_with_its_year_names_the_part():
    from aikg.extract import values as v
    from aikg.extract.report_period import part_results_heading
    text = "Norvane second-quarter 2027 results"
    assert part_results_heading(text, v.find_periods(text, None)) is not None
    text = "Norvane second-quarter results"
    assert part_results_heading(text, v.find_periods(text, None)) is None


def test_an_expectation_with_an_adverb_is_said_as_an_outlook():
    """A claim whose sentence says the figure 'is now expected to reach' X states an outlook, so a
    question of what the company expects may take it (probe21 02, lost at the merge of issue41g)."""
    from aikg.claims_fallback import OUTLOOK_SAID
    assert OUTLOOK_SAID.search("Revenue from timing products is now expected to reach approximately JPY 40 billion.")
    assert OUTLOOK_SAID.search("Capital spending is still expected to total about $2 billion.")
    assert not OUTLOOK_SAID.search("Revenue from timing products reached JPY 40 billion in the quarter.")
