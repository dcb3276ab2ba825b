"""A figure's measure read from the noun phrase it is the value of (extract/np_measures.py), on short
articles of our own in shapes and spellings none of the probe sets has."""
from __future__ import annotations

from decimal import Decimal

from aikg.extract.np_measures import measure_at
from aikg.extract.pipeline import extract_text

LETTER = """Kestrel Data Centres reports its 2026 results

ROTTERDAM, 12 February 2027 -- Kestrel Data Centres N.V. reported revenue of EUR 318 million for 2026.

Contracted power stood at 212 MW at the end of the year.
The board set the payout ratio at 40%.
Unbilled receivables amounted to EUR 48.6 million.
The headroom for the Nordics unit was EUR 12 million.
Rival Fjordlink, which is private, was estimated by one analyst at EUR 3 billion.
For 2027 Kestrel expects an operating margin of 14%.
The operating loss of the software arm narrowed to EUR 4 million from a loss of EUR 9 million a year earlier.

- Headcount at 31 December 2026: 1,942
- Italy (Kestrel Italia): EUR 65 million
"""

SWEDISH = """Norrvik Logistik AB: interim report January-September 2026

Norrvik Logistik AB today published its interim report.

- Order intake: SEK 3 412 million
- Net sales: SEK 2 980 million
The cash conversion ratio was 91 %.
"""


def _obs(text: str) -> dict[str, list]:
    ex = extract_text(text, "d", "d.md")
    out: dict[str, list] = {}
    for f in ex.facts:
        if f.kind == "observation":
            out.setdefault(f.measure, []).append(f)
    return out


def test_a_copula_subject_is_the_measure_kept_as_the_text_names_it():
    obs = _obs(LETTER)
    assert [(o.subject.label, o.value) for o in obs["unbilled receivables"]] == [("Kestrel Data Centres", Decimal("48600000"))]
    assert obs["contracted power"][0].value == 212


def test_set_at_and_a_labelled_line_with_its_date():
    obs = _obs(LETTER)
    assert obs["payout ratio"][0].value == 40 and obs["payout ratio"][0].unit == "percent"
    hc = obs["headcount"][0]
    assert hc.value == 1942 and hc.period is not None and hc.period.end.isoformat() == "2026-12-31"


def test_what_is_no_measure_of_the_company_gives_nothing():
    obs = _obs(LETTER)
    values = {o.value for os in obs.values() for o in os if o.subject.label == "Kestrel Data Centres"}
    assert Decimal("12000000") not in values      # the headroom "for the Nordics unit": a complement's figure
    assert Decimal("3000000000") not in values    # estimated *by* an analyst, and a rival's
    assert Decimal("9000000") not in values       # the compared loss "from a loss of"
    assert Decimal("65000000") not in values      # "Italy (Kestrel Italia):" names a place, no measure
    assert "operating margin" not in obs          # an outlook, not a level reached


def test_space_thousands_and_a_decimal_comma_keep_their_labels():
    obs = _obs(SWEDISH)
    assert obs["order intake"][0].value == Decimal("3412000000") and obs["order intake"][0].unit == "SEK"
    assert obs["cash conversion ratio"][0].value == Decimal("91")   # (no "purchase conversion")


def test_measure_at_reads_each_shape_and_refuses_bare_or_changed_heads():
    t = "The group carries a book value of GBP 7 million."
    assert measure_at(t, t.index("GBP"), t.index(" million") + 8).measure == "book value"
    t = "It reported an increase of 12% in orders."
    assert measure_at(t, t.index("12"), t.index("%") + 1) is None
    t = "The value of GBP 7 million was booked."
    assert measure_at(t, t.index("GBP"), t.index(" million") + 8) is None
    t = "At the end of June the Auftragsbestand (order backlog) stood at 210 Mio. Euro."
    assert measure_at(t, t.index("210"), t.index("Euro") + 4).measure == "order backlog"
