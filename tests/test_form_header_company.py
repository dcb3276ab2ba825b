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



def test_a_bracketed_quarter_after_the_years_dates_declares_no_calendar():
    # "(Q3 FY2025: 0.9 sen)" compares last year's dividend: no name of the year whose dates precede it
    # (read as 'FY2025 ends December 2026', which dated the filer's Q3 FY2026 July-September 2027)
    from aikg.extract import periods, values
    text = ("The Board has declared an interim dividend of 1.2 sen per share for the financial year ending "
            "31 December 2026 (Q3 FY2025: 0.9 sen), payable in December 2026.")
    assert periods.declared_labels(values.find_periods(text, None), text) == []
    named = "Revenue was RM9.2 million in FY2025 (year ended 31 March 2026)."
    assert [fy for _, _, fy, _ in periods.declared_labels(values.find_periods(named, None), named)] == [2025]
