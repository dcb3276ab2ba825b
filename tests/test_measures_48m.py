"""Issue 48m: what a value is a value of. A count's noun phrase runs to its plural head through an -ing
modifier ("voting shares"), never through a clause after the head ("customers paying us"). Invented
sentences."""
from aikg.extract.values import find_counts


def _nouns(text):
    return [c.noun for c in find_counts(text)]


def test_ing_word_before_the_plural_head_is_a_modifier():
    assert _nouns("The bid covers up to 900,000 multiple voting shares.") == ["multiple voting shares"]
    assert _nouns("The lab bought 128 graphics processing units in 2025.") == ["graphics processing units"]
    assert _nouns("The firm won 12 new engineering programmes.") == ["new engineering programmes"]


def test_ing_word_after_a_plural_noun_opens_a_clause():
    assert _nouns("It has 310 customers paying us monthly.") == ["customers"]
    assert _nouns("About 80 engineers using agents joined.") == ["engineers"]


# --- the measure of a value in a claim, and the outlook a target names ------------------------------------------

from aikg.extract.pipeline import extract_text  # noqa: E402


def _extract(text):
    return extract_text(text, "d", "article.txt")


def _claim_measures(text):
    return {v.text: v.measure for c in _extract(text).claims for v in c.values}


def test_a_counted_noun_is_no_measure_of_a_later_amount():
    got = _claim_measures("Harbour Mutual plc has about 2 million members and total assets of £9 billion.")
    assert got.get("£9 billion") != "million members" and got.get("£9 billion") != "members"
    got = _claim_measures("Tollan plc said 96 customers now pay for its agents, and that agent deals signed in the year "
                          "had a total contract value of £3.1 million.")
    assert got["£3.1 million"] == "total contract value"


def test_a_share_of_revenue_from_customers_is_a_share_of_revenue():
    got = _claim_measures("Tollan plc said revenue from hospital customers accounted for 44% of revenue.")
    assert got["44%"].startswith("revenue")


def test_a_target_named_as_a_noun_makes_an_outlook():
    facts = _extract("Tollan plc confirmed its 2027 target of revenue growth between 4% and 6%.").facts
    assert [f.measure for f in facts if f.kind == "observation"] == ["revenue outlook"]


# --- the CFA francs ----------------------------------------------------------------------------------------------

def _amounts(text):
    return [(v.value, v.unit) for c in _extract(text).claims for v in c.values if v.role == "amount"]


def test_cfa_franc_amounts_are_read_with_their_zone():
    from decimal import Decimal
    assert _amounts("Tivaouane Telecom SA, the operator, said revenue rose 5% to 84,5 billion FCFA in 2026. "
                    "Its shares trade on the BRVM.") == [(Decimal("84500000000"), "XOF")]
    assert _amounts("Sanaga Telecom SA, the operator, said revenue rose 5% to 84.5 billion FCFA in 2026. "
                    "It is based in Douala, Cameroon.") == [(Decimal("84500000000"), "XAF")]
    assert _amounts("Sanaga Telecom SA, the operator, said revenue rose 5% to 84.5 billion CFA francs in 2026. "
                    "Its shares trade on the BVMAC.") == [(Decimal("84500000000"), "XAF")]
