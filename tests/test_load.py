"""`aikg load` and LocalStore.bulk_load: every file all or nothing, big N-Triples / N-Quads files
cut in slices loaded in parallel (aikg.store.load_file), statement counts, and the order of
several files. The CLI runs in process here so that the slice size can be made tiny; the
subprocess tests of `load` are in test_remote.py and test_hardening_store.py."""
from __future__ import annotations

import gc
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg import store as st
from aikg.cli import main

NQ = ox.RdfFormat.N_QUADS


def lines(n: int, graph: str = "urn:g") -> list[bytes]:
    return [f'<urn:s{i}> <urn:p> "value {i} \\u00e9 \\"q\\"" <{graph}{i % 7}> .\n'.encode() for i in range(n)]


@pytest.fixture
def tiny_slices(monkeypatch):
    """Cut any file into up to 3 slices, read in small blocks (so lines straddle blocks)."""
    monkeypatch.setattr(st, "SLICE_MIN_BYTES", 1)
    monkeypatch.setattr(st, "_cpus", lambda: 3)
    monkeypatch.setattr(st, "_BLOCK", 64)
    calls = []
    orig = st._load_slices

    def spy(*a, **kw):
        r = orig(*a, **kw)
        calls.append(r[0])
        return r
    monkeypatch.setattr(st, "_load_slices", spy)
    return calls


def disk_store(tmp_path: Path, name: str = "st") -> ox.Store:
    s = ox.Store(str(tmp_path / name))
    s.add(ox.Quad(ox.NamedNode("urn:keep"), ox.NamedNode("urn:p"), ox.Literal("before")))
    return s


def contents(s: ox.Store) -> set[str]:
    return {str(q) for q in s}


def reference(path: Path, fmt=NQ, **kw) -> tuple[set[str], int]:
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("urn:keep"), ox.NamedNode("urn:p"), ox.Literal("before")))
    s.bulk_load(path=str(path), format=fmt, **kw)
    return contents(s), sum(1 for _ in ox.parse(path=str(path), format=fmt))


def canonical_error(path: Path, fmt=NQ) -> str:
    with pytest.raises(SyntaxError) as e:
        ox.Store().bulk_load(path=str(path), format=fmt)
    return str(e.value)


# ---------------------------------------------------------------------- slices
def test_slices_load_what_one_load_does_and_count_statements(tmp_path, tiny_slices):
    body = lines(40)
    body[3] = b"# a comment line\n"
    body[9] = b"\n"
    body[10] = b"   \t\n"
    body[11] = b'<urn:a> <urn:p> "crlf" <urn:g> .\r\n'
    body[12] = b'  <urn:a> <urn:p> "indented" . # trailing comment\n'
    body[20] = b'<urn:a> <urn:p> "' + b"long " * 60 + b'" <urn:g> .\n'   # longer than a block
    body[-1] = body[-1].rstrip(b"\n")                                      # no final line break
    f = tmp_path / "a.nq"
    f.write_bytes(b"".join(body))
    want, n = reference(f)
    s = disk_store(tmp_path)
    assert st.load_file(s, f, NQ, store_dir=tmp_path) == n == 37
    assert tiny_slices == [True]
    assert contents(s) == want


def test_slices_of_n_triples_go_into_the_graph_asked_for(tmp_path, tiny_slices):
    f = tmp_path / "t.nt"
    f.write_bytes(b"".join(f'<urn:s{i}> <urn:p> "{i}" .\n'.encode() for i in range(30)))
    g = ox.NamedNode("urn:target")
    want, n = reference(f, ox.RdfFormat.N_TRIPLES, to_graph=g)
    s = disk_store(tmp_path)
    assert st.load_file(s, f, ox.RdfFormat.N_TRIPLES, g, store_dir=tmp_path) == n == 30
    assert tiny_slices == [True] and contents(s) == want


@pytest.mark.parametrize("where", ["first", "middle", "last", "truncated", "unterminated-string-at-a-cut",
                                   "open-iri-at-a-cut", "invalid-utf8"])
def test_a_bad_line_anywhere_loads_nothing_with_the_usual_message(tmp_path, tiny_slices, where):
    body = lines(60)
    f = tmp_path / "bad.nq"
    if where == "first":
        body[0] = b'<urn:a> <urn:p> "x" <urn:g>\n'
    elif where == "middle":
        body[30] = b"<urn:a> <urn:p> <not an iri> .\n"
    elif where == "last":
        body[-1] = b"<urn:a> <urn:p> .\n"
    elif where == "truncated":
        body[-1] = body[-1][:25]
    elif where == "invalid-utf8":
        body[45] = b'<urn:a> <urn:p> "caf\xe9" .\n'
    else:
        # the line just before the first cut (the cuts stay put: the bad line is as long)
        data = b"".join(body)
        f.write_bytes(data)
        cut = st._cuts(f, len(data), 3)[1]
        start = data.rfind(b"\n", 0, cut - 1) + 1
        bad = b'<urn:a> <urn:p> "no end' if where.startswith("unterminated") else b"<urn:a> <urn:p> <urn:no-end"
        bad = bad.ljust(cut - start - 1, b"x") + b"\n"
        body = [data[:start], bad, data[cut:]]
    f.write_bytes(b"".join(body))
    if "cut" in where:
        assert st._cuts(f, f.stat().st_size, 3)[1] == cut
    msg = canonical_error(f)
    s = disk_store(tmp_path)
    before_load = contents(s)
    with pytest.raises(SyntaxError) as e:
        st.load_file(s, f, NQ, store_dir=tmp_path)
    assert str(e.value) == msg
    assert tiny_slices == [False]                     # the slices gave up, one load reported
    assert contents(s) == before_load
    assert set(s.named_graphs()) == set()


def test_blank_nodes_stay_one_node_across_the_file(tmp_path, tiny_slices):
    body = lines(30)
    body[0] = b'_:b1 <urn:p> "first" <urn:g> .\n'
    body[-1] = b'_:b1 <urn:p> "last" <urn:g> .\n'
    f = tmp_path / "b.nq"
    f.write_bytes(b"".join(body))
    s = disk_store(tmp_path)
    assert st.load_file(s, f, NQ, store_dir=tmp_path) == 30
    assert tiny_slices == [False]                     # not sliced: labels are per parse
    subjects = {q.subject for q in s.quads_for_pattern(None, ox.NamedNode("urn:p"), None, ox.NamedNode("urn:g"))
                if isinstance(q.subject, ox.BlankNode)}
    assert len(subjects) == 1


def test_lone_cr_line_breaks_load_without_a_count(tmp_path, tiny_slices):
    f = tmp_path / "cr.nq"
    f.write_bytes(b"".join(x.rstrip(b"\n") + b"\r" for x in lines(20)))
    want, _ = reference(f)
    s = disk_store(tmp_path)
    assert st.load_file(s, f, NQ, store_dir=tmp_path) is None
    assert contents(s) == want


def test_no_slices_for_an_in_memory_store_or_without_free_space(tmp_path, tiny_slices, monkeypatch):
    f = tmp_path / "a.nq"
    f.write_bytes(b"".join(lines(30)))
    assert st.load_file(ox.Store(), f, NQ) == 30
    monkeypatch.setattr(st, "_room", lambda d, need: False)
    assert st.load_file(disk_store(tmp_path), f, NQ, store_dir=tmp_path) == 30
    assert tiny_slices == []


@pytest.mark.parametrize("ending", [b'<urn:a> <urn:b> "abc\n', b'<urn:a> <urn:b> "abc\\\n', b"<urn:a> <urn:b> <urn:c\n",
                                    b"<urn:a\n", b'"\n', b'<urn:a> <urn:b> "x\\"\n', b'<urn:a> <urn:b> "x"^^<urn:t\n',
                                    b'<urn:a> <urn:b> "abc\r\n', b'<urn:a> <urn:b> <<( <urn:a> <urn:b> "x\n'])
def test_a_slice_never_reaches_the_gate_with_a_line_unparsed(tmp_path, ending):
    """The parser waits for more input inside an unfinished string or IRI; the probe after the
    slice's last line makes it fail there instead of after the gate (when others commit)."""
    f = tmp_path / "s.nq"
    f.write_bytes(b"".join(lines(5)) + ending)
    gate = st._Gate(1)
    with pytest.raises(SyntaxError):
        ox.Store().bulk_load(st._Slice(f, 0, f.stat().st_size, gate), format=NQ)
    assert not gate.passed


@pytest.mark.parametrize("ending", [b"", b"# a comment\n", b"\n\n", b'<urn:a> <urn:b> "ok" . # "\n'])
def test_a_good_slice_passes_the_gate(tmp_path, ending):
    f = tmp_path / "s.nq"
    f.write_bytes(b"".join(lines(5)) + ending)
    gate = st._Gate(1)
    s = ox.Store()
    slice_ = st._Slice(f, 0, f.stat().st_size, gate)
    s.bulk_load(slice_, format=NQ)
    assert gate.passed and len(s) == slice_.count == 5 + (ending.startswith(b"<"))


class FakeStore:
    """Reads each slice to its end like the bulk loader, then 'commits' it (or fails)."""

    def __init__(self, fail: str, which: int):
        self.fail, self.which = fail, which
        self.committed: list[int] = []
        self.lock = threading.Lock()

    def bulk_load(self, reader, format, **kw):
        first = reader.start == 0
        mine = self.which == "all" or first == (self.which == 0)
        if mine and self.fail == "before-end":
            reader.read(10)
            raise SyntaxError("bad line")
        while reader.read(4096):
            pass
        if mine and self.fail == "after-gate":
            raise OSError("No space left on device")
        with self.lock:
            self.committed.append(first)


def test_gate_a_slice_failing_before_its_end_stops_the_others_before_they_commit(tmp_path, monkeypatch):
    monkeypatch.setattr(st, "_BLOCK", 64)
    f = tmp_path / "a.nq"
    f.write_bytes(b"".join(lines(200)))
    for which in (0, 1):
        fake = FakeStore("before-end", which)
        done, n, why = st._load_slices(fake, f, NQ, {}, 3)
        assert (done, n, type(why), str(why)) == (False, None, SyntaxError, "bad line")
        assert fake.committed == []


def test_gate_a_write_failing_after_the_gate_is_a_partial_load(tmp_path):
    f = tmp_path / "a.nq"
    f.write_bytes(b"".join(lines(200)))
    fake = FakeStore("after-gate", 1)
    with pytest.raises(st.PartialLoad, match="No space left on device.*part of the file may have been loaded"):
        st._load_slices(fake, f, NQ, {}, 3)
    assert fake.committed == [True]                   # the first slice is in, the others are not


def test_gate_a_write_failing_in_every_slice_is_that_error(tmp_path):
    f = tmp_path / "a.nq"
    f.write_bytes(b"".join(lines(200)))
    fake = FakeStore("after-gate", "all")
    with pytest.raises(OSError, match="No space left on device$"):
        st._load_slices(fake, f, NQ, {}, 3)
    assert fake.committed == []


# ---------------------------------------------------------------------- a full disk
WRAP = ("import sys; import aikg.store as st; st.SLICE_MIN_BYTES = int(sys.argv.pop(1)); "
        "from aikg.cli import main; main(sys.argv[1:])")


@pytest.mark.parametrize("slices", [False, True])
def test_a_full_disk_is_a_one_line_error(tmp_path, slices):
    """RLIMIT_FSIZE in the child stands for a full disk (writes past it fail with EFBIG). In one
    piece nothing gets in; in slices that all fail, nothing either."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    env.pop("AIKG_ENDPOINT", None)
    env.pop("AIKG_STORE", None)
    store = tmp_path / "st"
    f = tmp_path / "big.nq"
    f.write_bytes(b"".join(lines(8000)))
    r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "--empty", "load", str(f)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    before = store_quads(store)
    g = tmp_path / "other.nq"
    g.write_bytes(b"".join(lines(8000, "urn:other")))

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, 128 * 1024))

    r = subprocess.run([sys.executable, "-c", WRAP, "1" if slices else str(1 << 30), "--store", str(store), "load", str(g)],
                       capture_output=True, text=True, env=env, timeout=120, preexec_fn=small_files)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"aikg: error: {g}: load failed: "), err
    assert "File too large; free some disk space and try again" in err
    assert store_quads(store) == before


# ---------------------------------------------------------------------- the command
def aikg(capsys, *args) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as e:
        code = e.code
    gc.collect()                                      # close the store
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("AIKG_ENDPOINT", raising=False)
    monkeypatch.delenv("AIKG_STORE", raising=False)


def store_quads(path: Path) -> dict[str, set[str]]:
    from aikg.store import LocalStore
    s = LocalStore.open(path)
    try:
        out: dict[str, set[str]] = {}
        for q in s.quads():
            out.setdefault(str(q.graph_name), set()).add(f"{q.subject} {q.predicate} {q.object}")
        return out
    finally:
        del s
        gc.collect()


def test_load_counts_statements_and_a_bad_file_changes_nothing(tmp_path, env, capsys, tiny_slices):
    store = tmp_path / "st"
    good = tmp_path / "good.nq"
    good.write_bytes(b"# dump\n" + b"".join(lines(50)) + b"\n")
    code, out, err = aikg(capsys, "--store", str(store), "--empty", "load", str(good))
    assert code == 0, err
    assert "loaded 50 quads from 1 file" in out and tiny_slices == [True]
    before = store_quads(store)
    bad = tmp_path / "bad.nq"
    bad.write_bytes(b"".join(lines(50, "urn:other")) + b'<urn:a> <urn:p> "cut')
    code, out, err = aikg(capsys, "--store", str(store), "load", str(bad))
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(f"aikg: error: {bad}: invalid N-Quads: ") and err.rstrip().endswith("; nothing was loaded")
    assert store_quads(store) == before


@pytest.mark.parametrize("bad_is_bigger", [True, False])
def test_several_files_a_bad_one_loads_none_of_them(tmp_path, env, capsys, bad_is_bigger):
    store = tmp_path / "st"
    good = tmp_path / "good.nq"
    bad = tmp_path / "bad.nq"
    n_good, n_bad = (5, 50) if bad_is_bigger else (50, 5)
    good.write_bytes(b"".join(lines(n_good)))
    bad.write_bytes(b"".join(lines(n_bad, "urn:bad"))[:-3] + b"\n")
    code, out, err = aikg(capsys, "--store", str(store), "--empty", "load", str(good), str(bad))
    assert code == 1 and f"{bad}: invalid N-Quads" in err and "nothing was loaded" in err
    assert not any(g.startswith("<urn:g") or g.startswith("<urn:bad") for g in store_quads(store))


def test_no_check_keeps_the_files_before_a_bad_one(tmp_path, env, capsys):
    store = tmp_path / "st"
    good = tmp_path / "good.nq"
    bad = tmp_path / "bad.nq"
    good.write_bytes(b"".join(lines(5)))
    bad.write_bytes(b"<urn:a> <urn:p> <urn:o>\n")
    code, out, err = aikg(capsys, "--store", str(store), "--empty", "load", "--no-check", str(good), str(bad))
    assert code == 1 and "this file was not loaded; the store was changed before it" in err
    assert "<urn:g0>" in store_quads(store)


def test_several_files_keep_the_meaning_of_their_order(tmp_path, env, capsys):
    """A Turtle file replaces its graph: quads an N-Quads file put there before it go, quads
    put there after it stay, whichever file is bigger (the biggest may be loaded first)."""
    store = tmp_path / "st"
    ttl = tmp_path / "doc.ttl"
    ttl.write_text('<urn:t> <urn:p> "from turtle" .\n')
    nq = tmp_path / "big.nq"
    graph = "https://aikg.dev/id/doc/doc"
    nq.write_bytes(f'<urn:q> <urn:p> "from nquads" <{graph}> .\n'.encode() + b"".join(lines(40)))
    code, out, err = aikg(capsys, "--store", str(store), "--empty", "load", str(ttl))   # the graph exists now
    assert code == 0, err
    code, out, err = aikg(capsys, "--store", str(store), "load", str(nq), str(ttl))
    assert code == 0, err
    assert store_quads(store)[f"<{graph}>"] == {'<urn:t> <urn:p> "from turtle"'}
    code, out, err = aikg(capsys, "--store", str(store), "load", str(ttl), str(nq))
    assert code == 0, err
    assert store_quads(store)[f"<{graph}>"] == {'<urn:t> <urn:p> "from turtle"', '<urn:q> <urn:p> "from nquads"'}
    assert "loaded 42 quads from 2 files" in out


def test_a_new_turtle_file_is_loaded_unchecked_into_its_own_graph(tmp_path, env, capsys, monkeypatch):
    """On a store without its graph, one file needs no check pass (the load itself checks)."""
    import aikg.remote as remote
    checked = []
    orig = remote._graph_names
    monkeypatch.setattr(remote, "_graph_names", lambda p, fmt: checked.append(p) or orig(p, fmt))
    store = tmp_path / "st"
    ttl = tmp_path / "new.ttl"
    ttl.write_text('@prefix ex: <urn:ex:> .\nex:a ex:p "1", "2" .\n')
    code, out, err = aikg(capsys, "--store", str(store), "--empty", "load", str(ttl))
    assert code == 0 and "loaded 2 quads from 1 file" in out and checked == []
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <urn:ex:> .\nex:a ex:p "1" ;\n')
    code, out, err = aikg(capsys, "--store", str(store), "load", str(bad))
    assert code == 1 and "broken.ttl: invalid Turtle:" in err and "nothing was loaded" in err
    assert "<https://aikg.dev/id/doc/broken>" not in store_quads(store)
