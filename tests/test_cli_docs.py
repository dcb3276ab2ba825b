"""The README documents the CLI that exists: every `aikg COMMAND` it shows is a real command
with working `--help`, and every real command is mentioned in the README (sqlite-utils style)."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from aikg.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def commands() -> set[str]:
    return set(cli.commands)


def test_readme_commands_exist_and_have_help():
    shown = set(re.findall(r"^aikg (?:--\S+ \S+ )*([a-z]+)\b", README, re.M))
    assert shown, "README shows no commands"
    missing = shown - commands()
    assert not missing, f"README shows commands that do not exist: {missing}"
    runner = CliRunner()
    for name in sorted(commands()):
        res = runner.invoke(cli, [name, "--help"])
        assert res.exit_code == 0, (name, res.output)
        assert "Usage:" in res.output


def test_every_command_is_documented():
    undocumented = {c for c in commands() if not re.search(rf"\baikg (?:--\S+ \S+ )*{c}\b", README)}
    assert not undocumented, f"commands missing from the README: {undocumented}"


def test_top_level_help_lists_core_commands():
    res = CliRunner().invoke(cli, ["--help"])
    for c in ("ask", "ingest", "query", "queries", "build", "remove", "stats", "conflicts", "validate"):
        assert c in res.output
