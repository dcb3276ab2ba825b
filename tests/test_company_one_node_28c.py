"""One company, one node (issue28c): initials in brackets after a legal name, a legal name with an
apposition that would type it otherwise, "Management" as a reporting subject, and the speaker
labels of a transcript. Invented text, our own words."""
from aikg.extract import speakers
from aikg.extract.pipeline import extract_bytes
from aikg.extract.sentences import split


REVIEW = """PENINSULA TRADE COMMISSION
REVIEW OF THE BROADBAND MARKET (EXCERPT)
Published: March 2031

Kampar Telekom Berhad

2.1 Kampar Telekom Berhad (KTB) is the incumbent fixed-line operator in the review area.
KTB reported group revenue of RM4.20 billion in FY2030, compared with RM4.10 billion in FY2029.
KTB reported capital expenditure of RM0.90 billion in FY2030.

2.2 The second operator, Lintang Fibre, serves business customers only.
"""

LEGAL = """Sejla.com Q1 2031: the results in brief

Sejla.com Group Limited, the Oslo-based online travel agency, reported net revenue of NOK 2.1 billion for the first quarter of 2031.
Sejla.com said bookings for the summer were up 12% on a year earlier.
Sejla.com expects second-quarter revenue of NOK 2.5 billion.
"""

TRANSCRIPT = """MARKETS TONIGHT - PROGRAMME TRANSCRIPT
Hosts: MARA STEIN, OWEN BRACK
Guest: Ilse Varga, analyst

MARA STEIN: Good evening. Our first story tonight is Torvik, the contract electronics maker, which reported results this morning.

OWEN BRACK: Torvik's fiscal year ends in June. Revenue for fiscal 2031 was $12.4 billion.

MARA STEIN: And the outlook?

OWEN BRACK: Management guided fiscal 2032 revenue to about $13.5 billion. Management said demand from data-center customers stayed strong.
"""


def _entities(ex):
    return {(e.kind, e.label): set(e.aliases) for e in ex.entities}


def test_bracketed_initials_of_a_legal_name_are_one_company_node():
    ex = extract_bytes(REVIEW.encode(), "kampar_review.txt")
    ents = _entities(ex)
    companies = {lab: al for (kind, lab), al in ents.items() if kind == "Company"}
    node = next((lab for lab, al in companies.items() if lab == "KTB" or "KTB" in al), None)
    assert node is not None
    names = {node, *companies[node]}
    assert "Kampar Telekom Berhad" in names and "Kampar Telekom" in names
    # no second node for the full name
    assert not any(lab == "Kampar Telekom Berhad" for (kind, lab) in ents if lab != node)
    revenue = [f for f in ex.facts if getattr(f, "measure", None) and "revenue" in f.measure
               and getattr(f, "value", None) is not None and int(f.value) == 4_200_000_000]
    assert revenue and revenue[0].subject.label == node


def test_a_legal_name_is_the_company_whatever_the_apposition_calls_it():
    ex = extract_bytes(LEGAL.encode(), "halvard_q1.txt")
    ents = _entities(ex)
    assert not any(kind != "Company" and "Sejla" in lab for kind, lab in ents)
    assert [lab for kind, lab in ents if "Sejla" in lab] == ["Sejla.com"]
    assert "Sejla.com Group Limited" in ents[("Company", "Sejla.com")]
    revenue = [f for f in ex.facts if getattr(f, "value", None) is not None and int(f.value) == 2_100_000_000]
    assert revenue and revenue[0].subject.label == "Sejla.com"


def test_management_is_the_company_not_a_company_of_its_own():
    ex = extract_bytes(TRANSCRIPT.encode(), "markets_tonight.txt")
    ents = _entities(ex)
    assert ("Company", "Management") not in ents
    outlook = [f for f in ex.facts if getattr(f, "value", None) is not None and int(f.value) == 13_500_000_000]
    assert outlook and outlook[0].subject.label == "Torvik"


def test_speaker_labels_are_never_subjects_or_units():
    ex = extract_bytes(TRANSCRIPT.encode(), "markets_tonight.txt")
    labels = {lab for (_, lab) in _entities(ex)}
    assert not labels & {"MARA STEIN", "OWEN BRACK"}
    revenue = [f for f in ex.facts if getattr(f, "value", None) is not None and int(f.value) == 12_400_000_000]
    assert revenue and revenue[0].subject.label == "Torvik"
    assert not revenue[0].evidence.quote.startswith("OWEN BRACK")


def test_speaker_labels_read_from_the_dialogue():
    text = "Q: How did the year go?\nA: Revenue rose 8%.\nQ: And costs?\nA: Flat.\n"
    assert speakers.speaker_labels(text) == {"Q", "A"}
    sents = speakers.without_labels(split(text), text)
    assert [s.text for s in sents][:2] == ["How did the year go?", "Revenue rose 8%."]
    assert all(text[s.start:s.end] == s.text for s in sents)
    # a list line in capitals said once is no speaker
    once = "CLOUD SEGMENT: revenue of $2 billion.\nOther lines follow here.\n"
    assert speakers.speaker_labels(once) == frozenset()
