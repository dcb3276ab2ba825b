"""issue42m: people in new roles, shares said in prose, dividends (invented documents, new names).

Each test fails without the change it names: the role rules "joins-as", the appointment as a noun,
a glossed filing title and the filing officers (role_rules), an abbreviated month in a succession's
date (succession), "NIS" as the shekel (currencies), a proposed dividend that is no outlook and a
prior year's bracketed dividend (dividends / figures), a past share verb (figures), and the ask
side: "VP" asked, a co-CEO is a CEO, a date asked as a closing noun phrase (event_dates)."""
from __future__ import annotations

import pytest

from aikg.event_dates import DATE_ASKED, asked_event
from aikg.extract import dividends
from aikg.extract.pipeline import extract_bytes
from aikg.question import ROLE_EQUIV, asked_roles


def _facts(text: str, name: str = "t.txt"):
    return extract_bytes(text.encode(), name).facts


def _roles(text: str):
    return [f for f in _facts(text) if f.kind == "role"]


def _obs(text: str):
    return [f for f in _facts(text) if f.kind == "observation"]


HEAD = "Brightwater Analytics reported results on 12 November 2026.\n\n"


def test_joins_us_as_with_a_day_is_incoming_and_she_succeeds_names_her_predecessor():
    roles = _roles(HEAD + "Finally, I am pleased to welcome Dana Okafor, who joins us as Chief Revenue Officer on March 2. "
                          "She succeeds Paul Ennis, who will remain an adviser through the end of the year.\n")
    cro = [f for f in roles if f.person.label == "Dana Okafor" and f.role == "chief revenue officer"]
    assert cro and any(f.status == "incoming" and f.since == "March 2" for f in cro)
    assert any(f.predecessor is not None and f.predecessor.label == "Paul Ennis" for f in cro)
    assert not any(f.predecessor is not None and f.person.label != "Dana Okafor" for f in roles)


def test_the_appointment_of_mr_x_as_a_title_with_its_field_and_start():
    roles = _roles(HEAD + "The Board also approved the appointment of Mr. Oren Galil as Vice President, Cloud and Security, "
                          "effective 1 March 2027; Mr. Galil previously led a bank's data unit.\n")
    assert any(f.person.label == "Oren Galil" and f.role == "vice president" and f.since == "1 March 2027" for f in roles)


def test_succeeded_on_an_abbreviated_month_by_x_is_an_incoming_successor():
    roles = _roles(HEAD + "The company also said Chief Financial Officer Tom Brandt will retire and be succeeded on Nov. 16 "
                          "by Alma Rudd, currently vice president of finance.\n")
    new = [f for f in roles if f.person.label == "Alma Rudd" and f.role == "CFO"]
    assert new and new[0].status == "incoming" and new[0].since == "Nov. 16"
    assert new[0].predecessor is not None and new[0].predecessor.label == "Tom Brandt"


def test_a_filing_title_glossed_in_brackets_is_the_role_appointed():
    roles = _roles(HEAD + "On 2026.11.11 the Company appointed Park Min-ji, head of the storage division, as "
                          "co-Representative Director (co-CEO) responsible for storage.\n")
    assert any(f.person.label == "Park Min-ji" and f.role == "co-ceo" for f in roles)


def test_the_legal_representative_of_a_periodic_report_is_a_role():
    roles = _roles("Kestrel Soft Co., Ltd.\nThird Quarter Report 2026\n\n2. The legal representative Sun Weiran, the person in "
                   "charge of accounting work Gao Lin and the head of the accounting department Ma Yue declare that the "
                   "financial information in this quarterly report is true.\n")
    got = {(f.person.label, f.role) for f in roles}
    assert ("Sun Weiran", "legal representative") in got
    assert ("Gao Lin", "person in charge of accounting work") in got


def test_nis_before_the_number_is_the_shekel_and_a_cash_dividend_per_share():
    obs = _obs("Tavor Systems Ltd. reported third-quarter results on 18 November 2026.\n\nTavor Systems reported revenue of "
               "NIS 212.4 million for the third quarter of 2026. The Board of Directors resolved to distribute a cash "
               "dividend of NIS 0.85 per ordinary share.\n")
    assert any(f.measure == "revenue" and f.unit == "ILS" for f in obs)
    assert any(f.measure == "dividend per share" and f.unit == "ILS" and str(f.value) == "0.85" for f in obs)


def test_a_dividend_the_board_will_propose_is_no_outlook_and_is_dated_by_its_year():
    obs = _obs("Corvane Group\n\nCorvane Group reported revenue of EUR 212.5 million for 2025. The Board of Directors will "
               "propose to the Annual General Meeting of 28 April 2026 a dividend of EUR 2.10 per share in respect of "
               "2025 (2024: EUR 1.90 per share).\n")
    dps = {str(f.value): f for f in obs if "per share" in f.measure}
    assert dps["2.1"].measure == "dividend per share" and dps["2.1"].period.label == "2025"
    assert dps["1.9"].measure == "dividend per share" and dps["1.9"].period.label == "2024"


def test_the_dividend_rules_read_their_phrases():
    t = "The board will propose to the meeting a dividend of EUR 2.10 per share"
    assert dividends.proposed_dividend(t, t.index("EUR"), 0, "dividend per share")
    assert not dividends.proposed_dividend(t, t.index("EUR"), 0, "revenue")
    b = "a dividend of EUR 2.10 per share in respect of 2025 (2024: EUR 1.90 per share)"
    assert dividends.bracketed_after_dividend(b, b.index("EUR 1.90"))
    assert not dividends.bracketed_after_dividend("revenue (2024: EUR 1.90 per share)", 15)


def test_a_share_said_in_the_past_is_the_part_share_of_the_whole():
    obs = _obs("Corvane Group\n\nCorvane Group reported revenue of EUR 212.5 million for 2025. Export revenue accounted for "
               "41.5% of the total. The largest customer, a utility based in Lyon, accounted for 7.2% of Group revenue "
               "in 2025 (2024: 8.1%).\n")
    measures = {f.measure: f for f in obs if f.unit == "percent"}
    assert "export revenue share of total" in measures
    assert any(m.startswith("largest customer share of") and str(f.value) == "7.2" for m, f in measures.items())


def test_a_list_line_run_into_a_past_share_is_not_its_part():
    obs = _obs("Corvane Group\n\nCorvane Group reported revenue of EUR 212.5 million for 2025.\n"
               "- Storage Unit: EUR 80.1 million, helped by data centre drives\nMemory accounted for 61% of total revenue.\n")
    assert not any(f.unit == "percent" and "drives" in f.measure for f in obs)


def test_ask_reads_vp_legal_representative_and_co_ceo():
    assert "vice president" in asked_roles("who did acme appoint as vp ai and data?")
    assert "legal representative" in asked_roles("who is acme's legal representative?")
    assert "co-ceo" in ROLE_EQUIV["CEO"]


@pytest.mark.parametrize("q", ["Tavor dividend per share declared with Q3 results, and payment date?",
                               "What interim dividend did Tavor declare, and the record date?"])
def test_a_date_asked_as_a_closing_noun_phrase_is_asked(q):
    assert DATE_ASKED.search(q)
    assert asked_event(q) is not None and asked_event(q)[0] == "dividend-dates"
