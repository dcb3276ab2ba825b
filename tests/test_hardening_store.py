"""Hardening, the store and its files: read-only, disk full, in use by another process, damaged
bundles and TriG files, racing writers. Matrix: tests/README.md.

Tests run as root, which ignores file permissions: the read-only case drops the capabilities that
let root write anywhere (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER) from the child's
bounding set with prctl, so the chmod is honoured. A full disk is simulated with RLIMIT_FSIZE in
the child (Python ignores SIGXFSZ, so writes past the limit fail with EFBIG, as on a full disk).
"""
from __future__ import annotations

import ctypes
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from hardening_helpers import (aikg_store, article, assert_user_error, no_traceback, open_as_aikg, quads_by_graph,
                               snapshot)

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    d = tmp_path_factory.mktemp("sdocs")
    for sub, names in (("a", ["Quorvex", "Maltrine", "Pellucid"]), ("b", ["Zorbanic", "Taviron", "Helmscape"])):
        (d / sub).mkdir()
        for i, c in enumerate(names):
            (d / sub / f"{c.lower()}.txt").write_text(article(c, i) * 2, encoding="utf-8")
    return d


@pytest.fixture
def store(tmp_path, docs):
    s = tmp_path / "store"
    r = aikg_store(s, "--empty", "ingest", str(docs / "a"), timeout=180)
    assert r.returncode == 0, r.stderr
    return s


def _drop_root_powers():
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            os._exit(97)


def _run(args, preexec=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "aikg", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, preexec_fn=preexec, env=dict(os.environ))


# ---------------------------------------------------------------------- read-only
def test_read_only_store(store, docs):
    if os.geteuid() == 0:
        probe = _run(["--version"], preexec=_drop_root_powers)
        if probe.returncode == 97:
            pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE (prctl refused): chmod would be ignored")
        preexec = _drop_root_powers
    else:
        preexec = None
    before = snapshot(store)
    os.chmod(store, 0o555)
    try:
        r = _run(["--store", store, "stats", "--format", "json"], preexec)
        assert r.returncode == 0, r.stderr  # reading falls back to a read-only open
        r = _run(["--store", store, "query", "documents", "--format", "csv"], preexec)
        assert r.returncode == 0 and "quorvex" in r.stdout
        for args in (["ingest", docs / "b"], ["remove", "quorvex"],
                     ["query", "-e", "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "--allow-update"]):
            assert_user_error(_run(["--store", store, *args], preexec), rf"store {store} is read-only; cannot write to it")
        assert_user_error(_run(["--store", store / "new", "stats"], preexec), r"cannot open store .*Permission denied")
    finally:
        os.chmod(store, 0o755)
    assert snapshot(store) == before


# ---------------------------------------------------------------------- disk full
@pytest.mark.parametrize("bulk,limit", [("0", 300 * 1024), ("1", 80 * 1024)], ids=["transaction", "bulk-load"])
def test_disk_full_is_a_clear_error_and_the_store_stays_consistent(store, docs, tmp_path, monkeypatch, bulk, limit):
    # new documents go through the bulk loader unless AIKG_BULK_WRITE=0; its largest file for
    # these three documents is ~90 KB (a transaction's log grows past 300 KB), and opening the
    # store writes a 67 KB options file: a limit between the two fails the write, not the open
    monkeypatch.setenv("AIKG_BULK_WRITE", bulk)
    before = quads_by_graph(store)
    ref = shutil.copytree(store, tmp_path / "ref")
    r = aikg_store(ref, "ingest", str(docs / "b"))
    assert r.returncode == 0, r.stderr
    after = quads_by_graph(ref)
    # a limit under what the ingest needs: some documents may get in before the "disk" is full

    def fsize():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    r = _run(["--store", store, "ingest", docs / "b"], fsize)
    msg = assert_user_error(r, r"cannot write to store .*(File too large|No space)")
    assert "free some disk space" in msg
    open_as_aikg(store)            # as the next command would (a bulk write cut short leaves a marker)
    state = quads_by_graph(store)
    for g in set(before) | set(after):
        assert state.get(g, frozenset()) in (before.get(g, frozenset()), after.get(g, frozenset())), g
    # and with room again the same command finishes the job
    r = aikg_store(store, "ingest", str(docs / "b"))
    assert r.returncode == 0, r.stderr
    assert quads_by_graph(store) == after


def test_no_room_to_open_the_store(store):
    def tiny():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    r = _run(["--store", store, "stats"], tiny)
    no_traceback(r)
    assert r.returncode in (0, 1)
    if r.returncode == 1:
        assert_user_error(r, r"cannot open store .*(File too large|space)")


# ---------------------------------------------------------------------- in use
HOLD = "import sys, time, pyoxigraph as ox; s = ox.Store(sys.argv[1]); print('holding', flush=True); time.sleep(120)"


def test_store_in_use_by_another_process(store, docs):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        for args in (["ingest", docs / "b"], ["remove", "quorvex"],
                     ["query", "-e", "DROP ALL", "--allow-update"]):
            assert_user_error(_run(["--store", store, *args]),
                              rf"store {store} is in use by another aikg process; try again when it finishes")
        r = _run(["--store", store, "query", "documents", "--format", "csv"])  # readers: read-only
        assert r.returncode == 0 and "quorvex" in r.stdout, r.stderr
        r = _run(["--store", store, "ask", "Which documents are in the graph?"])
        no_traceback(r)
        assert r.returncode == 0
    finally:
        holder.kill()
        holder.wait()
    r = _run(["--store", store, "ingest", docs / "b"])  # free again
    assert r.returncode == 0, r.stderr


def _wait_until_open(store: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Until another process has the store's index files open (a snapshot takes no lock)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            targets = [os.readlink(f"/proc/{proc.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{proc.pid}/fd")]
        except OSError:
            targets = []
        if any(t.startswith(f"{store}/") and t.endswith(".sst") for t in targets):
            return
        time.sleep(0.05)
    raise AssertionError("the other process never opened the store")


def test_a_long_aikg_query_does_not_keep_an_ingest_out(store, docs):
    """A read opens a snapshot without the store's lock: an ingest started while a query runs
    for a minute goes in, and the query runs on undisturbed."""
    holder = subprocess.Popen([sys.executable, "-m", "aikg", "--store", str(store), "--timeout", "60", "query", "-e",
                               "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_open(store, holder)
        r = _run(["--store", store, "ingest", docs / "b"])
        assert r.returncode == 0 and "3 added" in r.stdout, r.stderr
        r = _run(["--store", store, "stats", "--format", "json"])
        assert r.returncode == 0 and '"documents": 6' in r.stdout, r.stderr
        assert holder.poll() is None   # still reading its snapshot
    finally:
        holder.kill()
        holder.wait()


HOLD_BRIEFLY = ("import sys, time, pyoxigraph as ox; s = ox.Store(sys.argv[1]); print('holding', flush=True); "
                "time.sleep(4); del s; print('released', flush=True); time.sleep(60)")


def test_a_write_waits_for_another_write_to_end(store, docs):
    """A write that finds the store taken waits (AIKG_STORE_WAIT seconds) instead of failing
    at once: a writer that lets go within the wait is followed, not refused."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_BRIEFLY, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        env = dict(os.environ, AIKG_STORE_WAIT="30")
        r = subprocess.run([sys.executable, "-m", "aikg", "--store", str(store), "ingest", str(docs / "b")],
                           capture_output=True, text=True, timeout=120, env=env)
        assert holder.stdout.readline().strip() == "released"
        assert r.returncode == 0 and "3 added" in r.stdout, r.stderr
    finally:
        holder.kill()
        holder.wait()


def test_old_info_logs_stay_bounded(store, docs):
    """Every writable open makes RocksDB rename its LOG aside (LOG.old.<time>): kept to a few."""
    for _ in range(5):
        assert _run(["--store", store, "ingest", docs / "a"]).returncode == 0
    old = [p.name for p in store.iterdir() if p.name.startswith("LOG.old.")]
    assert 1 <= len(old) <= 2, old
    assert (store / "LOG").exists()


def test_two_ingests_racing(tmp_path, docs):
    """Both start at once: one wins and the other says the store is in use (or, if the first is
    already done, both succeed); the store holds exactly what the winners wrote."""
    ref = {}
    for sub in ("a", "b"):
        d = tmp_path / f"ref-{sub}"
        assert aikg_store(d, "--empty", "ingest", str(docs / sub)).returncode == 0
        ref[sub] = {g: q for g, q in quads_by_graph(d).items() if "/id/doc/" in g}
    outcomes = []
    for i in range(4):
        s = tmp_path / f"race{i}"
        if i % 2:  # an existing store, or a brand-new one
            assert aikg_store(s, "--empty", "stats").returncode == 0
        ps = {sub: subprocess.Popen([sys.executable, "-m", "aikg", "--store", str(s), "--empty", "ingest", str(docs / sub)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for sub in ("a", "b")}
        won = []
        for sub, p in ps.items():
            out, err = p.communicate(timeout=180)
            assert "Traceback" not in err
            if p.returncode == 0:
                won.append(sub)
            else:
                assert p.returncode == 1 and "is in use by another aikg process" in err, err
        assert won
        state = {g: q for g, q in quads_by_graph(s).items() if "/id/doc/" in g}
        want = {}
        for sub in won:
            want.update(ref[sub])
        assert state == want
        outcomes.append("+".join(won))
    print("\nracing ingests, winners:", outcomes)


def test_store_path_is_a_file(tmp_path):
    f = tmp_path / "not-a-dir"
    f.write_text("x")
    r = aikg_store(f, "stats")
    no_traceback(r)
    assert r.returncode in (1, 2)
    assert "not-a-dir" in r.stderr


# ---------------------------------------------------------------------- damaged files
WRAP = ("import sys; from pathlib import Path; import aikg.store as st; st.bundle_path = lambda: Path(sys.argv[1]); "
        "from aikg.cli import main; main(sys.argv[2:])")


def _damaged_bundles(tmp_path: Path) -> dict[str, Path]:
    good = (ROOT / "graph" / "kg.trig").read_bytes()
    cut = good[: len(good) * 3 // 5]
    cut = cut[: cut.rfind(b" ")]  # mid-statement
    out = {}
    for name, data in (("truncated", cut), ("garbage", b"GRAPH <x> { this is not trig"),
                       ("binary", bytes(range(256)) * 16), ("latin1", good[:200] + b"\xe9\xff" + good[200:])):
        p = tmp_path / f"{name}.trig"
        p.write_bytes(data)
        out[name] = p
    return out


def test_damaged_bundled_graph_is_a_clear_error(tmp_path):
    for name, bad in _damaged_bundles(tmp_path).items():
        r = subprocess.run([sys.executable, "-c", WRAP, str(bad), "--store", str(tmp_path / f"s-{name}"), "stats"],
                           capture_output=True, text=True, timeout=120)
        assert_user_error(r, rf"the bundled graph .*{name}\.trig cannot be read .*restore it")
    # and the in-memory bundled graph the library opens
    import aikg.store as st
    from aikg.errors import AikgError
    orig = st.bundle_path
    try:
        st.bundle_path = lambda: tmp_path / "truncated.trig"
        with pytest.raises(AikgError, match="cannot be read"):
            st.LocalStore.bundled()
    finally:
        st.bundle_path = orig


def _has_load() -> bool:
    r = subprocess.run([sys.executable, "-m", "aikg", "load", "--help"], capture_output=True, text=True, timeout=60)
    return r.returncode == 0


def test_damaged_trig_passed_to_load(store, tmp_path):
    if not _has_load():
        pytest.skip("`aikg load` is not available in this build")
    before = snapshot(store)
    for name, bad in _damaged_bundles(tmp_path).items():
        r = aikg_store(store, "load", str(bad))
        assert_user_error(r, rf"{name}\.trig: .*(invalid|cannot read|UTF-8)")
        assert snapshot(store) == before, name
    empty = tmp_path / "empty.trig"
    empty.write_bytes(b"")
    r = aikg_store(store, "load", str(empty))
    no_traceback(r)
    assert snapshot(store) == before


def test_build_with_bad_input(tmp_path, docs):
    corpus = tmp_path / "corpus"
    shutil.copytree(docs / "a", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out"
    r = _run(["build", "--corpus", corpus, "--out", out], timeout=300)
    no_traceback(r)
    assert r.returncode == 0, r.stderr
    assert "aikg: skipped" in r.stderr and "empty.txt" in r.stderr and "binary.txt" in r.stderr
    assert "from 3 documents" in r.stdout
    import pyoxigraph as ox
    assert len(list(ox.parse(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG))) > 100
    assert not (out / "kg.tmp").exists()
    assert_user_error(_run(["build", "--corpus", tmp_path / "nope", "--out", out]), r"nope: no such folder")
    (tmp_path / "blank").mkdir()
    assert_user_error(_run(["build", "--corpus", tmp_path / "blank", "--out", out]), r"no documents")
    assert_user_error(_run(["build", "--corpus", corpus, "--out", "/proc/aikg-no/such"]), r"cannot write /proc/aikg-no/such/kg\.trig")
