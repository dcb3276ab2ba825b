"""The company the analyst names (issue45n): a first word a parent and its subsidiary share is the
issuer's (rule shared-head); a question's longer name beats a node the shared word alone finds (rule
name-opening); a header's ticker field and a stock code in digits in an exchange bracket are names of the
company (rules ticker-field, ticker-alias); a measure's name is no company a question names (rule
measure-no-company). Invented texts and names."""
from aikg.extract.listing_names import ticker_aliases, ticker_fields
from aikg.extract.pipeline import extract_text
from aikg.extract.shared_heads import settle_shared_heads
from aikg.linking import LabelIndex


def _companies(ex):
    return {e.label: set(e.aliases) for e in ex.entities if e.kind == "Company"}


CLARIFICATION = """MARLOWE GRID & ENGINEERING COMPANY LIMITED
Regd. Office: 12 Harbour Road, Pune - 411 001

Date: March 3, 2031

To, The Manager, Listing Department, BSE Limited
Scrip Code: 588120                          Symbol: MARLGRID

Sub: Clarification on news item appearing in media

We refer to the e-mail seeking clarification from Marlowe Grid & Engineering Company Limited (the "Company") on a news item.

1. The Company carries on its cloud business through its wholly-owned subsidiary, Marlowe Cloud Services Private
   Limited ("MCSPL"). MCSPL operates 14 MW of IT load.

2. The Company's revenue from operations for the quarter ended December 31, 2030 was Rs 512.6 crore. Marlowe
   expects to fund the cloud business from internal accruals.

For Marlowe Grid & Engineering Company Limited
Asha Kulkarni
Company Secretary
"""


def test_shared_first_word_is_the_issuers():
    ex = extract_text(CLARIFICATION, "t45n1", "t45n1.txt")
    comps = _companies(ex)
    holders = [lab for lab, al in comps.items() if "Marlowe" in al]
    assert holders and all(lab.startswith("Marlowe Grid") for lab in holders), comps
    assert "Marlowe" not in comps.get("Marlowe Cloud Services Private", set()), comps


def test_ticker_field_is_an_alias_of_the_filer():
    ex = extract_text(CLARIFICATION, "t45n1", "t45n1.txt")
    comps = _companies(ex)
    assert any("MARLGRID" in al for lab, al in comps.items() if lab.startswith("Marlowe Grid")), comps


def test_settle_shared_heads_gives_the_word_to_the_document_company():
    aliases = {"Kelvar": ("Company", "Kelvar Data Infra"), "Kelvar Data Infra": ("Company", "Kelvar Data Infra"),
               "Kelvar Power Systems": ("Company", "Kelvar Power Systems")}
    body = "Kelvar Power Systems said its subsidiary Kelvar Data Infra opened a site."
    assert settle_shared_heads(aliases, "Kelvar Power Systems", body) == ["Kelvar"]
    assert aliases["Kelvar"] == ("Company", "Kelvar Power Systems")
    # a company named by the word alone keeps it; no document company: left alone
    kept = {"Ostrow": ("Company", "Ostrow Telecom Holdings"), "Ostrow Telecom Holdings": ("Company", "Ostrow Telecom Holdings"),
            "Ostrow Telecom Cloud": ("Company", "Ostrow Telecom Cloud")}
    assert settle_shared_heads(dict(kept), None, "its unit Ostrow Telecom Cloud") == []
    kept["Ostrow Limited"] = ("Company", "Ostrow")
    assert settle_shared_heads(kept, "Ostrow Telecom Cloud", "its unit Ostrow Telecom Holdings") == []
    # the word's holder never said a subsidiary: left alone
    other = {"Corlan": ("Company", "Corlan Energy"), "Corlan Energy": ("Company", "Corlan Energy"),
             "Corlan Arena Leeds": ("Company", "Corlan Arena Leeds")}
    assert settle_shared_heads(other, "Corlan Arena Leeds", "Corlan Arena Leeds, sponsored by Corlan Energy") == []


def test_header_ticker_fields():
    text = ("NGX ISSUER RESULTS SUMMARY FORM\n\nIssuer:            ZANGWE MILLS PLC\nTicker:            ZANGMIL\n"
            "Board:             Premium\n\nDate: 12 August 2031    Company: Tesoro Systems K.S.C.P. (Ticker: TSRO)\n")
    assert ticker_fields(text) == ["ZANGMIL", "TSRO"]
    assert ticker_fields("Ticker: NOW trading.\n") == []


def test_stock_code_in_digits_in_an_exchange_bracket():
    body = "Haneul Cable Co. (KRX: 318220) said on Thursday its operating profit rose 12 percent."
    assert ticker_aliases(["Haneul Cable"], body) == ["318220"]


def test_question_longer_name_beats_the_shared_first_word():
    rows = [("p", "Company", "Marlowe Grid & Engineering", True), ("s", "Company", "Marlowe Cloud Services Private", True),
            ("s", "Company", "Marlowe", False)]
    idx = LabelIndex(rows)
    hits = idx.find_in("What was Marlowe Grid's revenue in Q3?")
    assert [h.iri for h in hits] == ["p"], hits
    # the shared word alone still finds the node that holds it
    assert [h.iri for h in idx.find_in("Marlowe revenue?")] == ["s"]
    # no opening read where the first word names nothing: "Calder Rock" of a fund stays unread
    idx2 = LabelIndex([("f", "Company", "Brenlow Ridge Capital Management LP", True)])
    assert idx2.find_in("What did Brenlow Ridge pay?") == []


def test_measure_named_company_is_no_question_name():
    rows = [("n", "Company", "Net Profit", True), ("t", "Company", "Total Revenue", True),
            ("z", "Company", "Zangwe Mills", True), ("r", "Company", "Revenue Capital", True)]
    hits = LabelIndex(rows).find_in("What net profit and total revenue did Zangwe Mills report?")
    assert [h.iri for h in hits] == ["z"], hits
    assert [h.iri for h in LabelIndex(rows).find_in("Revenue Capital fees?")] == ["r"]
