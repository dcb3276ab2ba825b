"""Session 19 (issue31n): the speed-only rewrites of the focus model's helpers give what the
patterns they replace gave. Each test compares a rewrite with the plain pattern it stands for, on
short invented texts in several shapes."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from aikg.extract import focus, focus_score, mention_roles, salience

TEXTS = [
    "Sales in Vellmark rose 4%. Vellmark went from a drag to a contributor.\nWe invested in Quorra last year.",
    "Kerrowan opened a plant in  Tillby. A stake in Tillby Power was sold; ¥100 billion in Tillby bonds.",
    "Home | Products | Gridwell Cloud | Contact\nGridwell said revenue rose. Contact media@gridwell.com or "
    "visit www.gridwell.io/news, https://gridwell.de/x and gridwell.com.",
    "In Ostby the bank grew.\tin Ostby-North it shrank; in Ostby’s port, in Ostbyan, in Ostby.",
    "Brisklane signed with Ostby Data, Halden, Corra and Ferrow; © 2031 Brisklane. All rights reserved",
    "No address here, only words: Usage grew in Capital markets as Capital flowed.",
    "Mail: a.b+c@x-y.co.uk; site: acme.co, acme.company, acme.in/hi",
]


def _place_like_pattern(name: str, body: str) -> bool:
    if " " in name or not name[:1].isupper():
        return False
    return re.search(mention_roles._IN_PLACE + re.escape(name) + r"(?![\w&'’-])", body) is not None


@pytest.mark.parametrize("body", TEXTS)
def test_place_like_as_its_pattern(body):
    names = set(re.findall(r"[A-Z][\w’.-]*", body)) | {"Ostby", "Tillby", "Vellmark", "Quorra", "Ost"}
    assert names
    for name in sorted(names):
        assert mention_roles.place_like(name, body) == _place_like_pattern(name, body), name


def test_place_like_reads_the_positions_of_in():
    body = "Growth in Vellmark was strong; investment in Quorra slowed."
    assert mention_roles.place_like("Vellmark", body)
    assert not mention_roles.place_like("Quorra", body)   # 'investment in' is no place's 'in'
    assert not mention_roles.place_like("Vell", body)     # a name's start is not the name


@pytest.mark.parametrize("body", TEXTS)
def test_addresses_blanked_as_the_whole_pattern(body):
    assert focus._without_addresses(body) == focus._ADDRESS.sub(" ", body)


def test_address_blanking_blanks_an_address():
    assert "media@" not in focus._without_addresses("Write to media@kerrowan.com today.")


def _named_counts_by_lines(body: str) -> Counter:
    def line_at(at):
        a = body.rfind("\n", 0, at) + 1
        b = body.find("\n", at)
        return body[a:b if b >= 0 else len(body)]
    return Counter(n for n, s, _e, _p in mention_roles._mentions(body)
                   if not mention_roles._CHROME.search(line_at(s)))


@pytest.mark.parametrize("body", TEXTS)
def test_named_counts_leave_chrome_lines_out(body):
    assert mention_roles.named_counts(body) == _named_counts_by_lines(body)


def test_named_counts_skip_a_navigation_bar():
    body = "Home | Gridwell | Contact\nGridwell said sales rose. Gridwell's board met."
    assert mention_roles.named_counts(body)["Gridwell"] == 2


def _agent_totals_scan(agents: Counter) -> Counter:
    out: Counter = Counter()
    for name in sorted(agents, key=len):
        short = focus_score._short(name)
        key = next((k for k in out if short == k or short.startswith(k + " ")), short)
        out[key] += agents[name]
    return out


@pytest.mark.parametrize("agents", [
    Counter({"Fortum": 3, "Fortum Oyj": 2, "Fortum Power": 1, "Knowit Oy": 1, "Knowit": 2}),
    Counter({"Acme Cloud Ltd": 1, "Acme Cloud": 2, "Acme": 1, "Acme Cloudy": 1, "Zed": 0}),
    Counter({"A B C": 1, "A B": 1, "A": 1, "B": 4, "B C": 2, "AB": 1}),
    Counter(),
])
def test_agent_totals_as_the_scan(agents):
    assert focus_score._agent_totals(agents) == _agent_totals_scan(agents)
    assert list(focus_score._agent_totals(agents)) == list(_agent_totals_scan(agents))


@pytest.mark.parametrize("label,name", [("ePLDT", "PLDT"), ("XL Axiata", "Axiata"), ("EPLDT", "PLDT"),
                                        ("ePLDT\n", "PLDT"), ("PLDT", "PLDT"), ("ePLDTx", "PLDT"),
                                        ("éPLDT", "PLDT"), ("a.b", "b"), ("xa.b", "a.b")])
def test_ends_after_lower_as_its_pattern(label, name):
    want = re.search(rf"(?<=[a-z]){re.escape(name)}$", label) is not None
    assert focus_score._ends_after_lower(label, name) == want


def test_sentences_of_a_paragraph():
    para = '1. Acme grew. "Beta fell," it said.\nGamma rose!  delta too'
    want = [salience._NUMBERED.sub("", s.strip(" \t"), count=1)
            for s in re.split(r"(?<=[.!?])[ \t]+(?=[\"“A-Z])|\n+", para) if s.strip()]
    assert list(salience._sentences(para)) == want
    assert len(want) == 4


@pytest.mark.parametrize("body", TEXTS + [
    "Rival Kerrowan cut prices; German RIVAL Vellmark did not.", "Its largest ſhareholder Quorra sold.",
    "The CUSTOMERS include Ostby Data and Halden.", "Nothing of the kind here: Acme grew."])
def test_role_ends_as_its_pattern(body):
    assert focus_score._role_ends(body) == {m.end(): m.start() for m in focus_score._ROLE_BEFORE.finditer(body)}


def test_role_ends_finds_a_rival():
    body = "Sales grew. Rival Kerrowan cut prices."
    assert focus_score._role_ends(body) == {body.index("Kerrowan"): body.index("Rival")}


@pytest.mark.parametrize("line", [
    "Home | Products | Contact", "Home › News", "a > b > c", "© 2031 Gridwell", "(C) Gridwell",
    "  COPYRIGHT Gridwell 2031", "Related: Gridwell grows", "ALL RIGHTS RESERVED.", "This site uses cookies",
    "Read More", "Gridwell said sales rose 4%.", "", "Subscribe now", "Unrelated words", "sponſored by Acme"])
def test_chrome_line_as_its_pattern(line):
    assert mention_roles._is_chrome(line) == (mention_roles._CHROME.search(line) is not None)
    assert mention_roles._is_chrome("Home | Products | Contact")
