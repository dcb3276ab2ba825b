"""Issue 50c (the document's company node): a form's or data export's label word before a colon is no
company (focus.FIELD_KEY_TITLE), and a capitals letterhead's later word the text writes only inside a
shorter run of the header's words names the company by that run (focus.CAPS_NAME_RUN, `_inner_run`).
Invented documents, made-up companies, our own words."""
from aikg.extract.focus import _REPORT_TITLE, _caps_legal_name, _field_key_title, structural_readings
from aikg.extract.pipeline import extract_bytes


def _company(text: str, name: str = "doc.txt") -> str | None:
    return extract_bytes(text.encode(), name).company


# a viewer's plain-text export of a filing's tagged facts: "# Document:" is the export's label
EXPORT = """# Filing viewer - tagged facts export (plain text)
# Document: Quarterly Securities Report, 2027 first quarter
# Filer: Tolvane Systems Group, Inc.
# Export generated 2027-05-14 09:00

## Document and Entity Information
element                         | context          | value
dei:FilerName                   | FilingDate       | Tolvane Systems Group, Inc.
dei:PeriodEnd                   | FilingDate       | 2027-03-31

## Summary
element                         | context          | value
NetSales                        | CurrentQuarter   | 41,200,000,000
OperatingIncome                 | CurrentQuarter   | 6,150,000,000

## Text block
"During the quarter, net sales were 41,200 million yen and operating income was 6,150 million yen.
Sales of the managed hosting service grew by a fifth."
"""


def test_export_label_word_is_no_company():
    readings = structural_readings(EXPORT.split("\n")[:6], EXPORT, lambda n: None)
    assert all(r.label != "Document" for r in readings)
    assert _company(EXPORT) != "Document"
    assert _company(EXPORT).startswith("Tolvane Systems")


def test_a_title_that_is_no_field_line_keeps_its_name():
    """A title "Name: … report" standing alone (no field line beside it) is no field's key."""
    alone = "Brellwick: Annual Report 2026\n\nBrellwick grew revenue by 9% in 2026.\n"
    form = "Date: 3 May 2027\nSubject: Annual Report 2026\nLegal basis: Art. 17 MAR\n"
    m = _REPORT_TITLE.match("Brellwick: Annual Report 2026")
    assert m is not None and not _field_key_title(m, "Brellwick: Annual Report 2026", alone)
    m = _REPORT_TITLE.match("Subject: Annual Report 2026")
    assert m is not None and _field_key_title(m, "Subject: Annual Report 2026", form)


# a capitals letterhead whose second word the text uses most, always after the first ("Marrow Beck Digital")
STATEMENT = """MARROW BECK HOLDINGS PLC
(Company Registration No. PQ 99)
INTERIM CONDENSED FINANCIAL STATEMENTS
For the six months ended 30th September 2027 (Unaudited)

Revenue                            1,200,000     1,100,000

EXPLANATORY NOTES
1. The Digital industry group comprises Marrow Beck Digital and the Group's outsourcing operations.
2. Capital commitments: the Board approved capital expenditure of Rs. 2.1 billion for Marrow Beck Digital's
   new platform "Beck Cloud".
"""


def test_caps_header_later_word_names_by_its_run():
    got = _caps_legal_name("MARROW BECK HOLDINGS PLC", STATEMENT)
    assert got is not None and got[0] == "Marrow Beck"


def test_caps_header_whole_name_written_keeps_the_short_word():
    """The whole name written out ("Shenzhen …"-like place head, then the word) is no shorter run: the
    word the text uses stays the short name."""
    text = ("QINGHU LANTERN POWER CO., LTD.\n\nAddress: 8 Harbour Road, Qinghu.\nLantern ships inverters. "
            "Signed for and on behalf of: Qinghu Lantern Power Co., Ltd.\nLantern grew.\n")
    got = _caps_legal_name("QINGHU LANTERN POWER CO., LTD.", text)
    assert got is None or got[0] != "Lantern Power"
