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


ALERT = b"""From: Harrowgate Data Investor Relations <ir@harrowgate.example>
To: subscribers@list.example
Date: Tue, 14 Jul 2026 07:00:00 +0100
Subject: [IR Alert] Harrowgate Data plc - Final results for the year ended 31 May 2026

 You are receiving this alert because you subscribed to regulatory news for Harrowgate Data plc.

Harrowgate Data said revenue for the year rose 6% to GBP 310.2 million. Final dividend 2.1p per share.
Harrowgate Data expects its cyber-assurance arm to grow again next year, the chief executive said.

 02 Oct 2026   Final dividend payment (record date 04 Sep 2026)
 15 Oct 2026   Final results webcast replay closes
"""


def test_an_alert_subject_names_its_company_before_a_dash_with_its_legal_form(monkeypatch):
    # rule title-name-dash with the name's legal form ("NAME plc - Final results …"): the company, not "Final"
    from aikg.extract import focus
    seen = []
    real = focus.structural_readings

    def spy(*args, **kwargs):
        out = real(*args, **kwargs)
        seen.extend(r.label for r in out)
        return out
    monkeypatch.setattr(focus, "structural_readings", spy)
    ex = extract_bytes(ALERT, "harrowgate_alert.txt")
    assert ex.company == "Harrowgate Data"
    assert "Final" not in seen and "Harrowgate Data" in seen, seen
