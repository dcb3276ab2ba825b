"""Rule said-years (claims_fallback._in_period): a claim without a period whose sentence names only
years after every year asked answers no question about that year; a sentence naming the year asked,
only earlier years (background), or no year at all, still may. Sentences of our own."""
import pyoxigraph as ox

from aikg.claims_fallback import claim_score
from aikg.linking import Hit
from aikg.question import read


def lit(v):
    return ox.Literal(str(v))


ACME = Hit("urn:x:Acme", "Company", "Acme", "acme", 100.0, 4, 5)


def _row(quote):
    return {"subject": lit(ACME.iri), "predicate": lit("rise"), "role": lit("amount"), "measure": lit("revenue"),
            "valueText": lit("$4.2 billion"), "quote": lit(quote)}


def test_a_claim_naming_other_years_is_no_answer_for_the_year_asked():
    row = _row("Revenue rose 6% to $4.2 billion, the first increase since 2028.")
    assert claim_score(read("What was Acme's revenue in 2026?", [ACME]), row) == 0


def test_a_claim_naming_the_year_asked_or_none_may_answer():
    assert claim_score(read("What was Acme's revenue in 2031?", [ACME]),
                       _row("Revenue rose 6% to $4.2 billion in 2031, the first increase since 2028.")) > 0
    assert claim_score(read("What was Acme's revenue in 2031?", [ACME]), _row("Revenue rose 6% to $4.2 billion.")) > 0


def test_earlier_years_said_are_background():
    row = _row("Acme's revenue will rise to about $4.2 billion this year, most of it from the plant that "
               "opened in 2029 after a 2027 fire.")
    assert claim_score(read("What was Acme's revenue in 2031?", [ACME]), row) > 0
