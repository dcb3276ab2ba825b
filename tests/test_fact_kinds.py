"""The registry of fact kinds (aikg.fact_kinds): one record per kind gives its RDF class, its node
label, its saved query and its answer line; rdf and answer_text read it, it reads neither."""
from __future__ import annotations

import ast
import typing
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg import records as r
from aikg.fact_kinds import BY_KIND, FACT_CLASS, KINDS, fact_label, fill, row_text

EV = r.Evidence(doc="d1", start=0, end=5, quote="Acme.")
ACME = r.EntityRef(kind="Company", label="Acme")


def lit(v):
    return ox.Literal(str(v))


def test_a_bracketed_part_is_left_out_when_a_name_in_it_is_empty():
    assert fill("{a} is {b}[ of {c}]", {"a": "X", "b": "CEO", "c": "Acme"}) == "X is CEO of Acme"
    assert fill("{a} is {b}[ of {c}]", {"a": "X", "b": "CEO", "c": ""}) == "X is CEO"
    assert fill("{a} is {b}[ of {c}]", {"a": "X", "b": "CEO"}) == "X is CEO"
    assert fill("{a}[ ({b}, {c})]", {"a": "X", "b": "1"}) == "X"


def test_every_fact_kind_of_the_records_has_a_record_and_every_nary_one_a_class_and_label():
    kinds = {typing.get_args(c.model_fields["kind"].annotation)[0]
             for c in typing.get_args(typing.get_args(r.Fact)[0])}
    nary = {"investment", "restriction", "observation", "market_share", "target", "role", "competition",
            "disclosure_gap", "initiative", "stake_held"}
    assert nary <= kinds
    for k in nary:
        assert BY_KIND[k].rdf_class and BY_KIND[k].label, k
    assert set(FACT_CLASS) == nary
    assert len({k.query for k in KINDS}) == len(KINDS)   # one record per saved query


@pytest.mark.parametrize("fact,label", [
    (r.Role(evidence=EV, person=r.EntityRef(kind="Person", label="Ann Lee"), organization=ACME, role="CFO", role_text="CFO"),
     "Ann Lee, CFO of Acme"),
    (r.Role(evidence=EV, person=r.EntityRef(kind="Person", label="Ann Lee"), role="CFO", role_text="CFO"), "Ann Lee, CFO"),
    (r.Observation(evidence=EV, subject=ACME, measure="revenue", value=Decimal("2.5E9"), unit="USD",
                   change=Decimal("12.0"), direction="decrease", period=r.Period(label="Q3 2025")),
     "Acme revenue USD 2.5 billion (-12%), Q3 2025"),
    (r.Observation(evidence=EV, subject=ACME, measure="revenue", change=Decimal("5")), "Acme revenue (+5%)"),
    (r.Observation(evidence=EV, subject=ACME, measure="margin", value=Decimal("47.50"), unit="percent"), "Acme margin 47.5%"),
    (r.Investment(evidence=EV, investor=ACME, amounts=(r.Money(value=Decimal("5E9"), currency="USD"),), horizon="P3Y"),
     "Acme: USD 5 billion over P3Y"),
    (r.Investment(evidence=EV, investor=ACME, stake=Decimal("9.90"), target_entity=r.EntityRef(kind="Company", label="Beta")),
     "Acme: 9.9% stake in Beta"),
    (r.Restriction(evidence=EV, restriction_type="export control", restricts="chips"), "export control on chips"),
    (r.MarketShare(evidence=EV, holder=ACME, market="cloud market", share=Decimal("36.0")), "Acme: 36% of cloud market"),
    (r.StakeHeld(evidence=EV, holder=ACME, company=r.EntityRef(kind="Company", label="Beta"), stake=Decimal("49.0")), "Acme: 49% of Beta"),
])
def test_a_fact_nodes_label_is_its_kinds_template_over_its_fields(fact, label):
    assert fact_label(fact) == label


def test_answer_lines_come_from_the_kinds_template_and_other_queries_from_their_header():
    row = {"personLabel": lit("Ann Lee"), "role": lit("CFO"), "orgLabel": lit("Acme")}
    assert row_text("people", row) == "Ann Lee is CFO of Acme"
    fig = {"subjectLabel": lit("Acme"), "measure": lit("revenue"), "value": lit("2500000000"), "unit": lit("USD"),
           "periodLabel": lit("Q3 2025")}
    assert row_text("figures", fig) == "Acme revenue: USD 2.5 billion, Q3 2025"
    assert row_text("investments", {}) == ""          # written per investment, its rows grouped
    assert row_text("rankings", {}) is None           # no fact kind: the query's own header writes it


def test_the_registry_imports_neither_rdf_nor_answers():
    src = Path(__file__).parents[1] / "src" / "aikg" / "fact_kinds.py"
    imported = {n.module for n in ast.walk(ast.parse(src.read_text())) if isinstance(n, ast.ImportFrom)}
    assert imported <= {"__future__", "dataclasses", "decimal", "typing", "wording"}
