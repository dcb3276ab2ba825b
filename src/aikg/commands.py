"""Registry of the CLI commands that live in their own modules.

Each entry is "module:attribute" naming a click command; modules are imported only when the
CLI starts, and a feature whose module is missing is simply not offered.
"""
from __future__ import annotations

import importlib

COMMANDS = [
    "aikg.export.cli:export",
    "aikg.shell.cli:shell",
    "aikg.remote_cli:load",
    "aikg.remote_cli:push",
    "aikg.remote_cli:pull",
    "aikg.serve_cli:serve",
]


def register(group) -> None:
    for spec in COMMANDS:
        mod, _, attr = spec.partition(":")
        try:
            cmd = getattr(importlib.import_module(mod), attr)
        except (ImportError, AttributeError):
            continue
        group.add_command(cmd)
