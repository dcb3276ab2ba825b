"""Key bindings of the shell prompt.

Enter inserts a new line until the input is complete (see `app.should_run`); Esc Enter runs a
query whose braces are balanced; F3 switches multi-line mode; typing `org:` adds the PREFIX
line for a known prefix the query does not declare yet.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import completion_is_selected, has_focus, in_paste_mode
from prompt_toolkit.key_binding import KeyBindings

from . import suggest as S

if TYPE_CHECKING:  # pragma: no cover
    from .app import Shell


def key_bindings(shell: "Shell") -> KeyBindings:
    from .app import should_run
    from .completer import prefix_edit

    kb = KeyBindings()
    editing = has_focus(DEFAULT_BUFFER)

    @kb.add("enter", filter=editing & completion_is_selected)
    def _close_menu(event):
        """Enter on a chosen completion keeps it and closes the menu."""
        event.current_buffer.complete_state = None

    @kb.add("enter", filter=editing & ~completion_is_selected)
    def _enter(event):
        b = event.current_buffer
        if should_run(b.text, shell.multiline):
            b.validate_and_handle()
        else:
            b.newline(copy_margin=not in_paste_mode())

    @kb.add("escape", "enter", filter=editing)
    def _run(event):
        b = event.current_buffer
        depth = S.brace_balance(b.text)
        if depth == 0 and not S.in_literal(b.text):
            b.validate_and_handle()
        elif depth > 0:
            shell.message = f"{depth} '{{' not closed yet"
        elif depth < 0:
            shell.message = f"{-depth} '}}' too many"
        else:
            shell.message = "a string or IRI is not closed yet"

    @kb.add("f3")
    def _toggle(event):
        shell.multiline = not shell.multiline

    @kb.add(":", filter=editing)
    def _colon(event):
        b = event.current_buffer
        b.insert_text(":" * event.arg)
        try:
            doc = prefix_edit(b.document, shell.prefixes())
        except Exception:  # never let a helper break typing
            doc = None
        if doc is not None:
            b.save_to_undo_stack()
            b.document = doc
            if b.complete_while_typing():
                b.start_completion(select_first=False)

    return kb
