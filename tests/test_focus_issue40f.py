"""Issue 40f (whose document is this, by genre): rule header-field-role (extract/header_fields.py: a
field's key gives its value's role, the document's party or another party) and rule
section-title-word. Invented documents, made-up companies and people, our own words."""
from aikg.extract.header_fields import header_fields, party_field
from aikg.extract.pipeline import extract_bytes


def _company(text: str, name: str = "doc.txt") -> str | None:
    return extract_bytes(text.encode(), name).company


# a registry's page: the sponsor in a two-cell table row; the registry and a big collaborator named often
TRIAL_PAGE = """<html><head><title>NCT09912345 | A Study of KV-12 in Adults | TrialIndex.org</title></head><body>
<nav><a href="/">TrialIndex.org</a> | <a href="/search">Find Studies</a> | <a href="/about">About</a></nav>
<h1>A Study of KV-12 in Adults</h1>
<table>
<tr><th>Study ID</th><td>NCT09912345</td></tr>
<tr><th>Sponsor</th><td>Korvessa Therapeutics, Inc.</td></tr>
<tr><th>Collaborators</th><td>Brannock Pharma; Tillgate Biologics</td></tr>
<tr><th>Status</th><td>Recruiting</td></tr>
</table>
<h2>Summary</h2>
<p>The study compares KV-12 with Brannock Pharma's licensed vaccine, Prevanta. Brannock Pharma markets Prevanta in 40
countries. Brannock Pharma reported vaccine sales of $6.1 billion last year, and Brannock Pharma's Prevanta is the
comparator in every arm.</p>
<p>Participants receive one dose. Brannock Pharma supplies the comparator doses to each site.</p>
</body></html>
"""

# an FDA-style summary: the submitter's key on a line of its own, the name (lower-case first letter) under it
SUBMITTER_SUMMARY = """510(k) SUMMARY
K319901

This summary of safety and effectiveness information is submitted under 21 CFR 807.92.

1. Submitter
eLumora Devices, Inc.
12 Harbor Road, Suite 4, Portland, ME 04101
Contact person: Regulatory Affairs Manager
Prepared with the assistance of: Quintrell Regulatory Group, Boston, MA

2. Device
Trade name: Lumo patch monitor

3. Predicate device
Primary predicate: CardioTrace patch (K281234), Ostrander Medical Corporation

4. Comparison
Like the Ostrander Medical patch, the subject device records a single-lead ECG. Ostrander Medical Corporation
sold the predicate from 2028. Ostrander Medical reported that the predicate was used in 200 hospitals.
"""

# a WHOIS page: the registrar and the site named often; the registrant in its own section's organization field
WHOIS_PAGE = """<html><head><title>brindlefoods.com WHOIS, DNS and domain info – NameScope</title></head><body>
<header><a class="logo" href="/">NameScope</a><nav><a href="/whois">WHOIS</a> <a href="/dns">DNS</a></nav></header>
<h1>brindlefoods.com</h1>
<h2>Domain information</h2>
<table>
<tr><th>Domain</th><td>brindlefoods.com</td></tr>
<tr><th>Registrar</th><td>Castellan Domains Inc.</td></tr>
<tr><th>Registered on</th><td>2001-03-02</td></tr>
</table>
<h2>Registrant contact</h2>
<table>
<tr><td>Organization</td><td>Brindle Foods AB</td></tr>
<tr><td>Country</td><td>SE</td></tr>
</table>
<p>NameScope shows cached records. NameScope refreshes data weekly. Contacts are redacted by Castellan Domains Inc.</p>
<p>NameScope also offers DNS history. NameScope is free for ten lookups a day.</p>
</body></html>
"""

# a labour-condition record: UPPER_SNAKE keys; the employer's and the secondary entity's names
LCA_RECORD = """LABOR CONDITION APPLICATION - PUBLIC DISCLOSURE RECORD
Source: disclosure data extract (one record shown)

CASE_NUMBER: I-200-31001-000001
CASE_STATUS: Certified
JOB_TITLE: Data Engineer

EMPLOYER_NAME: VOSSBERG ANALYTICS INC.
EMPLOYER_ADDRESS: 1 Main Street, Austin, TX 78701

AGENT_ATTORNEY_LAW_FIRM: Haldane & Crewe LLP
SECONDARY_ENTITY_BUSINESS_NAME: MERIDOC STORES CO.
WORKSITE_ADDRESS_1: 10 Market Street, Columbus, OH (Meridoc Stores general office)

Meridoc Stores runs 2,700 stores. Meridoc Stores reported sales of $150 billion. Meridoc Stores is the end client.
"""

# a portfolio page of a fund: the page's section title "Portfolio" and the fund named often; the company in
# a description list's "Company NAME"
PORTFOLIO_PAGE = """<html><head><title>Portfolio | Ashgrove Lane Capital</title></head><body>
<header><a class="logo" href="/">Ashgrove Lane Capital</a>
<nav><a href="/about">About</a> <a href="/portfolio">Portfolio</a> <a href="/team">Team</a></nav></header>
<div class="crumbs">Home / Portfolio / Industrials</div>
<h1>Precision coatings platform</h1>
<dl>
<dt>Company</dt><dd>TERRAVEL COATINGS</dd>
<dt>Fund</dt><dd>Ashgrove Lane Capital Fund III</dd>
<dt>Headquarters</dt><dd>Lyon, France</dd>
</dl>
<h2>Our thesis</h2>
<p>Ashgrove Lane Capital backed the business because coatings regulation keeps tightening. Ashgrove Lane Capital
sees room for acquisitions. Terravel grew sales by a fifth last year.</p>
</body></html>
"""


def test_sponsor_row_names_the_registry_record_party():
    assert _company(TRIAL_PAGE, "trial.html") == "Korvessa Therapeutics"


def test_submitter_over_its_value_lower_case_first_letter():
    assert _company(SUBMITTER_SUMMARY) == "eLumora Devices"


def test_registrant_section_organization_and_the_site_is_no_reading():
    assert _company(WHOIS_PAGE, "whois.html") == "Brindle Foods"


def test_upper_snake_employer_field():
    # (the text writes the name in capitals only: the field's form without its legal form)
    assert _company(LCA_RECORD) == "VOSSBERG ANALYTICS"


def test_portfolio_page_description_list_and_section_title():
    assert _company(PORTFOLIO_PAGE, "portfolio.html") == "Terravel"


def test_field_roles():
    fields = {f.key: f.role.party for f in header_fields(LCA_RECORD)}
    assert fields["employer name"] is True
    assert fields["agent attorney law firm"] is False
    assert fields["secondary entity business name"] is False


def test_markdown_bold_key_and_vehicle_value():
    assert party_field("# Notice\n\n**Awardee:** Pellworth Systems Ltd\n").value == "Pellworth Systems Ltd"
    # a field value that says it is another's subsidiary (a finance vehicle) names no party
    assert party_field("**Issuer:** Orvane Finance plc (a wholly owned subsidiary of Orvane plc)\n") is None


def test_title_words_after_a_key_are_no_field():
    # "Company Secretary & Compliance Officer" is a title, no "Company NAME" field
    assert party_field("Notice of board change\n\nCompany Secretary & Compliance Officer\nJane Roe\n") is None


def test_a_header_cell_or_a_phrase_is_no_party_value():
    # a table's header row "| Company | Senior Engineer median (USD) |" and a phrase after a party key
    assert party_field("| Company | Senior Engineer median (USD) |\n|---|---|\n| Orvane | 61,000 |\n") is None
    assert party_field("Vendor name: By order of the administrators of Kessly Cells Limited\n") is None
