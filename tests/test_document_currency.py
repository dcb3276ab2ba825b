"""Currency and scale decided by the document (branch issue43c): a bare "$" / "Rs." takes the currency of the
exchange the document's head names or of the one rupee country it names (document_currency.py); a capital "M"
one space after an amount is its million (values.py spaced_capital_million). Invented documents."""
from decimal import Decimal

from aikg.extract import document_currency
from aikg.extract.notation import read_notation
from aikg.extract.pipeline import extract_bytes
from aikg.extract.values import find_money


def _units(text, name="doc.txt"):
    ex = extract_bytes(text.encode(), name)
    out = {}
    for f in ex.facts:
        if f.kind == "observation" and f.value is not None:
            out[f.value] = f.unit
    for c in ex.claims:
        for v in c.values:
            if v.value is not None:
                out.setdefault(v.value, v.unit)
    return out


NZX = """NZX Announcement
Kōwhai Orchard Group Limited (NZX: KOG) - Half-year result

Kōwhai Orchard Group Limited today reported revenue of $52.3 million for the six months ended 30 June 2026.
Export sales to China were US$4.1 million in the half.
"""


def test_nzx_bare_dollar_is_nzd_and_us_dollar_stays():
    units = _units(NZX)
    assert units[Decimal("52300000")] == "NZD"
    assert units[Decimal("4100000")] == "USD"


def test_dual_listing_decided_by_the_explicit_symbol():
    head = "Pūriri Software Limited (NZX: PSW / ASX: PSW)\n\n"
    with_nz = head + "All figures NZ$. Pūriri Software reported revenue of $88.6 million for FY26.\n"
    assert document_currency.read(with_nz).by_default == {"USD": "NZD"}
    assert document_currency.read(head + "Pūriri Software reported revenue of $88.6 million for FY26.\n") is None


def test_a_us_listing_keeps_the_dollar():
    doc = "Quillon Systems Inc. (NASDAQ: QLN, TSX: QLN)\n\nQuillon Systems reported revenue of $310.2 million.\n"
    assert document_currency.read(doc) is None
    assert _units(doc)[Decimal("310200000")] == "USD"


def test_psx_filing_rupees_are_pkr():
    doc = ("The General Manager\nPakistan Stock Exchange Limited\nKarachi\n\nSubject: Financial results\n\n"
           "Marghazar Cables Limited reported revenue of Rs. 4.2 billion for the quarter ended 30 September 2026.\n")
    assert _units(doc)[Decimal("4200000000")] == "PKR"


def test_indian_filing_rupees_stay_inr():
    doc = ("To BSE Limited / National Stock Exchange of India Limited\n\n"
           "Kaveriyam Textiles Limited reported revenue of Rs 812 crore for the quarter ended 30 September 2026.\n")
    assert document_currency.read(doc) is None
    assert _units(doc)[Decimal("8120000000")] == "INR"


def test_one_rupee_country_named_without_an_exchange():
    doc = ("SHAHDARA WEAVING MILLS LIMITED\nDIRECTORS' REPORT\n\nShahdara Weaving Mills reported net sales of "
           "Rs 3.4 billion for the half year ended 31 December 2025, as the State Bank of Pakistan cut its policy rate.\n")
    assert document_currency.read(doc).by_default == {"INR": "PKR"}
    assert _units(doc)[Decimal("3400000000")] == "PKR"
    both = doc + "Cotton imports from India rose.\n"
    assert document_currency.read(both) is None


def test_spaced_capital_m_is_million_and_never_m_and_a():
    fr = read_notation("Le chiffre d'affaires atteint 412,6 M€ et 12,4 % et 3,5 % et 7,1 %")
    ms = find_money("revenue of €311,8 M for the quarter, around €1 250 M for the year", fr)
    assert [(m.value, m.currency) for m in ms][0] == (Decimal("311800000"), "EUR")
    assert [(m.value, m.currency) for m in find_money("a target of around EUR 640 M")] == [(Decimal("640000000"), "EUR")]
    assert [m.value for m in find_money("a $5 M&A deal")] == [Decimal("5")]
    assert [m.value for m in find_money("a $40 Mbps plan")] == [Decimal("40")]


def test_thousands_column_head_scales_its_cells():
    doc = ("NZX / ASX MARKET ANNOUNCEMENT\nHoropito Energy Limited (NZX: HPE)\n20 May 2026\n\n"
           "Results for announcement to the market\n"
           "Name of issuer                           Horopito Energy Limited\n"
           "Reporting Period                         6 months to 31 March 2026\n"
           "Currency                                 NZD\n\n"
           "                                         Amount (000s)        Percentage change\n"
           "Revenue from continuing operations       $52,310              12.0%\n"
           "Total Revenue                            $52,310              12.0%\n")
    units = _units(doc)
    assert units.get(Decimal("52310000")) == "NZD"
    assert Decimal("52310") not in units
