"""A growth stated on another basis than the reported one (constant currency, local currency,
organic) keeps its basis (issue 29v), from the words after the percent, the words before it and a
table's column header; ask answers the reported growth unless the question names the basis.
Articles in our own words."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Literal

from aikg.extract.change_bases import basis_after, basis_before, basis_named
from aikg.extract.pipeline import extract_bytes
from aikg.growth_basis import by_basis

HEAD = "Halcyra Telecom full-year results\n\nMarch 3, 2025\n\n"


def _obs(text: str) -> list:
    return [f for f in extract_bytes(text.encode(), "t.txt").facts if f.kind == "observation"]


def _changes(facts) -> dict:
    return {f.change: f.change_basis for f in facts if f.change is not None}


def test_basis_words_after_before_and_named():
    assert basis_after(" in local currency, ahead of forecasts") == "local currency"
    assert basis_after(" on an organic basis") == "organic"
    assert basis_after(" at constant exchange rates") == "constant currency"
    assert basis_after(" from a year earlier") is None
    assert basis_before("In local-currency terms growth was ") == "local currency"
    assert basis_before("Organic sales growth came in at ") == "organic"
    assert basis_before("Organic free cash flow was ") is None   # a measure's name, not a growth's basis
    assert basis_named("Local-currency growth") == "local currency"
    assert basis_named("YoY change") is None


def test_local_currency_growth_beside_the_reported_one():
    text = HEAD + ("Halcyra Telecom said revenue for 2024 rose 4% to $2.6 billion, or 12% in local currency, "
                   "as the lira weakened.\n")
    got = _changes(_obs(text))
    assert got.get(Decimal("4")) is None
    assert got.get(Decimal("12")) == "local currency"


def test_organic_growth_after_the_percent():
    text = HEAD + "Halcyra Telecom reported 2024 revenue of EUR 5.1 billion, up 6% on an organic basis.\n"
    assert _changes(_obs(text)) == {Decimal("6"): "organic"}


def test_growth_column_header_names_the_basis():
    text = HEAD + ("Halcyra Telecom is a holding company with operators in two countries: Halcyra Mobile in Turkey "
                   "and Halcyra Net in Georgia.\n\nRevenue by operator, as given in the segment note:\n\n"
                   "| Operator | Country | FY2024 revenue (US$ bn) | Local-currency growth |\n"
                   "|---|---|---|---|\n"
                   "| Halcyra Mobile | Turkey | 1.50 | +31% |\n"
                   "| Halcyra Net | Georgia | 0.42 | +9% |\n"
                   "| **Total** | | **1.92** | **+25%** |\n")
    facts = [f for f in _obs(text) if f.change is not None]
    assert {f.subject.label for f in facts} == {"Halcyra Mobile", "Halcyra Net", "Halcyra Telecom"}
    assert all(f.change_basis == "local currency" for f in facts)


def _row(measure: str, change: str, basis: str | None = None, period: str = "FY2024") -> dict:
    row = {"subjectLabel": Literal("Halcyra Telecom"), "measure": Literal(measure), "change": Literal(change),
           "periodLabel": Literal(period)}
    if basis:
        row["changeBasis"] = Literal(basis)
    return row


def test_ask_prefers_the_reported_growth_unless_the_basis_is_named():
    reported, local = _row("revenue", "4"), _row("revenue", "12", "local currency")
    rows = [local, reported]
    assert by_basis("how fast did halcyra's revenue grow in 2024?", rows) == [reported]
    organic = _row("revenue", "9", "organic")
    assert by_basis("how fast did halcyra's revenue grow in local currency in 2024?", rows + [organic]) == rows
    # a range on the basis asked whose low end reads as sequential stays whole
    low, high = _row("revenue outlook", "-0.5", "qoq"), _row("revenue outlook", "1.5", "constant currency")
    assert by_basis("what sequential constant-currency growth does halcyra guide?", [low, high]) == [low, high]


def test_a_growth_on_another_basis_alone_still_answers():
    # no reported change of the same figure and period: the growth on its basis is the answer
    local = _row("revenue outlook", "5", "local currency", "FY2025")
    other = _row("revenue", "4")
    assert by_basis("what revenue growth does halcyra expect for 2025?", [local, other]) == [local, other]


def test_every_basis_the_extractor_stores_is_allowed_by_the_shapes():
    """graph/shapes.ttl lists the allowed kg:changeBasis values (sh:in): a basis record the shapes do not
    list makes `aikg validate` fail on every document that states it."""
    from pathlib import Path

    from rdflib import Graph, Namespace
    from rdflib.collection import Collection

    from aikg.extract import change_bases

    sh = Namespace("http://www.w3.org/ns/shacl#")
    g = Graph().parse(Path(__file__).resolve().parents[1] / "graph" / "shapes.ttl")
    kg_basis = next(p for p in g.subjects(sh.path, None) if str(g.value(p, sh.path)).endswith("#changeBasis"))
    allowed = {str(x) for x in Collection(g, g.value(kg_basis, sh["in"]))}
    assert {b.name for b in change_bases.BASES} <= allowed
