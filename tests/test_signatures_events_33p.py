"""Signature blocks and bylines, dated corporate events, semesters and "today" (issue33p); in our own
words about invented firms, in shapes the seen sets do not have (three signers side by side, a filing's
signature page, a Romanian letter, a dash byline, a commissioning date in a Spanish-style translation)."""
from __future__ import annotations

import datetime as dt

import pytest

from aikg.extract import events, periods, signatures
from aikg.extract import values as v
from aikg.extract.pipeline import extract_text


def _roles(text: str) -> set[tuple]:
    return {(f.person.label, f.role, f.organization.label if f.organization else None, f.status)
            for f in extract_text(text, "t", "t.md").facts if f.kind == "role"}


def _dated(text: str) -> set[tuple]:
    return {(c.subject.label, c.predicate, x.measure, c.period.label if c.period else None)
            for c in extract_text(text, "t", "t.md").claims for x in c.values if x.role == "date" and x.measure}


# ------------------------------------------------------------------ the reader (pure)
@pytest.mark.parametrize("rule", signatures.BLOCK_RULES, ids=lambda r: r.name)
def test_every_layout_reads_its_own_examples_and_names_two_sources(rule):
    assert len(rule.seen) >= 2
    for ex in rule.examples:
        assert any(b.rule == rule.name for b in signatures.signature_blocks(ex)), ex


def test_three_signers_side_by_side_each_keep_their_own_title():
    text = ("For and on behalf of the Board of Directors of\nKestrel Fibre Networks Limited\n\n"
            "Meera Pillai              Arjun Bose                 Farah Qureshi\n"
            "Managing Director         Chief Financial Officer    Company Secretary\n"
            "DIN: 01234567             Mumbai                     ACS 9876\n")
    got = {(b.name, b.titles) for b in signatures.signature_blocks(text)}
    # (issue44p) a company secretary is an officer of the company: read too
    assert got == {("Meera Pillai", ("Managing Director",)), ("Arjun Bose", ("Chief Financial Officer",)),
                   ("Farah Qureshi", ("Company Secretary",))}


def test_a_filing_signature_page_and_a_dash_byline():
    page = "SIGNATURES\n\nOrtel Mesh Inc.\n\nBy: /s/ Dana Kowalczyk\nName: Dana Kowalczyk\nTitle: Interim Chief Executive Officer\n"
    (b,) = signatures.signature_blocks(page)
    assert (b.name, b.titles, b.status, b.rule) == ("Dana Kowalczyk", ("Chief Executive Officer",), "interim", "name-title-fields")
    (d,) = signatures.signature_blocks("We will keep building.\n\n— Ioana Ștefănescu, Founder and CEO, Carpatica Cloud\n")
    assert (d.name, d.titles, d.org_text) == ("Ioana Ștefănescu", ("Founder and CEO",), "Carpatica Cloud")


def test_lines_that_are_no_signature_give_nothing():
    text = ("Sincerely,\n\nThe Board of Directors\nChief Executive Officer search committee\n\n"
            "Investor Relations\nCompany Secretary and Compliance Officer\n\n"
            "Priya Nair\nCompany Secretary\n\nRevenue rose 12% in the quarter.\nChief Executive Officer\n")
    # (issue44p) a company secretary is an officer of the company: the only block read
    assert [(b.name, b.titles) for b in signatures.signature_blocks(text)] == [("Priya Nair", ("Company Secretary",))]


# ------------------------------------------------------------------ through the pipeline
def test_a_founder_letter_signed_in_bold_gives_the_founder_his_roles_at_the_signed_company():
    text = ("# To our shareholders\n\nThis was the year our platform crossed 4,000 customers. We opened two regions and "
            "kept our margins.\n\nThank you for your trust.\n\nYours sincerely,\n\n**Radu Ionescu**\n"
            "Founder, Chairman and Chief Executive Officer, Brasov Data Systems S.A.\n")
    got = _roles(text)
    assert {("Radu Ionescu", r, "Brasov Data Systems", "current") for r in ("founder", "chairman", "CEO")} <= got


def test_a_notice_signed_for_the_company_names_the_document_company():
    text = ("Halden Softworks Limited\n\nOutcome of the Board Meeting held on 12 March 2027\n\n"
            "The Board of Halden Softworks Limited approved the audited results for the year. Revenue was Rs 412 crore.\n\n"
            "For Halden Softworks Limited\n\n"
            "Kavya Menon                          Rohan Das\n"
            "Whole-time Director and CEO          Company Secretary\n")
    got = _roles(text)
    assert ("Kavya Menon", "CEO", "Halden Softworks", "current") in got
    # (issue44p) the company secretary signs for the company too
    assert ("Rohan Das", "company secretary", "Halden Softworks", "current") in got


# ------------------------------------------------------------------ dated events
@pytest.mark.parametrize("rule", events.EVENT_RULES, ids=lambda r: r.name)
def test_every_event_rule_reads_its_examples_and_names_two_sources(rule):
    assert len(rule.seen) >= 2
    for ex in rule.examples:
        assert any(e.rule == rule.name for e in events.dated_events(ex, dt.date(2026, 11, 1))), ex


def test_dated_events_of_a_fact_sheet_a_release_and_a_dividend_notice():
    sheet = ("# Lumo Data to open Oulu campus\n\nLumo Data AB, the Finnish colocation group, said on 2 February 2027 that "
             "it is building a 40 MW campus in Oulu. Lumo Data reported revenue of EUR 61 million in 2026.\n\n"
             "| Milestone | Date |\n|---|---|\n| Hall A ready for service | Q2 2028 |\n| Hall B ready for service | 2030 |\n")
    got = _dated(sheet)
    assert ("Lumo Data", "launch", "hall a ready for service", "Q2 2028") in got
    assert ("Lumo Data", "launch", "hall b ready for service", "2030") in got
    notice = ("Orchid Paytech Limited declared a final dividend of Rs 4 per share on 3 May 2027.\n\n"
              "The record date for the final dividend has been set as Friday, 21 May 2027, and the annual general "
              "meeting will be held on 24 June 2027.\n")
    got = _dated(notice)
    assert ("Orchid Paytech", "state", "record date", "2027-05-21") in got
    release = ("Madrid, 4 March 2027. Solara Redes S.A. said its Getafe interconnection hub is in testing. "
               "Commissioning is planned for the second semester of 2027, the company said.\n")
    assert ("Solara Redes", "launch", "commissioning", "H2 2027") in _dated(release)


def test_a_date_of_another_clause_or_before_the_event_is_not_its_date():
    assert events.dated_events("The record date was set last week; revenue in 2026 rose 4%.", dt.date(2026, 5, 1)) == ()
    assert events.dated_events("In March 2027 the service went live across Spain.", dt.date(2027, 5, 1)) == ()


# ------------------------------------------------------------------ semesters and today
def _ps(text: str, published=dt.date(2026, 9, 10)) -> list[tuple]:
    dctx = periods.DocContext(published=published)
    return [(p.kind, p.label) for p in periods.resolve_mentions(v.find_periods(text, published), text, dctx)]


def test_a_semester_is_a_half():
    assert _ps("Revenue rose 8% on the first semester of 2025.") == [("half", "H1 2025")]
    assert _ps("Capex in the second semester of fiscal 2026 was lower.")[0][0] == "half"
    assert ("half", "H1 2026") in _ps("Investments in the first semester were 12 mln euros.")


def test_today_dates_a_stock_as_of_the_document_date_but_not_an_event():
    assert _ps("The site has 22 MW in use today, the operator said.") == [("as_of", "../2026-09-10")]
    assert _ps("As of today, we operate 14 data centres.") == [("as_of", "../2026-09-10")]
    assert _ps("Severn Labs today announced its results.") == []
    assert _ps("the cost plan announced today covers 3 years") == []
    assert _ps("The site has 22 MW in use today.", published=None) == []


def test_a_product_made_generally_available_on_a_date_is_its_launch():
    text = ("Halvorsen Systems reported revenue of NOK 2.1 billion for the third quarter of 2026.\n\n"
            "Its Nordlys 3.5 model became generally available in September 2026, the company said.\n")
    launches = [(x.target.label, x.agent.label if x.agent else None, x.when)
                for c in extract_text(text, "t", "t.md").claims for x in c.relations if x.kind == "launch"]
    assert ("Nordlys 3.5", "Halvorsen Systems", "September 2026") in launches


def test_a_department_after_the_title_is_no_company():
    text = "Contacts\n\nAya Mori\nVice President, Investor Relations\n\nKen Sato\nChief Financial Officer\nCorporate Communications\n"
    assert [(b.name, b.org_text) for b in signatures.signature_blocks(text)] == [("Aya Mori", None), ("Ken Sato", None)]
