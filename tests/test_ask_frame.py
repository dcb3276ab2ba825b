"""The question frame (question_frame.py) and the one ranking of answer candidates
(candidates.py), pinned with questions and sentences of our own: a ratio asked is a percentage,
the relation a question asks about, the content words a candidate must cover, a claim without
the value type asked does not answer, the relation asked beats another, the measure named beats
a sentence that only mentions it, a typed fact beats a claim at a tie, a value's own clause says
what it measures; and end to end on a small article written for this test."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg.ask import Answer
from aikg.candidates import Candidate, best, fits_type, value_kinds
from aikg.claims_fallback import value_clause, _measure_fits
from aikg.linking import Hit
from aikg.question import read
from aikg.question_frame import frame, stems
from aikg.typos import correct


def lit(v):
    return ox.Literal(str(v))


def hit(kind, label, start=0, end=1):
    return Hit(f"urn:x:{label}", kind, label, label.lower(), 100.0, start, end)


def fr(text, *hits):
    return frame(read(text, list(hits)))


def cand(basis, source, rows, first=False):
    raw = [{k: lit(v) for k, v in r.items()} for r in rows]
    return Candidate(Answer("q", "answered", source, raw=raw), basis, source, first=first)


# ------------------------------------------------------------------ the frame
def test_a_ratio_asked_with_what_is_a_percentage():
    f = fr("What profit margin did Velorix reach last half?", hit("Company", "Velorix", 0, 1))
    assert f.wants == "percent" and "margin" in f.content
    assert fr("What was Velorix's revenue in March?", hit("Company", "Velorix")).wants == "amount"


def test_the_frame_reads_the_relation_asked():
    assert fr("Which cloud firm is Velorix working with on its chatbot?").relation == "partner"
    assert fr("Who are Velorix's main rivals?").relation == "rival"
    assert fr("Which firms is Velorix up against in Europe?").relation == "rival"
    assert fr("How large a holding does Velorix keep in Dunmore?").relation == "stake"
    assert fr("How much did Velorix earn in 2024?").relation == ""


def test_content_words_leave_out_names_periods_and_asking_words_and_fold_synonyms():
    f = fr("How much did Velorix's margin decline in March 2025?", hit("Company", "Velorix", 3, 4))
    assert {"margin", "declin"} <= f.content            # month words do not swallow "margin" or "decline"
    assert "velorix" not in f.content and "2025" not in f.content and "march" not in f.content
    assert stems("turnover") == stems("sales") == stems("revenues")
    assert stems("tie-up") >= stems("partnership")


def test_a_change_asked_besides_the_value_is_a_second_value():
    assert fr("How much net income did Velorix book and how much did it rise?").also_change
    assert not fr("How much net income did Velorix book?").also_change


# ------------------------------------------------------------------ the ranking
def test_a_claim_without_the_value_type_asked_does_not_answer():
    f = fr("How much is Velorix paying Dunmore under the partnership?", hit("Company", "Velorix"))
    partner = cand("claim", "claims", [{"predicate": "partner", "via": "subject", "quote": "Velorix and Dunmore formed a partnership."}])
    assert value_kinds(partner) == set() and not fits_type(f, partner)
    assert best(f, [partner]) is None


def test_the_relation_asked_beats_another_relation():
    f = fr("Which company is Velorix working with?", hit("Company", "Velorix"))
    rival = cand("fact", "competitors", [{"competitorLabel": "Harrowgate", "quote": "Harrowgate competes with Velorix."}], first=True)
    partner = cand("fact", "partnerships", [{"partnerLabel": "Dunmore", "quote": "Velorix signed a deal with Dunmore."}])
    assert best(f, [rival, partner]) is partner
    assert partner.features["relation"] > 0 > rival.features["relation"]


def test_the_value_type_and_measure_asked_beat_the_first_route():
    f = fr("What operating margin did Velorix post in H1?", hit("Company", "Velorix"))
    amount = cand("fact", "figures", [{"measure": "operating margin", "value": "410000000", "quote": "Operating margin was EUR 410 million."}], first=True)
    ratio = cand("claim", "claims", [{"measure": "operating margin", "role": "growth", "valueText": "9.8%", "via": "subject",
                                     "quote": "Operating margin was EUR 410 million, or 9.8% of revenues."}])
    assert value_kinds(ratio) == {"percent"}      # a ratio's level, though read as a growth
    assert best(f, [amount, ratio]) is ratio


def test_a_typed_fact_beats_a_claim_at_equal_coverage():
    f = fr("What was Velorix's revenue in 2024?", hit("Company", "Velorix"))
    row = {"measure": "revenue", "value": "5", "quote": "Velorix revenue was 5 million."}
    fact, claim = cand("fact", "figures", [row]), cand("claim", "claims", [dict(row, role="amount")])
    assert best(f, [claim, fact]) is fact


def test_the_measure_named_in_a_rows_measure_beats_a_sentence_mentioning_it():
    f = fr("What ARR does Velorix aim for by 2027?", hit("Company", "Velorix"))
    target = cand("fact", "targets", [{"measure": "value", "value": "2", "quote": "It aims at an ARR run-rate of 9 and a value of 2."}], first=True)
    figure = cand("fact", "figures", [{"measure": "run-rate revenue", "value": "9", "quote": "It aims at an ARR run-rate of 9 and a value of 2."}])
    assert best(f, [target, figure]) is figure


# ------------------------------------------------------------------ a value's own clause
def test_a_value_in_a_clause_naming_another_measure_does_not_answer():
    quote = "Dunmore took in roughly 40 million euros in sales last year, though it remains deeply unprofitable."
    assert value_clause(quote, "roughly 40 million euros") .startswith("Dunmore took in roughly 40 million euros in sales")
    qm = read("What was Dunmore's net loss last year?", [hit("Company", "Dunmore")])
    row = {"measure": lit(""), "valueText": lit("roughly 40 million euros"), "quote": lit(quote)}
    assert not _measure_fits(qm, row)
    qm2 = read("What were Dunmore's sales last year?", [hit("Company", "Dunmore")])
    assert _measure_fits(qm2, row)


def test_an_english_word_is_not_a_typo_of_a_vocabulary_word():
    assert "compute" in correct("What is Velorix's new compute platform called?")
    assert "quarter" in correct("What was revenue last quater?")


# ------------------------------------------------------------------ end to end
ARTICLE = """Velorix Systems reports first-half 2025 results

Velorix Systems said on Tuesday that revenue rose 8% to EUR 2,400 million in the first half of 2025.
Operating margin was EUR 312 million, or 13.0% of revenues, up 0.5 points year on year.
Velorix Systems also said it had formed a strategic partnership with Dunmore Analytics to build AI assistants for banks.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "velorix_h1.txt", ARTICLE)


def test_end_to_end_a_margin_is_answered_with_its_percentage(kg):
    a = kg.ask("What operating margin did Velorix Systems achieve in the first half of 2025?")
    assert a.status == "answered" and "13.0%" in a.answer


def test_end_to_end_a_figure_not_stated_is_no_answer(kg):
    assert kg.ask("What net loss did Velorix Systems report in the first half of 2025?").status == "no_answer"
    assert kg.ask("How much is Velorix Systems paying Dunmore Analytics for the partnership?").status == "no_answer"


def test_a_regulation_or_list_named_is_not_an_unknown_entity():
    from aikg.names_asked import unknown_names
    assert unknown_names("Why was Velorix added to the Entity List?", [hit("Company", "Velorix", 3, 4)]) == []
    assert unknown_names("What does the Harbour Safety Act require of Velorix?", [hit("Company", "Velorix", 8, 9)]) == []
    assert unknown_names("Why did Velorix buy Quillmark?", [hit("Company", "Velorix", 2, 3)]) == ["Quillmark"]


def test_how_big_a_companys_stake_is_asks_for_a_stake():
    assert read("How big is Velorix's stake in Dunmore?", [hit("Company", "Velorix")]).wants == "stake"
    assert read("How large was Velorix's minority stake?", [hit("Company", "Velorix")]).wants == "stake"


def test_an_owners_possessive_before_a_unit_names_the_unit_not_a_company_spelled_the_same():
    from aikg.linking import LabelIndex, possessive_units
    idx = LabelIndex([("urn:x:co", "Company", "Harrow Energy", True), ("urn:x:seg", "Segment", "Energy", True),
                      ("urn:x:h", "Company", "Harrow", True)])
    q = "What did Harrow's Energy division earn last year?"
    hits = idx.find_in(q)
    assert [h.label for h in hits] == ["Harrow Energy"]          # "harrow s energy" normalised
    fixed = possessive_units(q, hits, idx)
    assert [(h.kind, h.label) for h in fixed] == [("Company", "Harrow"), ("Segment", "Energy")]
    plain = "What did Harrow Energy earn last year?"               # the company itself, no possessive
    assert [h.label for h in possessive_units(plain, idx.find_in(plain), idx)] == ["Harrow Energy"]


def test_how_a_unit_performed_asks_for_its_figures_and_its_claimed_line_answers():
    from aikg.claims_fallback import claim_score
    unit = hit("Segment", "Nordic Region", 2, 4)
    qm = read("How did Velorix's Nordic Region perform in 2024?", [hit("Company", "Velorix", 2, 3), unit])
    assert qm.wants == "amount"
    line = {"subject": lit(unit.iri), "subjectLabel": lit("Nordic Region"), "predicate": lit("grow"), "role": lit("amount"),
            "valueText": lit("EUR 812 million"), "via": lit("subject"), "quote": lit("Nordic Region: EUR 812 million, up 3.1%")}
    assert claim_score(qm, line) > 0
    assert read("How did Velorix do with its new chip?", []).wants != "amount"      # "do with": not how it performed
    assert read("What is the value of Velorix's supply deal with Dunmore?", []).wants == "amount"


def test_its_own_is_not_ownership_and_a_figure_of_another_entity_does_not_answer():
    assert fr("How much did Velorix earn on its own last year?").relation == ""
    assert fr("How much of Dunmore does Velorix own?").relation == "stake"
    f = fr("How much revenue did Quillmark Labs make on its own in 2024?", hit("Company", "Quillmark Labs", 4, 6))
    parent_unit = cand("fact", "figures", [{"subjectLabel": "Devices", "measure": "revenue", "value": "7", "quote": "Devices revenue was 7."}], first=True)
    assert not fits_type(f, parent_unit) and best(f, [parent_unit]) is None
    own = cand("fact", "figures", [{"subjectLabel": "Quillmark Labs", "measure": "revenue", "value": "2", "quote": "Quillmark Labs revenue was 2."}])
    assert best(f, [parent_unit, own]) is own


def test_a_company_asked_with_no_relation_named_is_looked_for_in_every_company_relation():
    from aikg.ask import _relation_queries
    qm = read("Which carrier is deploying Velorix's Ledgerline software across its stores?", [hit("Company", "Velorix", 4, 5)])
    assert qm.wants == "Company"
    assert {"partnerships", "competitors"} <= set(_relation_queries(frame(qm), qm, "models"))
    qm2 = read("Who are Velorix's rivals?", [hit("Company", "Velorix", 3, 4)])
    assert _relation_queries(frame(qm2), qm2, "competitors") == []


def test_a_candidate_naming_the_other_entities_asked_about_ranks_first():
    product = hit("Product", "Ledgerline", 5, 6)
    f = fr("Which carrier is deploying Velorix's Ledgerline software?", hit("Company", "Velorix", 4, 5), product)
    rival = cand("fact", "competitors", [{"competitorLabel": "Harrowgate", "quote": "Harrowgate competes with Velorix."}], first=True)
    client = cand("fact", "partnerships", [{"partnerLabel": "Norbank", "quote": "Norbank will deploy Ledgerline across its branches, Velorix said."}])
    assert best(f, [rival, client]) is client and client.features["names"] == 1.0


def test_a_candidate_whose_features_net_to_nothing_is_not_an_answer():
    f = fr("Which subsidiary runs Velorix's undersea cable business?", hit("Company", "Velorix", 3, 4))
    tariffs = cand("fact", "restrictions", [{"restrictionLabel": "tariff", "quote": "Tariffs hit Velorix's exports."}])
    assert best(f, [tariffs]) is None                  # says none of it: "not stated", not the tariffs
    # the saved query the question reads most like may answer in other words
    f2 = fr("Which chip can Velorix no longer easily buy?", hit("Company", "Velorix", 3, 4))
    control = cand("fact", "restrictions", [{"restrictionLabel": "export control", "productLabel": "K9", "quote": "Exports of the K9 to Velorix now need a licence."}], first=True)
    assert best(f2, [control]) is control
    cable = cand("fact", "segments", [{"segmentLabel": "Velorix Subsea", "quote": "Velorix Subsea runs the undersea cable business."}])
    assert best(f, [tariffs, cable]) is cable
