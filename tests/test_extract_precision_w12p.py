"""Precision fixes of issue 12 (branch issue12p), pinned with sentences written for the test:
a unit's name does not swallow its parent's bare name, the lead of a web page after its
furniture sets the period reported on, and markdown emphasis inside a sentence does not split a
range."""
from __future__ import annotations

from aikg.extract import clean
from aikg.extract.legal_forms import LEGAL_END, LEGAL_LAST
from aikg.extract.pipeline import extract_text

UNIT_DOC = """Varnholt's network bet pays off in the third quarter

Varnholt reported net sales of EUR 3.1 billion for the July-September quarter, up 6%.
Varnholt said its order book was the strongest in three years.
Net sales by segment:
Varnholt Technologies: EUR 0.3 billion, down 2%
Chief executive Ilse Marten said Varnholt would keep investing.
Varnholt Technologies, which licenses the company's patents, expects revenue of about EUR 1.2 billion a year.
Varnholt shares rose 4%. Analysts said Varnholt had beaten expectations, and Varnholt's rivals lagged.
"""


def _obs(ex):
    return [f for f in ex.facts if f.kind == "observation"]


def test_a_bare_name_used_far_more_often_than_its_unit_name_is_the_parent_company():
    ex = extract_text(UNIT_DOC, "doc", "doc.txt")
    group = [o for o in _obs(ex) if o.measure == "net sales" and o.value is not None and o.value > 1_000_000_000]
    assert group and {o.subject.label for o in group} == {"Varnholt"}
    unit = [o for o in _obs(ex) if o.subject.label == "Varnholt Technologies"]
    assert unit, "the unit keeps its own figures"
    roles = [f for f in ex.facts if f.kind == "role"]
    assert roles and roles[0].organization.label == "Varnholt"


def test_a_descriptor_name_the_article_uses_as_its_usual_name_keeps_its_short_form_as_alias():
    doc = ("Korvel Systems raises its outlook\n\nKorvel Systems reported revenue of $2.0 billion for the third "
           "quarter, up 8%. Korvel Systems said demand for its routers was strong. Korvel expects more growth.\n")
    ex = extract_text(doc, "doc", "doc.txt")
    assert {o.subject.label for o in _obs(ex)} == {"Korvel Systems"}


WEB_PAGE = """Home | Markets | Tech | Log in
We use cookies to improve your experience and for advertising purposes on this site.
By continuing to browse this site you accept our cookie policy and terms.
Markets › Telecoms › Nordics
# Telvora's profit slips as network sales stall
*By Desk staff · November 4, 2025*
Telvora Oyj said on Tuesday that third-quarter operating profit fell 12% to EUR 210 million.
Revenue for the July-September quarter rose 3% to EUR 2.4 billion.
Its cloud business grew faster.
Cloud revenue rose 14% to EUR 300 million, helped by new contracts.
"""


def test_the_lead_after_a_web_pages_furniture_sets_the_period_reported_on():
    ex = extract_text(WEB_PAGE, "doc", "doc.txt")
    cloud = [o for o in _obs(ex) if o.value == 300_000_000]
    assert cloud and cloud[0].period is not None and cloud[0].period.label == "Q3 2025"


def test_emphasis_inside_a_sentence_is_blanked_and_offsets_stay():
    text = "It expects sales of between **€4.1 billion and €4.5 billion** next quarter.\n**Net income:** €1.0 billion"
    out = clean.clean(text)
    assert len(out) == len(text)
    assert "between   €4.1 billion and €4.5 billion   next" in out
    assert out.splitlines()[1].startswith("**Net income:**")  # a list line's bold label stays


def test_a_bold_range_is_one_figure_with_its_maximum():
    doc = ("Qestrel books record orders\n\nQestrel reported third-quarter 2025 net sales of €3.0 billion. "
           "For the fourth quarter Qestrel expects net sales of between **€3.2 billion and €3.6 billion**.\n")
    ex = extract_text(doc, "doc", "doc.txt")
    outlook = [o for o in _obs(ex) if "outlook" in o.measure]
    assert len(outlook) == 1 and outlook[0].value_max == 3_600_000_000


def test_one_record_of_legal_forms_serves_short_names_and_labels():
    assert LEGAL_END.sub("", "Kestrel Holding N.V.") == "Kestrel"
    assert LEGAL_LAST.sub("", "Kestrel Holdings Ltd") == "Kestrel Holdings"
    assert LEGAL_LAST.sub("", "Vantora Systems Inc.") == "Vantora Systems"
