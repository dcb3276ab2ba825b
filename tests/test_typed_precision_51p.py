"""Typed facts whose company and period are right at first contact (issue51p): a caption's span without its
year over bare-year columns, a Q&A question number with a colon, a numbered item's label. Invented texts only."""
from datetime import date

from aikg.extract import values as v
from aikg.extract.periods import question_number
from aikg.extract.pipeline import extract_bytes
from aikg.extract.tables import caption_span


def _obs(text: str, name: str = "doc.txt"):
    return [f for f in extract_bytes(text.encode(), name).facts if f.kind == "observation"]


# ---------------------------------------------------------------- caption-span

def test_caption_span_reads_one_yearless_span():
    assert caption_span("UNIT REVENUE (Quarter ended 31 March)") == "Quarter ended 31 March"
    assert caption_span("For the six months ended 30 June") == "the six months ended 30 June"
    assert caption_span("Quarter ended 31 March 2026") is None          # (a dated span: the header's own reading)
    assert caption_span("Quarter ended 31 March | Year ended 31 March") is None   # (two spans: none for every column)
    assert caption_span("Revenue by unit") is None


GRID = """Tallowmere Holdings PLC - interim statements, 12 May 2026

UNIT INFORMATION - REVENUE (Quarter ended 31 March)
Business unit                      2026 Rs.'000    2025 Rs.'000    %
Harbour Logistics                     4,210,300       3,905,200      7.8
Garden Foods                          2,118,450       2,004,900      5.7
Group                                 6,328,750       5,910,100      7.1
"""


def test_bare_year_columns_take_the_captions_quarter():
    obs = [f for f in _obs(GRID, "tallowmere_interim.txt") if f.value is not None]
    assert obs
    for f in obs:
        assert f.period is not None and f.period.start is not None, (f.value_text, f.period)
        assert (f.period.start.month, f.period.start.day, f.period.end.month, f.period.end.day) == (1, 1, 3, 31), f.period
    years = {f.period.end.year for f in obs}
    assert years == {2025, 2026}


# ---------------------------------------------------------------- question-number with a colon

def test_question_number_with_colon_before_a_question():
    for t in ("Q3: How is the export business developing?", "Q1: Please review the results for the half.",
              "Q2: Competition from local vendors?"):
        p = v.find_periods(t, date(2026, 11, 1))[0]
        assert question_number(p, t), t
    t = "Q3: revenue rose 4% to $20 million."
    assert not question_number(v.find_periods(t, date(2026, 11, 1))[0], t)


QA = """Brackwell Software Co., Ltd. - Record of investor relations activities, 3 November 2026

Brackwell Software met eleven fund managers at its Shenzhen office on 30 October 2026.

Q1: Please review results for January-September 2026.
A: For January-September 2026 the Company achieved operating revenue of RMB 2.410 billion, up 5.2%.

Q4: How is the overseas business developing?
A: Overseas revenue was RMB 180 million, up 19%, mainly from Southeast Asia.
"""


def test_question_number_dates_no_answer():
    obs = _obs(QA, "brackwell_ir_record.txt")
    assert obs
    assert not any(f.period is not None and f.period.label.startswith("Q4") for f in obs), \
        [(f.value_text, f.period) for f in obs]


# ---------------------------------------------------------------- numbered-item-label

NOTES = """Ferncastle Group PLC - interim statements, 12 May 2026

Ferncastle Group reports three segments: Harbour Logistics, Garden Foods and Leisure.

Notes
1. Basis of preparation: the statements follow IAS 34.
2. Capital commitments: On 4th May 2026 the Board approved capital expenditure of Rs. 2.3 billion for the
   expansion of warehousing.
"""


def test_numbered_note_label_owns_no_figure():
    obs = _obs(NOTES, "ferncastle_interim.txt")
    capex = [f for f in obs if f.value is not None and int(f.value) == 2_300_000_000]
    assert capex, [(f.subject.label, f.value_text) for f in obs]
    assert all(f.subject.label != "Capital commitments" for f in capex), [(f.subject.label, f.value_text) for f in capex]


# ---------------------------------------------------------------- owner-part-possessive

PART = """# Halvorsen Coatings posts higher third-quarter revenue

KUALA LUMPUR, 20 November 2026 - Halvorsen Coatings Bhd said its revenue for the third quarter rose 6% to RM 210
million. Taiwan operations contributed 70% of group revenue in the quarter; the Taiwan subsidiary's Q3 revenue was
NT$ 640 million.
"""


def test_a_described_subsidiarys_figure_is_not_the_groups():
    from aikg.extract.figure_owner import part_owned
    t = "the Taiwan subsidiary's Q3 revenue was NT$ 640 million."
    assert part_owned(t, t.find("NT$"))
    t2 = "Halvorsen's Q3 revenue was RM 210 million."
    assert not part_owned(t2, t2.find("RM"))
    obs = _obs(PART, "halvorsen_q3.md")
    assert any(f.value is not None and int(f.value) == 210_000_000 for f in obs)
    assert not any(f.value is not None and int(f.value) == 640_000_000 for f in obs), \
        [(f.subject.label, f.value_text) for f in obs]


SEGMENT_UNIT = """Brannock Group reports quarterly results

Brannock Group's Marine Systems segment sells sonar and deck machinery. The unit's revenue grew 11% in Q2 2026.
"""


def test_the_units_figure_stays_with_the_segment_it_refers_to():
    # (merge of issue51p) a bare "the unit's" that the reader resolved to a named segment keeps its figure there;
    # only the group is refused a described part's figure (the bundled corpus' 004 has this shape)
    obs = _obs(SEGMENT_UNIT, "brannock_q2.md")
    seg = [f for f in obs if f.subject.kind == "Segment" and (f.change_text or "").startswith("11")]
    assert seg, [(f.subject, f.value_text, f.change_text) for f in obs]
    assert not any(f.subject.kind == "Company" and (f.change_text or "").startswith("11") for f in obs)
