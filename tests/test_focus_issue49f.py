"""issue49f: whose document it is when its company is named by a letterhead or a form field in capitals
(invented documents, our own words): a capitals header's first word the text writes only at the head of a
longer run is no short name (rule caps-name-run); the city a registered name opens with is none either (rule
caps-place-head); a buyer's form names its supplier in a "Supplier:" field, and the supplier's own legal name
keeps it apart from its parent named in the answers."""
from aikg.extract.header_fields import party_field
from aikg.extract.pipeline import extract_bytes


def _company(text: str) -> str | None:
    return extract_bytes(text.encode(), "doc.txt").company


CHARTER = """BRIMSCOTE BANCORP, INC.
CHARTER OF THE COMPENSATION COMMITTEE OF THE BOARD OF DIRECTORS

I. PURPOSE
The Compensation Committee (the "Committee") is appointed by the Board of Directors (the "Board") of
Brimscote Bancorp, Inc. (together with its subsidiaries, the "Company") to oversee the pay of the Company's executive officers.

II. MEMBERS
The Committee shall consist of at least three directors, each independent under the listing rules.
"""

NOTICE = """PUBLIC NOTICE

TEMBERLY AGRO FOODS LIMITED
Regd. Office: Plot 4, Industrial Estate, Nashik

NOTICE is hereby given that the unclaimed dividends of the Company for seven years will move to the
fund. Shareholders of the Company (Temberly Agro) may claim them before the record date.
Company Secretary
"""

DECLARATION = """DECLARATION OF CONFORMITY

    NINGBO QUARLEN MOTOR TECHNOLOGY CO., LTD.
    Address: 8 Harbour Road, Ningbo, Zhejiang, China. Tel: +86 574 0000 0000

We declare that the product below, made in our Ningbo plant, meets the directives listed.
Product: brushless motor QM-40
Signed for and on behalf of: Ningbo Quarlen Motor Technology Co., Ltd.
Place: Ningbo
"""

QUESTIONNAIRE = """HARLOWE MUTUAL — THIRD PARTY RISK MANAGEMENT
Supplier security assessment — completed questionnaire
Requester: Harlowe Mutual, Procurement, Leeds
Supplier: TRESCOTT PAYROLL UK LIMITED (Company No. 01234567)
Questionnaire completed by: Supplier's Head of Security

A.1 Board-approved security policy? — Yes, reviewed every year.
A.4 Ultimate parent? — Trescott Holdings Limited, owned by a private equity fund.
B.1 Cloud hosting? — Microsoft Azure, UK South region; Microsoft is the hosting subprocessor.
B.2 Backups? — Microsoft Azure geo-redundant storage.
"""


def test_caps_header_is_the_run_the_text_writes_not_its_first_word():
    # before: "Brimscote" (the first word, spelled in the header and once in the text)
    assert _company(CHARTER) == "Brimscote Bancorp"


def test_caps_header_run_shorter_than_the_whole_name():
    # before: "Temberly"; the text writes "Temberly Agro" (and once the whole legal name)
    assert _company(NOTICE) in ("Temberly Agro", "Temberly Agro Foods")


def test_city_opening_a_registered_name_is_no_short_name():
    # before: "Ningbo", the city its address and place line name
    assert _company(DECLARATION) == "Quarlen"


def test_supplier_field_names_the_forms_party():
    f = party_field(QUESTIONNAIRE)
    assert f is not None and f.value.startswith("TRESCOTT PAYROLL UK LIMITED")


def test_supplier_keeps_its_own_name_beside_its_parent():
    # before: "Microsoft" (no candidate, the most-named company); the parent's legal name is another company's
    # (the text writes the supplier's words in its own case only in its parent's name: the header's word stays)
    assert _company(QUESTIONNAIRE) in ("Trescott", "Trescott Payroll", "Trescott Payroll UK")
