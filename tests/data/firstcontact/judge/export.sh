#!/bin/bash
# export.sh STORE OUTDIR DOC... : export each document's facts as Turtle (AIKG=... to use another binary)
set -e
AIKG=${AIKG:-aikg}
STORE=$1; OUT=$2; shift 2
mkdir -p "$OUT"
for d in "$@"; do "$AIKG" --store "$STORE" export --format ttl --document "$d" -o "$OUT/$d.ttl" -q; done
