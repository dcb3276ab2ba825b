#!/usr/bin/env python3
"""Record (or check) the extraction fingerprint of the current rules version: a digest of the
quads the extractor writes for fixed articles (`ingest.fingerprint_files`: the first three of each
design-pool probe set). tests/test_extractor_stamp.py fails when the extraction of these articles
changes while `EXTRACTOR_VERSION` (extract/pipeline.py) stays the same. After a change of output:
bump the version, then

    python bench/extractor_fingerprint.py --write

Without --write: prints the version, the recorded and the current digest; exit 1 when they differ.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
RECORD = ROOT / "tests" / "data" / "extractor_fingerprint.json"
ARTICLES = ROOT / "tests" / "data" / "firstcontact"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="record the current digest for the current version")
    a = ap.parse_args(argv)
    from aikg.ingest import extraction_fingerprint, extractor_version, fingerprint_files
    files = fingerprint_files(ARTICLES)
    now = {"version": extractor_version(), "digest": extraction_fingerprint(files), "articles": len(files)}
    old = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    if a.write:
        RECORD.write_text(json.dumps(now, indent=1) + "\n")
        print(f"recorded {now['version']} {now['digest'][:16]} ({now['articles']} articles) in {RECORD.relative_to(ROOT)}")
        return 0
    print(json.dumps({"recorded": old, "now": now}, indent=1))
    return 0 if old == now else 1


if __name__ == "__main__":
    sys.exit(main())
