"""Two answers mended at session 29's merge (invented documents):
- a period asked "on its own" is not answered by a claim of no period (claims_fallback rule period-alone);
- "How could X affect Y?" is answered with the sentence that says how (ask.EFFECT_ASKED)."""
from __future__ import annotations

import pytest

from aikg import KnowledgeGraph
from aikg.ask import EFFECT_ASKED
from aikg.claims_fallback import PERIOD_ALONE
from aikg.store import LocalStore

REPORT = """Quillmere Software Co., Ltd. Third Quarter 2026 Report

Quillmere Software Co., Ltd. ("Quillmere" or "the Company") publishes its main financial data for the third quarter of 2026.

| Item | Current reporting period (Q3) | YoY change | Beginning of year to end of reporting period | YoY change |
|---|---|---|---|---|
| Revenue | 812,400,120.55 | 9.10% | 2,305,118,004.12 | 7.42% |
| Net cash flow from operating activities | — | — | 214,550,310.08 | 41.20% |

Risk notice: some of the Company's edge modules use processors bought from overseas suppliers. Changes in US export
control rules on advanced processors could delay deliveries; the Company has qualified two domestic alternatives.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    d = tmp_path_factory.mktemp("merge32")
    (d / "quillmere_q3.txt").write_text(REPORT, encoding="utf-8")
    k = KnowledgeGraph(LocalStore.memory())
    k.ingest([d])
    return k


@pytest.mark.parametrize("question, alone", [
    ("What was X's net operating cash flow in Q3 2026 on its own?", True),
    ("What net profit did X make in Q3 2026 alone (Jul-Sep)?", True),
    ("What was X's order intake in the quarter alone?", True),
    ("How much revenue did X's cloud unit generate on its own in 2025?", False),   # the unit on its own, not the period
])
def test_a_period_stressed_on_its_own_is_read(question, alone):
    assert bool(PERIOD_ALONE.search(question.lower())) is alone


def test_a_quarter_on_its_own_is_not_answered_by_the_year_to_date_row(kg):
    a = kg.ask("What was Quillmere's net operating cash flow in Q3 2026 on its own?").to_json()
    assert a["status"] == "no_answer", a
    assert "214,550,310" not in a["answer"] and "214.55" not in a["answer"], a["answer"]


@pytest.mark.parametrize("question, how", [
    ("How could export controls affect Quillmere?", True),
    ("How will the new tariffs hit Quillmere's margins?", True),
    ("What export controls affect Quillmere?", False),
])
def test_how_something_affects_a_company_is_read(question, how):
    assert bool(EFFECT_ASKED.search(question.lower())) is how


def test_how_export_controls_affect_a_company_is_answered_with_the_sentence(kg):
    a = kg.ask("How could export controls affect Quillmere?").to_json()
    assert a["status"] == "answered", a
    assert "delay deliveries" in a["answer"], a["answer"]
