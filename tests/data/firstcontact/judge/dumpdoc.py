#!/usr/bin/env python3
"""dumpdoc.py PREFIX [FACTS]: typed facts of one document, one line each."""
import sys, json
facts = json.load(open(sys.argv[2] if len(sys.argv) > 2 else "facts_all.json"))
for f in facts:
    if f["doc"].startswith(sys.argv[1]):
        print(f"{f['kind']:22s} " + " | ".join(p for p in f["props"]) + ("  V: " + "; ".join(f["values"]) if f["values"] else ""))
