"""The shell's completer against the bundled graph, its metadata snapshot and refresher, the
output helpers, and the shell run on piped input."""
from __future__ import annotations

import threading
import time

import pytest
from prompt_toolkit.completion import CompleteEvent, DynamicCompleter, ThreadedCompleter
from prompt_toolkit.document import Document

from aikg.shell.completer import (SparqlCompleter, add_prefix_declaration, completions, prefix_edit,
                                  sparql_term)
from aikg.shell.metadata import MetadataRefresher, NameIndex, Snapshot, load


@pytest.fixture(scope="module")
def snapshot():
    from aikg import KnowledgeGraph
    return load(KnowledgeGraph.open(bundled=True).store)


@pytest.fixture(scope="module")
def completer(snapshot):
    return SparqlCompleter(snapshot)


def texts(comps):
    return [c.text for c in comps]


def displays(comps):
    return [c.display_text for c in comps]


def apply(text: str, comp) -> str:
    """The buffer after choosing a completion with the cursor at the end of `text`."""
    return text[:len(text) + comp.start_position] + comp.text


Q = "PREFIX kg: <https://aikg.dev/ns#>\nSELECT * WHERE { "


# ---------------------------------------------------------------------- metadata

def test_snapshot_of_the_bundled_graph(snapshot):
    assert snapshot.ready and not snapshot.error
    iris = {t.iri for t in snapshot.classes}
    assert "https://aikg.dev/ns#Segment" in iris and "https://aikg.dev/ns#Company" in iris
    props = {t.iri for t in snapshot.properties}
    assert "https://aikg.dev/ns#inSegment" in props
    assert any(e.label == "Alibaba Group" and e.kind == "Company" for e in snapshot.entities)
    assert "costs-by-segment" in {q.name for q in snapshot.saved_queries}
    assert snapshot.triples and snapshot.triples > 1000
    company_preds = snapshot.class_predicates["https://aikg.dev/ns#Company"]
    assert "http://www.w3.org/ns/org#hasUnit" in company_preds


def test_name_index_ranks_prefix_then_word_start_then_subsequence():
    idx = NameIndex([("Alibaba Group", 1), ("Alibaba Cloud", 2), ("Tencent Cloud", 3), ("inSegment", 4)])
    assert [p for _, _, p in idx.search("alib")] == [2, 1]           # prefix matches, shorter first
    assert [p for _, _, p in idx.search("cloud")] == [2, 3]          # a word inside the name
    assert [p for _, _, p in idx.search("seg")] == [4]               # camelCase word start
    assert [p for _, _, p in idx.search("algrp")] == [1]             # subsequence, as a last resort
    assert idx.search("zzz") == []
    assert len(idx.search("")) == 4


# ---------------------------------------------------------------------- completions

def test_kg_seg_completes_to_kg_segment(completer):
    comps = completions(completer, Q + "?x a kg:Seg")
    assert comps[0].text == "kg:Segment"
    assert "kg:Segment" in displays(comps)
    assert apply(Q + "?x a kg:Seg", comps[0]).endswith("?x a kg:Segment")


def test_prefixed_name_role_orders_candidates(completer):
    # after a subject, properties come before classes
    comps = completions(completer, Q + "?x kg:inSeg")
    assert texts(comps) == ["kg:inSegment"]
    assert "in segment" in comps[0].display_meta_text


def test_a_label_offers_the_entity_with_its_label_and_type(completer):
    comps = completions(completer, Q + "?x ?p Alibaba")
    assert comps, "no completion for a label"
    top = comps[0]
    assert top.text == "<https://aikg.dev/id/company/alibaba-group>"
    assert top.display_text == "id:company/alibaba-group"
    assert "Alibaba Group" in top.display_meta_text and "Company" in top.display_meta_text
    # an alias finds its entity too, and says which name matched
    comps = completions(completer, Q + "?x ?p Yongm")   # inside the alias "Wu Yongming"
    assert any("Eddie Wu" in c.display_meta_text for c in comps)


def test_entities_by_prefixed_name(completer):
    comps = completions(completer, Q + "?x ?p id:company/ali")
    assert texts(comps)[0] == "<https://aikg.dev/id/company/alibaba-group>"


def test_typing_org_adds_its_prefix_line_when_missing(completer):
    text = Q + "?seg org:"
    comps = completions(completer, text, tab=False)   # the menu while typing
    assert comps, "no completion for org:"
    unit = next(c for c in comps if c.display_text == "org:unitOf")
    assert "adds PREFIX" in unit.display_meta_text
    new = apply(text, unit)
    assert new == ("PREFIX kg: <https://aikg.dev/ns#>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
                   "SELECT * WHERE { ?seg org:unitOf")
    # ... and the ':' key does it at once (what the prompt's key binding calls)
    doc = prefix_edit(Document(text), completer.snapshot.prefixes)
    assert doc is not None
    assert doc.text.splitlines()[1] == "PREFIX org: <http://www.w3.org/ns/org#>"
    assert doc.text_before_cursor.endswith("?seg org:")


def test_no_prefix_line_when_declared_or_unknown_or_in_a_string(completer):
    prefixes = completer.snapshot.prefixes
    declared = "PREFIX org: <http://www.w3.org/ns/org#>\nSELECT * { ?s org:"
    assert prefix_edit(Document(declared), prefixes) is None
    assert all("adds PREFIX" not in (c.display_meta_text or "") for c in completions(completer, declared))
    assert prefix_edit(Document("SELECT * { ?s nosuch:"), prefixes) is None
    assert prefix_edit(Document('SELECT * { ?s ?p "org:'), prefixes) is None
    assert prefix_edit(Document("PREFIX org:"), prefixes) is None
    assert prefix_edit(Document("\\q costs-by-segment company=org:"), prefixes) is None


def test_prefix_line_goes_after_the_other_declarations():
    text = "PREFIX kg: <https://aikg.dev/ns#>\nBASE <http://x/>\nSELECT * { ?s "
    out = add_prefix_declaration(text, "org", "http://www.w3.org/ns/org#")
    assert out.splitlines()[:3] == ["PREFIX kg: <https://aikg.dev/ns#>", "BASE <http://x/>",
                                    "PREFIX org: <http://www.w3.org/ns/org#>"]
    assert add_prefix_declaration("SELECT *", "kg", "https://aikg.dev/ns#") == \
        "PREFIX kg: <https://aikg.dev/ns#>\nSELECT *"


def test_sparql_term_escapes_what_a_prefixed_name_cannot_hold():
    from aikg.rdf import PREFIXES
    assert sparql_term("https://aikg.dev/ns#Segment", PREFIXES) == ("kg:Segment", "kg")
    assert sparql_term("https://aikg.dev/id/company/x", PREFIXES) == ("<https://aikg.dev/id/company/x>", None)
    assert sparql_term("urn:other", PREFIXES) == ("<urn:other>", None)


def test_prefix_names_and_declarations(completer):
    comps = completions(completer, Q + "?x or")
    org = next(c for c in comps if c.display_text == "org:")
    assert apply(Q + "?x or", org).startswith("PREFIX kg: <https://aikg.dev/ns#>\nPREFIX org: <http://www.w3.org/ns/org#>\n")
    assert texts(completions(completer, "PREFIX sk")) == ["skos: <http://www.w3.org/2004/02/skos/core#>"]
    assert texts(completions(completer, "PREFIX prov: ")) == ["<http://www.w3.org/ns/prov#>"]


def test_keywords(completer):
    assert texts(completions(completer, "SEL")) == ["SELECT"]
    assert "FILTER" in texts(completions(completer, Q + "?s ?p ?o . FIL"))
    assert "ORDER BY" in texts(completions(completer, "SELECT * { ?s ?p ?o } ORD"))
    assert "STRSTARTS" in texts(completions(completer, Q + "?s ?p ?o FILTER(STRS"))
    assert "a" in texts(completions(completer, Q + "?s "))


def test_class_after_a_and_predicates_of_the_subject_class_first(completer):
    comps = completions(completer, Q + "?s a Comp")
    assert texts(comps)[0] == "kg:Company"
    comps = completions(completer, Q + "?s a kg:Company ; ")
    first = displays(comps)[:10]
    assert "org:hasUnit" in first or "kg:country" in first
    assert "kg:inSegment" not in first    # a cost item's property, not a company's


def test_variables(completer):
    text = "SELECT ?item ?segment WHERE { ?item kg:inSegment ?se"
    assert texts(completions(completer, text)) == ["?segment"]
    assert texts(completions(completer, "SELECT ?item WHERE { ?item ?p ?o } ORDER BY ?i")) == ["?item"]


def test_meta_commands_and_their_arguments(completer):
    comps = completions(completer, "\\de")
    assert texts(comps) == ["\\describe"]
    assert "Everything the graph says" in comps[0].display_meta_text
    assert "costs-by-segment" in texts(completions(completer, "\\q cost"))
    assert texts(completions(completer, "\\q costs-by-segment comp")) == ["company="]
    assert "company=" not in texts(completions(completer, "\\q costs-by-segment company=Alibaba "))
    assert texts(completions(completer, "\\format v")) == ["vertical"]
    names = texts(completions(completer, "\\describe Alibaba G"))
    assert names[0] == "Alibaba Group"
    from aikg.shell.completer import export_formats
    fmt = export_formats()[0]
    assert fmt in texts(completions(completer, "\\export " + fmt[:2]))


def test_file_paths(completer, tmp_path):
    (tmp_path / "article-one.txt").write_text("x")
    comps = completions(completer, f"\\ingest {tmp_path}/art")
    assert [apply(f"\\ingest {tmp_path}/art", c) for c in comps] == [f"\\ingest {tmp_path}/article-one.txt"]


def test_no_menu_while_typing_a_space_but_tab_lists(completer):
    text = Q + "?s "
    assert completions(completer, text, tab=False) == []
    assert len(completions(completer, text, tab=True)) > 10


def test_nothing_inside_strings_and_iris(completer):
    assert completions(completer, Q + '?s rdfs:label "Alib') == []
    assert completions(completer, Q + "?s ?p <https://aikg") == []


def test_empty_snapshot_completes_keywords_only():
    c = SparqlCompleter(Snapshot.empty())
    assert texts(completions(c, "SEL")) == ["SELECT"]
    assert completions(c, Q + "?x a kg:Seg") == []


def test_every_prefix_of_valid_queries_completes_without_raising(completer):
    from test_shell_suggest import query_texts
    texts_ = query_texts()
    assert len(texts_) >= 10
    offered = 0
    for text in texts_:
        for i in range(len(text) + 1):
            comps = list(completer.get_completions(Document(text, i), CompleteEvent(completion_requested=True)))
            offered += bool(comps)
            for c in comps:
                assert c.start_position <= 0 and -c.start_position <= i
    assert offered > 1000


def test_threaded_dynamic_completer_swaps_snapshots(snapshot):
    holder = {"c": SparqlCompleter(Snapshot.empty())}
    tc = ThreadedCompleter(DynamicCompleter(lambda: holder["c"]))
    doc = Document(Q + "?x a kg:Seg")
    assert list(tc.get_completions(doc, CompleteEvent())) == []
    holder["c"] = SparqlCompleter(snapshot)
    assert [c.text for c in tc.get_completions(doc, CompleteEvent())][0] == "kg:Segment"


# ---------------------------------------------------------------------- the background refresher

def test_refresher_swaps_in_a_new_snapshot_without_blocking(tmp_path):
    from aikg import KnowledgeGraph
    kg = KnowledgeGraph.open(tmp_path / "store", empty=True, write=True)
    gate = threading.Event()
    seen = []

    def slow_load(store):
        gate.wait(10)
        return load(store)

    r = MetadataRefresher(kg.store, on_ready=seen.append, loader=slow_load)
    assert not r.current.ready
    assert r.refresh() is True
    t0 = time.perf_counter()
    c = SparqlCompleter(r.current)
    completions(c, "SEL")                     # completing never waits on the store
    assert time.perf_counter() - t0 < 1.0
    assert r.refresh() is False               # one running: it runs again afterwards
    gate.set()
    assert r.wait(20)
    deadline = time.time() + 20
    while r.loading and time.time() < deadline:
        time.sleep(0.02)
    assert r.current.ready and len(seen) == 2
    assert not any(e.label == "Zorblax Holdings" for e in r.current.entities)
    # (into the facts graph: the entities linked and completed are those the documents state,
    # read from there once each, and the reference graph's)
    kg.store.update('INSERT DATA { GRAPH <urn:aikg:facts> { <https://aikg.dev/id/company/zorblax> a '
                    '<https://aikg.dev/ns#Company> ; <http://www.w3.org/2000/01/rdf-schema#label> "Zorblax Holdings" } }')
    r.refresh()
    r.wait(20)
    while r.loading and time.time() < deadline:
        time.sleep(0.02)
    assert any(e.label == "Zorblax Holdings" for e in r.current.entities)
    comps = completions(SparqlCompleter(r.current), "SELECT * { ?s ?p Zorb")
    assert comps and "Zorblax Holdings" in comps[0].display_meta_text


def test_refresher_keeps_the_old_snapshot_when_loading_fails(snapshot):
    calls = []

    def loader(store):
        calls.append(1)
        if len(calls) > 1:
            raise OSError("disk on fire")
        return snapshot

    r = MetadataRefresher(object(), loader=loader)
    r.refresh()
    r.wait(10)
    assert r.current is snapshot
    r.refresh()
    r.wait(10)
    assert r.current.ready and r.current.error == "disk on fire"
    assert r.current.classes == snapshot.classes


# ---------------------------------------------------------------------- output helpers

def test_table_widths_keep_short_columns_whole():
    from aikg.shell.output import fit_widths, table_text
    rows = [["Alibaba Group", "id:segment/all-others", "x " * 200]]
    widths = fit_widths(["company", "segment", "quote"], rows, 80)
    assert widths[0] == len("Alibaba Group") and widths[1] == len("id:segment/all-others") and widths[2] is None
    text = table_text(["company", "segment", "quote"], rows, width=80, color=False)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Alibaba Group" in text and "id:segment/all-others" in text


def test_formats_and_pager_choice():
    import pyoxigraph as ox

    from aikg.shell.output import needs_pager, pager_command, select_text
    rows = [{"s": ox.NamedNode("https://aikg.dev/ns#Segment"), "n": ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))}]
    assert select_text(["s", "n"], rows, "csv", width=80, color=False) == "s,n\nhttps://aikg.dev/ns#Segment,3\n"
    assert '"n": 3' in select_text(["s", "n"], rows, "json", width=80, color=False)
    vert = select_text(["s", "n"], rows, "vertical", width=80, color=False)
    assert "-[ RECORD 1 ]" in vert and "s | kg:Segment" in vert
    assert "kg:Segment" in select_text(["s", "n"], rows, "table", width=80, color=False)
    assert pager_command({})[0] == "less -SRXF"
    assert pager_command({"PAGER": "less"}) [1]["LESS"] == "-SRXF"
    assert pager_command({"PAGER": "most"})[0] == "most"
    size = __import__("os").terminal_size((80, 24))
    assert needs_pager("x\n" * 40, size) and not needs_pager("x\n" * 5, size)


# ---------------------------------------------------------------------- the shell on piped input

def test_shell_reads_statements_from_a_pipe(aikg, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Zorblax Holdings said on Monday it will invest 2 billion yuan in AI infrastructure.\n")
    script = ("SELECT ?s WHERE { ?s a kg:Segment } ORDER BY ?s LIMIT 2;\n"
              "\\format csv\n"
              "SELECT ?s\n WHERE { ?s a kg:Company }\n ORDER BY ?s LIMIT 1;\n"
              "\\q costs-by-segment company=Alibaba\n"
              f"\\ingest {doc}\n"
              f"\\export ttl {tmp_path / 'out.ttl'}\n"
              "SELEC nonsense;\n")
    r = aikg("--store", str(tmp_path / "st"), "shell", input=script, timeout=180)
    assert "Traceback" not in r.stdout + r.stderr
    assert "2 rows" in r.stdout
    assert "s\nhttps://aikg.dev/id/company/" in r.stdout
    assert "1 added" in r.stdout
    assert "wrote " in r.stdout and (tmp_path / "out.ttl").stat().st_size > 1000
    assert "error: SPARQL syntax error" in r.stdout and "line 1, column" in r.stdout
    assert r.returncode == 1      # a statement failed
