"""The shape of a document's quads (aikg.rdf), kept small for a news feed that restates the same
facts thousands of times: one evidence node per quoted sentence, shared by every fact the
sentence states; no triple that the ontology already implies (the class of an evidence node
or claim value is the range of the property pointing at it) or that repeats another (an
entity's preferred name is its rdfs:label)."""
from __future__ import annotations

from collections import defaultdict

from aikg.extract.pipeline import extract_text
from aikg.rdf import KG, RDF_TYPE, SKOS, extraction_quads

TEXT = ("Zentrix Systems Inc. reports three segments. Revenue at Zentrix Cloud rose 12% to "
        "$4.1 billion in the quarter ended June 30, 2025, while Zentrix Devices revenue fell 3% to "
        "$2.2 billion in the same quarter. Chief executive Mara Lind said Zentrix Systems will "
        "invest $10 billion in AI over three years.")


def _quads():
    return extraction_quads(extract_text(TEXT, "shape-doc", "shape-doc.txt"))


def test_one_evidence_node_per_sentence_shared_by_the_facts_it_states():
    quads = _quads()
    links = defaultdict(set)            # evidence node -> what links to it
    for q in quads:
        if q.predicate == KG("evidence"):
            links[q.object].add(q.subject)
    spans = defaultdict(set)            # (start, end) -> evidence nodes
    starts = {q.subject: q.object.value for q in quads if q.predicate == KG("charStart")}
    ends = {q.subject: q.object.value for q in quads if q.predicate == KG("charEnd")}
    for ev in links:
        spans[(starts[ev], ends[ev])].add(ev)
    assert links and all(len(evs) == 1 for evs in spans.values())
    assert any(len(facts) > 1 for facts in links.values())   # a sentence stating two facts: one node
    # every evidence node still has its quote and document, once
    for ev in links:
        assert sum(1 for q in quads if q.subject == ev and q.predicate == KG("quote")) == 1


def test_no_type_the_ontology_implies_and_no_copy_of_the_label():
    quads = _quads()
    types = {q.object for q in quads if q.predicate == RDF_TYPE}
    assert KG("Evidence") not in types and KG("ClaimValue") not in types
    assert not [q for q in quads if q.predicate == SKOS("prefLabel")]
    assert KG("Company") in types       # entities and facts keep their classes


def test_a_figure_has_one_slot_shared_by_figures_of_its_subject_measure_and_period_end():
    """kg:slot (what `conflicts` joins on): one literal per figure with a value and a period end,
    the same for two figures of one subject, measure and period end whatever their values and
    period starts, another for another measure or subject; none without a period end."""
    from aikg.rdf import figure_slot
    from aikg.records import EntityRef, Observation, Period
    import datetime as dt
    from decimal import Decimal
    acme, other = EntityRef(kind="Company", label="Acme Widgets"), EntityRef(kind="Company", label="Borel Tools")
    end = dt.date(2025, 6, 30)
    def fig(subject=acme, measure="revenue", value="4.1", start=None, end=end):
        return Observation.model_construct(subject=subject, measure=measure, value=Decimal(value) if value else None,
                           period=Period(start=start, end=end) if end else None)
    slot = figure_slot(fig())
    assert slot is not None and slot == figure_slot(fig(value="4.3", start=dt.date(2025, 4, 1)))
    assert len({slot, figure_slot(fig(measure="net profit")), figure_slot(fig(subject=other)),
                figure_slot(fig(end=dt.date(2025, 3, 31)))}) == 4
    assert figure_slot(fig(end=None)) is None and figure_slot(fig(value=None)) is None
    # written once per figure with a period end, into the document's graph
    quads = _quads()
    slots = [q for q in quads if q.predicate == KG("slot")]
    figures = {q.subject for q in quads if q.predicate == KG("periodEnd") and
               (q.subject, RDF_TYPE, KG("Observation")) in {(x.subject, x.predicate, x.object) for x in quads}}
    assert slots and {q.subject for q in slots} == figures and len(slots) == len(figures)
