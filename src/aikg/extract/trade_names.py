"""The trade name inside a place-prefixed registered name (issue39n).

A Chinese company's registered name opens with its city or province and ends with generic words
of its trade before the legal form: "Beijing Fourth Paradigm Technology Co., Ltd.", "Wuhan
Lingque Intelligent Sensing Technology Co., Ltd.", "Chengdu Eoptolink Technology". The text,
its readers and analysts name it by the words between the place and the first generic word
("Fourth Paradigm", "Lingque", "Eoptolink"): that is another name of the company, and the place
alone ("Beijing") is none (it names the city of a dateline, "Beijing, the People's Republic of
China, 7 August 2026").

Rule (a named record): trade-name. The places are a gazetteer (places.REGISTERED_NAME_PLACES);
the generic words a vocabulary list (GENERIC_TRADE_WORDS), no company's name.
"""
from __future__ import annotations

from .places import REGISTERED_NAME_PLACES
from .rule_record import RuleRecord

TRADE_NAME = RuleRecord(
    "trade-name",
    "a registered name '<place> <trade name> <generic words> Co., Ltd.' is named by its trade name, the words "
    "between the place and the first generic word: one company, and the place alone is no name of it",
    ("probe28 04 fourthparadigm ('Beijing Fourth Paradigm Technology Co., Ltd.'; questions say 'Fourth Paradigm')",
     "kindcheck29 names 03 lingque ('whose registered name is Wuhan Lingque Intelligent Sensing Technology Co., Ltd.', "
     "text 'Lingque')",
     "probe22 02 eoptolink ('Chengdu Eoptolink Technology'; linking rule city-prefix)",
     "probe6 p6_07 zhipu ('Beijing Zhipu Huazhang Technology')"),
    ("Hangzhou Qinglan Robotics Technology Co., Ltd. ... Qinglan shipped 3,000 arms (invented)",),
)

# the generic words of a trade that follow the trade name in a registered name (a vocabulary)
GENERIC_TRADE_WORDS = frozenset("""
technology technologies tech intelligent intelligence information informatics science sciences scientific
network networks software electronics electronic digital data communication communications semiconductor
semiconductors microelectronics internet smart computing cloud robotics robot automation energy materials
precision optical optoelectronic optoelectronics photonics biotech biotechnology pharmaceutical pharmaceuticals
medical healthcare culture media education development industrial industry industries systems system
holdings holding group co company corporation investment trading services service engineering equipment
""".split())


def is_place_word(word: str) -> bool:
    """Whether `word` is a place a registered name opens with (places.REGISTERED_NAME_PLACES)."""
    return word.lower() in REGISTERED_NAME_PLACES


def trade_words(tokens: list[str], generic=GENERIC_TRADE_WORDS) -> list[str] | None:
    """The words of a registered name `tokens` between its opening place and its first `generic`
    word (compared in lower case), when a place opens it and a generic word follows them; else None.
    Shared by rule trade-name here and linking's rule city-prefix (which reads normalised names)."""
    if not tokens or not is_place_word(tokens[0]):
        return None
    out: list[str] = []
    for t in tokens[1:]:
        if t.lower() in generic:
            break
        out.append(t)
    return out if out and len(out) < len(tokens) - 1 else None


def trade_name(tokens: list[str]) -> str | None:
    """Rule trade-name: the trade name of a registered name's words (its legal form dropped) that
    open with a place: the one to three words after the place up to the first generic word, when
    a generic word follows them; None for any other name."""
    if len(tokens) < 3:
        return None
    out = trade_words(tokens)
    if out is None or len(out) > 3 or not all(t[:1].isupper() for t in out):
        return None
    name = " ".join(out)
    return name if len(name) >= 3 else None
