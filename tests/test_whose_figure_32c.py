"""Issue 32c: whose figure it is — a defined short form is its full name's, a first-person text's
self-introduced company is the article's, a state is never a company, a rival that "closed <year>
with revenue of …" owns that figure. Short articles invented for these tests, in shapes none of
the probe sets has (a podcast intro, a supplier's Q&A page, a trade-body note, a plant tour)."""
from __future__ import annotations

from aikg.extract.focus_score import defined_short_forms
from aikg.extract.legal_forms import LEGAL_END
from aikg.extract.mention_roles import _is_chrome
from aikg.extract.pipeline import extract_bytes, extract_text
from aikg.extract.places import is_place
from aikg.extract.sentences import split
from aikg.extract.writer import self_named_company


def _subject(f):
    for name in ("subject", "company", "holder", "investor"):
        v = getattr(f, name, None)
        if v is not None and hasattr(v, "label"):
            return v.label
    return None


def _figures(ex, value):
    return [f for f in ex.facts if getattr(f, "value", None) == value]


# --- defined short form -----------------------------------------------------------------------

TRADE_NOTE = """Member spotlight: a telco that bet on edge data centres

Brenmoor Telecom Co., Ltd. (TPEX: 9911), usually shortened to "BMT", runs fixed and mobile
networks across three provinces. BMT said its revenue for 2025 was NT$18.2 billion, up 6%.
BMT plans to open four edge sites in 2026, and BMT's chairman called the plan modest.
"""


def test_a_quoted_short_form_is_one_company_labelled_with_the_full_name():
    assert defined_short_forms(TRADE_NOTE) == {"BMT": "Brenmoor Telecom"}
    ex = extract_text(TRADE_NOTE, "t32c-a", "t32c-a.txt")
    assert ex.company == "Brenmoor Telecom"
    ent = next(e for e in ex.entities if e.label == "Brenmoor Telecom")
    assert "BMT" in ent.aliases
    assert not any(e.label == "BMT" for e in ex.entities)
    rev = _figures(ex, 18_200_000_000)
    assert rev and all(_subject(f) == "Brenmoor Telecom" for f in rev)


def test_a_class_noun_in_quotes_is_no_short_form():
    text = 'Halvard Grid Limited (the "Company") and Halvard Grid Limited ("Group") filed notes.'
    assert defined_short_forms(text) == {}


def test_bracketed_quoted_short_form_and_hereinafter():
    text = ('Tamsin Cloud Sdn Bhd ("TCloud") runs two halls. Orvane Data Systems Inc. '
            '(hereinafter "ODS") buys power.')
    assert defined_short_forms(text) == {"TCloud": "Tamsin Cloud", "ODS": "Orvane Data Systems"}


def test_legal_forms_with_a_comma_and_long_forms_drop():
    assert LEGAL_END.sub("", "Quetzal Redes, S.A.B. de C.V.") == "Quetzal Redes"
    assert LEGAL_END.sub("", "Siam Fibre Public Company Limited") == "Siam Fibre"
    assert LEGAL_END.sub("", "Loire Compute SAS") == "Loire Compute"


# --- first person -----------------------------------------------------------------------------

PODCAST_INTRO = """Episode 41 show notes: building a GPU cloud on the cheap

Hey everyone, I'm Priya Venn, head of infrastructure at Quillmere Compute, and this week I'm flying solo.
We run about 2,300 GPUs across two sites today and our revenue last year was EUR 31 million.
Quillmere Compute started as a render farm. Our next site opens in spring.
"""


def test_a_self_introduction_makes_the_speakers_company_the_articles():
    assert self_named_company(PODCAST_INTRO) == "Quillmere Compute"
    ex = extract_text(PODCAST_INTRO, "t32c-b", "t32c-b.txt")
    assert ex.company == "Quillmere Compute"
    gpus = _figures(ex, 2300)
    assert gpus and all(_subject(f) == "Quillmere Compute" for f in gpus)


def test_a_customer_introduction_names_no_company_of_the_writer():
    text = ("I'm a long-time customer of Orrin Labs and we use their arms in our plant. We pay a lot. "
            "Orrin Labs raised prices again.")
    assert self_named_company(text) is None


SUPPLIER_QA = """<html><body>
<h1>Frequently asked questions</h1>
<h2>About Tallis Robotics</h2>
<p>Tallis Robotics is a maker of warehouse robots. We ship from Leeds, and our revenue in 2025 was GBP 44 million.</p>
<p>We employ about 310 people. Tallis Robotics customers include several grocers.</p>
</body></html>"""


def test_an_about_heading_before_first_person_text_names_the_company():
    ex = extract_bytes(SUPPLIER_QA.encode(), "t32c-c.html")
    assert ex.company == "Tallis Robotics"


def test_html_tags_are_no_chrome_separators():
    assert not _is_chrome("<p>Tallis Robotics plans to invest GBP 5 million.</p>")
    assert _is_chrome("Home | Products | About | Contact")


# --- places ------------------------------------------------------------------------------------

PLANT_TOUR = """Ferrow Sensors opens its books

Ferrow Sensors reported revenue of USD 210 million for 2025. It runs a plant in Boise, Idaho,
acquired in 2024, and a second in Ogden. Ferrow Sensors expects revenue of USD 240 million in 2026.
"""


def test_a_state_is_never_a_company():
    assert is_place("Idaho") and not is_place("Idaho Power")
    ex = extract_text(PLANT_TOUR, "t32c-d", "t32c-d.txt")
    assert ex.company == "Ferrow Sensors"
    assert not any(e.label == "Idaho" and e.kind == "Company" for e in ex.entities)


# --- a rival's result ---------------------------------------------------------------------------

RIVAL_RESULT = """Kestrow Cloud lifts revenue

Kestrow Cloud reported revenue of EUR 120 million for 2025, up 9%. The market is crowded: Norvale Data, the
Danish cloud operator, closed 2025 with revenues of EUR 900 million, while hyperscalers keep
adding regions. Kestrow Cloud expects growth of 10% in 2026.
"""


def test_a_rival_that_closed_the_year_with_revenue_owns_that_figure():
    ex = extract_text(RIVAL_RESULT, "t32c-e", "t32c-e.txt")
    assert ex.company == "Kestrow Cloud"
    rival = _figures(ex, 900_000_000)
    assert rival and all(_subject(f) == "Norvale Data" for f in rival)
    own = _figures(ex, 120_000_000)
    assert own and all(_subject(f) == "Kestrow Cloud" for f in own)


def test_a_line_left_open_goes_on_into_a_lower_case_line_even_when_the_wrapper_broke_early():
    text = ("Kestrow Cloud expanded this year and the team said the market was crowded with rivals: Norvale, the\n"
            "cloud operator, grew quickly, while others stood still and waited for the next round of deals.\n"
            "A second line of this paragraph goes on here with more words to reach the wrapping width ok.\n")
    sents = [s.text for s in split(text)]
    assert any("Norvale, the cloud operator, grew quickly" in s for s in sents)
