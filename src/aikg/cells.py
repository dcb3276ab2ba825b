"""Spreadsheet-safe CSV cells: a cell that starts with = + - @ (or a tab or carriage return) is
read as a formula by Excel, LibreOffice and Google Sheets ("CSV injection"); a document can put
such text in a label or a quote. Those cells get a leading apostrophe, which spreadsheets show as
text and do not evaluate. Plain numbers ("-1.2", "+21") are left alone."""
from __future__ import annotations

import re

_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?%?")
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    if text and text.startswith(_TRIGGERS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
