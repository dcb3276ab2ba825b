"""Hardening, documents: `aikg --store S ingest …` with bad, odd and hostile input.

Each case ends in a one-line error (exit 1) or a clear `aikg: skipped PATH: reason` line, never a
traceback, and a rejected input leaves the store exactly as it was (stats and every quad).
Matrix: tests/README.md.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from hardening_helpers import (aikg_store, article, assert_skipped, assert_user_error, copy_store,
                               no_traceback, quads_by_graph, snapshot)

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    """A store with two invented documents; each test works on a copy. (--empty: the bundled
    graph is not synced into it, so other work rebuilding graph/kg.trig cannot change it.)"""
    d = tmp_path_factory.mktemp("base")
    docs = d / "docs"
    docs.mkdir()
    (docs / "quorvex.txt").write_text(article("Quorvex", 1), encoding="utf-8")
    (docs / "maltrine.txt").write_text(article("Maltrine", 2), encoding="utf-8")
    r = aikg_store(d / "store", "--empty", "ingest", str(docs), timeout=180)
    assert r.returncode == 0, r.stderr
    return d / "store"


@pytest.fixture
def store(base_store, tmp_path):
    return copy_store(base_store, tmp_path / "store")


def _rejected(store: Path, tmp_path: Path, name: str, data: bytes, pattern: str, timeout: float = 60):
    """Ingest one file that must be skipped: exit 1, a clear skip line, the store unchanged."""
    before = snapshot(store)
    f = tmp_path / name
    f.write_bytes(data)
    t0 = time.monotonic()
    r = aikg_store(store, "ingest", str(f), timeout=timeout)
    secs = time.monotonic() - t0
    assert r.returncode == 1, (r.stdout, r.stderr)
    line = assert_skipped(r, pattern)
    assert "0 added, 0 replaced, 0 unchanged, 1 skipped" in r.stdout
    assert snapshot(store) == before
    return line, secs


def _ingest_ok(store: Path, *paths, timeout: float = 120):
    r = aikg_store(store, "ingest", *map(str, paths), timeout=timeout)
    no_traceback(r)
    assert r.returncode == 0, r.stderr
    return r


def _doc_graph(store: Path, doc: str) -> frozenset[str]:
    from aikg.rdf import doc_iri
    return quads_by_graph(store).get(str(doc_iri(doc)), frozenset())


def _strip_doc(quads: frozenset[str], doc: str) -> set[str]:
    """A document graph without what names the file (id, hash, file name, title)."""
    from aikg.rdf import doc_iri
    g = str(doc_iri(doc))
    out = set()
    for q in quads:
        if q.startswith(g + " "):
            continue
        out.add(q.replace(g, "<DOC>"))
    return out


# ---------------------------------------------------------------------- empty and undecodable
def test_empty_file(store, tmp_path):
    _rejected(store, tmp_path, "empty.txt", b"", r"empty\.txt: .*the document is empty")


def test_whitespace_only_file(store, tmp_path):
    _rejected(store, tmp_path, "blank.md", b"  \n\t\r\n \xc2\xa0\n\n", r"the document is empty")


def test_binary_file(store, tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    _rejected(store, tmp_path, "picture.txt", png, r"looks like a binary file")


def test_invalid_utf8(store, tmp_path):
    data = "Quorvex plans to invest $5 billion. ".encode() + b"Caf\xe9 \xff\xfe\x80 latin-1 text\n"
    _rejected(store, tmp_path, "latin1.txt", data, r"not valid UTF-8 \(byte \d+\)")


def test_truncated_utf16(store, tmp_path):
    data = "Quorvex plans to invest $5 billion.".encode("utf-16") + b"\x00"  # odd byte count
    _rejected(store, tmp_path, "odd.txt", data, r"invalid UTF-16")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-8-sig"])
def test_utf16_and_bom_give_the_same_facts(store, tmp_path, encoding):
    text = article("Pellucid", 3)
    ref = tmp_path / "ref" / "pellucid.txt"
    ref.parent.mkdir()
    ref.write_text(text, encoding="utf-8")
    other = tmp_path / "enc" / "pellucid.txt"
    other.parent.mkdir()
    if encoding == "utf-16-be-bom":
        other.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    else:
        other.write_bytes(text.encode(encoding))
    _ingest_ok(store, ref)
    want = _strip_doc(_doc_graph(store, "pellucid"), "pellucid")
    r = _ingest_ok(store, other)
    assert "1 replaced" in r.stdout
    got = _strip_doc(_doc_graph(store, "pellucid"), "pellucid")
    assert got == want and len(got) > 20


def test_crlf_gives_the_same_facts_and_quotes(store, tmp_path):
    text = article("Taviron", 4)
    (tmp_path / "lf").mkdir()
    (tmp_path / "crlf").mkdir()
    (tmp_path / "lf" / "taviron.txt").write_bytes(text.encode())
    (tmp_path / "crlf" / "taviron.txt").write_bytes(text.replace("\n", "\r\n").encode())
    _ingest_ok(store, tmp_path / "lf" / "taviron.txt")
    want = _strip_doc(_doc_graph(store, "taviron"), "taviron")
    _ingest_ok(store, tmp_path / "crlf" / "taviron.txt")
    got = _strip_doc(_doc_graph(store, "taviron"), "taviron")
    assert got == want
    assert not any("\\r" in q for q in got)


# ---------------------------------------------------------------------- size limits
def test_over_20_mib_is_refused_quickly(store, tmp_path):
    data = (article("Zorbanic", 5) * 40000).encode()[: 20 * MiB + 1]
    assert len(data) == 20 * MiB + 1
    line, secs = _rejected(store, tmp_path, "huge.txt", data, r"file is 20,971,521 bytes; the limit is 20 MiB")
    assert secs < 20


def test_just_under_20_mib_of_prose_is_skipped_quickly(store, tmp_path):
    """Prose this long would take ~10 minutes and gigabytes to extract: refused with a clear
    message (split it) in seconds rather than ingested."""
    data = (article("Zorbanic", 5) * 40000).encode()[: 20 * MiB - 1]
    line, secs = _rejected(store, tmp_path, "long.txt", data, r"at most 1,000,000 .*split it into smaller files")
    assert secs < 30


def test_just_under_20_mib_html_page_ingests(store, tmp_path):
    """A saved web page is mostly scripts, styles and inline images: its text is small, so it
    ingests in reasonable time, and none of the script text reaches the graph."""
    body = article("Helmscape", 6).replace("\n\n", "</p>\n<p>")
    script = "var ZZSCRIPT = 'Helmscape Holdings plans to invest $999 billion in AI.';\n" * 120_000
    style = ".zzstyle { color: #123456; } /* Helmscape Holdings will invest $777 billion */\n" * 40_000
    img = "<img alt=x src=\"data:image/png;base64," + "QUJD" * 500_000 + "\">"
    page = (f"<!DOCTYPE html><html><head><title>Helmscape results</title><style>{style}</style>"
            f"<script>{script}</script></head><body>{img}<p>{body}</p></body></html>")
    data = page.encode()
    pad = 20 * MiB - 1 - len(data)
    assert pad > 0
    data = data.replace(b"</body>", b"<!-- " + b"z" * (pad - 9) + b" --></body>")
    assert len(data) == 20 * MiB - 1
    f = tmp_path / "helmscape.html"
    f.write_bytes(data)
    t0 = time.monotonic()
    r = _ingest_ok(store, f, timeout=180)
    assert time.monotonic() - t0 < 90
    assert "1 added" in r.stdout
    quads = _doc_graph(store, "helmscape")
    text = "\n".join(quads)
    assert "Helmscape" in text
    for junk in ("ZZSCRIPT", "999 billion", "zzstyle", "777 billion", "QUJDQUJD", "zzzz"):
        assert junk not in text


def test_special_file_is_read_boundedly(store, tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    before = snapshot(store)
    r = aikg_store(store, "ingest", "/dev/zero", timeout=60)
    assert r.returncode == 1
    assert_skipped(r, r"the limit is 20 MiB")
    assert snapshot(store) == before


# ---------------------------------------------------------------------- HTML
HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><title>Corvantis results</title>
<style>body {{ color: red }} /* Corvantis Holdings will invest $701 billion in AI. */</style>
<SCRIPT type="text/javascript">var a = "Corvantis Holdings will invest $702 billion in AI.";</SCRIPT >
<script type="application/ld+json">{{"headline": "Corvantis Holdings will invest $703 billion in AI."}}</script>
</head><body>
<!-- Corvantis Holdings will invest $704 billion in AI. a > b -->
<noscript>Corvantis Holdings will invest $705 billion in AI.</noscript>
<template><p>Corvantis Holdings will invest $706 billion in AI.</p></template>
<p>{body}</p>
<p onclick="alert('Corvantis Holdings will invest $707 billion')">&lt;script&gt;alert(1)&lt;/script&gt; is shown as text.</p>
<script>var b = "Corvantis Holdings will invest $708 billion in AI infrastructure over three years.";
"""


def test_html_scripts_and_styles_never_become_facts_or_quotes(store, tmp_path):
    body = article("Corvantis", 7).replace("\n\n", "</p>\n<p>")
    f = tmp_path / "corvantis.html"
    f.write_text(HOSTILE_PAGE.format(body=body), encoding="utf-8")
    _ingest_ok(store, f)
    quads = _doc_graph(store, "corvantis")
    text = "\n".join(quads)
    assert "Corvantis" in text and "ns#quote" in text
    for n in range(701, 709):
        assert f"{n} billion" not in text and f"{n}000000000" not in text, n
    assert "alert('" not in text and "var a" not in text and "color: red" not in text
    # escaped markup in the text is kept as plain text, not as a tag
    r = aikg_store(store, "query", "-e", 'SELECT ?q WHERE { ?e kg:quote ?q FILTER(CONTAINS(?q, "<script>alert(1)")) }',
                   "--format", "csv")
    assert r.returncode == 0, r.stderr


# ---------------------------------------------------------------------- names, links and folders
def test_symlink_to_outside_the_folder_is_skipped(store, tmp_path):
    corpus = tmp_path / "corpus"
    outside = tmp_path / "outside"
    corpus.mkdir()
    (outside / "dir").mkdir(parents=True)
    (corpus / "brindle.txt").write_text(article("Brindle", 8), encoding="utf-8")
    (outside / "secret.txt").write_text(article("Secretco", 9), encoding="utf-8")
    (outside / "dir" / "other.txt").write_text(article("Othercorp", 10), encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    (corpus / "linkdir").symlink_to(outside / "dir", target_is_directory=True)
    (corpus / "inside.txt").symlink_to(corpus / "brindle.txt")  # inside the folder: fine
    (corpus / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    r = _ingest_ok(store, corpus)
    line = assert_skipped(r, r"link\.txt: symlink to a file outside the folder")
    assert str(corpus / "link.txt") in line
    assert "1 skipped" in r.stdout
    docs = aikg_store(store, "query", "documents", "--format", "csv").stdout
    assert "brindle" in docs and "inside" in docs
    assert "secret" not in docs and "other" not in docs and "dangling" not in docs


def test_explicit_symlink_argument_is_followed(store, tmp_path):
    (tmp_path / "real.txt").write_text(article("Brindle", 8), encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    r = _ingest_ok(store, tmp_path / "alias.txt")
    assert "1 added" in r.stdout


def test_name_with_spaces_and_non_ascii(store, tmp_path):
    name = "Résumé d'été 报告 — Q1\u00a0(final)\u3000v2.txt"  # NBSP and an ideographic space too
    f = tmp_path / name
    f.write_text(article("Quillfeather", 11), encoding="utf-8")
    r = _ingest_ok(store, f)
    assert "1 added" in r.stdout
    stem = Path(name).stem
    docs = aikg_store(store, "query", "documents", "--format", "csv")
    assert stem in docs.stdout
    r = _ingest_ok(store, f)
    assert "1 unchanged" in r.stdout
    r = aikg_store(store, "remove", name)
    assert r.returncode == 0, r.stderr
    assert stem not in aikg_store(store, "query", "documents", "--format", "csv").stdout


def test_undecodable_or_control_character_file_names(store, tmp_path):
    before = snapshot(store)
    bad = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(bad, "wb") as fh:
        fh.write(article("Latinco", 12).encode())
    ctl = tmp_path / "esc\x1b[31mred.txt"
    ctl.write_text(article("Escco", 13), encoding="utf-8")
    r = aikg_store(store, "ingest", os.fsdecode(bad), str(ctl))
    assert r.returncode == 1
    assert_skipped(r, r"caf\\udce9\.txt: the file name is not valid UTF-8")
    assert_skipped(r, r"esc\\x1b\[31mred\.txt: the file name")
    assert "\x1b" not in r.stderr
    assert snapshot(store) == before


def test_same_file_under_two_names(store, tmp_path):
    text = article("Duplicor", 14)
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "two.txt").write_text(text, encoding="utf-8")
    _ingest_ok(store, tmp_path / "one.txt")
    facts_one = snapshot(store)[0]["facts"]
    r = _ingest_ok(store, tmp_path / "two.txt")
    assert "1 added" in r.stdout
    stats = snapshot(store)[0]
    # two documents, the same facts: each fact is one node with evidence from both
    assert stats["facts"] == facts_one and stats["documents"] == 4

    def facts(doc):
        return {q.split(" ", 1)[0] for q in _doc_graph(store, doc) if q.endswith("<https://aikg.dev/ns#Fact>")}
    assert facts("one") == facts("two") and len(facts("one")) > 2


def test_same_document_name_in_two_folders(store, tmp_path):
    for sub, n in (("a", 15), ("b", 16)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(article("Samename", n), encoding="utf-8")
    r = _ingest_ok(store, tmp_path / "a", tmp_path / "b")
    assert_skipped(r, r"same document name as .*rename one of them")
    assert "1 added" in r.stdout and "1 skipped" in r.stdout


def test_directory_with_no_documents(store, tmp_path):
    d = tmp_path / "nothing here"
    d.mkdir()
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    (d / ".hidden.txt").write_text("hidden", encoding="utf-8")
    before = snapshot(store)
    r = aikg_store(store, "ingest", str(d))
    assert_user_error(r, r"no documents \(\.txt, \.md, \.html\) in this folder")
    assert snapshot(store) == before


def test_path_that_does_not_exist(store, tmp_path):
    before = snapshot(store)
    r = aikg_store(store, "ingest", str(tmp_path / "missing.txt"))
    assert_user_error(r, r"missing\.txt: no such file or directory")
    assert snapshot(store) == before
    new = tmp_path / "new-store"
    r = aikg_store(new, "ingest", str(tmp_path / "missing.txt"))
    assert_user_error(r, "no such file")
    assert not new.exists()  # checked before the store is created


# ---------------------------------------------------------------------- hostile content
HOSTILE_TEXT = """Hostile names report
By Jane Roe | May 14, 2026

Quorvex said "} ; DROP ALL ; # Holdings will invest $5 billion in AI infrastructure over three years.
<script>alert('x')</script> Technologies Inc. will invest $3 billion in data centers, Quorvex said.
Robert'); DROP TABLE students;-- was named chief executive of Quorvex Cloud.
Quorvex Cloud chief executive Dana Whitfield said SELECT * WHERE { ?s ?p ?o } Capital invested $2 billion.
@prefix ex: <http://evil.example/> . ex:a ex:b "c" . Labs competes with Quorvex Holdings in cloud.
Quorvex's "Other Ventures" segment includes <b onmouseover="alert(1)">logistics</b> and ]]><!-- mapping.
Quorvex Holdings will invest \\u0022 escape \\n newline \\" quote ${jndi:ldap://x} $4 billion in AI.
INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } } ; DROP SILENT GRAPH <https://aikg.dev/id/doc/quorvex>
Tencent will invest $7 billion [/] in [bold]AI[/bold] data centers [link=file:///etc/passwd]x[/link].
"""


def test_hostile_text_is_stored_as_plain_literals(store, tmp_path):
    f = tmp_path / "hostile.txt"
    f.write_text(HOSTILE_TEXT, encoding="utf-8")
    before = quads_by_graph(store)
    _ingest_ok(store, f)
    after = quads_by_graph(store)
    # nothing but the new document's graph (and the reference data on its entities) changed: no
    # injected update ran
    from aikg.rdf import REFERENCE_GRAPH, doc_iri
    g = str(doc_iri("hostile"))
    assert {k: v for k, v in after.items() if k not in (g, str(REFERENCE_GRAPH))} == {
        k: v for k, v in before.items() if k != str(REFERENCE_GRAPH)}
    ref = after.get(str(REFERENCE_GRAPH), frozenset())
    assert all(" <https://aikg.dev/ns#country> " in t or "/country/" in t.split(" ")[0] for t in ref)
    # every sentence's text is kept verbatim as a literal quote
    s = ox.Store.read_only(str(store))
    quotes = {r["q"].value for r in s.query(
        "SELECT ?q WHERE { GRAPH ?g { ?e <https://aikg.dev/ns#quote> ?q } }")}
    del s
    assert any('"} ; DROP ALL ; #' in q for q in quotes)
    assert any("<script>alert('x')</script>" in q for q in quotes)
    # the store still dumps and re-parses, and queries, saved or not, still run
    r = aikg_store(store, "query", "-e", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert r.returncode == 0, r.stderr
    assert len(list(ox.parse(r.stdout.encode(), format=ox.RdfFormat.TURTLE))) > 100
    for args in (["query", "investments", "--format", "json"], ["query", "documents"],
                 ["query", "-e", "SELECT ?q WHERE { ?e kg:quote ?q }"], ["stats"],
                 ["ask", "How much will Technologies invest?"], ["ask", "What did Tencent invest in?"]):
        r = aikg_store(store, *args)
        no_traceback(r)
        assert r.returncode == 0, (args, r.stderr)
    # the INSERT DATA of the text never ran: no quad has <urn:a> as a term, nor <urn:x> as its graph
    # (the line may be quoted, as a plain literal, by a fact of its sentence: hard wraps are read up
    # to 140 columns since session 18, and the text's lines of ~110 columns join as wrapped prose)
    s = ox.Store(str(store))
    try:
        a = ox.NamedNode("urn:a")
        assert not any(True for _ in s.quads_for_pattern(a, None, None, None))
        assert not any(True for _ in s.quads_for_pattern(None, None, a, None))
        assert not any(True for _ in s.quads_for_pattern(None, None, None, ox.NamedNode("urn:x")))
    finally:
        del s


HOSTILE_LABELS = ['x" } ; DROP ALL ; #', "<script>alert(1)</script>", "a\nb\r\nc\td",
                  '@prefix ex: <http://e/> . ex:a ex:b "c" .', "SELECT * WHERE { ?s ?p ?o }",
                  "]]><!--", "\\u0022\\\"", "'''\"\"\"", "\u2028\u2029\ufeff", "\x01\x7f", "Ω≈ç√∫ 漢字 🤖",
                  "x" * 5000]


def test_hostile_entity_labels_round_trip_through_the_store(tmp_path):
    """Entity labels, aliases and quotes full of query and markup syntax are written through the
    same path as an ingest (one transaction of INSERT DATA) and come back exactly."""
    from aikg.ingest import ontology_quads
    from aikg.rdf import extraction_quads
    from aikg.records import Document, Entity, Extraction
    from aikg.store import LocalStore
    ents = tuple(Entity(kind="Company", label=f"Evil {i} {lab}", aliases=(lab[:100],))
                 for i, lab in enumerate(HOSTILE_LABELS))
    ex = Extraction(document=Document(id="evil doc <x>", title=HOSTILE_LABELS[0], sha256="0" * 64,
                                      file_name="evil doc <x>.txt"),
                    entities=ents, facts=())
    quads = extraction_quads(ex, {})
    s = LocalStore.open(tmp_path / "s", empty=True, write=True)
    s.replace_document("evil doc <x>", quads)
    labels = {r["l"].value for r in s.query("SELECT ?l WHERE { ?e a kg:Company ; rdfs:label ?l }")}
    assert labels == {e.label for e in ents}
    alts = {r["l"].value for r in s.query("SELECT ?l WHERE { ?e a kg:Company ; skos:altLabel ?l }")}
    assert {e.aliases[0] for e in ents} <= alts
    assert {q for q in s.quads()} >= set(quads)
    assert len(ontology_quads()) > 0
    del s


# ---------------------------------------------------------------------- graph commands on odd input
def test_remove_unknown_or_hostile_document_names(store):
    before = snapshot(store)
    for name in ("nope", 'x> } ; DROP ALL ; #', "../../etc/passwd.txt", "quorvex\n", "caf\udce9"):
        assert_user_error(aikg_store(store, "remove", name), r"no document .* in the store")
    assert snapshot(store) == before


def test_graph_commands_after_hostile_text(store, tmp_path):
    f = tmp_path / "hostile.txt"
    f.write_text(HOSTILE_TEXT, encoding="utf-8")
    _ingest_ok(store, f)
    for args in (["validate"], ["conflicts"], ["stats"], ["query", "documents"]):
        r = aikg_store(store, *args)
        no_traceback(r)
        assert r.returncode in (0, 1), (args, r.stderr)
        if r.returncode == 1:
            assert args == ["validate"] and "violation" in r.stdout


def test_a_document_the_extractor_fails_on_is_skipped_and_the_others_go_in(tmp_path, monkeypatch):
    """A fault of the extractor on one text (any exception, not only bad input) skips that
    document with a one-line reason; the batch's other documents are written."""
    from aikg import KnowledgeGraph
    from aikg.extract import pipeline
    from aikg.store import LocalStore
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "quorvex.txt").write_text(article("Quorvex", 1), encoding="utf-8")
    (docs / "maltrine.txt").write_text(article("Maltrine", 2), encoding="utf-8")
    real = pipeline.extract_bytes

    def failing(data, name, *a, **kw):
        if name.startswith("maltrine"):
            raise ValueError("invalid literal for int() with base 10: 'Y'")
        return real(data, name, *a, **kw)
    monkeypatch.setattr(pipeline, "extract_bytes", failing)
    kg = KnowledgeGraph(LocalStore.memory())
    results = {Path(r.path).stem: r for r in kg.ingest([docs])}
    assert results["quorvex"].status == "added"
    assert results["maltrine"].status == "skipped" and "extraction failed (ValueError" in results["maltrine"].message
    assert "\n" not in results["maltrine"].message


def test_a_document_nothing_is_read_from_is_stored_with_a_warning(store, tmp_path):
    """A document stored but giving no fact and no claim (a layout or a naming aikg does not read)
    is named in one warning line; the ingest still succeeds. One that gives facts is not named."""
    quiet = tmp_path / "minutes.txt"
    quiet.write_text("The meeting opened at ten. Members discussed the agenda and agreed to meet again soon.\n",
                     encoding="utf-8")
    told = tmp_path / "told.txt"
    told.write_text(article("Pellwick", 3), encoding="utf-8")
    r = _ingest_ok(store, quiet, told)
    assert "2 added" in r.stdout
    warnings = [ln for ln in r.stderr.splitlines() if ln.startswith("aikg: warning: ")]
    assert len(warnings) == 1 and "minutes.txt" in warnings[0] and "no fact or claim" in warnings[0], r.stderr
