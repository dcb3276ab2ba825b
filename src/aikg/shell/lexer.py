"""Highlighting: SPARQL through Pygments' SparqlLexer; commands and questions stay plain.

Pygments compiles SparqlLexer's (large, Unicode) token regexes when it is first made, which
takes tens of milliseconds: the shell makes it on a background thread after the prompt is
drawn (`warm()`), or on the first keystroke if that comes sooner.
"""
from __future__ import annotations

from prompt_toolkit.document import Document
from prompt_toolkit.lexers import Lexer

from . import suggest as S


class ShellLexer(Lexer):
    def __init__(self) -> None:
        self._sparql = None

    def warm(self):
        if self._sparql is None:
            from prompt_toolkit.lexers import PygmentsLexer
            from pygments.lexers.rdf import SparqlLexer
            self._sparql = PygmentsLexer(SparqlLexer)
        return self._sparql

    def lex_document(self, document: Document):
        text = document.text
        if not text.strip() or S.is_meta(text) or S.is_question(text):
            lines = document.lines
            return lambda i: [("", lines[i])] if i < len(lines) else []
        return self.warm().lex_document(document)
