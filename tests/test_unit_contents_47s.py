"""What sits in which unit (issue47s): a unit line's list after its colon under a counted lead
(unit_contents.COLON_CONTENTS), a row label's bracket of common nouns (GLOSS_MEMBERS), a placement
in the future tense, and ask: a common-noun cost item of another company's unit does not steer a
question naming a company (ask.OTHERS_UNIT), a group word after a company's short name asks no stake
(question_frame.RELATION_WORDS_OWN name_tail). Invented articles, names and figures made up."""
from __future__ import annotations

import pytest
from conftest import articles_kg

from aikg.extract.pipeline import extract_text
from aikg.extract.unit_contents import colon_contents, gloss_members
from aikg.question_frame import relation_text


def _contents(text: str):
    return {(f.segment.label, f.item.label) for f in extract_text(text, "t", "t.txt").facts if f.kind == "in_segment"}


COUNTED = """Velmora Group annual report 2031 (extract)

Velmora Group reported revenue of EUR 400 million for 2031.

Operating segments
The Group has two operating segments:
- Digital Services: consulting, cloud migration, managed hosting and the Data & AI practice;
- Licences: packaged software sold as subscriptions and perpetual licences, mainly for insurers and for the public sector.
"""


def test_a_counted_units_colon_list_is_what_the_unit_holds():
    got = _contents(COUNTED)
    assert {("Digital Services", "consulting"), ("Digital Services", "cloud migration"),
            ("Digital Services", "managed hosting"), ("Digital Services", "Data & AI practice")} <= got
    assert not any(seg == "Licences" for seg, _ in got)   # (a description, not a list)


def test_colon_contents_reads_a_list_of_noun_phrases_only():
    assert colon_contents("biscuits, yoghurt and juices — $500 million") == ["biscuits", "yoghurt", "juices"]
    assert colon_contents("packaged software sold as subscriptions, mainly for insurers and banks.") == []
    assert colon_contents("Tallis Bank in Spain") == []


def test_a_gloss_keeps_an_ampersand_inside_an_item_of_an_and_list():
    assert gloss_members("hosting, backup and the Data & AI practice") == ["hosting", "backup", "Data & AI practice"]
    assert gloss_members("ICT, cloud & AI services") == ["ICT", "cloud", "AI services"]


def test_a_placement_in_the_future_tense():
    text = ("Norvane reported revenue of EUR 90 million in 2031.\n\n"
            "The payments app Tallo will be reported within the Retail Banking segment.")
    assert ("Retail Banking", "payments app Tallo") in _contents(text) or ("Retail Banking", "Tallo") in _contents(text)


def test_a_group_word_after_a_short_name_asks_no_stake():
    from aikg.linking import Hit
    h = Hit(iri="https://aikg.dev/id/company/qarvello", kind="Company", label="Qarvello", matched="qarvello",
            score=100.0, start=2, end=3)
    assert "holding" not in relation_text("what does qarvello holding's marine business line cover?", [h])
    assert "holding" in relation_text("what holding does qarvello have in tallo?", [h])


DIGITAL = """# Orsolva Group nine-month revenue rises

Orsolva Group booked revenue of $900 million in the first nine months of 2031, up 5%.

Revenue by segment for 9M 2031 was reported as follows:

Foods: biscuits, yoghurt and juices — $500 million
Digital: data centres, fibre and merchant payments — $400 million

The payments unit contributed $120 million as merchant volumes grew.

By customer sector, revenue for 9M 2031 was:
• Government and public sector: $210 million
• Banking: $190 million
"""

KESTREL = """# Kestrel Soft raises outlook

COPENHAGEN, August 20, 2031 - Kestrel Soft raised its revenue outlook for 2031. The Board of Directors has approved an
investment of DKK 40 million in 2032-2033 to expand the company's data centre capacity in Denmark.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return articles_kg(tmp_path_factory, {"orsolva.md": DIGITAL, "kestrel.md": KESTREL})


def test_what_sits_in_a_unit_is_answered(kg):
    a = kg.ask("What businesses sit in Orsolva's Foods segment?")
    assert a.status == "answered" and "yoghurt" in a.answer


def test_another_companys_common_noun_item_does_not_steer_the_question(kg):
    a = kg.ask("kestrel soft data centre capex plan?")
    assert a.status == "answered" and "40" in a.answer


def test_a_units_bracket_before_its_figure_lists_what_it_holds():
    text = ("Harlen Group reported revenue of 9,000 eok won for 2031.\n\n"
            "By segment, the Platforms segment (Harlen Pay, the chat tool Harlen Talk and the Thai reseller Harlen Host) "
            "recorded revenue of 4,000 eok won, while the services business (maintenance and managed hosting) contributed 900 eok won.")
    got = _contents(text)
    assert {("Platforms", "Harlen Pay"), ("Platforms", "Harlen Talk"), ("Platforms", "Harlen Host")} <= got
    assert {("services business", "maintenance"), ("services business", "managed hosting")} <= got
    # a bracket that is a remark or a figure lists nothing
    assert not _contents(text.replace("(maintenance and managed hosting)", "(operated by Harlen Works)")) & {
        ("services business", "Harlen Works")}


def test_a_unit_named_in_common_words_holds_what_its_verb_lists():
    text = ("Orvane Systems reported revenue of $2 billion for 2031.\n\n"
            "The consumer business covers Orva phones, home routers and tablets.")
    got = _contents(text)
    assert {("consumer business", "Orva phones"), ("consumer business", "home routers"), ("consumer business", "tablets")} <= got


def test_a_caption_counting_the_units_makes_its_lines_units():
    text = ("Orvane Systems reported sales of $4 billion for 2031.\n\n"
            "How the three business segments performed in 2031:\n\n"
            "Cloud Platforms & Hosting: sales $2,012.4 million, up 4%; operating income $504.6 million, up 9%\n"
            "Devices: sales $1.2 billion, down 2%; operating income $0.1 billion\n"
            "Services: sales $0.8 billion, up 1%; operating income $0.2 billion\n")
    segs = {f.segment.label for f in extract_text(text, "t", "t.txt").facts if f.kind == "segment_of"}
    assert {"Cloud Platforms & Hosting", "Devices", "Services"} <= segs


def test_what_a_unit_holds_answers_only_what_was_asked():
    from aikg.narrowing import SEGMENT_CONTENTS_ASKED
    words = SEGMENT_CONTENTS_ASKED["words"]
    assert words.search("which orvane segment includes pellmark?")
    assert words.search("which costs sit in which segment?")
    assert not words.search("which orvane ethernet switch chip moves 102.4 terabits per second?")


def test_a_unit_named_with_one_unit_word_is_asked_with_another(kg):
    a = kg.ask("How much revenue did Orsolva's payments business bring in during the first nine months of 2031?")
    assert a.status == "answered" and "120" in a.answer


def test_a_figure_of_the_unit_named_inside_the_source_asked(kg):
    a = kg.ask("How much revenue did Orsolva get from government and public-sector customers in 9M 2031?")
    assert a.status == "answered" and "210" in a.answer and "190" not in a.answer


RETL = """# Norvale Telecom unveils plan

MILAN, March 3, 2031 - Norvale Telecom reported revenue of 90 mln euros for 2030.

Revenue by business line:
- Digital Services (cloud, data centre, cybersecurity): 50 mln euros, +11%;
- Connectivity (fibre, wholesale): 40 mln euros, +2%.

The plan 2031-2033: 300 mln euros of investments in three years, of which 120 mln destined to a new "AI-ready" data-centre campus near Turin.
"""


def test_a_common_noun_item_is_content_of_a_sentence_answer(tmp_path_factory):
    kg2 = articles_kg(tmp_path_factory, {"norvale.md": RETL})
    a = kg2.ask("How much does Norvale Telecom plan to invest in 2031-2033, and how much goes to the AI-ready data centre?")
    assert a.status == "answered" and "120" in a.answer
