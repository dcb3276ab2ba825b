"""A unit named by its parent's name and a word ("Korvel Cloud, the cloud computing arm of Korvel
Corporation") is a candidate of its own, not another name of the parent: the focus pool
(focus_score._Pool) merges a name with its word-prefix only when the text does not write the
longer one as a unit. The article is invented."""
from __future__ import annotations

from aikg.extract.focus_score import _Pool

ARTICLE = """Korvel bets on cloud as its data-centre business carries the Technology segment

Korvel Cloud, the cloud computing arm of Korvel Corporation, is becoming the group's main growth
engine, according to the company's 2030 annual results released on the 10th. The Technology segment,
in which Korvel Cloud sits, posted the fastest growth of the four business segments.

According to Korvel, consolidated revenue for 2030 was 2.1 trillion won, up 6% from a year earlier. The
company explained that it booked one-off provisions at its payment subsidiary Korvel Pay.

By segment, the Technology segment (Korvel Cloud and the collaboration tool Korvel Desk) recorded revenue
of 500 billion won, up 18%. Korvel Cloud built and operates a national AI data centre under contract with
the city. Korvel Cloud also runs two more data centres. In the public cloud market, Korvel Cloud won the
largest share, about 30%, of the projects awarded in 2030.
"""


def test_pool_keeps_a_unit_apart_from_its_parent():
    pool = _Pool(lambda n: None, set(), ARTICLE)
    unit = pool.add("Korvel Cloud")
    assert pool.find("Korvel") is None and pool.find("Korvel Corporation") is None
    parent = pool.add("Korvel Corporation")
    assert parent is not unit and pool.find("Korvel") is parent


def test_pool_still_joins_a_short_form():
    body = "Sakrin Data is a hosting company. Sakrin says it will spend more."
    pool = _Pool(lambda n: None, set(), body)
    full = pool.add("Sakrin Data")
    assert pool.find("Sakrin") is full

