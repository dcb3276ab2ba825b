"""Issue 28a: a year asked ("in 2024") is answered by the fiscal year of that year ("FY2024",
its end deciding when its dates are known), and a fiscal year asked by the whole-year row of that
year; a person asked of a unit the graph does not know ("the CEO of Acme Cloud") is not the
parent's officer, nor another organisation's whose title a sentence gives. The article and the
sentences are written for these tests."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import articles_kg


NORVANE = """Norvane Telecom posts full-year results

LISBON, March 3, 2025 - Norvane Telecom reported FY2024 revenue of US$2.3 billion, up 8% from FY2023.

| Unit | FY2024 revenue (US$ bn) | Growth |
| --- | --- | --- |
| Norvane Mobile | 1.50 | +9% |
| Norvane Fixed | 0.80 | +6% |

Norvane Telecom CEO Rui Sal said the company would keep investing in fibre.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"norvane_fy2024.txt": NORVANE})


def _row(**kw) -> dict:
    return {k: ox.Literal(v) for k, v in kw.items()}


def test_the_year_a_whole_fiscal_year_is_of():
    from aikg.period_fit import fiscal_year_of
    assert fiscal_year_of(_row(periodLabel="FY2024")) == 2024
    assert fiscal_year_of(_row(periodLabel="FY24")) == 2024
    assert fiscal_year_of(_row(periodLabel="fiscal year 2024")) == 2024
    assert fiscal_year_of(_row(periodLabel="FY2024-25")) == 2025   # (it ends in its second year)
    assert fiscal_year_of(_row(periodLabel="Q3 FY2024")) is None   # a quarter, not a year
    # its dates known: the year it ends in decides
    assert fiscal_year_of(_row(periodStart="2023-07-01", periodEnd="2024-06-30", periodLabel="FY2024")) == 2024
    assert fiscal_year_of(_row(periodStart="2024-04-01", periodEnd="2024-06-30")) is None


def test_a_year_asked_is_answered_by_the_fiscal_year_ending_in_it():
    from aikg.period_fit import in_period
    from aikg.question import _question_periods
    in_2024, in_2023 = _question_periods("revenue in 2024"), _question_periods("revenue in 2023")
    assert in_period(_row(periodLabel="FY2024"), in_2024)
    assert not in_period(_row(periodLabel="FY2024"), in_2023)
    june = _row(periodStart="2023-07-01", periodEnd="2024-06-30", periodLabel="fiscal 2024")
    assert in_period(june, in_2024) and not in_period(june, in_2023)
    assert not in_period(_row(periodLabel="Q4 FY2024"), in_2024)


def test_figures_labelled_fy_answer_a_calendar_year_question(kg):
    a = kg.ask("How much revenue did Norvane Mobile generate in 2024?")
    assert a.status == "answered" and "1.5" in a.answer, a.answer
    a = kg.ask("How much revenue did Norvane Mobile generate in fiscal year 2024?")
    assert a.status == "answered" and "1.5" in a.answer, a.answer


def test_the_ceo_of_a_unit_not_named_is_not_the_parents(kg):
    a = kg.ask("Who is the CEO of Norvane Cloud?")
    assert a.status == "no_answer", a.answer
    a = kg.ask("Who is the CEO of Norvane Telecom?")
    assert a.status == "answered" and "Rui Sal" in a.answer, a.answer


class _Hit:
    def __init__(self, kind, label):
        self.kind, self.label, self.matched = kind, label, label.lower()


class _Index:
    """Knows one organisation by its label (the label index text_answer asks)."""
    def __init__(self, kind, label):
        self.hit = _Hit(kind, label)

    def find_in(self, text):
        return [self.hit] if self.hit.label.lower() in text.lower() else []


def test_a_title_tied_to_another_organisation_answers_no_person_asked():
    from aikg.text_answer import _officer_of_other
    asked = [["brava cloud", "brava"]]   # the unit asked, linked to its company
    # the parent's officer, not the unit's
    assert _officer_of_other(None, "Brava CEO Lio Tam said the group would return to profit.", asked)
    # a rival's officer, opening the sentence
    rival = _Index("Segment", "Osto Cloud")
    assert _officer_of_other(rival, "At Osto Cloud, CEO Kai Dune said demand stayed strong.", asked)
    # the unit's own officer answers
    assert not _officer_of_other(rival, "Brava Cloud CEO Mia Tor said the unit grew.", asked)
    # a company asked by its legal name: its officer is its own
    assert not _officer_of_other(None, "Brava CEO Lio Tam said sales grew.", [["brava holdings", "brava"]])


def test_a_person_row_is_the_parents_only_when_its_sentence_ties_the_title_to_it():
    from aikg.ask import _unit_officer_unstated
    from aikg.linking import Hit
    hits = [Hit("https://aikg.dev/id/company/brava", "Company", "Brava", "brava cloud", 1.0, 5, 7)]
    q = "Who is the CEO of Brava Cloud?"
    tied = [_row(personLabel="Lio Tam", orgLabel="Brava", quote="Brava CEO Lio Tam said the group would return to profit.")]
    assert _unit_officer_unstated(q, hits, tied) == "Brava Cloud"
    # a sentence that ties the title to no organisation may name the company by its full name
    untied = [_row(personLabel="Lio Tam", orgLabel="Brava", quote="Lio Tam was appointed chief executive in May.")]
    assert _unit_officer_unstated(q, hits, untied) == ""
    own = [_row(personLabel="Mia Tor", orgLabel="Brava", quote="Brava Cloud CEO Mia Tor said the unit grew.")]
    assert _unit_officer_unstated(q, hits, own) == ""
