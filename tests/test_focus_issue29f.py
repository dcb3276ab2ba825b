"""The article's company on page shapes of issue29f: a scraped page whose title ends with the
site's name after a separator; a vendor page's "Customer Story:" label before its headline. Invented text, our own words."""
from aikg.extract.focus import _SITE_SUFFIX
from aikg.extract.pipeline import extract_bytes

WIKI = """<!DOCTYPE html><html><head><title>Talvoren Holdings - Openpedia</title></head><body>
<div>Main page · Contents · Random page · Search Openpedia</div>
<h1>Talvoren Holdings</h1>
<p>From Openpedia, the free reference work. "Talvoren" redirects here.</p>
<table><tr><th>Type</th><td>Public company</td></tr><tr><th>Founded</th><td>1998</td></tr></table>
<p>Founded in 1998 as a municipal carrier, the group now runs fibre networks and eleven data
centres across the Nordic region. Its shares have been listed in Helsinki since 2004.</p>
<p>In 2030 the group reported revenue of EUR 1.2 billion, up 8 per cent, and Talvoren Holdings
plans to open two more sites in 2032.</p>
<div>Text is available under a free licence. Openpedia is run by volunteers. About Openpedia.</div>
</body></html>"""

STORY = """<html><head><title>Pellacor Bank modernises its core | Gridwell</title></head><body>
<h1>Pellacor Bank modernises its core</h1>
<p>Pellacor Bank, a regional lender in Portugal, moved its payment systems to a new core platform
in 2031. Pellacor Bank said the move cut its running costs by 14 per cent.</p>
<p>Pellacor Bank serves about 900,000 customers. The platform was supplied by Gridwell.</p>
<div>Gridwell builds core banking software. Talk to Gridwell. Gridwell is a registered trademark.</div>
</body></html>"""


def test_site_name_after_the_title_separator_is_not_the_company():
    ex = extract_bytes(WIKI.encode(), "talvoren.html")
    assert ex.company in ("Talvoren Holdings", "Talvoren")


def test_site_name_after_a_bar_is_not_the_company():
    ex = extract_bytes(STORY.encode(), "pellacor.html")
    assert ex.company == "Pellacor Bank"


def test_site_suffix_shape():
    assert _SITE_SUFFIX.sub("", "Acme Group - Wikipedia") == "Acme Group"
    assert _SITE_SUFFIX.sub("", "Customer Story: Acme and Beta | Vendorsoft") == "Customer Story: Acme and Beta"
    assert _SITE_SUFFIX.sub("", "Acme raises prices - again") == "Acme raises prices - again"


CASE = """<html><head><title>Case Study: Brindle Rail and Brindle Freight Data</title></head><body>
<div>Home | Platform | Customers | Contact</div>
<h1>Brindle Rail runs its timetables on Quorix</h1>
<p>How a national railway and its data subsidiary, Brindle Freight Data, moved 300 servers in a year.</p>
<p>Customer: Brindle Rail plc and its subsidiary Brindle Freight Data</p>
<p>Brindle Freight Data, the group's data arm, hosts the booking systems. Brindle Freight Data said
its old storage was slow. Brindle Freight Data now runs 40 nodes, and Brindle Freight Data cut its
costs by a fifth. "We move faster now," said the head of Brindle Freight Data.</p>
<p>Brindle Rail carries 90 million passengers a year. Brindle Rail's board approved the project in
2030, and Brindle Rail plans a second phase.</p>
</body></html>"""


def test_page_type_label_before_the_headline_is_a_kicker():
    ex = extract_bytes(CASE.encode(), "brindle.html")
    assert ex.company == "Brindle Rail"


DIGEST = """# Dispute digest: Hallbeck v. Sorrento Cloud — panel orders Sorrento Cloud to pay Hallbeck EUR 9 million

*Prepared by the disputes desk from the public part of the award. Not legal advice.*

**Case:** Hallbeck AG (claimant) v. Sorrento Cloud S.p.A. (respondent)

Hallbeck had hired Sorrento Cloud in 2027 to host its billing platform. Sorrento Cloud said the
outages were caused by a power failure. Sorrento Cloud argued that the contract capped damages, and
Sorrento Cloud asked the panel to dismiss the claim. The panel disagreed and found that Sorrento
Cloud had breached the service levels. Hallbeck's claim was upheld for the most part.

Hallbeck said it welcomed the award. Hallbeck's revenue was not affected by the dispute.
"""

CASE_CAPTION = "Norrvik vs. Teal Ports — court sides with Norrvik"


def test_case_caption_names_the_claimant_first():
    ex = extract_bytes(DIGEST.encode(), "hallbeck.md")
    assert ex.company == "Hallbeck"


def test_case_caption_is_no_dateline():
    from aikg.extract.focus import subject_run
    assert subject_run(CASE_CAPTION)[0] == "Norrvik"
    assert subject_run("TOKYO — Acme raised its forecast.")[0] == "Acme"


NOTICE = """STATE GAZETTE — Part 2 — Public Procurement
COMPANHIA NORTE DE ENERGIA — CONORTE
State-owned power company of the Northern Region

NOTICE OF AWARD
Electronic auction No. 7/2031

1. OBJECT
Supply of grid batteries for three substations, for a term of 24 months.

2. RESULT
The board of CONORTE awards the auction as follows:
Lot 1: Valdrin Energia Ltda, for R$ 120 million. Valdrin Energia offered the lowest price.
Lot 2: Valdrin Energia Ltda, for R$ 45 million.
Valdrin Energia must sign the contract within five days. Valdrin Energia said it would deliver in 2032.

3. APPEALS
Appeals may be filed with CONORTE within three business days. CONORTE will publish the contract.
"""


def test_capitals_issuer_line_with_its_short_form_names_the_issuer():
    ex = extract_bytes(NOTICE.encode(), "conorte.txt")
    assert ex.company == "CONORTE"


REPORT = """# Quellby — Annual Review 2031 (extract)

## Part 3: Customers and capacity

*All amounts are in euros. The period is the calendar year 2031.*

### 3.1 Where we operate

Quellby runs cold-storage warehouses in Norway and Estonia. At the end of the year we had 14 sites.
Our largest new customer was a Baltic Food Group grocery chain, which signed a five-year lease for two
sites, moved its northern stock to our Tallinn site in May and now uses 30 per cent of it. The
chain's order, worth about EUR 4 million a year to us, was our largest of the year, and Baltic Food
Group expects to add a third site in 2033.
"""


def test_report_title_names_its_issuer():
    ex = extract_bytes(REPORT.encode(), "quellby.md")
    assert ex.company == "Quellby"
