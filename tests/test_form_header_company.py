"""An exchange's announcement form: a capitals header naming the exchange, a field line naming the
company in capitals, 'The Board' as the filer's voice and a subsidiary whose name holds the
company's (read after first contact with probe27 07; the shapes of focusset21 dev 15 and focusset26
held 07). Invented text."""
from aikg.extract.pipeline import extract_bytes

FORM = b"""KORALIA STOCK EXCHANGE BERHAD - COMPANY ANNOUNCEMENT

Company name      : PELANGI OPTIK HOLDINGS BERHAD
Stock name        : PELANGI
Board             : Main Market
Category          : Financial Results

Quarterly report for the financial period ended 30 June 2026.

The Board is pleased to announce that revenue for the quarter rose to RM88.10 million from
RM71.40 million a year earlier. The Board expects orders for lens-inspection systems to stay firm.
The subsidiary Pelangi Optik Engineering (Penang) Sdn. Bhd. recorded revenue of RM12.30 million
in the quarter. Pelangi Optik said its order book stood at RM140 million at the end of June. The
Board declared an interim dividend of 1.2 sen per share.
"""


def test_field_line_in_capitals_names_the_company_in_the_texts_case():
    ex = extract_bytes(FORM, "pelangi_form.txt")
    assert ex.company == "Pelangi Optik"


def test_the_board_is_no_company_and_the_subsidiary_does_not_take_the_name():
    ex = extract_bytes(FORM, "pelangi_form.txt")
    labels = {e.label for e in ex.entities}
    assert "Board" not in labels
    assert ex.company != "Pelangi Optik Engineering"
    company = next(e for e in ex.entities if e.label == ex.company)
    assert "Board" not in company.aliases
