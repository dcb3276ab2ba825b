"""Rule caps-whole-name (extract/focus.py): a capitals header "NAME WORDS LEGAL-FORM" names the
document's company by its whole name when the text writes that whole name and uses none of its
words on its own (a word such as "Information" or "Plastics" met once elsewhere is no short name);
a word the text does use on its own stays the short name. Invented documents, our own words."""
from aikg.extract.pipeline import extract_bytes


def _company(text: str) -> str | None:
    return extract_bytes(text.encode(), "doc.txt").company


INSPECTION = """Federal Workplace Safety Register - Inspection Detail

Inspection: 4410-22 - Brackenfold Moulded Polymers, LLC
Opened: 03/02/2031

BRACKENFOLD MOULDED POLYMERS, LLC
12 Quarry Lane
Dunmore, PA 18512

Industry: Other Polymers Product Manufacturing
Inspection Type: Complaint        Scope: Partial
Case Status: OPEN

Brackenfold Moulded Polymers, LLC was cited for two serious violations involving machine guarding
on an injection press line. Proposed penalties total $31,200. The employer has fifteen working days
to contest the citations or request an informal conference.
"""

SHORT_NAME = """QUARRELL DIGITAL SERVICES PLC

Quarrell reported revenue of £88.1 million for the half year, up 9%. Quarrell said demand for its
managed cloud work held up, and Quarrell expects the second half to be stronger. Chief executive
Ines Whitcombe said the order book stood at a record level.
"""


def test_whole_name_when_its_words_are_not_used_alone():
    assert _company(INSPECTION) == "Brackenfold Moulded Polymers"


def test_short_word_kept_when_the_text_uses_it_alone():
    assert _company(SHORT_NAME) == "Quarrell"
