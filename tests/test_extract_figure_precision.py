"""Figures that are not the company's own figure of the reported period are not stored as if
they were (extract/figures.py): estimates by others, a guidance range's width, the year-ago
comparison, the guidance a new one replaced, outlooks, other companies' figures, product specs,
and lists of other stories. Sentences are written for these tests in phrasings that several
articles of different sources use."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract import clean
from aikg.extract.pipeline import extract_text

HEAD = """Corvane lifts outlook as server chips climb

DENVER, 4 November 2025 — Corvane Inc. said on Tuesday that revenue for the third quarter of 2025 rose 12% to $4.2 billion.

"""


def obs(body: str) -> list:
    ex = extract_text(HEAD + body, "doc", "doc.txt")
    return [f for f in ex.facts if f.kind == "observation" and "third quarter of 2025 rose" not in f.evidence.quote]


def values(body: str) -> set[str]:
    return {f.value_text or f.change_text for f in obs(body)}


def test_consensus_and_analyst_estimates_are_not_figures():
    # (issue41g) the consensus is typed as "<measure> consensus", never as the company's own figure
    fs = {f.value_text: f.measure for f in obs("Operating profit rose 8% to $570 million, below the consensus of around $580 million compiled by Refinitiv.\n")}
    assert fs["$570 million"] == "operating profit" and fs.get("around $580 million", "consensus").endswith("consensus")
    fs = {f.value_text: f.measure for f in obs("Net income was $1.1 billion, ahead of the $4.1 billion most analysts had expected.\n")}
    assert fs["$1.1 billion"] == "net income" and fs.get("$4.1 billion", "consensus").endswith("consensus")


def test_a_guidance_range_width_is_not_a_value_and_the_outlook_has_no_reported_period():
    fs = obs("The company guided fourth-quarter revenue to about $4.6 billion, plus or minus $300 million.\n")
    # one value: the stated one with its tolerance (issue 13m: low and high), never the width alone
    assert [f.value_text for f in fs] == ["about $4.6 billion, plus or minus $300 million"]
    assert (fs[0].value, fs[0].value_max) == (Decimal("4300000000"), Decimal("4900000000"))
    assert fs[0].measure.endswith("outlook")
    assert fs[0].period is None or fs[0].period.label != "Q3 2025"


def test_the_year_ago_value_is_not_stamped_with_the_current_period():
    vals = values("Net profit was $900 million, up 5% from $857 million a year earlier.\n")
    assert "$857 million" not in vals and "$900 million" in vals


def test_the_replaced_guidance_is_marked_previous():
    fs = obs("Corvane now expects full-year revenue of about $17 billion, up from its previous forecast of $16 billion.\n")
    m = {f.value_text: f.measure for f in fs}
    assert m["about $17 billion"] == "revenue outlook"
    assert m["$16 billion"] == "previous revenue outlook"


def test_a_dividend_per_share_is_not_earnings_per_share():
    fs = obs("The board declared an interim dividend of $0.40 per share.\n")
    assert [f.measure for f in fs] == ["dividend per share"]


def test_a_rivals_figure_does_not_go_to_the_article_company():
    fs = obs("Rival equipment maker Tolmar Systems, which does not make chips, reported revenue of $7.30 billion.\n"
             "Among rivals, Pellin said it had sold 10.36 million consoles in the quarter.\n")
    assert not [f for f in fs if f.subject.label == "Corvane"]


def test_a_source_named_with_per_is_not_the_subject():
    ex = extract_text(HEAD + "Corvane's share of the server market rose to 18% in the quarter, per IDC.\n", "d", "d.txt")
    assert not [f for f in ex.facts if getattr(f, "subject", None) and f.subject.label == "IDC"]


def test_product_specifications_are_not_company_metrics():
    vals = values("Its new switch chip moves 102.4 terabits per second over links of up to 100 kilometres.\n")
    assert not vals


def test_a_list_line_labelled_with_a_unit_is_that_units_figure():
    fs = obs("The company reports three segments.\n\nGame Services: sales $1.1 billion, up 4%; operating income $120 million\n")
    assert {f.subject.label for f in fs} == {"Game Services"}


def test_headlines_listed_under_related_stories_are_blanked():
    text = ("Body sentence.\nRelated stories\nPellin's AI server revenue doubles as racks ship\n"
            "Market closes at record high\nCorvane said revenue rose 12% in the quarter.\n")
    out = clean.clean(text)
    assert "Pellin" not in out and "Market closes" not in out and "Corvane said revenue" in out
    assert len(out) == len(text)
    assert "Chip stocks" not in clean.clean("Related: Chip stocks rally | Pellin yields\n")


def test_a_comparative_in_brackets_is_not_a_second_figure():
    vals = values("Adjusted gross margin was 48.1% (46.3%).\n")
    assert "48.1%" in vals and "46.3%" not in vals


def test_an_adverbial_opening_the_clause_is_not_a_measure():
    fs = obs("Earlier this year Corvane sold its former plant in Ohio for $375 million.\n"
             "On August 13, 2025, Corvane completed the sale of its stake in Nordlink for approximately $1 billion.\n")
    assert not [f for f in fs if "year" in f.measure or f.measure.startswith("on ")]


def test_an_interim_report_heading_sets_the_period_and_a_dateline_the_date():
    text = ("CORVANE AB (PUBL)\nINTERIM REPORT — THIRD QUARTER 2025\nStockholm, October 14, 2025\n\n"
            "Adjusted gross margin was 48.1%.\nCorvane's order intake grew. Corvane kept its outlook.\n")
    ex = extract_text(text, "d", "d.txt")
    f = [x for x in ex.facts if x.kind == "observation"]
    assert f and f[0].subject.label == "Corvane" and f[0].period.label == "Q3 2025"
    ex = extract_text("Page furniture\n" * 20 + "BONN, 13 November 2025 — Corvane raised its outlook on Thursday.\n", "d", "d.txt")
    assert str(ex.document.date) == "2025-11-13"


def test_a_price_paid_per_share_in_a_deal_is_not_earnings_per_share():
    fs = obs("Pellin agreed to invest $5 billion at $23.28 a share, while Tolmar bought 80 million shares at $20.47 apiece.\n")
    assert not [f for f in fs if f.measure == "earnings per share"]


def test_the_value_compared_with_is_not_a_figure_and_project_based_is_no_outlook():
    fs = obs("Adjusted earnings per share are expected in a range of $10.40 to $11.00, compared with $10.53 in fiscal 2025.\n"
             "The Services Group, covering support and project-based solutions, grew revenue 18% to $2.5 billion.\n")
    assert "$10.53" not in {f.value_text for f in fs}
    grew = [f for f in fs if f.value_text == "$2.5 billion"]
    assert grew and not grew[0].measure.endswith("outlook")


def test_a_unit_introduced_with_in_which_keeps_its_own_figure():
    ex = extract_text(HEAD + "Corvane Health, in which Corvane holds approximately 71%, contributed revenue of $2.4 billion.\n", "d", "d.txt")
    f = [x for x in ex.facts if x.kind == "observation" and x.value_text == "$2.4 billion"]
    assert f and f[0].subject.label != "Corvane"


def test_an_expectation_governs_the_later_clauses_and_keeps_its_own_year():
    fs = obs("Corvane expects cloud revenue to grow 77% to $18 billion in fiscal 2026, and then to reach $32 billion "
             "and $73 billion over the following two years.\n")
    m = {f.value_text: f for f in fs}
    assert m["$18 billion"].measure.endswith("outlook") and "2026" in m["$18 billion"].period.label
    assert m["$32 billion"].measure.endswith("outlook") and m["$32 billion"].period is None


def test_a_run_in_heading_called_the_segment_owns_the_lines_figures():
    ex = extract_text(HEAD + "The company reports three segments.\n\n"
                      "Radio Networks. The segment comprises radio access networks, including the hardware, and the latter "
                      "consisting of Vonlink. Adjusted gross margin was 50.2%.\n\n"
                      "- Hosting: $3.56 billion, +17%. The segment covers Hybrid Hosting (Z Frames and Racks) and Support.\n",
                      "d", "d.txt")
    seg_of = {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}
    assert ("Radio Networks", "Corvane") in seg_of and ("Hosting", "Corvane") in seg_of
    items = {(f.item.label, f.segment.label) for f in ex.facts if f.kind == "in_segment"}
    assert ("Vonlink", "Radio Networks") in items and ("hardware", "Radio Networks") in items
    assert ("Hybrid Hosting (Z Frames and Racks)", "Hosting") in items
    margin = [f for f in ex.facts if f.kind == "observation" and f.value_text == "50.2%"]
    assert margin and margin[0].subject.label == "Radio Networks"
