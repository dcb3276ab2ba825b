"""Issue 36a: answering from the facts that are there, and only from them. A relation is read
from the question's own words (not a name "X Holdings", not a modifier "locally-owned":
question_frame.RELATION_WORDS_OWN); a two-part question asking a relation is answered part by
part when the whole gave another kind of fact (ask.RELATION_PART); a segment of another company
is no unit of the company asked (ask.OTHERS_UNIT); a fiscal quarter asked by label is not
answered by a period it cannot be (period_fit.FISCAL_WINDOW, NOT_YET_BEGUN); a share of a
measure is no amount of it (answer_check.SHARE_ASKED); a figure put to the company by someone
addressing it is no reported figure (estimates.ADDRESSED). The articles are written for these tests."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from conftest import articles_kg

BRANNOCK = """# Brannock Systems annual results

LONDON, March 2, 2026 - Brannock Systems reports two segments, Security and Cloud. Brannock Systems reported revenue of £410 million for 2025.

Revenue in the Security segment was £250 million in 2025, and the Cloud segment had revenue of £160 million.
"""

HARROW = """Harrow Data Centres REIT - quarterly update (October 20, 2025)

Harrow Data Centres REIT said its portfolio comprises 9 assets with 118 MW of contracted capacity.

Harrow Data Centres REIT reported operating revenue of A$36.5 million for the quarter to September 30, 2025.
"""

KORRIN = """# Korrin Holdings Integrated Report 2025 (excerpt)

Tokyo, June 20, 2025 - Korrin Holdings, an IT services group whose fiscal year ends in March, reports three segments: Managed Cloud, Digital Workplace and Industrial Systems.

Korrin Holdings posted revenue of ¥96.4 billion for the fiscal year ended March 31, 2025, up 7.1% from a year earlier.

Managed Cloud revenue rose 15% to ¥31.2 billion in the fiscal year ended March 31, 2025.

In April 2025 Korrin Holdings launched "Korrin Copilot Desk", an AI help-desk service. By the end of May 2025 it had been adopted by 148 client companies.

Managed cloud now accounts for 32% of revenue, compared with 29% a year earlier, president Aiko Mori said.

According to research firm Hanabusa Insight, Korrin Holdings holds about 11% of the locally-owned managed cloud market, ranking third among locally-owned providers.
"""

PELLUCID = """Pellucid Semiconductor Q3 2025 earnings call - transcript excerpt (November 6, 2025)

Renata Vos (CFO): Revenue for the third quarter of 2025 was US$212 million, up 9% year on year. Gross margin was 47.5%.

Q (Analyst, Harbourline Securities): Thanks. We hear your data-centre ASIC programme with a hyperscaler could be worth roughly US$120 million over its life. Can you confirm?

Renata Vos (CFO): We do not comment on individual customer programmes, so I would not use that number.
"""

TAMSIN = """# Tamsin Rail Systems reports second-quarter results

PERTH, January 29, 2026 - Tamsin Rail Systems, whose fiscal year ends on June 30, said revenue for the second quarter of fiscal 2026 was A$88.0 million, up 6% from a year earlier.

Tamsin Rail Systems reported an operating margin of 11.2% for the quarter.

The company kept its fiscal 2026 revenue outlook of A$340 million to A$355 million.
"""



@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"korrin.md": KORRIN, "pellucid.txt": PELLUCID, "tamsin.md": TAMSIN,
                                          "brannock.md": BRANNOCK, "harrow.txt": HARROW})


def test_a_relation_is_read_from_the_questions_own_words():
    from aikg.question_frame import RELATION_WORDS_OWN, relation_text
    from aikg.linking import Hit
    holding = Hit("urn:x:k", "Company", "Korrin Holdings", "korrin holdings")
    assert "holdings" not in relation_text("which segments does korrin holdings report?", [holding])
    assert "owned" not in relation_text("what share of the state-owned cloud market does keel hold?", [])
    # a degree of ownership or "owned by" still asks about a stake
    assert "majority-owned" in relation_text("which firm is majority-owned by keel?", [])
    assert "family-owned by" in relation_text("is acme family-owned by the founders?", [])
    for q in RELATION_WORDS_OWN["examples"]:
        assert relation_text(q.lower(), []) != q.lower() or "holdings" in q.lower(), q


def test_the_segments_of_a_holding_company(kg):
    a = kg.ask("Which segments does Korrin Holdings report?")
    assert a.status == "answered" and a.intent == "segments", a.answer
    assert "Managed Cloud" in a.answer and "Industrial Systems" in a.answer


def test_a_launch_and_its_adopters_answered_part_by_part(kg):
    a = kg.ask("What AI service did Korrin launch and how many client companies have adopted it?")
    assert a.status == "answered", a.answer
    assert "Copilot Desk" in a.answer and "148" in a.answer


def test_a_market_share_among_locally_owned_providers(kg):
    a = kg.ask("korrin market share among locally-owned managed cloud providers?")
    assert a.status == "answered", a.answer
    assert "11%" in a.answer


def test_a_share_of_revenue_is_no_revenue_target(kg):
    from aikg.answer_check import SHARE_ASKED
    assert SHARE_ASKED["share_of"].search("managed cloud share of revenue")
    assert SHARE_ASKED["asked"].search("what share of revenue came from cloud?")
    a = kg.ask("What revenue is Korrin Holdings aiming for in fiscal 2026?")
    assert a.status == "no_answer", a.answer
    assert "32%" not in a.answer


def test_a_figure_put_to_the_company_is_no_answer(kg):
    from aikg.estimates import put_to_company
    assert put_to_company("We hear your data-centre ASIC programme could be worth roughly US$120 million over its life.")
    assert not put_to_company("We expect revenue of US$230 million in the fourth quarter.")
    assert not put_to_company("If you do not agree with the new prices, you may cancel your contract.")
    a = kg.ask("How much is Pellucid's data-centre ASIC programme worth over its life?")
    assert a.status == "no_answer", a.answer
    assert "120" not in a.answer
    # asked for the analyst's figure, it may answer
    b = kg.ask("What did the analyst estimate Pellucid's ASIC programme is worth?")
    assert "I could not" not in b.answer


def test_the_fiscal_window_of_a_quarter_asked():
    from aikg.period_fit import fiscal_window, outside_fiscal_window
    assert fiscal_window("Q4 FY2026") == (date(2026, 1, 1), date(2027, 12, 28))
    assert fiscal_window("H1 FY25")[0] == date(2024, 7, 1)
    assert fiscal_window("FY2026") is None and fiscal_window("Q3 2025") is None
    row = {"periodStart": ox.Literal("2025-07-01"), "periodEnd": ox.Literal("2025-09-30"), "periodLabel": ox.Literal("Q1 2025")}
    assert outside_fiscal_window(row, "What were Keel's sales in Q4 of fiscal 2026?")
    assert not outside_fiscal_window(row, "What were Keel's sales in Q2 FY2026?")    # July-September: Q2 of a June year
    assert not outside_fiscal_window(row, "What were Keel's sales in Q3 2025?")      # a calendar quarter: no window
    labelled = dict(row, periodLabel=ox.Literal("Q3 2025"))
    assert not outside_fiscal_window(labelled, "Keel's margin in the third quarter of fiscal 2026?")   # its label agrees


def test_a_fiscal_quarter_no_figure_states_is_no_answer(kg):
    a = kg.ask("What was Tamsin Rail Systems' revenue in Q4 of fiscal 2026?")
    assert a.status == "no_answer", a.answer
    assert "88" not in a.answer
    b = kg.ask("What was Tamsin's revenue in the second quarter of fiscal 2026?")
    assert b.status == "answered" and "88" in b.answer, b.answer


def test_a_period_not_begun_when_its_document_was_written():
    from aikg.period_fit import begun_after
    row = {"periodStart": ox.Literal("2026-04-01"), "doc": ox.Literal("d1")}
    assert begun_after(row, {"d1": date(2026, 2, 4)})
    assert not begun_after(row, {"d1": date(2026, 7, 30)})
    assert not begun_after(row, {})


def test_a_unit_of_another_company_is_not_the_unit_asked(kg):
    a = kg.ask("What is Harrow Data Centres REIT's net tangible assets per security?")
    assert a.status == "no_answer", a.answer
    assert "250" not in a.answer and "9 assets" not in a.answer
    b = kg.ask("How much revenue did Brannock's Security segment bring in in 2025?")
    assert b.status == "answered" and "250" in b.answer, b.answer


TAMSIN_UPDATE = """# Tamsin Rail Systems lifts outlook

PERTH, April 28, 2026 - Tamsin Rail Systems now expects fiscal 2026 revenue of A$360 million to A$370 million, up from its previous outlook of A$340 million to A$355 million.
"""


def test_a_guidance_change_answered_by_the_outlook_and_the_one_it_replaced(tmp_path_factory):
    from aikg.answer_check import revised_pair
    lit = ox.Literal
    now = {"measure": lit("revenue outlook"), "doc": lit("d2")}
    before = {"measure": lit("previous revenue outlook"), "doc": lit("d2")}
    assert revised_pair("how did keel change its revenue guidance?", [now, before])
    assert not revised_pair("how did keel change its revenue guidance?", [now])
    assert not revised_pair("how did keel's revenue change?", [now, before])
    kg2 = articles_kg(tmp_path_factory, {"tamsin.md": TAMSIN, "tamsin_update.md": TAMSIN_UPDATE})
    a = kg2.ask("How did Tamsin Rail Systems change its fiscal 2026 revenue outlook in April?")
    assert a.status == "answered", a.answer
    assert "360" in a.answer and "340" in a.answer
