#!/usr/bin/env python3
"""The typed relation rows of a store, one line each, for diffing two extractions by hand.

    python bench/relation_rows.py STORE > rows.txt
    diff base-rows.txt new-rows.txt

Runs the saved queries of the relation kinds (reasons, partnerships, competitors, launches,
hardware, successions, models) through `aikg query` and prints each row's labels (no claim
IRIs, quotes or counts, so the same fact from a re-extraction diffs equal). Used for
bench/relations-w12e.md: every added or removed row there was judged against its article.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

QUERIES = ("reasons", "partnerships", "competitors", "launches", "hardware", "successions", "models")
DROP = {"claim", "documents", "doc", "quote", "valueText", "measure", "evidence", "person", "model", "sampleQuote"}
AIKG = Path(sys.executable).with_name("aikg")


def rows(store: str, query: str) -> set[str]:
    out = subprocess.run([str(AIKG), "--store", store, "query", query, "--format", "csv", "--limit", "1000"],
                         capture_output=True, text=True, check=True).stdout
    reader = csv.DictReader(io.StringIO(out))
    keep = [k for k in reader.fieldnames or () if k not in DROP and not k.endswith("Node")]
    return {" | ".join((r.get(k) or "")[:70] for k in keep) for r in reader}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: relation_rows.py STORE")
    for q in QUERIES:
        for line in sorted(rows(sys.argv[1], q)):
            print(q, line)


if __name__ == "__main__":
    main()
