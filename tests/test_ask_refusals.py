"""Questions the documents do not answer get no_answer, not another entity's figure or another
kind of value (session 18): a name said only as the source ("according to the X report"), a
brand written in lower case that the graph has no entity for, what an investment goes into, money
asked and a count given, a market share asked and another percentage given. The articles are
written for this test."""
from __future__ import annotations

import pytest

from aikg.question import invested_object, source_parties
from aikg.names_asked import unknown_names
from aikg.linking import Hit
from conftest import articles_kg

TALVERA = """Talvera Networks posts higher margin as Quenby integration goes on

OSLO, May 6, 2025 - Talvera Networks reported first-quarter results on Tuesday.

Talvera's operating margin was 18.4% in the first quarter of 2025, up from 16.9% a year earlier, and revenue rose 7% to NOK 3.1 billion.

Quenby, the software firm Talvera bought last year, reported revenue of NOK 240 million in the quarter; Talvera did not give Quenby's margin separately.

Talvera plans to invest NOK 900 million in a new AI data centre in Stavanger over the next two years.

The company also plans to deploy 640 GPUs at its Bergen site.
"""

MARROW = """Marrow Holdings: principal operating companies

Marrow Holdings is an investment group with stakes in telecom operators.

| Company | Country | Marrow stake | Revenue |
| Marrow Finland | Finland | 71.5% | EUR 410 million |
| Marrow Eesti | Estonia | 55.0% | EUR 120 million |
"""


ORVELLA = """Orvella Semiconductor wins state backing for its pilot line

SAPPORO, April 2, 2026 - The government approved support for Orvella Semiconductor's pilot line for fiscal year 2026.

Orvella Semiconductor will invest JPY 130 billion of private funding in the pilot line in FY2026.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"talvera.txt": TALVERA, "marrow.md": MARROW, "orvella.txt": ORVELLA})


def hit(kind, label, start, end, matched=None):
    return Hit(f"urn:x:{label}", kind, label, matched or label.lower(), 100.0, start, end)


def test_a_name_after_according_to_is_the_source_not_the_subject():
    q = "What operating margin does Quenby earn, according to the Talvera report?"
    quenby, talvera = hit("Company", "Quenby", 4, 5), hit("Company", "Talvera", 9, 10)
    assert source_parties(q, [quenby, talvera]) == [talvera]
    # the only entity named is never dropped: then it is what is asked
    assert source_parties("What share does Talvera hold, according to Talvera?", [talvera]) == []
    assert source_parties("What is Quenby's margin as reported by Talvera?", [quenby, talvera]) == [talvera]


def test_a_brand_written_in_lower_case_is_a_name():
    assert "nordq7" in unknown_names("What EBITDA margin did nordq7 earn in 2024?", [])
    assert "eVolta" in unknown_names("How much revenue did eVolta make?", [])
    # a term of one letter and digits is not a name
    assert "x86" not in unknown_names("What share of x86 server CPUs did Talvera ship?", [])


def test_an_unknown_lower_case_brand_gets_no_other_company_figure(kg):
    a = kg.ask("What operating margin did nordq7 earn in the first quarter of 2025?")
    assert a.status == "no_answer", a.answer


def test_what_the_investment_goes_into():
    said, words = invested_object("How much is Talvera investing in its Bergen fibre ring over 2025?", [])
    assert said == "Bergen fibre ring" and {"bergen", "fibre", "ring"} <= words
    assert invested_object("How much did Talvera invest?", []) == ("", set())


def test_an_investment_in_something_else_is_no_answer(kg):
    a = kg.ask("How much is Talvera investing in its fibre network?")
    assert a.status == "no_answer", a.answer
    a = kg.ask("How much is Talvera investing in its Stavanger AI data centre?")
    assert a.status == "answered" and "900" in a.answer, a.answer


def _row(**kw):
    from types import SimpleNamespace
    return {k: SimpleNamespace(value=v) for k, v in kw.items()}


def test_a_claim_not_saying_market_is_no_market_share():
    # a stake read from a table row ("| Marrow Finland | mobile services | 71.5% |") shares three of
    # the question's four words; the one it lacks is the measure asked
    from dataclasses import replace
    from aikg.claims_fallback import claim_score
    from aikg.question import read
    qm = replace(read("What is Marrow Finland's market share in mobile services?", [hit("Company", "Marrow Holdings", 3, 4, "marrow")]),
                 wants="percent")
    stake = _row(subjectLabel="Marrow Holdings", predicate="state", role="percent", valueText="71.5%", via="subject",
                 quote="| Marrow Finland | mobile services | 71.5% | EUR 410 million |")
    share = _row(subjectLabel="Marrow Holdings", predicate="hold", role="share", valueText="71.5%", via="subject",
                 quote="Marrow Finland holds a 71.5% share of the Finnish market for mobile services.")
    assert claim_score(qm, stake) == 0.0
    assert claim_score(qm, share) > 0.0


def test_money_asked_is_not_a_count_of_what_it_buys():
    from aikg.question import SPENT
    from aikg.narrowing import COUNTED
    for q in ("how much is talvera investing in its bergen site?", "how much did talvera spend on gpus?",
              "how much did the start-up raise?"):
        assert SPENT.search(q) and not COUNTED.search(q), q
    assert COUNTED.search("how many gpus is talvera investing in?")


def test_an_investment_of_another_fiscal_year_is_no_answer(kg):
    a = kg.ask("How much private funding did Orvella Semiconductor invest in FY2026?")
    assert a.status == "answered" and "130" in a.answer, a.answer
    a = kg.ask("How much private funding did Orvella Semiconductor invest in FY2025?")
    assert a.status == "no_answer", a.answer



def test_a_numbered_part_asked_must_be_said():
    from aikg.claims_fallback import _says_designators
    assert not _says_designators("What yield did Talvera reach on phase 2?", "Talvera reached 45% on phase 1 of the build-out.")
    assert _says_designators("What yield did Talvera reach on phase 2?", "On Phase 2 the yield reached 61%.")
    assert _says_designators("Who won Lot 3 of the tender?", "Lot 3 (storage) went to Brevik, Lot 1 to Talvera.")
    assert not _says_designators("How much did Orvella raise in its Series B?", "Orvella raised $40 million in a Series A round.")
    assert _says_designators("How much did Talvera earn?", "Anything at all.")


def test_a_ranking_sentence_states_a_market_position():
    from dataclasses import replace
    from aikg.claims_fallback import claim_score
    from aikg.question import read
    qm = replace(read("What share of the public-sector IT services market does Marrow Finland hold?", [hit("Company", "Marrow Holdings", 5, 6, "marrow")]),
                 wants="percent")
    ranked = _row(subjectLabel="Marrow Holdings", predicate="chase", role="share", valueText="14%", via="subject",
                  quote="A survey ranked Marrow Finland the largest supplier of public-sector IT services, with 14%.")
    assert claim_score(qm, ranked) > 0.0


def test_a_period_after_a_later_amount_dates_that_amount():
    from aikg.extract.pipeline import extract_text
    text = ("Orvella Semiconductor results\n\nOrvella Semiconductor said investment is planned at about 900 million euros, "
            "roughly flat on the 880 million euros spent in fiscal 2025.\n")
    inv = [f for f in extract_text(text, "d", "d.txt").facts if hasattr(f, "investor")]
    assert inv and all(f.period is None or f.period.label != "FY2025" for f in inv if any(a.value == 900_000_000 for a in f.amounts))


def test_a_period_in_lower_case_is_no_name():
    assert unknown_names("talvera net profit fy25?", []) == []
    assert unknown_names("what was revenue in q3 fy2026?", []) == []
    assert unknown_names("revenue of nordq7 in fy25?", []) == ["nordq7"]
