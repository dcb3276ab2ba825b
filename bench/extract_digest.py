#!/usr/bin/env python3
"""Digest of the extraction of many articles, to show a speed-only change leaves output unchanged.

    python bench/extract_digest.py FOLDER... [--each]

Runs `extract_bytes` on every file (sorted, recursively: .txt, .md, .html, .htm) of each folder and
prints one SHA-256 over every Extraction's `model_dump_json`, and the number of articles. With --each:
one digest per file. Compare the line printed by two versions (PYTHONPATH on a `git archive` copy).
A broader check than tests/test_extractor_stamp.py, which pins three articles per probe set.
"""
from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from aikg.extract.pipeline import extract_bytes

SUFFIXES = {".txt", ".md", ".html", ".htm", ""}


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.name.startswith("."))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--each", action="store_true")
    a = ap.parse_args()
    total = hashlib.sha256()
    n = 0
    for folder in a.folders:
        for p in files(folder):
            try:
                ex = extract_bytes(p.read_bytes(), p.name)
                out = ex.model_dump_json()
            except Exception as e:  # an input the extractor refuses: its message is the output
                out = f"error {type(e).__name__}: {e}"
            d = hashlib.sha256(out.encode()).hexdigest()
            total.update(d.encode())
            n += 1
            if a.each:
                print(d[:16], p)
    print(f"{n} articles, digest {total.hexdigest()}")


if __name__ == "__main__":
    main()
