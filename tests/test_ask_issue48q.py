"""Issue 48q: what `ask` reads of probe35's ask failures, as kinds. A filing naming its listing in a
sentence of its own ("… trade on the Toronto Stock Exchange under the symbol "BRDL"") names the
document's company by that ticker (the alias extract/listing_names.TICKER_PHRASE gives it); the share price is also stored as a
"closing price" (question.MEASURES price-names), and a price move is read with the levels its own
sentence states (narrowing._levels_of move-between-levels); a date written with slashes
("115/11/06", "2026/11/12") is no figure of the text lane (text_answer.DATED numeric-date); an undated
claim "at the year end" is not of a period a year before its document (claims_fallback.PRESENT_END). The
text lane reads a name of capitals the sentence spells out ("TCV": "total contract value",
text_answer.SPELLED_OUT).
The articles are written for these tests."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from conftest import articles_kg

BRINDLE = """FORM 51-102F3 MATERIAL CHANGE REPORT

Item 1 Name and Address of Company

Brindle Analytics Inc. (the "Company"), 400 Rue Example, Montreal, Quebec.

Item 2 Date of Material Change

November 3, 2026

Item 4 Summary of Material Change

The Company reported results for its second quarter of fiscal 2027, the quarter ended September 30, 2026. Subscription
revenue was US$48.2 million, up 11% year over year. The common shares of the Company trade on the Toronto Stock
Exchange under the symbol "BRDL".
"""

HALVERN = """Halvern Systems Limited (ASX: HVN)

ASX Price Query

18 November 2026

ASX refers to the following:

A. The change in the price of Halvern's securities from a closing price of $8.10 on Monday, 16 November 2026 to an
intraday high of $9.40 at the time of writing today, an increase of 16.0%.
"""


TALLIS = """Tallis Networks: a quiet year, and a louder one ahead

Opinion column, Friday 25 September 2026

Tallis Networks sells call-routing software to councils and insurers. Tallis Networks grew again this year. Tallis
Networks has few rivals in its niche. Its chief executive, Dana Whitcombe, said 212 customers were now paying for
AI features, and that AI-related contract wins in the year had a total contract value of £6.3 million.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"brindle.txt": BRINDLE, "halvern.txt": HALVERN, "tallis.txt": TALLIS})


def _ask(kg, q):
    from aikg.ask import answer
    return answer(kg, q)


def test_a_ticker_a_filing_lists_under_the_symbol_names_its_company(kg):
    a = _ask(kg, "What was BRDL's subscription revenue in the quarter ended September 30, 2026?")
    assert a.status == "answered" and "48.2" in a.answer


def test_a_share_price_move_is_read_with_the_closing_price_and_the_levels_of_its_sentence(kg):
    a = _ask(kg, "How did Halvern's share price move?")
    assert a.status == "answered" and "8.1" in a.answer and "9.4" in a.answer


def test_a_numeric_date_is_no_figure_of_the_text_lane():
    from aikg.text_answer import _figure_near
    q = "What was Acme's revenue for October 2026?"
    assert not _figure_near(q, "115/11/06 Monthly revenue for October 2026")
    assert not _figure_near(q, "2026/11/06 Monthly revenue for October 2026")
    assert _figure_near(q, "Revenue for October 2026 was NT$412 million.")


def test_an_undated_year_end_claim_is_not_a_period_a_year_before_its_document():
    from aikg.claims_fallback import present_end_before
    term = lambda v: SimpleNamespace(value=v)   # (a result row's RDF terms)
    row = {"quote": term("Cloud recurring revenue stood at £12.4 million at the year end."),
           "valueText": term("£12.4 million"), "doc": term("column")}
    written = {"column": date(2026, 9, 25)}
    earlier = [SimpleNamespace(start=date(2025, 6, 30), end=date(2025, 6, 30))]
    same = [SimpleNamespace(start=date(2026, 6, 30), end=date(2026, 6, 30))]
    assert present_end_before(row, earlier, written)
    assert not present_end_before(row, same, written)
    plain_row = dict(row, quote=term("Cloud recurring revenue stood at £12.4 million."))
    assert not present_end_before(plain_row, earlier, written)


def test_a_name_of_capitals_is_named_by_the_words_it_spells(kg):
    a = _ask(kg, "How many Tallis customers pay for AI features, and what was the TCV of AI contract wins?")
    assert a.status == "answered" and "212" in a.answer and "6.3" in a.answer


def test_the_text_lane_reads_initials_spelled_out():
    from aikg.text_answer import spelled_out
    assert spelled_out(["tcv"], "contract wins had a total contract value of £6.3 million")
    assert not spelled_out(["tcv"], "contract wins were worth £6.3 million")
    assert not spelled_out(["tallis networks"], "tallis networks grew")

