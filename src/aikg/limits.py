"""Time and memory bounds for a whole command: a watchdog thread that ends the process with a
one-line error when the command runs past its --timeout or its memory passes a limit, whatever
it is doing (a query inside Oxigraph cannot be interrupted from Python)."""
from __future__ import annotations

import os
import sys
import threading
import time

DEFAULT_MAX_RSS_MB = 1400
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_bytes() -> int:
    """Resident memory of this process now (Linux /proc; 0 where unknown)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def max_rss_bytes() -> int:
    try:
        return int(float(os.environ.get("AIKG_MAX_RSS_MB", DEFAULT_MAX_RSS_MB)) * 2**20)
    except ValueError:
        return DEFAULT_MAX_RSS_MB * 2**20


def process_age() -> float:
    """Seconds since this process started (Linux /proc; 0 where unknown), at most 10: an `aikg`
    program counts its --timeout from its own start, interpreter start and imports included,
    so a slow start on a loaded machine does not push the exit past T + 1 s."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])   # field 22, starttime (after the name)
        with open("/proc/uptime") as f:
            up = float(f.read().split()[0])
        age = up - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0
    return min(max(age, 0.0), 10.0)


def _stop(message: str) -> None:
    try:
        sys.stdout.flush()
    except Exception:  # noqa: BLE001 - a broken pipe must not keep the process alive
        pass
    os.write(2, f"aikg: error: {message}\n".encode("utf-8", "replace"))
    os._exit(1)


def guard(what: str, seconds: float | None, max_rss: int | None = None, poll: float = 0.1,
          stop: threading.Event | None = None, started: float | None = None) -> threading.Thread:
    """Watch this process from a daemon thread: past `seconds` or `max_rss` bytes, print one
    line on stderr and exit 1. Setting `stop` (when the command is over) ends the watch, so a
    command run inside a longer-lived process (click's test runner, the Python API) does not
    end that process later. `started` (a time.monotonic() value, default now) is when the
    seconds began: the `aikg` program passes its own start."""
    max_rss = max_rss_bytes() if max_rss is None else max_rss
    deadline = (time.monotonic() if started is None else started) + seconds if seconds else None

    def watch():
        while stop is None or not stop.is_set():
            if deadline is not None and time.monotonic() >= deadline:
                _stop(f"{what} timed out after {seconds:g} s (raise it with --timeout)")
            if max_rss and rss_bytes() > max_rss:
                _stop(f"{what} stopped: memory use passed {max_rss // 2**20} MB "
                      "(narrow the question, or raise AIKG_MAX_RSS_MB)")
            time.sleep(poll)

    t = threading.Thread(target=watch, name="aikg-guard", daemon=True)
    t.start()
    return t
