"""The `aikg shell` command (registered by aikg.commands)."""
from __future__ import annotations

import click


@click.command("shell")
@click.option("--allow-update", is_flag=True, help="Allow INSERT/DELETE/LOAD/CLEAR/DROP in the shell.")
@click.pass_obj
def shell(obj, allow_update):
    """Interactive SPARQL shell: completion from the graph, history, saved queries and questions.

    \b
    End a query with ';' (or press Esc Enter) to run it; type \\help for the commands,
    '? QUESTION' to ask in plain English, \\q NAME to run a saved query, Ctrl-D to leave.
    """
    from .app import main
    main(obj, allow_update=allow_update)
