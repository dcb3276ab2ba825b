"""The article's own company and its units (focus.py, units.py), on invented articles: an interview
whose headline is a quotation and whose dateline sentence is about a person, a feature about a unit
with a sibling unit, a unit that reports itself, units named by the company's name and a word."""
from decimal import Decimal

import pytest

from aikg.extract import units
from aikg.extract.focus import focus_company, person_company, with_units
from aikg.extract.pipeline import extract_text

INTERVIEW = """"We will be smaller but stronger": Corvex's Ana Lind on selling units, the dividend and cloud

LISBON, March 3, 2026 -- Ana Lind has been chief executive of Corvex for two years. She presented the group's new plan on Monday. We spoke to her afterwards.

For the six months to June, Corvex reported revenue of EUR 4.2 billion, up 2%, and a net loss of EUR 300 million.

Q: Germany was weak.

"We had a hard year there." Corvex Deutschland's revenue fell 3% to EUR 1.1 billion. Corvex Cloud, the group's hosting unit, grew revenue 12% to EUR 600 million.

Corvex Brasil, which trades as Vivaz and is 60% owned by the Portuguese parent, reported revenue of BRL 9 billion.

Chief financial officer Rui Sousa will run the savings programme.
"""

FEATURE = """Nimbus Pay finds its feet: how Corvo's payments arm became the group's profit engine

SINGAPORE, May 14, 2026 - Corvo said on Wednesday that Nimbus Pay's revenue rose 20% to $1.2 billion in the three months to March 31. Operating profit rose 15% to $90 million.

Group revenue rose 12% to $3.1 billion, and Corvo made a net profit of $200 million.

Chief executive Tom Reyes said Nimbus Pay had won merchants in every market it operates in.

Tallow, the group's games unit behind Sky Raiders, had bookings of $500 million, up 9%. Corvo said Tallow would launch two games.

Nimbus Pay is led by president Lee Amos, who joined Corvo in 2019.

In Brazil, its local subsidiary Verdant Pay had revenue of $80 million in the quarter. Chief executive Ines Duarte said Verdant Pay would open two offices.
"""

SELF_REPORTING_UNIT = """Nimbus Pay revenue rises 20% as merchants return

SINGAPORE, May 14, 2026 - Nimbus Pay Ltd, the payments arm of Corvo Group, on Wednesday reported revenue of $1.2 billion for the three months to March 31, up 20% from a year earlier.

Nimbus Pay said payment volume rose 15% to $40 billion. Nimbus Pay reported a profit of $90 million.
"""


def _extract(text):
    return extract_text(text, "t", "t.txt")


def _obs(ex):
    return {(f.subject.label, f.measure, f.value) for f in ex.facts if f.kind == "observation"}


def _roles(ex):
    return {(f.person.label, f.role, f.organization.label if f.organization else None)
            for f in ex.facts if f.kind == "role"}


# ------------------------------------------------------------------ the rule records
@pytest.mark.parametrize("rule", units.UNIT_RULES, ids=lambda r: r.name)
def test_every_unit_rule_reads_its_examples_and_names_two_sources(rule):
    assert sum("(probe" in ex or "corpus" in ex for ex in rule.examples) >= 2 or \
        len({ex.split("(")[-1] for ex in rule.examples if "invented" not in ex}) >= 2
    for ex in rule.examples:
        assert units.unit_of([ex.rsplit(" (", 1)[0]]), ex


def test_a_person_tied_to_a_company_by_a_title():
    assert person_company(" has been chairman and chief executive of Corvex for two years.") == "Corvex"
    assert person_company(", chief executive of Vantora Systems Inc., said") == "Vantora Systems"
    assert person_company(" said on Monday that sales rose") is None


# ------------------------------------------------------------------ an interview: quoted headline, person in the dateline
def test_an_interview_whose_headline_is_a_quote_is_about_the_speakers_company():
    ex = _extract(INTERVIEW)
    assert ("Corvex", "revenue", Decimal("4200000000")) in _obs(ex)
    assert any(e.kind == "Company" and e.label == "Corvex" and e.discovered for e in ex.entities)
    assert ("Ana Lind", "CEO", "Corvex") in _roles(ex)
    assert ("Rui Sousa", "CFO", "Corvex") in _roles(ex)


def test_units_named_by_the_company_and_a_word_keep_their_figures():
    ex = _extract(INTERVIEW)
    obs = _obs(ex)
    assert ("Corvex Deutschland", "revenue", Decimal("1100000000")) in obs
    assert ("Corvex Cloud", "revenue", Decimal("600000000")) in obs
    assert not any(s == "Corvex" and v in (Decimal("1100000000"), Decimal("600000000")) for s, _, v in obs)
    assert {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"} >= {
        ("Corvex Deutschland", "Corvex"), ("Corvex Cloud", "Corvex")}


def test_a_unit_owned_by_the_parent_is_held_by_the_articles_company():
    ex = _extract(INTERVIEW)
    stakes = {(f.holder.label, f.company.label, f.stake) for f in ex.facts if f.kind == "stake_held"}
    assert ("Corvex", "Corvex Brasil", Decimal("60")) in stakes
    assert ("Corvex Brasil", "revenue", Decimal("9000000000")) in _obs(ex)


# ------------------------------------------------------------------ a feature about a unit, with a sibling unit
def test_a_feature_about_a_unit_whose_parent_reports_is_about_the_parent():
    ex = _extract(FEATURE)
    obs = _obs(ex)
    assert ("Nimbus Pay", "revenue", Decimal("1200000000")) in obs
    assert ("Corvo", "revenue", Decimal("3100000000")) in obs       # "Group revenue"
    assert ("Corvo", "net profit", Decimal("200000000")) in obs
    assert ("Tallow", "bookings", Decimal("500000000")) in obs        # the sibling unit
    segs = {(f.segment.label, f.company.label) for f in ex.facts if f.kind == "segment_of"}
    assert {("Nimbus Pay", "Corvo"), ("Tallow", "Corvo")} <= segs


def test_the_paragraphs_unit_keeps_a_figure_whose_sentence_names_no_one():
    ex = _extract(FEATURE)
    assert ("Nimbus Pay", "operating profit", Decimal("90000000")) in _obs(ex)
    assert not any(s == "Corvo" and v == Decimal("90000000") for s, _, v in _obs(ex))
    # the next paragraph is the group's again
    assert ("Corvo", "revenue", Decimal("3100000000")) in _obs(ex)
    assert not any(s == "Nimbus Pay" and v == Decimal("3100000000") for s, _, v in _obs(ex))


def test_a_title_sentence_belongs_to_the_parent_not_the_unit_it_speaks_of():
    roles = _roles(_extract(FEATURE))
    assert ("Tom Reyes", "CEO", "Corvo") in roles
    assert ("Lee Amos", "president", "Nimbus Pay") in roles       # "X is led by president Y"
    assert not any(p == "Tom Reyes" and o == "Nimbus Pay" for p, _, o in roles)
    assert not any(f.kind == "in_segment" for f in _extract(FEATURE).facts)  # "every market it operates in"


def test_a_title_sentence_in_a_units_paragraph_is_the_units_officer():
    ex = _extract(FEATURE)
    assert ("Verdant Pay", "revenue", Decimal("80000000")) in _obs(ex)
    assert ("Ines Duarte", "CEO", "Verdant Pay") in _roles(ex)
    assert ("Tom Reyes", "CEO", "Corvo") in _roles(ex)


def test_a_unit_that_reports_itself_stays_the_articles_company():
    top = [ln for ln in SELF_REPORTING_UNIT.splitlines() if ln.strip()]
    known = {"Corvo Group": "Corvo Group"}
    f = focus_company(top, SELF_REPORTING_UNIT, lambda n: known.get(n))
    assert f is not None and f.label == "Nimbus Pay"
    f = with_units(f, top, SELF_REPORTING_UNIT, lambda n: known.get(n), set())
    assert f.label == "Nimbus Pay" and f.parent == "Corvo Group" and f.units == []


ACQUIRED_UNIT = """Corvo Systems results

Oslo, July 20, 2026 — Corvo Systems reported results for the quarter ended June 30, 2026, with revenue of $4 billion.

Brightloom, the analytics subsidiary Corvo Systems acquired in 2021 for about $2 billion, grew revenue 9% in the quarter.
"""


def test_an_aside_about_a_unit_dates_the_deal_not_the_units_figure():
    ex = _extract(ACQUIRED_UNIT)
    inv = [f for f in ex.facts if f.kind == "investment"]
    assert any(f.target_entity is not None and f.target_entity.label == "Brightloom"
               and f.period is not None and f.period.label == "2021" for f in inv)
    growth = [f for f in ex.facts if f.kind == "observation" and f.subject.label == "Brightloom" and f.change == 9]
    assert growth and all(f.period is None or f.period.label != "2021" for f in growth)


DEALS = """Corvo Systems results

Oslo, July 20, 2026 — Corvo Systems reported results for the quarter ended June 30, 2026, with revenue of $4 billion.

Brightloom, the analytics subsidiary Corvo Systems acquired in 2021 for about $2 billion, grew revenue 9% in the quarter. In April 2026, Corvo Systems bought Danish data consultancy Ferrovia for an undisclosed amount, folding it into Brightloom.
"""


@pytest.fixture(scope="module")
def deals_kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "corvo_deals.txt", DEALS)


def test_a_deal_dated_in_another_year_does_not_answer_a_question_about_a_later_month(deals_kg):
    inv = [f for f in _extract(DEALS).facts if f.kind == "investment" and f.target_entity is not None]
    assert [(f.target_entity.label, f.period.label if f.period else None) for f in inv] == [("Brightloom", "2021")]
    a = deals_kg.ask("Which company did Corvo Systems acquire in April 2026?")
    assert a.status == "answered" and "Ferrovia" in a.answer and "Brightloom" not in a.answer.split("(“")[0]


# ------------------------------------------------------------------ session 9: tickers, a person's lead
LISTED_RELEASE = """BRAVELLO REPORTS RECORD FOURTH QUARTER REVENUE

AUSTIN, Texas -- Feb. 4, 2026 -- Bravello (Nasdaq: BRVL) today reported financial results for its fourth quarter ended Dec. 31, 2025.

- Total revenue: $1.20 billion, up 9% year over year
- Subscription revenue: $980 million, up 12%

Early adopters of its new analytics suite include IBM and Siemens. Bravello said it expects first-quarter revenue of $1.22 billion to $1.25 billion.
"""

PERSON_LEAD = """"Factories will run on simulations": an interview with Korvane Industrial CEO Mia Sato

Lyon, June 2, 2026 -- Mia Sato took over as chief executive of Korvane Industrial on January 1, 2025, succeeding Paul Girard, who remains chairman. We spoke to her after the company cut its outlook.

Q: What happened?

A: Revenue was EUR 2.1 billion in the first half, up 3%. Our Medrix unit, which we bought in 2019, is seeing fewer orders from hospitals. Korvane Industrial will keep investing.
"""


def _subjects(text: str) -> set[str]:
    return {f.subject.label for f in extract_text(text, "t", "t.txt").facts if f.kind == "observation"}


def test_a_company_named_with_its_ticker_is_the_articles_company():
    # a capitals headline is skipped; the lead gives the company with its ticker; a customer named
    # once later (IBM) is not the company
    subjects = _subjects(LISTED_RELEASE)
    assert subjects and all(s.startswith("Bravello") for s in subjects), subjects


def test_a_lead_about_a_person_who_took_over_a_company_gives_the_company():
    subjects = _subjects(PERSON_LEAD)
    assert "Korvane Industrial" in subjects and "Medrix" not in subjects, subjects


def test_a_unit_the_apposition_calls_the_groups_own_part_keeps_its_figures():
    # rule name-and-word: "Vorland Edge, the group's catch-all for …" is Vorland's unit, so the
    # figures it reports are its own, not the group's (invented article)
    ex = extract_text(
        "Vorland bets on GPU clouds\n\nBERGEN, 2 May 2026 — Vorland said on Tuesday it would open a second GPU hall. "
        "The hall sits inside Vorland Edge, the group's catch-all for infrastructure and new businesses. "
        "Vorland Edge reported 2025 revenue of NOK 3.2 billion, up 6% from 2024.\n", "doc", "doc.txt")
    assert ex.company == "Vorland" and "Vorland Edge" in ex.units
    assert ("Vorland Edge", "revenue", Decimal("3200000000")) in _obs(ex)
