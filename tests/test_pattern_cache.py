"""The compiled-pattern cache (aikg.pattern_cache): a process start reads the value patterns'
compiled code instead of parsing them again, and gets the same patterns."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# prints, as JSON: how many led/plain patterns were compiled here (not read from the cache),
# how many there are, whether each equals re.compile of its text, and the cache file's path
PROBE = r"""
import json, re
try:
    from aikg import pattern_cache as pc
except ImportError:
    pc = None
built = []
if pc is not None:
    orig = pc.build
    def counting(key, full, flags, tree):
        built.append(key[0][:40])
        return orig(key, full, flags, tree)
    pc.build = counting
from aikg.extract import lead
from aikg.extract import values
same = all(rx == re.compile(rx.pattern, flags) for rx, _, flags in lead.LED)
same = same and values._G_YEAR == re.compile(r"(?:19|20)[0-9]{2}")
texts = sorted(p for _, p, _ in lead.LED)
print(json.dumps({"built": len(built), "led": len(lead.LED), "same": same, "file": pc and pc.cache_file(),
                  "texts": texts}))
"""


def _probe(cache: Path, **env) -> dict:
    e = {**os.environ, "XDG_CACHE_HOME": str(cache), **env}
    e.pop("AIKG_PATTERN_CACHE", None)
    e.update(env)
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=e, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_second_start_reads_the_patterns_from_the_cache(tmp_path):
    first = _probe(tmp_path)
    assert first["built"] > 30 and first["same"]
    assert Path(first["file"]).is_file() and Path(first["file"]).parent == tmp_path / "aikg"
    second = _probe(tmp_path)
    assert second["built"] == 0                   # nothing parsed: every pattern came from the file
    assert second["same"] and second["led"] == first["led"]


def test_pattern_texts_do_not_depend_on_the_hash_seed(tmp_path):
    # a pattern built from a set in hash order would be a new text (a cache miss) in every process
    a = _probe(tmp_path / "a", PYTHONHASHSEED="1")
    b = _probe(tmp_path / "b", PYTHONHASHSEED="2")
    assert a["texts"] == b["texts"]


def test_damaged_or_disabled_cache_still_compiles(tmp_path):
    first = _probe(tmp_path)
    Path(first["file"]).write_bytes(b"\x00not a marshal file")
    again = _probe(tmp_path)
    assert again["same"] and again["built"] == first["built"]
    off = _probe(tmp_path / "off", AIKG_PATTERN_CACHE="0")
    assert off["same"] and off["file"] is None and not (tmp_path / "off").exists()


HEADERS = r"""
import json, sys
from aikg import queries
cat = queries.catalogue()
print(json.dumps({"yaml": "yaml" in sys.modules,
                  "cat": {k: [q.summary, q.intent, list(q.examples), list(q.keywords), q.answer_row, q.answer_none,
                              [[p.name, p.var, p.type, list(p.kinds), p.optional] for p in q.params], q.text]
                          for k, q in cat.items()}}))
"""


def test_saved_query_headers_are_read_back_without_yaml(tmp_path):
    def run(**env):
        e = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), **env}
        out = subprocess.run([sys.executable, "-c", HEADERS], capture_output=True, text=True, env=e, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)
    first, second = run(), run()
    assert first["yaml"] and not second["yaml"]      # the second start parses no YAML
    assert second["cat"] == first["cat"] == run(AIKG_PATTERN_CACHE="0")["cat"]
    assert len(second["cat"]) > 20


def test_a_process_killed_while_writing_leaves_no_temporary_file_behind(tmp_path):
    first = _probe(tmp_path)
    cache = Path(first["file"])
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()      # a pid that has exited
    stale = cache.parent / f"{cache.name}.{gone}.tmp"
    stale.write_bytes(b"")                        # what a kill between open() and replace() leaves
    mine = cache.parent / f"{cache.name}.{os.getpid()}.tmp"                   # a live writer's file
    mine.write_bytes(b"")
    _probe(tmp_path)
    assert not stale.exists()
    assert mine.exists()


def test_re_keeps_more_fixed_patterns_than_its_default_512():
    # (issue 11) the extractor reads ~500 fixed patterns through re.search(r"…", text) at run time:
    # re's own cache, first in first out at 512, dropped and compiled them again article after article
    import re
    from aikg import pattern_cache
    assert re._MAXCACHE >= pattern_cache.RE_MODULE_CACHE >= 2048


def test_a_documents_names_stay_out_of_res_module_cache():
    # (issue 11) a pattern built around a document's name goes to name_rx, not re's cache of the
    # fixed patterns: the name spelled in its own case, the glued figure, a filer term's spellings
    import re
    from aikg.extract import filer_terms, focus, name_shapes
    body = "QUORVEXA TELEMATIK results. Quorvexa Telematik sold more. Quorvexa grew; Zentrik 17,420 units."
    focus._spelled("QUORVEXA", body)
    focus._whole_name_spelled(["QUORVEXA", "TELEMATIK"], body)
    filer_terms._cased("TELEMATIK", body)
    assert name_shapes.glued_figure("Zentrik 17", body)
    assert not any("QUORVEXA" in str(k[1]).upper() or "TELEMATIK" in str(k[1]).upper() or "Zentrik" in str(k[1]) for k in re._cache)


def test_each_command_keeps_its_patterns_in_a_file_of_its_own(tmp_path):
    """issue 11: an `aikg ask` reads the patterns asking compiles, not also those an ingest adds."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    env.pop("AIKG_PATTERN_CACHE", None)
    doc = tmp_path / "note.txt"
    doc.write_text("Acme Cloud Ltd reported revenue of $12 million for 2025.\n")
    store = str(tmp_path / "store")
    for args in (["ingest", str(doc)], ["ask", "Who is the CEO of Acme Cloud?", "--format", "json"]):
        subprocess.run([sys.executable, "-m", "aikg", "--store", store, "--empty", *args], env=env,
                       capture_output=True, text=True, timeout=300, check=True)
    files = sorted(p.name.split("-cpython")[0] for p in (tmp_path / "cache" / "aikg").glob("patterns*.marshal"))
    assert files == ["patterns-ask", "patterns-ingest"]


def test_a_command_chosen_after_the_first_pattern_keeps_the_file_it_read(monkeypatch):
    from aikg import pattern_cache as pc
    monkeypatch.setattr(pc.PATTERNS, "name", "patterns")
    monkeypatch.setattr(pc.PATTERNS, "_held", {})
    pc.for_command("ask")
    assert pc.PATTERNS.name == "patterns"
    monkeypatch.setattr(pc.PATTERNS, "_held", None)
    pc.for_command("ask")
    assert pc.PATTERNS.name == "patterns-ask"
