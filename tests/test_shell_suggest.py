"""Unit tests of the shell's `suggest()` (what may go at the cursor) and its input rules."""
from __future__ import annotations

import pytest

from aikg.shell import suggest as S
from aikg.shell.suggest import (Choice, Class, Keyword, Predicate, PrefixedName, PrefixName,
                                SavedQueryParam, Variable, suggest)

Q = "SELECT ?item ?seg WHERE { "


def kinds(text: str, full: str | None = None) -> list[str]:
    return [type(s).__name__ for s in suggest(text, full if full is not None else text)]


def first(text: str, full: str | None = None):
    out = suggest(text, full if full is not None else text)
    assert out, f"no suggestion for {text!r}"
    return out[0]


# (text before the cursor, the kinds expected in order)
CASES = [
    # ---- start of a query and the prologue
    ("", ["Keyword"]),
    ("SEL", ["Keyword"]),
    ("sel", ["Keyword"]),
    ("PREFIX ", ["PrefixDecl"]),
    ("PREFIX k", ["PrefixDecl"]),
    ("PREFIX kg: ", ["PrefixIRI"]),
    ("PREFIX kg: <https://aikg.dev/ns#>\n", ["Keyword"]),
    ("PREFIX kg: <https://aikg.dev/ns#>\nSE", ["Keyword"]),
    ("BASE <http://example.org/>\n", ["Keyword"]),
    # ---- projection
    ("SELECT ", ["Keyword", "Variable"]),
    ("SELECT ?", ["Variable"]),
    ("SELECT DISTINCT ?x ", ["Keyword", "Variable"]),
    ("SELECT (COUNT(?x) AS ", ["Variable"]),
    ("SELECT (COUNT(?x) AS ?n) WH", ["Keyword", "Variable"]),
    # ---- triple patterns
    (Q, ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "?item ", ["Predicate", "Keyword", "Variable", "PrefixName"]),
    (Q + "?item kg:", ["PrefixedName"]),
    (Q + "?item kg:inSeg", ["PrefixedName"]),
    (Q + "?item kg:inSegment ", ["Variable", "Entity", "PrefixName"]),
    (Q + "?item kg:inSegment ?seg ", ["Keyword"]),
    (Q + "?item kg:inSegment ?seg . ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "?item kg:inSegment ?seg ; ", ["Predicate", "Keyword", "Variable", "PrefixName"]),
    (Q + "?item kg:inSegment ?seg , ", ["Variable", "Entity", "PrefixName"]),
    (Q + "?item a ", ["Class", "PrefixName", "Variable"]),
    (Q + "?item a kg:Seg", ["PrefixedName"]),
    (Q + "?item rdf:type ", ["Class", "PrefixName", "Variable"]),
    (Q + "?item a kg:CostItem ; kg:inSegment ?seg . ?seg ", ["Predicate", "Keyword", "Variable", "PrefixName"]),
    (Q + "?item ?p Alib", ["Variable", "Entity", "PrefixName"]),
    (Q + "Alib", ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "?item kg:amount [ ", ["Predicate", "Keyword", "Variable", "PrefixName"]),
    (Q + "?item kg:amount [ kg:value ", ["Variable", "Entity", "PrefixName"]),
    (Q + "?item kg:amount [ kg:value 3 ] ; ", ["Predicate", "Keyword", "Variable", "PrefixName"]),
    (Q + "?item ?p \"x\"^^", ["PrefixName"]),
    (Q + "?item ?p \"x\"^^xsd:", ["PrefixedName"]),
    # ---- nested groups and keywords inside a group
    (Q + "OPTIONAL { ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "OPTIONAL ", ["Keyword"]),
    (Q + "{ ?a ?b ?c } UNION { ?item ", ["Predicate", "Keyword", "Variable", "PrefixName"]),
    (Q + "GRAPH ", ["Variable", "PrefixName"]),
    (Q + "GRAPH ?g { ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "?item ?p ?o . FIL", ["Keyword", "Variable", "PrefixName", "Entity"]),
    # ---- expressions
    (Q + "?item ?p ?o . FILTER(", ["Variable", "Keyword", "PrefixName", "Entity"]),
    (Q + "?item ?p ?o . FILTER(?", ["Variable"]),
    (Q + "?item ?p ?o . FILTER(CONT", ["Variable", "Keyword", "PrefixName", "Entity"]),
    (Q + "?item ?p ?o . FILTER(?o = kg:", ["PrefixedName"]),
    (Q + "?item ?p ?o . FILTER regex(?o, \"x\") ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "?item ?p ?o . BIND(STR(?o) AS ", ["Variable"]),
    (Q + "?item ?p ?o . BIND(STR(?o) AS ?s) ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    (Q + "VALUES ?item { ", ["Entity", "PrefixName", "Keyword"]),
    # ---- solution modifiers
    ("SELECT ?x WHERE { ?x ?p ?o } ", ["Keyword"]),
    ("SELECT ?x WHERE { ?x ?p ?o } ORDER ", ["Keyword"]),
    ("SELECT ?x WHERE { ?x ?p ?o } ORDER BY ", ["Keyword", "Keyword", "Variable"]),
    ("SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?", ["Variable"]),
    ("SELECT ?x WHERE { ?x ?p ?o } LIMIT ", []),
    ("SELECT ?x WHERE { ?x ?p ?o } LIMIT 10 ", ["Keyword"]),
    ("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?x HAVING (COUNT(?x) > ", ["Variable", "Keyword", "PrefixName", "Entity"]),
    ("CONSTRUCT { ?s a ", ["Class", "PrefixName", "Variable"]),
    ("CONSTRUCT { ?s a kg:Company } ", ["Keyword"]),
    ("ASK { ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    ("DESCRIBE ", ["Keyword", "Variable", "PrefixName", "Entity"]),
    # ---- inside strings, IRIs and comments: nothing
    (Q + "?item rdfs:label \"Alib", []),
    (Q + "?item rdfs:label 'Ali", []),
    (Q + "?item rdfs:label \"\"\"two\nlines", []),
    (Q + "?item ?p <https://aikg.dev/id/com", []),
    (Q + "# a comment kg:", []),
    (Q + "?item ?p 12", []),
    # ---- meta commands and questions
    ("\\", ["MetaCommand"]),
    ("\\de", ["MetaCommand"]),
    ("\\q ", ["SavedQuery"]),
    ("\\q cost", ["SavedQuery"]),
    ("\\q costs-by-segment ", ["SavedQueryParam"]),
    ("\\q costs-by-segment com", ["SavedQueryParam"]),
    ("\\q costs-by-segment company=Ali", []),
    ("\\format ", ["Choice"]),
    ("\\timing o", ["Choice"]),
    ("\\describe Alib", ["EntityName"]),
    ("\\sources Alibaba Gr", ["EntityName"]),
    ("\\o ./out", ["FilePath"]),
    ("\\ingest docs/", ["FilePath"]),
    ("\\export ", ["ExportFormat"]),
    ("\\export turtle /tmp/", ["FilePath"]),
    ("\\help ", ["MetaCommand"]),
    ("\\quit ", []),
    ("\\nosuchcommand ", []),
    ("? Which costs", []),
    ("?whi", ["Variable"]),   # `?whi` is a variable being typed, not a question
]


@pytest.mark.parametrize("text,expected", CASES, ids=[repr(c[0][-30:]) for c in CASES])
def test_suggest_kinds(text, expected):
    assert kinds(text) == expected


def test_there_are_many_cases():
    assert len(CASES) >= 40


# ---------------------------------------------------------------------- the details a completer needs

def test_word_is_the_partial_term():
    assert first(Q + "?item kg:inSeg").word == "kg:inSeg"
    assert first("SEL").word == "SEL"
    assert first(Q + "?it").word == "?it"
    assert first(Q + "?item ").word == ""
    assert first("\\describe Alibaba Gr").word == "Alibaba Gr"
    assert first("\\q costs-by-segment comp").word == "comp"


def test_prefixed_name_role_follows_the_triple_position():
    assert first(Q + "kg:").role == "subject"
    assert first(Q + "?item kg:").role == "predicate"
    assert first(Q + "?item kg:inSegment kg:").role == "object"
    assert first(Q + "?item a kg:").role == "class"
    assert first(Q + "?item ?p ?o FILTER(?o = kg:").role == "any"
    assert first(Q + "?item ?p \"1\"^^xsd:").role == "datatype"
    s = first(Q + "?item org:unit")
    assert (s.prefix, s.word) == ("org", "org:unit")


def test_predicate_knows_the_subject_and_its_classes():
    full = Q + "?item a kg:CostItem . ?item  }"
    cursor = len(Q + "?item a kg:CostItem . ?item ")
    s = first(full[:cursor], full)
    assert isinstance(s, Predicate)
    assert s.subject == "?item" and s.classes == ("kg:CostItem",)


def test_variables_come_from_the_whole_query_but_not_the_one_typed():
    full = "SELECT ?item ?seg WHERE { ?item kg:inSegment ?se } ORDER BY ?segLabel"
    cursor = full.index("?se }") + 3
    s = first(full[:cursor], full)
    assert isinstance(s, Variable)
    assert s.word == "?se"
    assert set(s.names) == {"item", "seg", "segLabel"}


def test_variables_in_strings_do_not_count():
    assert S.variables('SELECT ?a WHERE { ?a ?b "?notavar" }') == ("a", "b")


def test_saved_query_params_know_which_are_used():
    s = first("\\q costs-by-segment company=Alibaba ")
    assert isinstance(s, SavedQueryParam)
    assert s.query == "costs-by-segment" and s.used == ("company",)


def test_choices_of_format():
    s = first("\\format c")
    assert isinstance(s, Choice) and "csv" in s.options and s.word == "c"


def test_suggestions_are_values():
    assert Keyword(word="a", context="start") == Keyword(word="a", context="start")
    assert Keyword(word="a") != PrefixName(word="a")
    assert len({Class(word="x"), Class(word="x")}) == 1
    with pytest.raises(AttributeError):
        Keyword(word="a").word = "b"
    with pytest.raises(TypeError):
        Keyword(nope=1)


# ---------------------------------------------------------------------- helpers on whole texts

def test_declared_prefixes_and_prologue_end():
    text = "PREFIX kg: <https://aikg.dev/ns#>\n# c\nPREFIX org: <http://www.w3.org/ns/org#>\nSELECT * { ?s ?p ?o }"
    assert S.declared_prefixes(text) == {"kg": "https://aikg.dev/ns#", "org": "http://www.w3.org/ns/org#"}
    assert text[:S.prologue_end(text)].endswith("org#>")
    assert S.prologue_end("SELECT * { ?s ?p ?o }") == 0


def test_brace_balance_ignores_strings_iris_and_comments():
    assert S.brace_balance("SELECT * { ?s ?p \"{\" # {\n") == 1
    assert S.brace_balance("SELECT * { ?s ?p '}' } # }") == 0
    assert S.brace_balance("}") == -1


def test_subject_classes():
    assert S.subject_classes("?x a kg:Company . ?y rdf:type kg:Segment . ?x a kg:Organization",
                             "?x") == ("kg:Company", "kg:Organization")


def test_in_literal():
    assert S.in_literal('SELECT * { ?s ?p "abc')
    assert S.in_literal("SELECT * { ?s ?p <http://x")
    assert S.in_literal("SELECT * { # note")
    assert not S.in_literal("SELECT * { # note\n")
    assert not S.in_literal('SELECT * { ?s ?p "abc" ')


def test_meta_and_question_detection():
    assert S.is_meta("  \\q costs")
    assert S.is_question("? who runs Alibaba")
    assert S.is_question("?")
    assert not S.is_question("?x a kg:Company")


# ---------------------------------------------------------------------- input rules of the prompt

def test_should_run():
    from aikg.shell.app import should_run
    assert should_run("")                                   # Enter on nothing: a fresh prompt
    assert should_run("\\q costs-by-segment")
    assert should_run("? Which costs sit in which segment?")
    assert should_run("quit")
    assert should_run("SELECT * WHERE { ?s ?p ?o };")
    assert should_run("SELECT * WHERE {\n ?s ?p ?o\n}\n;  ")
    assert not should_run("SELECT * WHERE { ?s ?p ?o }")    # Enter adds a line until ';' or Esc Enter
    assert not should_run("SELECT * WHERE { ?s a kg:Company ;")   # ';' inside a group lists predicates
    assert not should_run('SELECT * WHERE { ?s ?p "a;" }')  # ... or sits in a string
    assert not should_run("SELECT * WHERE { ?s ?p ?o } # done;")
    # single-line mode (F3): Enter runs a balanced query
    assert should_run("SELECT * WHERE { ?s ?p ?o }", multiline=False)
    assert not should_run("SELECT * WHERE { ?s ?p ?o", multiline=False)


def test_strip_terminator_and_error_location():
    from aikg.shell.app import error_location, offset_of, strip_terminator
    assert strip_terminator("SELECT * { ?s ?p ?o } ;") == "SELECT * { ?s ?p ?o }"
    assert strip_terminator("SELECT * { ?s ?p ?o }") == "SELECT * { ?s ?p ?o }"
    assert error_location("SPARQL syntax error: expected x (line 3, column 7: foo)") == (3, 7)
    assert error_location("something else") is None
    text = "ab\ncdef\ng"
    assert text[offset_of(text, 2, 3):] == "ef\ng"
    assert offset_of(text, 9, 9) == len(text)


# ---------------------------------------------------------------------- never raises

EXTRA_QUERIES = [
    "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?o) && ?p != rdf:type) } GROUP BY ?s HAVING(COUNT(?o) > 2) ORDER BY DESC(?n) LIMIT 5",
    "PREFIX kg: <https://aikg.dev/ns#>\nASK { ?x a kg:Company ; rdfs:label \"Alibaba Group\"@en }",
    "CONSTRUCT { ?s kg:inSegment ?seg } WHERE { ?s kg:inSegment ?seg . OPTIONAL { ?seg rdfs:label ?l } }",
    "SELECT * WHERE { VALUES (?a ?b) { (1 2) (UNDEF \"x\") } BIND(?a + 1 AS ?c) MINUS { ?a ?p ?o } }",
    "SELECT * WHERE { GRAPH ?g { ?s ?p [ kg:value ?v ; kg:currency \"CNY\" ] } FILTER NOT EXISTS { ?g a kg:Document } }",
    "DESCRIBE <https://aikg.dev/id/company/alibaba-group>",
    "SELECT ?x WHERE { { SELECT ?x WHERE { ?x a kg:Company } LIMIT 3 } UNION { ?x a kg:Segment } } # done",
    "SELECT ?v WHERE { ?o kg:value ?v . FILTER(?v > 1.5e3 || STRSTARTS(STR(?o), 'https://')) }",
    "BASE <https://aikg.dev/>\nSELECT * WHERE { ?s ?p ?o . ?s <ns#inSegment> ?x ; a ?t , ?u . }",
    "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"\"\"multi\nline\"\"\" } }",
]


def query_texts() -> list[str]:
    from aikg.queries import catalogue
    return [q.text for q in catalogue().values()] + EXTRA_QUERIES


def test_every_prefix_of_valid_queries_gives_suggestions_without_raising():
    texts = query_texts()
    assert len(texts) >= 10
    some = 0
    for text in texts:
        for i in range(len(text) + 1):
            out = suggest(text[:i], text)
            assert isinstance(out, list)
            for s in out:
                assert isinstance(s, S.Suggestion)
                assert text[:i].endswith(s.word)
            some += bool(out)
    assert some > 0


def test_tokenize_handles_everything():
    toks = S.tokenize('PREFIX kg: <x> SELECT ?a $b WHERE { ?a kg:p "s\\"q" , \'t\' , 1.5e3 , -2 ; ^^ @en } # c')
    kinds_ = {t.kind for t in toks}
    assert {"word", "pname", "iri", "var", "punct", "string", "number", "dtype", "langtag", "comment"} <= kinds_
    assert S.tokenize("") == ()


def test_property_paths_and_slashed_names():
    assert first(Q + "?item kg:family/kg:").role == "predicate"
    assert first(Q + "?item kg:a|kg:").role == "predicate"
    s = first(Q + "?item ?p id:company/ali")
    assert isinstance(s, PrefixedName) and s.word == "id:company/ali" and s.prefix == "id"
