"""--timeout bounds a whole answering command, and memory has a ceiling: past either, one line
on stderr and exit code 1 (aikg.limits), whatever the command is doing."""
from __future__ import annotations

import os
import subprocess
import sys

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _aikg(*args, env=None):
    return subprocess.run([sys.executable, "-m", "aikg", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_a_query_past_its_timeout_ends_with_one_line():
    r = _aikg("--timeout", "1", "query", "-e", SLOW)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "timed out after 1 s" in lines[0], r.stderr


def test_memory_past_the_limit_ends_with_one_line():
    r = _aikg("stats", env={"AIKG_MAX_RSS_MB": "5"})
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        "aikg: error: stats stopped: memory use passed 5 MB (narrow the question, or raise AIKG_MAX_RSS_MB)"]


def test_within_the_limits_nothing_changes():
    r = _aikg("--timeout", "20", "query", "segments", "--format", "csv")
    assert r.returncode == 0 and r.stdout.startswith("statement,owner"), r.stderr


# (issue41p) the `aikg` program counts --timeout from its own start: a start slowed by a loaded
# machine (interpreter, imports) is inside T, not added to it
LATE_START = ("import sys, time; time.sleep(float(sys.argv[1])); sys.argv = ['aikg'] + sys.argv[2:]; "
              "from aikg.cli import main; main()")


def _late(tmp_path, sleep: float, *args):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("AIKG_ENDPOINT", None)
    env.pop("AIKG_STORE", None)
    return subprocess.run([sys.executable, "-c", LATE_START, str(sleep), "--store", str(tmp_path / "st"), "--empty",
                           *args], capture_output=True, text=True, timeout=120, env=env)


def test_the_program_counts_its_timeout_from_its_start(tmp_path):
    # the process is already older than its --timeout when the command starts: the deadline is past
    r = _late(tmp_path, 1.5, "--timeout", "1", "stats", "--format", "json")
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stderr.strip().splitlines() == ["aikg: error: stats timed out after 1 s (raise it with --timeout)"]


def test_a_start_within_the_timeout_leaves_the_command_its_time(tmp_path):
    r = _late(tmp_path, 0.2, "--timeout", "30", "stats", "--format", "json")
    assert r.returncode == 0, r.stderr


def test_a_call_from_python_counts_from_the_command(tmp_path, monkeypatch, capsys):
    # main(args) inside a longer-lived process (tests, the Python API) never counts the process's age
    import aikg.cli as cli
    from aikg.limits import process_age
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("AIKG_ENDPOINT", raising=False)
    monkeypatch.delenv("AIKG_STORE", raising=False)
    monkeypatch.setattr(cli, "_PROGRAM_START", None)
    try:
        cli.main(["--store", str(tmp_path / "st"), "--empty", "--timeout", "20", "stats", "--format", "json"])
    except SystemExit as e:
        assert e.code == 0
    assert cli._PROGRAM_START is None


def test_process_age_reads_this_process():
    r = subprocess.run([sys.executable, "-c", "import time; time.sleep(0.5); from aikg.limits import process_age; "
                        "print(process_age())"], capture_output=True, text=True, timeout=60)
    assert 0.5 <= float(r.stdout) <= 10, r.stdout
