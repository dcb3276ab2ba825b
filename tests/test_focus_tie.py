"""Two best focus candidates that tie are told apart by how often the text names each (rule
tie-named-more, extract/focus.py); written for session 18's merge, where a results wrap's
company tied its own payments unit and the fallback took a rival named twice."""
from types import SimpleNamespace

from aikg.extract.focus import _named_more

BODY = """Talvera posted a strong quarter. Talvera said revenue rose 12%. Talvera Pay, its payments arm,
grew faster. Analysts at Brevik said Talvera's margin held, and Talvera guided higher.
Talvera Pay handled more transactions. Rival Orvella was mentioned once.
"""


def cand(label, *names):
    return SimpleNamespace(label=label, names=set(names))


def test_the_candidate_named_half_as_often_again_wins_a_tie():
    group, unit = cand("Talvera"), cand("Talvera Pay")
    assert _named_more(group, unit, BODY) is group
    assert _named_more(unit, group, BODY) is group


def test_no_winner_when_both_are_named_alike():
    body = "Orvella said sales rose. Brevik said sales fell. Orvella and Brevik both expect more."
    assert _named_more(cand("Orvella"), cand("Brevik"), body) is None
