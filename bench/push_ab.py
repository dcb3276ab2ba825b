#!/usr/bin/env python3
"""A/B for `aikg push` to Oxigraph server: a store (e.g. the 1m bench store that
bench/engine_bench.py --size 1m leaves in WORK/engines/local-1m) pushed to a fresh server
streamed (the default) and via an N-Quads file (forced by setting a user and password, which
Oxigraph ignores), with wall time, the server's and aikg's CPU seconds and the load average.

    .venv/bin/python bench/push_ab.py STORE_DIR stream file
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for sub in ("src", "tests", "bench"):
    sys.path.insert(0, str(ROOT / sub))

from engine_bench import cpu_seconds  # noqa: E402
from engines import start_oxigraph  # noqa: E402


def push_once(store: str, mode: str) -> str:
    d = Path(tempfile.mkdtemp(prefix=f"aikg-push-ab-{mode}-"))
    engine = start_oxigraph(d / "data")
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AIKG_")}
        env["XDG_DATA_HOME"] = str(d / "xdg")
        if mode == "file":
            env.update(AIKG_ENDPOINT_USER="x", AIKG_ENDPOINT_PASSWORD="y")
        load0 = os.getloadavg()[0]
        server0, client0 = cpu_seconds(engine.proc.pid), resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "aikg", "--store", store, "push", "--endpoint", engine.url],
                           env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t
        client1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        client = (client1.ru_utime + client1.ru_stime) - (client0.ru_utime + client0.ru_stime)
        return (f"{mode}: {wall:.1f} s wall, server CPU {cpu_seconds(engine.proc.pid) - server0:.1f} s, "
                f"aikg CPU {client:.1f} s, load {load0:.1f}->{os.getloadavg()[0]:.1f}; "
                f"{(r.stdout.strip() or r.stderr.strip())[:100]}")
    finally:
        engine.stop()
        shutil.rmtree(d, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    for mode in argv[1:]:
        print(push_once(argv[0], mode), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
