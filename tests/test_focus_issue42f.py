"""Issue 42f: whose filing it is when another company is louder (a listed subsidiary, a parent, a
distribution partner): the filer's header (a Turkish A.Ş. capitals header, an A-share filing's letterhead
under its stock fields, a DART header with its stock code, a SENS header block's defined term, a MOPS
page's short-name field), the copyright line of a first-person page, and the stock code as an alias.
Invented documents, made-up companies, our own words."""
from aikg.extract import clean
from aikg.extract.focus_score import _against_counts, defined_terms
from aikg.extract.pipeline import extract_text

KAP = """KAMUYU AYDINLATMA PLATFORMU (PUBLIC DISCLOSURE PLATFORM)

KARAVEL YAZILIM SİSTEMLERİ SANAYİ VE TİCARET A.Ş.
Material Event Disclosure (General)

Company title ............: KARAVEL YAZILIM SİSTEMLERİ SANAYİ VE TİCARET A.Ş.
BIST code ................: KRVL

Explanations:

The consolidated revenue of Karavel Yazılım (hereinafter "Karavel" or "our Company") for the nine-month period was 8.120,4 million TL.

Our subsidiary Ostim Sistemleri contributed 1.204,0 million TL. Ostim Sistemleri opened a new plant. Ostim Sistemleri hired 300 engineers. Bora Sistemleri, a rival, reported revenue of 9.900,0 million TL.

Our Company has signed a distribution agreement with Quellmark Devices Inc. covering servers.
"""


def test_kap_capitals_header_with_turkish_legal_form():
    ex = extract_text(KAP, "kap", "kap.txt")
    assert ex.company == "Karavel"


A_SHARE = """Stock code: 301877          Stock abbreviation: Lanxing Soft (蓝星软件)          Announcement No.: 2026-033

Lanxing Software Technology Co., Ltd.
Third Quarter Report 2026

The Company and all members of the Board of Directors guarantee that the information disclosed is true, accurate and complete.

I. Main financial data

The Company's operating revenue for the third quarter was RMB 912.4 million, up 12.1% year on year. The Company's net profit attributable to shareholders was RMB 88.2 million.

Huaxin Semiconductor, a supplier of the Company, said its chip shipments rose. Huaxin Semiconductor expects more orders. Huaxin Semiconductor reported revenue of RMB 5.2 billion.
"""


def test_letterhead_under_stock_fields_and_its_code_and_short_name_as_aliases():
    ex = extract_text(A_SHARE, "ashare", "ashare.txt")
    assert ex.company in ("Lanxing Software Technology Co., Ltd.", "Lanxing Software Technology")
    names = {a for a, (kind, label) in ex.doc_aliases.items() if kind == "Company" and label == ex.company} \
        if hasattr(ex, "doc_aliases") else None
    if names is not None:
        assert "301877" in names


DART = """DART  Electronic Disclosure System  |  Filed 2026.11.11 15:47  |  KOSDAQ
[English courtesy translation of the Korean original.]

Hanbit Webworks Inc. (한빛웹웍스)  |  Stock code 081234
Report title: Provisional Operating Results (Fair Disclosure)

1. Consolidated revenue for 3Q 2026 was KRW 88,410 million.

2. Other matters
 - Consolidated figures including the listed subsidiary Doryeong Data Inc. (KOSDAQ 094411, 41.0% owned). Doryeong Data recorded 3Q 2026 revenue of KRW 40,120 million.
 - Doryeong Data expanded its data centre. Doryeong Data signed two new customers. Doryeong Data plans a new site.
 - On 2026.11.11 the Company appointed Kim Soo-ah as co-CEO.
"""


def test_dart_header_with_stock_code_over_a_louder_listed_subsidiary():
    ex = extract_text(DART, "dart", "dart.txt")
    assert ex.company == "Hanbit Webworks"


def test_subsidiary_before_a_name_makes_it_a_unit_of_another():
    body = "Figures include the listed subsidiary Doryeong Data Inc. and its results. Doryeong Data grew."
    assert _against_counts("Doryeong Data", body)[1] == 1


SENS = """**TAUNG HOLDINGS LIMITED**
(Incorporated in the Republic of South Africa)
(Registration number: 2001/000001/06)
JSE share code: TGH   ISIN: ZAE000999999
("Taung" or "the Company")

## MOLOPO FREIGHT LIMITED INTERIM RESULTS AND TAUNG NET ASSET VALUE

Shareholders are referred to the interim results of Molopo Freight Limited ("Molopo"), published today. Molopo is Taung's largest investment.

For the six months, Molopo reported revenue up 8.1% to R2.10 billion. Molopo's chief executive said volumes recovered, and Molopo expects capital expenditure of R500 million.

Taung's intrinsic net asset value per share was R22.40 at 30 September 2026.
"""


def test_sens_header_block_defined_term_over_a_louder_investee():
    assert ("Taung", ["Taung"], "Company") in defined_terms(SENS)
    ex = extract_text(SENS, "sens", "sens.md")
    assert ex.company == "Taung"


MOPS = """# Linmao Components Co., Ltd. (6123) — Material Information

Company code: 6123
Company short name: Linmao
Subject: On behalf of the Company's parent company, Tairen Holdings Corp., its third-quarter results

Statement:

1. Date of occurrence of the event: 2026/11/12
2. Company name: Tairen Holdings Corp.
3. Relationship to the Company: parent company
4. Cause of occurrence: Tairen Holdings Corp. consolidated operating revenue for 2026Q3: NT$30,100,000 thousand. Tairen Holdings Corp. expects growth of 10%. Tairen Holdings Corp. chairman said demand was strong.
5. Linmao's own results for 2026Q3: operating revenue NT$1,204,000 thousand.
"""


def test_mops_short_name_field_over_the_parent_in_the_statement():
    ex = extract_text(MOPS, "mops", "mops.md")
    assert ex.company in ("Linmao", "Linmao Components")


NEWSROOM = """Home | Products | Newsroom | Contact

# Varnholt's X2 scanner comes to Irish clinics through a distribution agreement

**DUBLIN, November 3, 2026** — We have signed an agreement to distribute the X2 scanner, developed and manufactured by Varnholt Imaging Inc., to clinics across Ireland.

Varnholt reported revenue of US$900 million. Varnholt employs 2,000 people. Varnholt launched the X2 in 2025.

Under the agreement, Quellby will ship the scanners from its warehouse in Naas.

### About us

We distribute medical devices to clinics. Our revenue was EUR 80 million in 2026.

(c) 2026 Quellby Supply Ltd. All rights reserved.
"""


def test_copyright_owner_read_before_cleaning():
    assert clean.copyright_owner(NEWSROOM) == "Quellby Supply Ltd."
    assert clean.copyright_owner("© 2026 Telecom Desk\nno legal form") is None


def test_supplier_before_is_another_party():
    body = NEWSROOM
    assert _against_counts("Varnholt Imaging", body)[0] == 1


PUBLISHER = """Quarterly memo leaked | The Harbour Ledger
Home | SaaS | Newsletter

The Harbour Ledger obtained the memo. "We are growing," it says. We asked Kestrel Apps for comment. Kestrel Apps said its revenue grew 20%. Kestrel Apps hired 40 people. Kestrel Apps plans a new office.

© 2026 The Harbour Ledger Media Ltd. · Ethics policy
"""


def test_copyright_owner_is_no_narrator_when_the_masthead_names_it():
    from aikg.extract.narrator import _copyright_owner
    assert _copyright_owner("The Harbour Ledger Media Ltd.", clean.clean(PUBLISHER), lambda n: None) is None
