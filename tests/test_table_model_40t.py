"""Figures stated only in tables and list lines (issue40t): a change column's percent on the latest
period's amount, two-language and 'of which' rows in the release's language, minor-unit per-share
rows, cost rows in brackets, table notes with the rand's sign, list lines with a bracketed
comparative, 'Ps.' amounts. Invented articles."""
from decimal import Decimal

from aikg.extract import values as v
from aikg.extract.notation import english
from aikg.extract.pipeline import extract_text
from aikg.extract.segment_tables import _money_in, unit_note


def _obs(text: str):
    ex = extract_text(text, "t40", "t40.md")
    return [f for f in ex.facts if f.kind == "observation"]


def _find(obs, subject, measure, value):
    return [o for o in obs if o.subject.label == subject and o.measure == measure and o.value == Decimal(value)]


SEQUENTIAL = """# Korvelin Data: Q3 2031 versus Q2 2031

Korvelin Data Inc. reported its third quarter of 2031 on Thursday; here is the quarter next to the one before.

| USD millions | Q2 2031 | Q3 2031 | QoQ |
|---|---|---|---|
| Revenue | 40.0 | 44.0 | +10.0% |
| Adjusted EBITDA | 8.0 | 9.0 | +12.5% |
"""


def test_a_change_column_after_earlier_then_later_period_changes_the_later_amount():
    obs = _obs(SEQUENTIAL)
    q3 = _find(obs, "Korvelin Data", "revenue", "44000000")
    q2 = _find(obs, "Korvelin Data", "revenue", "40000000")
    assert q3 and q3[0].change == Decimal("10.0") and q3[0].period.label == "Q3 2031"
    assert q2 and q2[0].change is None


GERMAN = """Brennwald Informatik AG
Quartalsmitteilung Q3 2031 / Quarterly Statement as of 30 September 2031

KENNZAHLEN / KEY FIGURES

in Mio. EUR                      Q3 2031    Q3 2030    Veränd.    9M 2031    9M 2030    Veränd.
Umsatz (Revenue)                    60,0       50,0     +20,0 %     170,0      150,0     +13,3 %
  davon Managed Cloud               40,0       32,0     +25,0 %     110,0       96,0     +14,6 %
EBITDA-Marge                        9,5 %      8,0 %                 9,0 %      7,5 %

Brennwald Informatik grew in all quarters of the year. The Managed Cloud segment is its largest.
"""


def test_a_two_language_label_an_of_which_row_and_two_change_pairs():
    obs = _obs(GERMAN)
    q3 = _find(obs, "Brennwald Informatik", "revenue", "60000000")
    nine = _find(obs, "Brennwald Informatik", "revenue", "170000000")
    assert q3 and q3[0].change == Decimal("20.0")
    assert nine and nine[0].change == Decimal("13.3")
    part = _find(obs, "Managed Cloud", "revenue", "40000000")
    assert part and part[0].period.label == "Q3 2031" and part[0].change == Decimal("25.0")
    margin = [o for o in obs if o.measure == "ebitda margin" and o.value == Decimal("9.5")]
    assert margin and margin[0].period.label == "Q3 2031"


INTERIM = """<html><body>
<h1>Umzali Engineering Holdings Limited – interim results for the six months ended 31 August 2031</h1>
<p>Umzali Engineering Holdings grew revenue and earnings in the half, its chief executive said.</p>
<table>
<caption>Salient features (R million, unless otherwise stated)</caption>
<tr><th></th><th>Six months to 31 Aug 2031</th><th>Six months to 31 Aug 2030</th><th>% change</th></tr>
<tr><td>Revenue</td><td>5 100.0</td><td>4 800.0</td><td>6.3</td></tr>
<tr><td>Net finance costs</td><td>(21.5)</td><td>(25.0)</td><td></td></tr>
<tr><td>Headline earnings per share (cents)</td><td>250.4</td><td>231.0</td><td>8.4</td></tr>
</table>
<h3>Divisional revenue (prior period in brackets)</h3>
<ul>
<li>Rail Engineering: R3 100.0 million (R2 900.0 million), up 7%</li>
<li>Water Works: R2 000.0 million (R1 900.0 million), up 5%</li>
</ul>
</body></html>"""


def test_rand_table_note_cents_rows_and_cost_brackets():
    from aikg.extract.pipeline import extract_bytes
    ex = extract_bytes(INTERIM.encode(), "umzali.html")
    obs = [f for f in ex.facts if f.kind == "observation"]
    rev = [o for o in obs if o.measure == "revenue" and o.value == Decimal("5100000000")]
    assert rev and rev[0].unit == "ZAR" and rev[0].change == Decimal("6.3")
    cost = [o for o in obs if o.measure == "net finance costs" and o.unit == "ZAR"]
    assert {o.value for o in cost} == {Decimal("21500000"), Decimal("25000000")}
    heps = [o for o in obs if o.measure == "headline earnings per share" and o.value == Decimal("250.4")]
    assert heps and heps[0].unit == "cents"


REGIONS = """# Tessaly Networks Reports Third Quarter 2031 Results

Tessaly Networks Inc. today announced financial results for its third quarter ended September 30, 2031.

**Revenue by region, Q3 2031**

- Europe: $120.0 million (Q3 2030: $100.0 million), up 20%
- Asia: $80.0 million (Q3 2030: $75.0 million), up 7%
"""


def test_a_list_lines_bracketed_comparative_dates_only_its_own_amount():
    obs = _obs(REGIONS)
    now = [o for o in obs if o.subject.label == "Europe" and o.value == Decimal("120000000")]
    before = [o for o in obs if o.subject.label == "Europe" and o.value == Decimal("100000000")]
    assert now and now[0].period.label == "Q3 2031"
    assert before and before[0].period.label == "Q3 2030"


def test_notes_signs_and_brackets():
    assert _money_in("12.5", "R bn").currency == "ZAR"
    assert unit_note("Revenue (R million, unless otherwise stated)") == "R million"
    assert english("Unit A: R3 204.1 million (R2 987.6 million)") == "Unit A: R3,204.1 million (R2,987.6 million)"
    two = v.find_money("Unit A: R3 204.1 million (R2 987.6 million), up 7%")
    assert [m.value for m in two] == [Decimal("3204100000"), Decimal("2987600000")]
    conv = v.find_money("a deal of €10 million ($11 million)")
    assert len(conv) == 1 and conv[0].equivalents
    ps = v.find_money("revenue of Ps.1,234.5 million, up 3%")
    assert ps and ps[0].currency == "MXN" and ps[0].value == Decimal("1234500000")


def test_a_bracketed_prior_after_space_thousands_before_a_fused_code():
    from aikg.extract.notation import Notation
    ms = v.find_money("Net sales increased by 9% to 3 210 MSEK (2 945).", Notation(bracket_prior=True))
    assert [m.value for m in ms] == [Decimal("3210000000"), Decimal("2945000000")]
