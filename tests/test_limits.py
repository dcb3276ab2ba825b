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
