"""The query guard (aikg.guard): hostile SPARQL is refused with one line before the engine
parses it, on every path (CLI -e / -f, saved queries, the shell, `ask`, `--llm` drafts).

The attacks run in subprocesses: without the guard they end in SIGSEGV (exit -11 / 139)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from aikg.errors import AikgError
from aikg.guard import Limits, QueryRefused, check, depth

NESTED_GROUPS = "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
PARENS = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }"
UNIONS = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20000) + " }"
NOTS = "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 20000 + "true) }"
ANDS = "SELECT * WHERE { ?s ?p ?o FILTER(" + " && ".join(["true"] * 20000) + ") }"
BLANK_NODES = "SELECT * WHERE { ?s ?p " + "[ ?p " * 5000 + "?o" + " ]" * 5000 + " }"
SUBSELECTS = "SELECT * WHERE " + "{ SELECT * WHERE " * 3000 + "{ ?s ?p ?o }" + " }" * 3000
ATTACKS = {"nested-groups": NESTED_GROUPS, "parentheses": PARENS, "union-chain": UNIONS, "not-chain": NOTS,
           "and-chain": ANDS, "blank-nodes": BLANK_NODES, "subselects": SUBSELECTS}


def run_cli(*args, input=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k not in ("AIKG_STORE", "AIKG_ENDPOINT")}
    return subprocess.run([sys.executable, "-m", "aikg", *args], capture_output=True, text=True,
                          input=input, env=env, timeout=timeout)


def refused(r):
    """Exit 1 with one line naming the refusal: never a signal, never a traceback."""
    assert r.returncode == 1, (r.returncode, r.stderr[-500:])
    err = r.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err[-500:]
    assert err.startswith("aikg: error: query refused"), err


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = tmp_path_factory.mktemp("guard") / "store"
    r = run_cli("--store", str(s), "--empty", "stats")
    assert r.returncode == 0, r.stderr
    return s


# ---------------------------------------------------------------------- the scan itself
def test_depth_ignores_strings_iris_and_comments():
    q = 'SELECT * WHERE { ?s ?p "((((((" . ?s ?p <urn:x(((> # {{{{{{{{\n FILTER((1)) }'
    from aikg.guard import _strip
    assert depth(_strip(q)) == 3


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attacks_are_refused_in_process(name):
    with pytest.raises(QueryRefused, match="query refused"):
        check(ATTACKS[name])


def test_saved_queries_pass_far_below_the_limits():
    from aikg.guard import _OPERATOR, _strip
    from aikg.queries import catalogue
    lim = Limits()
    for sq in catalogue().values():
        bare = _strip(sq.text)
        check(sq.text)
        assert depth(bare) * 10 <= lim.max_depth, sq.name
        assert len(_OPERATOR.findall(bare)) * 10 <= lim.max_operators, sq.name


def test_limits_from_the_environment(monkeypatch):
    monkeypatch.setenv("AIKG_MAX_QUERY_DEPTH", "3")
    with pytest.raises(QueryRefused, match="AIKG_MAX_QUERY_DEPTH"):
        check("SELECT * WHERE { { { { ?s ?p ?o } } } }")
    monkeypatch.setenv("AIKG_MAX_QUERY_DEPTH", "10000")
    check(NESTED_GROUPS)          # raised on purpose: the user's call
    monkeypatch.setenv("AIKG_MAX_QUERY_BYTES", "lots")
    with pytest.raises(AikgError, match="AIKG_MAX_QUERY_BYTES"):
        check("ASK {}")


def test_just_under_the_limits_runs_without_crashing():
    """The limits sit well under where the engine's stack runs out, even combined: the deepest
    nesting allowed with the longest operator chain allowed inside it. In a subprocess, on a
    thread (as run_query runs queries), so a crash shows as a signal."""
    code = (
        "import threading, pyoxigraph as ox\n"
        "from aikg.guard import Limits, check\n"
        "L = Limits(); D = L.max_depth - 2; N = L.max_operators - 10\n"
        "qs = ['SELECT * WHERE ' + '{ ' * D + '?s ?p ?o FILTER(' + '!' * N + 'true)' + ' }' * D,\n"
        "      'SELECT * WHERE { ?s ?p ?o FILTER(' + '(' * D + ' && '.join(['true'] * N) + ')' * D + ') }',\n"
        "      'SELECT * WHERE ' + '{ ' * D + ' UNION '.join(['{ ?s ?p ?o }'] * N) + ' }' * D]\n"
        "def go():\n"
        "    for q in qs:\n"
        "        check(q); list(ox.Store().query(q))\n"
        "t = threading.Thread(target=go); t.start(); t.join(); print('ok')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "ok" in r.stdout, (r.returncode, r.stderr[-500:])


# ---------------------------------------------------------------------- every path, in subprocesses
@pytest.mark.parametrize("name", ["nested-groups", "parentheses", "union-chain", "not-chain"])
def test_query_expr_refused(store, name):
    q = ATTACKS[name] if name != "union-chain" else UNIONS[:120_000].rsplit(" UNION", 1)[0] + " }"
    refused(run_cli("--store", str(store), "query", "-e", q))     # (an argument holds at most 128 KiB)


def test_query_file_of_10_mb_refused(store, tmp_path):
    f = tmp_path / "big.rq"
    f.write_text("SELECT * WHERE { " + "?s ?p ?o . " * (10 * 1024 * 1024 // 11) + "}")
    refused(run_cli("--store", str(store), "query", "-f", str(f)))
    f.write_text(UNIONS * 30)
    refused(run_cli("--store", str(store), "query", "-f", str(f)))


def test_shell_script_refuses_without_dying(store):
    """`aikg shell` reading a script from stdin: each hostile query is refused with a message
    and the shell goes on to the next statement."""
    script = ";\n".join([NESTED_GROUPS, PARENS, UNIONS, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]) + ";\n"
    r = run_cli("--store", str(store), "shell", input=script)
    assert r.returncode >= 0, r.returncode                      # no signal
    out = r.stdout + r.stderr
    assert out.count("query refused") == 3, out[-2000:]
    assert "Traceback" not in out
    assert "1 row" in out, out[-1000:]                           # and it still answers afterwards


def test_ask_with_a_hostile_question(store):
    r = run_cli("--store", str(store), "ask", "Who is the CEO of " + "(" * 20000 + "?")
    assert r.returncode in (0, 1), (r.returncode, r.stderr[-300:])
    assert "Traceback" not in r.stderr


def test_saved_query_parameter_cannot_smuggle_nesting(store):
    r = run_cli("--store", str(store), "query", "costs-by-segment", "--param", "company=" + "{" * 1500)
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, (r.returncode, r.stderr[-300:])


def test_llm_draft_refused(monkeypatch, tmp_path):
    from aikg import KnowledgeGraph, llm
    monkeypatch.setattr(llm, "draft_sparql", lambda question, url, timeout=30.0: PARENS)
    kg = KnowledgeGraph.open(bundled=True)
    a = llm.draft_answer(kg, "anything", "http://127.0.0.1:9", timeout=5)
    assert a.status == "not_understood" and "query refused" in a.answer, a
