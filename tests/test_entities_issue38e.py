"""issue38e: names and whose article it is — invented documents (new names, varied phrasing)."""
from aikg.extract.listing_names import caps_forms, stock_short_names, ticker_aliases
from aikg.extract.pipeline import extract_bytes


def _ex(text: str):
    return extract_bytes(text.encode(), "t.txt")


def _aliases(ex, label):
    return next(e.aliases for e in ex.entities if e.label == label)


FILING = """Stock code: 603917          Stock abbreviation: 华岭数据 (Hualing-Data)          Announcement No.: 2026-017

HUALING DATA SYSTEMS GROUP INC. (华岭数据系统集团股份有限公司)
SUMMARY OF THE 2026 INTERIM REPORT

Important notice: The board of directors guarantees that the contents of this summary are true and complete.

Stock holders will find the full report on the Stock Exchange website. Stock prices are not discussed here.

Operating revenue for the period was 81,220.40 万元, up 7.1%. R&D expenses were 20,114.02 万元. R&D personnel numbered 1,120.
The company expects demand to recover in the second half.

Board of Directors
Hualing Data Systems Group Inc.
"""


def test_form_field_header_is_no_company_and_native_bracket_header_is():
    ex = _ex(FILING)
    assert ex.company == "Hualing Data Systems Group"      # was "Stock" (the field line's label), then "R&D"
    assert "Hualing-Data" in _aliases(ex, ex.company)      # rule stock-short-name


def test_ticker_after_defined_term_is_an_alias():
    text = ('Marrowick Instruments Corporation ("MIC" or "the Company") (NYSE:\nMRWK), a maker of flow meters, '
            "today reported third quarter net sales of $141.2 million, up 4.0%. Marrowick Instruments expects growth. "
            "Marrowick Instruments raised its outlook.")
    ex = _ex(text)
    assert "MRWK" in _aliases(ex, ex.company)


def test_ticker_needs_the_name_right_before_it():
    body = "Tavella Rail and its rival Cordane Freight (NYSE: CDFR) both reported."
    assert ticker_aliases(["Tavella Rail"], body) == []
    assert ticker_aliases(["Cordane Freight"], body) == ["CDFR"]


def test_caps_legal_name_is_the_company_in_text_case():
    text = ("=====\n KESTRAL DATA PLC  |  IR ALERT\n=====\n\nKestral Data plc, the payments software business, "
            "announces results. Kestral Data revenue rose 5% to GBP 88.1m. Kestral Data expects growth.\n")
    ex = _ex(text)
    companies = [e.label for e in ex.entities if e.kind == "Company"]
    assert companies == ["Kestral Data"], companies
    assert caps_forms(["Kestral Data"], text) == ["KESTRAL DATA", "KESTRAL DATA PLC"]


def test_stock_short_name_field():
    assert stock_short_names(["Securities code: 300911 Securities abbreviation: Veltrix Announcement No.: 2026-3",
                              "Stock name : BORAVEN"]) == ["Veltrix", "BORAVEN"]


def test_swedish_ab_partner_keeps_its_own_figure():
    text = ("Vestmark Optics reported a profit for the quarter. Our Nordic distributor, Lindqvärn Medicin AB, reported "
            "net sales of SEK 312 million for the same quarter. Vestmark Optics net sales rose 10% to SEK 41.0 million. "
            "Vestmark Optics expects growth.")
    ex = _ex(text)
    assert "Lindqvärn Medicin" in [e.label for e in ex.entities if e.kind == "Company"]
    owners = {f.subject.label for f in ex.facts if getattr(f, "subject", None) is not None and "312" in f.evidence.quote}
    assert owners == {"Lindqvärn Medicin"}, owners


def test_plus_joined_name_is_one_company():
    text = ("WALDER+KRONE AG\nAd hoc announcement pursuant to Art. 53 LR\n\n"
            "WALDER+KRONE lifts outlook after strong first half\n\n"
            "Walder+Krone AG publishes preliminary key figures for the first half of 2026 and raises its guidance. "
            "Net sales rose 9.5% to CHF 212 Mio. Walder+Krone expects a margin of 12% to 13%.\n")
    ex = _ex(text)
    assert ex.company == "Walder+Krone"      # was "Krone": the name cut at its "+"
