"""Rule listing-tag-header (focus.py): a header line that is a name and its stock market in brackets,
with no ticker, names a listed company as "(Exchange: TICKER)" does. Invented articles."""
from aikg.extract.pipeline import extract_bytes


def _company(text: str, name: str = "doc.txt") -> str | None:
    return extract_bytes(text.encode(), name).company


def test_capitals_header_with_market_tag_names_the_company_in_title_case():
    text = ("KORVALE MICROSYSTEMS CORPORATION (TWSE)\n"
            "Second Quarter 2026 Earnings Call - Q&A (edited)\n\n"
            "Q2 2026 consolidated revenue was NT$1.91 billion, up 6.2% quarter over quarter.\n"
            "Q (Analyst): Can you size the ASIC pipeline?\n"
            "A (CEO): We do not comment on single customers.\n")
    assert _company(text) == "Korvale Microsystems"


def test_mixed_case_header_with_market_tag_takes_the_name_the_text_uses():
    # (a guard: other readings found it before the rule; the rule must not take the long form)
    text = ("Tessaline Data Centres REIT (ASX)\n"
            "QUARTERLY SUPPLEMENT - Q2 FY27\n\n"
            "   - Operating revenue A$52.4 million, up 4.1% on the prior quarter\n"
            "   - Tessaline signed 3.2 MW of new contracts in Perth\n"
            "Tessaline expects occupancy of 81% by June.\n")
    assert _company(text) == "Tessaline"


def test_a_ticker_and_its_market_in_a_table_line_is_no_header():
    text = ("Week in chips\n\nThree stocks moved on Friday.\n\n"
            "VLRN (NASDAQ)\nshares rose 4% after the results of the quarter were published.\n")
    assert _company(text) != "VLRN"
