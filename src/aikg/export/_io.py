"""Atomic output: write beside the target, then `os.replace`, so a reader never sees half a file
and a failed export leaves the old file as it was. `-` means standard output."""
from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

from ..errors import AikgError

STDOUT = "-"


def _check_dir(path: Path) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise AikgError(f"{path}: folder {parent} does not exist")
    if path.is_dir():
        raise AikgError(f"{path} is a folder; give a file name")


@contextlib.contextmanager
def atomic_files(paths: list[str], binary: bool = False) -> Iterator[list[IO]]:
    """Open several outputs at once; all are replaced together when the block succeeds."""
    targets = [Path(p) for p in paths]
    for t in targets:
        _check_dir(t)
    temps: list[tuple[Path, str]] = []
    handles: list[IO] = []
    try:
        for t in targets:
            fd, tmp = tempfile.mkstemp(prefix=f".{t.name}.", suffix=".tmp", dir=str(t.parent or "."))
            temps.append((t, tmp))
            if binary:
                handles.append(os.fdopen(fd, "wb"))
            else:
                handles.append(os.fdopen(fd, "w", encoding="utf-8", newline=""))
        yield handles
        for h in handles:
            h.flush()
            os.fsync(h.fileno())
            h.close()
        for t, tmp in temps:
            mode = 0o666 & ~_umask()
            os.chmod(tmp, mode)
            os.replace(tmp, t)
        temps = []
    except OSError as e:
        raise AikgError(f"cannot write {paths[0]}: {e.strerror or e}") from None
    finally:
        for h in handles:
            with contextlib.suppress(Exception):
                h.close()
        for _, tmp in temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_text(path: str) -> Iterator[IO[str]]:
    """A text stream for `path` (atomic) or standard output for `-`."""
    if path == STDOUT:
        out = sys.stdout
        yield out
        out.flush()
        return
    with atomic_files([path]) as (f,):
        yield f


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    if path == STDOUT:
        buf = getattr(sys.stdout, "buffer", None)
        if buf is None:  # e.g. a StringIO under a test runner
            b = io.BytesIO()
            yield b
            sys.stdout.write(b.getvalue().decode("utf-8"))
            return
        sys.stdout.flush()
        yield buf
        buf.flush()
        return
    with atomic_files([path], binary=True) as (f,):
        yield f


def sibling(path: str, suffix: str) -> str:
    """`graph.csv` -> `graph_edges.csv` (the suffix goes before the extension)."""
    p = Path(path)
    return str(p.with_name(f"{p.stem}{suffix}{p.suffix}"))
