"""What a value is a figure of, when it is not the company's reported figure (issue 29v): an
analyst's target price is a "target price" set by no one but the broker, and an analyst's figures
a later "But to be clear, those are our estimates" disclaims are not the company's. Articles in
our own words."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract.estimates import disclaimed
from aikg.extract.pipeline import extract_bytes


class _S:
    def __init__(self, text: str, paragraph: int = 0):
        self.text, self.paragraph = text, paragraph


def _facts(text: str, kind: str) -> list:
    return [f for f in extract_bytes(text.encode(), "t.txt").facts if f.kind == kind]


def test_target_price_is_a_target_price_not_set_by_the_company():
    text = ("Brindlewood posts record year\n\nFebruary 12, 2025\n\n"
            "Brindlewood Corp reported 2024 revenue of $3.2 billion on Tuesday. Analysts at Kessock Securities "
            "said Brindlewood looked cheap and kept a \"Buy\" rating with a target price of $48.\n")
    got = _facts(text, "target")
    assert got and all(t.measure == "target price" for t in got)
    assert all(t.set_by is None or t.set_by.label != "Brindlewood Corp" for t in got)
    assert any(t.value == Decimal("48") for t in got)


def test_disclaimer_after_a_lead_in_covers_the_analysts_sentence():
    sents = [_S("We're at $6.10 in adjusted EPS for next year and our price target is $75."),
             _S("But to be clear, those are our estimates, not the company's.")]
    assert disclaimed(sents) == {0, 1}
    assert disclaimed([_S("The company guided revenue to $2 billion."), _S("To be clear, that was a record.")]) == set()


def test_disclaimed_analyst_eps_is_not_the_companys():
    text = ("Market hour: Brindlewood\n\nFebruary 12, 2025\n\n"
            "Brindlewood Corp reported 2024 revenue of $3.2 billion and adjusted earnings per share of $5.20.\n\n"
            "We're at $6.10 in adjusted EPS for fiscal 2025 and our price target is $75. But to be clear, "
            "those are our estimates, not the company's.\n")
    eps = [f for f in _facts(text, "observation") if "earnings per share" in f.measure]
    assert [f.value for f in eps] == [Decimal("5.20")]


def test_spec_units_are_no_count_of_the_noun_after_them():
    text = ("Kelvora opens coastal campus\n\nMay 4, 2025\n\n"
            "Kelvora Data said its campus has 40 megawatts of IT capacity and a 220 kV link to the national grid. "
            "A 90 MWp solar farm will supply it, and its halls take racks of up to 120 kW.\n")
    obs = [f for f in _facts(text, "observation")]
    assert not [f for f in obs if f.unit == "count" and f.value in (Decimal("220"), Decimal("90"), Decimal("120"))]
    assert [f.value for f in obs if f.measure.endswith("capacity")] == [Decimal("40")]


def test_deal_terms_and_proceeds():
    text = ("Ostrava Soft to merge with Lindqvist\n\nJune 2, 2025\n\n"
            "Ostrava Soft said Lindqvist shareholders will receive 0.5 new Ostrava Soft shares plus $7 in cash for each "
            "Lindqvist share, implying a value of $19 per Lindqvist share. "
            "Ostrava Soft reported diluted earnings of $1.10 per share for 2024. "
            "Separately, the sale of its hosting arm raises gross proceeds of $250 million.\n")
    obs = _facts(text, "observation")
    assert not [f for f in obs if f.value in (Decimal("7"), Decimal("19"))]
    assert [f.value for f in obs if "earnings per share" in f.measure] == [Decimal("1.10")]
    assert [f.measure for f in obs if f.value == Decimal("250000000")] == ["proceeds"]
