"""Typed facts beyond the company (issue 17p, precision): a writer's or a broker's estimates that a
later sentence disclaims stay claims; the year a business was founded or bought dates no figure;
Indian digit grouping is read whole. Invented sentences, in our own words."""
from decimal import Decimal

from aikg.extract import values as v
from aikg.extract.pipeline import extract_text
from aikg.extract.sentences import split as split_sentences

HEAD = "Brightwave Systems reported results for the second quarter of 2025 on Tuesday.\n\n"


def facts(body: str):
    ex = extract_text(HEAD + body, "d", "d.txt")
    return [f for f in ex.facts if f.kind == "observation"], ex


def by_text(fs, text):
    return [f for f in fs if f.value_text == text or f.change_text == text]


def test_disclaimer_rules_are_named_records_with_examples_and_two_sources():
    from aikg.extract.estimates import DISCLAIMERS
    for rule in DISCLAIMERS:
        assert rule.name and rule.examples and len(rule.provenance) >= 2


def test_figures_a_later_sentence_calls_our_estimates_are_not_typed():
    fs, ex = facts("Outlook. For the third quarter Brightwave Systems guided revenue of $410 million. We now forecast "
                   "full-year revenue of $1.7 billion and for 2026 we pencil in revenue of $2.1 billion. These are our "
                   "estimates, not company guidance.\n")
    assert not by_text(fs, "$1.7 billion") and not by_text(fs, "$2.1 billion")
    assert by_text(fs, "$410 million")  # the company's own guidance in the same paragraph stays typed
    assert any("$1.7 billion" in c.evidence.quote for c in ex.claims)  # the sentence stays a claim


def test_a_brokers_forecast_disclaimed_after_it_is_not_the_companys_outlook():
    fs, _ = facts("Analyst Rhea Vance of Tollgate Securities, who rates the shares a buy, forecast 2025 revenue of "
                  "3.3 billion yuan. Those are the broker's estimates, not company guidance.\n")
    assert not by_text(fs, "3.3 billion yuan")
    fs, _ = facts("Analyst Rhea Vance of Tollgate Securities, who rates the shares a buy, forecast 2025 revenue of "
                  "3.3 billion yuan.\n")
    assert by_text(fs, "3.3 billion yuan")  # with no disclaimer, the existing reading stands


def test_disclaimer_reaches_only_its_own_paragraph():
    from aikg.extract.estimates import disclaimed
    text = ("We forecast revenue of $5 billion.\n\nRevenue was $4 billion. These are our estimates, not company figures.\n")
    sents = split_sentences(text)
    marked = {sents[i].text for i in disclaimed(sents)}
    assert "We forecast revenue of $5 billion." not in marked
    assert "Revenue was $4 billion." not in marked  # names no estimator


def test_a_founding_year_in_an_aside_does_not_date_a_count():
    fs, _ = facts("Brightwave Systems, founded in 1998 in Austin, said it served more than 2.1 million enterprise "
                  "customers across its products, and that its staff numbered about 9,000 at the end of 2024.\n")
    assert by_text(fs, "more than 2.1 million")
    assert all(f.period is None or "1998" not in f.period.label for f in fs)


def test_the_year_a_unit_was_bought_does_not_date_its_figure():
    fs, _ = facts("With margins climbing and R$410 million of recurring revenue, Brightwave Cloud is no longer the bet "
                  "it looked like when Brightwave Systems bought it in 2019.\n")
    assert by_text(fs, "R$410 million")
    assert all(f.period is None or "2019" not in f.period.label for f in fs)
    fs, _ = facts("The unit, acquired in 2019 for about $1 billion, grew revenue 9% to $300 million.\n")
    assert all(f.period is None or "2019" not in f.period.label for f in by_text(fs, "$300 million"))


def test_indian_digit_grouping_is_read_whole():
    m = v.find_money("The order book stood at ₹6,43,210 crore at the end of June.")
    assert m and m[0].value == Decimal("6432100000000")
    m = v.find_money("Revenue was 1,23,45,678 rupees.")
    assert m and m[0].value == Decimal("12345678")
    m = v.find_money("Revenue was $1,234,567.")  # western grouping unchanged
    assert m and m[0].value == Decimal("1234567")


def shares(body: str):
    ex = extract_text(HEAD + body, "d", "d.txt")
    return [f for f in ex.facts if f.kind == "market_share"]


def test_a_share_of_an_unnamed_market_stays_a_claim():
    assert not shares("According to the consultancy Pellham Research, Brightwave Systems is the largest hosting "
                      "provider in Canada, with about 24% of the market.\n")
    assert not shares("According to research firm Quillon, Brightwave Systems holds more than 40% of the global market "
                      "for rack power shelves, ahead of two rivals.\n")
    fs = shares("According to research firm Quillon, Brightwave Systems held a 14% share of the global automotive "
                "sensor market in 2024.\n")
    assert fs and fs[0].share == 14  # a named market keeps its typed share


def test_the_value_right_before_the_target_word_is_the_target():
    ex = extract_text("Brightwave Systems (BWS) -- Rating: Buy.\n\nOur $48 target (from $41) is based on 22x our "
                      "2026 earnings per share estimate of $2.20.\n", "d", "d.txt")
    ts = [f for f in ex.facts if f.kind == "target"]
    assert ts and {float(f.value) for f in ts} == {48.0}
