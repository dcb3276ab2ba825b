"""issue48c: the document's company on exchange-portal pages, agency reports and ticker lines (invented
documents, our own words): a page title's site section before a dash is no company, the legal name with its
code after it is; a rating or monitoring agency's letterhead over a report on "the Issuer" is the author,
not the subject; a ticker in an exchange bracket or "trades under the symbol" is a name of the company,
never a product."""
from aikg.extract.agency import agents, report_authors
from aikg.extract.header_fields import chrome_title_prefix
from aikg.extract.listing_names import ticker_aliases, ticker_phrases
from aikg.extract.pipeline import extract_text

PORTAL_PAGE = """Material Information - Tarvell Circuits Co., Ltd. (6123) | Exchange Disclosure Portal
This website uses cookies to improve your browsing experience.
By continuing you agree to our Privacy Policy .
Home
Basic Information
Financial Reports
Material Information
Shareholders' Meetings
Search
Home › Material Information › Announcements of Listed Companies › 6123
Tarvell Circuits Co., Ltd. (6123) – Material Information

Announcement 1
Subject: The Board of Directors approved the third quarter financial statements
1. Operating revenue (Q3): NT$1,204,118 thousand
2. Earnings per share (Q3): NT$2.41
"""

AGENCY_REPORT = """ORVANE RATINGS LIMITED
MONITORING AGENCY REPORT

Name of the Issuer: Pellick Infotech Limited
For the quarter ended: September 30, 2026
Name of the Monitoring Agency: Orvane Ratings Limited

1. ISSUE DETAILS
Gross issue size : Rs 120.00 crore
Net proceeds : Rs 116.20 crore

Orvane Ratings has reviewed the certificate of the Issuer's statutory auditor. Orvane Ratings notes that
the Issuer spent Rs 40.00 crore on its new data centre in the quarter. Orvane Ratings will report again
next quarter.
"""


def test_a_site_section_before_a_dash_is_cut_from_the_title():
    line = "Material Information - Tarvell Circuits Co., Ltd. (6123) | Exchange Disclosure Portal"
    assert line[chrome_title_prefix(line):].startswith("Tarvell Circuits Co., Ltd. (6123)")
    assert chrome_title_prefix("Investor Relations - Quorra plc (QRA)") == len("Investor Relations - ")
    # a headline whose first words are a company's, not the site's sections, keeps them
    assert chrome_title_prefix("Tarvell Circuits - Q3 results") == 0
    assert chrome_title_prefix("Material gains - what the quarter showed") == 0


def test_portal_page_is_the_company_named_with_its_code_not_the_section():
    ex = extract_text(PORTAL_PAGE, "portal", "portal.txt")
    assert ex.company in ("Tarvell Circuits", "Tarvell Circuits Co., Ltd.")


def test_the_agency_letterhead_over_an_issuer_field_is_the_author():
    assert report_authors(AGENCY_REPORT) == {"ORVANE RATINGS LIMITED"}
    assert "ORVANE RATINGS LIMITED" in agents(AGENCY_REPORT)
    assert report_authors("HALLOW RESEARCH - RATING ACTION COMMENTARY\n\nIssuer: Quorra Foods plc\n") == {"HALLOW RESEARCH"}
    # the company's own report over its own name, a letterhead with no report title: no author
    assert report_authors("PELLICK INFOTECH LIMITED\nQUARTERLY REPORT\n\nName of the Issuer: Pellick Infotech Limited\n") == set()
    assert report_authors("ORVANE RATINGS LIMITED\n12 Quay Street, Leeds\n\nIssuer: Pellick Infotech Limited\n") == set()


def test_agency_report_is_the_issuers():
    ex = extract_text(AGENCY_REPORT, "agency", "agency.txt")
    assert ex.company in ("Pellick Infotech", "Pellick Infotech Limited")


def test_a_ticker_after_the_group_name_is_the_companys():
    assert ticker_aliases(["Quorra"], "The Quorra Group (BRVM: QRRA) published its results.") == ["QRRA"]
    assert ticker_aliases(["Quorra"], "Quorra Holdings Ltd (ASX: QRH) said") == ["QRH"]
    # another company's bracket is not its ticker
    assert ticker_aliases(["Quorra"], "Quorra buys from Tallis Group (LSE: TLG).") == []


def test_the_symbol_its_shares_trade_under_is_the_companys():
    body = 'The common shares of the Company trade on the Toronto Stock Exchange under the symbol "QRLX".'
    assert ticker_phrases(["Quorra"], body) == ["QRLX"]
    assert ticker_phrases(["Quorra"], "Quorra trades on the Nasdaq under the ticker QRA.") == ["QRA"]
    # a sentence about another's shares gives nothing
    assert ticker_phrases(["Quorra"], "Tallis shares trade on the LSE under the symbol TLS.") == []


TAPE_PAGE = """Quorra Telecom posts nine-month revenue growth
Market ticker: Composite 298,41 (+0,62 %) · QRTL 12 450 FCFA (+1,29 %)

DAKAR, 30 October 2026 - The Quorra Telecom Group (BRVM: QRTL) published its activity report for the nine months
ended 30 September 2026. Quorra Telecom said revenue rose 6 % to 812 billion FCFA. Quorra Telecom added 1,2 million
customers. Quorra Telecom expects further growth.
"""


def test_the_ticker_in_a_tape_is_no_product():
    ex = extract_text(TAPE_PAGE, "tape", "tape.txt")
    company = next(e for e in ex.entities if e.kind == "Company" and e.label == ex.company)
    assert "QRTL" in company.aliases
    assert not any(e.kind == "Product" and e.label == "QRTL" for e in ex.entities)
