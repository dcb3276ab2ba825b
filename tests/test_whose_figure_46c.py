"""Issue 46c, whose figure: the exchange is not the company, the Gulf's dotted legal forms are legal forms,
a rival's figure is the rival's. Invented documents, made-up companies and people, our own words."""
from aikg.extract.focus import coded_mentions, most_named
from aikg.extract.legal_forms import core_name, same_company
from aikg.extract.pipeline import extract_bytes
from aikg.narrowing import peer_figure
from collections import Counter


def test_gulf_dotted_forms_are_legal_forms():
    for name, core in (("Marawi Telecom Q.P.S.C.", "Marawi Telecom"), ("Marawi Telecom P.Q.S.C", "Marawi Telecom"),
                       ("Dasman Data Company K.S.C.P.", "Dasman Data"), ("Sitra Networks B.S.C.", "Sitra Networks"),
                       ("Liwa Cloud Holding P.J.S.C.", "Liwa Cloud"), ("Khor Digital S.A.O.G.", "Khor Digital"),
                       ("Fanar Systems Q.S.C.", "Fanar Systems"), ("Wafra Links K.S.C.C.", "Wafra Links")):
        assert core_name(name) == core, name
    assert same_company("Marawi Telecom Q.P.S.C.", "Marawi Telecom")
    assert core_name("Title 15 U.S.C.") == "Title 15 U.S.C."   # the US Code is no legal form


# a Qatari exchange's disclosure page: the field gives the legal name with its dotted form, the text the short name
GULF_PAGE = """<html><head><title>Company Disclosure</title></head><body>
<table><tr><th>Company</th><td>Marawi Telecom Q.P.S.C.</td></tr>
<tr><th>Date</th><td>4 November 2026</td></tr></table>
<p>Marawi Telecom Q.P.S.C. (&ldquo;Marawi Telecom&rdquo;) discloses its reviewed financial results for the nine months
ended 30 September 2026. Marawi Telecom reported revenue of QAR 1,920 million, up 6.4%. Marawi Telecom's mobile
market share rose to 41%.</p></body></html>
"""


def test_gulf_form_gives_one_company_node():
    ex = extract_bytes(GULF_PAGE.encode(), "gulf.html")
    assert ex.company == "Marawi Telecom"
    labels = {e.label for e in ex.entities if e.kind == "Company"}
    assert not any("Q.P.S" in l for l in labels), labels


# an exchange's news feed: the exchange heads the page, its items name their issuer by its trading code
FEED = """Meridia Stock Exchange PLC — News Archive
Sector: Telecom     |     Watchlist: Tarvos Networks PLC (TARVOSNET), brightline data limited (BRTDATA)

Trading Code: TARVOSNET
News Title: TARVOSNET: Q1 Financials
News: EPS was 0.31 for July-September 2026 as against 0.27 for July-September 2025.

Trading Code: TARVOSNET
News Title: TARVOSNET: Price Sensitive Information
News: The Board of Directors has approved revenue of 812.4 million for the first quarter against 701.9 million.
Revenue of subsidiary Tarvos Fibre Limited was 210.2 million. Tarvos Fibre Limited added 40,000 homes.

Trading Code: BRTDATA
News Title: BRTDATA: Q1 Financials
News: EPS was 0.44 for July-September 2026.

Trading Code: TARVOSNET
News Title: TARVOSNET: Dividend
News: The Board recommended a 12% cash dividend.
"""


def test_exchange_feed_is_its_issuers_not_the_exchanges():
    ex = extract_bytes(FEED.encode(), "feed.txt")
    assert ex.company == "Tarvos Networks", ex.company


def test_coded_mentions_and_no_exchange_fallback():
    assert coded_mentions("Tarvos Networks", FEED) == 6   # each item's code field and title (not the bracket aside)
    assert coded_mentions("Tarvos Fibre", FEED) == 0
    counts = Counter({"Meridia Stock Exchange": 3, "Tarvos Fibre": 2, "Tarvos Networks": 1})
    order = {"Meridia Stock Exchange": 0, "Tarvos Networks": 1, "Tarvos Fibre": 5}
    assert most_named(counts, order, FEED) == "Tarvos Networks"


class _Lit:
    def __init__(self, value: str):
        self.value = value


def _row(quote: str, subject: str) -> dict:
    return {"quote": _Lit(quote), "subjectLabel": _Lit(subject)}


def test_rival_figure_shapes():
    for quote in ("Our competitor Vellmark hf., which reported Q3 revenue of ISK 4,100 million last week, partners abroad.",
                  "One of your competitors, Quorvant, said last week that it grew revenue to $41 million.",
                  "Its larger competitor, Dallora Systemi, which reported revenue of €512 million for 2025, grew 3%.",
                  "Among listed peers, Bravant reported third-quarter revenue of €61,2 M."):
        assert peer_figure(_row(quote, "Norrlight")), quote
    # the company's own figure beside a rival's name stays its own
    assert not peer_figure(_row("Norrlight reported revenue of ISK 7,000 million, ahead of rival Vellmark.", "Norrlight"))


# a call transcript: the operator's turns and the speakers' names in title case before each turn
CALL = """Brenmoor Robotics, Inc. — Q3 2026 Earnings Call, Q&A session

Operator: Our first question comes from Lior Abramsky with Tessaly Securities.

Lior Abramsky: How much will you spend on the new plant?

Kaja Rendell: Capital expenditure for 2026 should be around $44 million, most of it tooling. We have no debt.

Operator: Our next question comes from Peder Nyholm with Arvo Partners.

Peder Nyholm: And margins?

Kaja Rendell: Gross margin was 41% in the quarter, up from 37% a year ago.

Lior Abramsky: Thank you.
"""


def test_titled_speaker_is_no_subject():
    from aikg.extract.speakers import speaker_labels
    assert {"Kaja Rendell", "Lior Abramsky", "Operator"} <= speaker_labels(CALL)
    ex = extract_bytes(CALL.encode(), "call.txt")
    assert not any(e.label == "Kaja Rendell" and e.kind in ("Company", "Segment") for e in ex.entities)
    for c in ex.claims:
        if "$44 million" in c.evidence.quote:
            assert c.subject.label != "Kaja Rendell"
    # a title-case label with no dialogue role word stays as it was (a unit's list line)
    assert speaker_labels("Cloud Services: revenue grew 9%.\nCloud Services: margin 30%.\n") == frozenset()


def test_asked_peer_keeps_its_figure_and_both_bases():
    from aikg.narrowing import BOTH_BASES
    row = _row("Our competitor Vellmark hf., which reported Q3 revenue of ISK 4,100 million last week, partners abroad.",
               "Norrlight")
    assert peer_figure(row, ["what revenue did norrlight post in q3?", "Norrlight"])
    assert not peer_figure(row, ["what q3 revenue did vellmark report?"])   # the peer is the company asked
    assert BOTH_BASES.search("what were brenmoor's gaap and non-gaap gross margins in q3 2026?")
    assert BOTH_BASES.search("ifrs and non-ifrs operating profit")
    assert not BOTH_BASES.search("what was brenmoor's non-gaap gross margin?")
