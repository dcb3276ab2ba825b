"""issue43f: page chrome and generic page titles never become the document's company (invented documents)."""
from aikg.extract.header_fields import page_chrome_title, party_field
from aikg.extract.pipeline import extract_bytes


PORTAL = """STOCK EXCHANGE ONLINE
Home | Company Disclosures | Financial Reports | Market Data | Help

Home > Company Disclosures > Financial Reports

# Disclosures

## Half-Year Report — For the period ended June 30, 2026

| Field | Value |
|---|---|
| Issuer: | Morvanta Foods Corporation |
| Symbol: | MVF |
| Date Filed: | Aug 12, 2026 |

### Description of the Disclosure

Consolidated revenues for the six months ended June 30, 2026 amounted to PHP 9.10 billion, 8.0% higher than a year earlier.

Net income attributable to equity holders of the Parent Company reached PHP 0.61 billion.

---

**Latest disclosures**

- Tambuli Water Holdings, Inc. — Declaration of Cash Dividends — cash dividend of PHP 0.30 per share
- Tambuli Water Holdings, Inc. — Notice of Annual Stockholders' Meeting
"""

IR_PAGE = """Menu: About us | Services | Careers | Investor Relations | Contact

Home / Investor Relations / Press Releases

# Press Releases

### Brenholt Offshore ASA: Second quarter 2026 results

Published: 14.08.2026 07:00

Group revenue for the second quarter of 2026 amounted to NOK 1,210 million, up 11% from the same quarter last year. EBITDA came in at NOK 175 million.

Dravik Yards, acquired in January, had revenue of NOK 230 million in the quarter. Dravik, which employs around 200 people, brought its own order backlog into the group. Excluding Dravik, organic growth was 4%.

Cash flow from operations was NOK 140 million.
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Disclosures | QTC - Financial Results H1 2026 | MarketView</title></head>
<body>
<div class="cookie"><p>We use cookies to improve your experience. By clicking "Accept" you consent to our use of cookies. <a href="/privacy">Privacy Policy</a></p><button>Accept</button></div>
<nav><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/disclosures">Disclosures</a></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/disclosures">Disclosures</a> &gt; QTC &gt; Financial Results</div>
<h1>Qandor Integrated Telecommunications Company PJSC (qt) &ndash; Financial Results for the Period Ended 30 June 2026</h1>
<p>Symbol: QTC | Disclosure type: Financial Results</p>
<p>Qandor Integrated Telecommunications Company PJSC (&ldquo;QTC&rdquo; or &ldquo;qt&rdquo;) announces that its Board of Directors approved the interim financial statements for the six months ended 30 June 2026.</p>
<p>Revenue for the six months was AED 2,100 million, up 5.2%. Net profit was AED 410 million.</p>
</body></html>
"""


def test_chrome_title_lines():
    for line in ("Disclosures | QTC - Financial Results H1 2026 | MarketView", "Home / Investor Relations / Press Releases",
                 "# Market Announcements", "# Newsroom", "Privacy Policy", "Home > Disclosures > QTC > Results"):
        assert page_chrome_title(line), line
    for line in ("### Brenholt Offshore ASA: Second quarter 2026 results", "Qandor Telecom reports results",
                 "Media Release: Acme wins contract", "Tambuli Water Holdings"):
        assert not page_chrome_title(line), line


def test_table_key_with_colon_names_the_issuer():
    f = party_field(PORTAL)
    assert f is not None and f.value == "Morvanta Foods Corporation"


def test_portal_page_is_the_issuers_not_the_sidebars():
    ex = extract_bytes(PORTAL.encode(), "portal.md")
    assert ex.company == "Morvanta Foods"


def test_release_title_under_a_chrome_heading_names_the_issuer():
    ex = extract_bytes(IR_PAGE.encode(), "ir.md")
    assert ex.company is not None and ex.company.startswith("Brenholt Offshore")


def test_html_title_bar_section_is_no_company():
    ex = extract_bytes(HTML_PAGE.encode(), "page.html")
    assert ex.company == "Qandor Integrated Telecommunications"


ACQUIRER = """Norrline AB: interim report January-September 2026

Norrline AB reported net sales of SEK 1,480 million for the third quarter of 2026, up 9%. Operating profit was SEK 160 million.

On 1 July 2026, Norrline acquired Pellwick Labs, a Malmö-based design studio with about 40 designers and 2025 revenue of SEK 60 million. The purchase price was not disclosed.

Norrline expects net sales growth of 8-10% for 2026.
"""


def test_apposition_figures_are_the_described_companys():
    ex = extract_bytes(ACQUIRER.encode(), "norrline.txt")
    assert ex.company == "Norrline"
    mine = [f for f in ex.facts if f.kind == "observation" and f.subject.label == "Norrline"]
    assert not any(f.value is not None and f.value in (40, 60_000_000) for f in mine)


def test_second_defined_form_in_lower_case_is_an_alias():
    from aikg.extract.focus_score import defined_short_forms
    body = ('Qandor Integrated Telecommunications Company PJSC ("QITC" or "qt") announces its results. '
            'qt Business grew 20%. Marvel Tech SA ("Marvel" or "Companhia") also reported.')
    forms = defined_short_forms(body)
    assert forms.get("qt") == "Qandor Integrated Telecommunications"
    assert "Companhia" not in forms


def test_pjsc_page_labels_the_company_without_its_form():
    ex = extract_bytes(HTML_PAGE.encode(), "page.html")
    ent = next(e for e in ex.entities if e.label == ex.company)
    assert ex.company == "Qandor Integrated Telecommunications" and "qt" in ent.aliases
