"""A plain-text article hard-wrapped at ~72 columns reads as the same sentences, and gives the
same facts, as the article with one line per paragraph (issue 23s). Invented articles."""
import textwrap

from aikg.extract import clean, sentences
from aikg.extract.pipeline import extract_text
from aikg.rdf import claim_label, fact_label

ARTICLE = """Norvale Systems lifts cloud spending plan

Norvale Systems Inc. said on Tuesday that it will spend $4.2 billion on new data centres in Ohio over the next three years, as demand for its hosted inference service keeps growing faster than the company had expected.

Chief executive Dana Pruitt told analysts that the Vireo cloud unit grew 31% in the quarter to $1.8 billion, while the older licensing business was flat.

Results by unit:
Vireo Cloud: $1.8 billion, up 31%
Licensing: $0.9 billion, flat

Timeline
March 2025: the Ohio site was announced
June 2025: construction began

The company also signed a supply agreement with Kestrel Semiconductors for accelerator chips worth about $600 million, according to a filing with regulators.
"""


def _wrap(text: str, width: int = 72) -> str:
    return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n"))


def _said(text: str):
    ex = extract_text(text, "d", "d.txt")
    return (sorted(fact_label(f) for f in ex.facts if hasattr(f, "investor") or hasattr(f, "person") or hasattr(f, "value")),
            sorted(claim_label(c) for c in ex.claims), len(ex.facts))


def test_wrapped_article_reads_as_the_same_sentences():
    wrapped = _wrap(ARTICLE)
    assert wrapped != ARTICLE and max(len(x) for x in wrapped.split("\n")) <= 72
    flat = [s.text for s in sentences.split(ARTICLE)]
    got = sentences.split(wrapped)
    assert [s.text for s in got] == flat
    for s in got:  # offsets still point at the wrapped text
        assert " ".join(wrapped[s.start:s.end].split()) == s.text


def test_wrapped_article_gives_the_same_facts():
    assert _said(_wrap(ARTICLE)) == _said(ARTICLE)
    assert _said(_wrap(ARTICLE, 60)) == _said(ARTICLE)


def test_wide_wraps_read_as_the_same_sentences():
    # e-mails, letters and notices are wrapped at 100-140 columns too (session 18)
    for width in (104, 118, 136):
        wrapped = _wrap(ARTICLE, width)
        assert wrapped != ARTICLE
        assert [s.text for s in sentences.split(wrapped)] == [s.text for s in sentences.split(ARTICLE)], width
    assert _said(_wrap(ARTICLE, 118)) == _said(ARTICLE)


def test_short_lines_rows_and_titles_stay_lines_of_their_own():
    text = ("Harbourline Telecom doubles down on edge computing in the north\n"
            "By Mira Solberg | 3 April 2025\n\n"
            "Fibre access                 NOK 2.10 billion\n"
            "Mobile services              NOK 4.45 billion\n"
            "Total                        NOK 6.55 billion\n\n"
            "Ivo Brandt — Chief Executive Officer and Chair of the management board\n"
            "Lena Oyelaran — Chief Financial Officer, Harbourline Telecom Group\n")
    lines = [x for x in text.split("\n") if x.strip()]
    assert [s.text for s in sentences.split(text)] == [" ".join(x.split()) for x in lines]


def test_wrapped_markdown_keeps_emphasis_inline_and_compounds_whole():
    flat = ("Brightwater Labs, the Danish cloud-software group, reported full-year results. The group "
            "reports two units: **Harbor Hosting** (servers, domains and mail) and **Tidepay** (card "
            "payments for small shops), and its cloud arm is a long-running information-technology business.\n\n"
            "- **Net cash:** DKK 410 million\n")
    wrapped = ("Brightwater Labs, the Danish cloud-software group, reported full-\n"
               "year results. The group reports two units: **Harbor Hosting**\n"
               "(servers, domains and mail) and **Tidepay** (card payments for\n"
               "small shops), and its cloud arm is a long-running information-\n"
               "technology business.\n\n"
               "- **Net cash:** DKK 410 million\n")

    def texts(t):
        c = clean.clean(clean.normalise(t))
        return [s.text for s in sentences.split(c)]
    assert texts(wrapped) == texts(flat)
    # a hard wrap that opens a line with an emphasised name
    flat2 = ("Brightwater Labs said on Monday that it now reports its results in two units: **Harbor "
             "Hosting** (servers and mail) and **Tidepay** (card payments).")
    wrapped2 = ("Brightwater Labs said on Monday that it now reports its results in two units:\n"
                "**Harbor Hosting** (servers and mail) and **Tidepay** (card payments).")
    assert len(wrapped2.split("\n")[0]) + len(" **Harbor") > 72
    assert texts(wrapped2) == texts(flat2)
    assert clean.clean("- **Net cash:** DKK 410 million") == "- **Net cash:** DKK 410 million"


NOTES = """NOTES TO THE INTERIM STATEMENTS
1. The Payments segment comprises Orvane Pay and the card acquiring business. Orvane Pay revenue for the quarter
   was Rs. 41,200 ('000), up from Rs. 38,900 ('000) in the same quarter of the previous financial year, driven
   by merchant growth.
2. Subsequent events: after the reporting date the Board of Directors approved the appointment of Ms. Tilani
   Fernando as Chief Operating Officer with effect from 1st March 2027, succeeding Mr. Ashan
   Perera, who retires after 22 years with the Company.
3. DEVELOPMENT PIPELINE
   Two branches open in the next quarter.
4. The Board resolved as follows:
   (a) to pay a dividend of Rs. 2.00 per share.
"""


def test_hanging_indent_items_go_on_in_their_wrapped_lines():
    # rule hanging-indent-wrap: the item's lines indented to its text's column are its wrap, even where the
    # next word would have fitted a wider line of the block ("Ms. Tilani" / "Fernando as …")
    got = [s.text for s in sentences.split(NOTES)]
    assert any(t.startswith("Subsequent events: after the reporting date the Board of Directors approved the "
                            "appointment of Ms. Tilani Fernando as Chief "
                            "Operating Officer") and t.endswith("who retires after 22 years with the Company.") for t in got)
    # a short numbered heading and a line ending in a colon stay lines of their own
    assert "DEVELOPMENT PIPELINE" in got and "The Board resolved as follows:" in got
