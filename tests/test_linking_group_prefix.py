"""A name that says "Group" first in another language (linking rule group-prefix): "Grupo Tarvelli" is
asked as "Tarvelli", as a city-prefixed registered name is by the word after the city. Invented names."""
from aikg.linking import LabelIndex


def _index(*rows):
    return LabelIndex([(iri, kind, text, True) for iri, kind, text in rows])


def test_the_word_after_a_group_prefix_finds_the_company():
    idx = _index(("urn:x:gt", "Company", "Grupo Tarvelli"), ("urn:x:gs", "Company", "Groupe Vassonne"))
    assert [h.iri for h in idx.find_in("What were Tarvelli's net sales in 2031?")] == ["urn:x:gt"]
    assert [h.iri for h in idx.find_in("Vassonne revenue 2031?")] == ["urn:x:gs"]


def test_a_head_two_companies_share_finds_neither():
    idx = _index(("urn:x:a", "Company", "Grupo Tarvelli"), ("urn:x:b", "Company", "Tarvelli Holdings"))
    assert not [h for h in idx.find_in("Tarvelli revenue 2031?") if h.iri in ("urn:x:a", "urn:x:b")]
