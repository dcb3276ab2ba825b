"""Ctrl-C cancels a running shell command even when the SIGINT handler in place is not Python's
default (what a prompt's event loop can leave behind: a handler that only wakes the loop). Fresh
clone CI runs showed the shell echo '^C^C' and wait for its 30 s timeout instead."""
from __future__ import annotations

import io
import os
import signal
import threading
import time

import pytest

from aikg.shell.app import Cancelled, Shell


def test_ctrl_c_cancels_a_running_command_whatever_handler_was_left(monkeypatch):
    shell = Shell(lambda: (None, ""), timeout=20, out=io.StringIO(), interactive=False)
    before = signal.signal(signal.SIGINT, lambda *_: None)   # a handler that swallows the signal
    try:
        threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            shell.call(lambda cancel: cancel.wait(15) and None)
        assert time.monotonic() - t0 < 10
        # the handler in place before the command is back
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
