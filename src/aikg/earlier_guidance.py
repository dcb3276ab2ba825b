"""An earlier guidance asked ("what range had X guided to before this latest raise", "what EPS
guidance did X give originally in February"): the outlook a company set before the one it now
gives. A document that reports a raise or cut states the earlier range beside the new one
("now expects $4.40bn, up from the $4.14bn-$4.15bn range it gave in August") or recalls it on
its own ("the guidance they gave in February was 12.18 to 12.38"); both are typed as outlook
figures of the same period, so the question is answered by the outlook rows whose sentence
places their value as the earlier one, not by the latest outlook nor the size of the change.

Seen: probe6 p6-01-q04 (p6_01_palantir_q3_2025: "up from the ... range it gave in August") and
probe14 p14-02-q04 (02_nice_podcast: "the guidance they gave in February for 2025 was ...").
Pure functions over the question and rows (answer_text._s reads a row's column)."""
from __future__ import annotations

import re

from .answer_text import _s
from .pattern_cache import plain

EARLIER_GUIDANCE = {
    "name": "earlier-guidance",
    # the question asks the outlook as it stood before ("before this latest raise", "originally",
    # "initially", "previous", "prior", "earlier", "first"): the guidance noun or verb and one of those
    "asked": plain(r"\b(?:before\s+(?:the|this|its|that)\s+(?:latest\s+|recent\s+|new\s+)?(?:raise|cut|increase|upgrade|downgrade|revision|update|change)"
                   r"|originally|initially|at\s+first|previous(?:ly)?|prior|earlier|original|initial|first\s+(?:gave|set|issued|guided)"
                   # "… now, and what was it before?" (probe32 p32-01-q04, kindcheck33 guidance q01), "raised its … from what
                   # to what?" (probe32 p32-02-q03): the guidance before the change asked with the new one
                   r"|(?:was|were|had\s+been)\s+(?:it|they|that|this)\s+before|from\s+what)\b", re.I),
    "guidance": plain(r"\bguid\w*|\boutlook\b|\bforecast\w*", re.I),
    # the sentence places the value as the earlier one: right after "from" ("up from", "raised
    # from"), or a previous / original / prior outlook, or a guidance the sentence dates as given
    # in a month ("the guidance they gave in February was …", "the range it gave in August")
    "said_before": plain(r"\b(?:from|previous(?:ly)?|prior|original(?:ly)?|initial(?:ly)?|earlier|formerly)\b(?:\s+[\w$€£¥.,-]+){0,4}\s*$", re.I),
    "given_in": plain(r"\b(?:gave|given|issued|set|provided|guided)\s+(?:in|on|at)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I),
    "examples": ("What revenue range had Orlo guided to before this latest raise?",
                 "What margin guidance did Orlo give originally in March?"),
    "not": ("What revenue range does Orlo now expect for 2025?",),
}

# both-asked (issue41g): the question asks the current guidance and the one before it ("Elmos FY2026 revenue guidance,
# and what was it before the raise?", probe30 p30-07-q03; "What is Tokyo Electron's new net sales forecast …, and what
# was the previous one?", probe10; "What service revenue growth does MTN Group now guide for 2025, and what was the
# previous guidance?"): the earlier rows and the current outlook rows of the same measure and year answer it
BOTH_ASKED = plain(r",?\s+and\s+(?:what|how\s+much)\s+(?:was|were|had\s+been)\s+(?:it|they|that|this|the\s+(?:previous|prior|earlier|old|original|initial)\b)"
                   r"|\bfrom\s+what\s+to\s+what\b|\bto\s+what\b.*\bfrom\s+what\b", re.I)

_MONTH = plain(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I)


def asked(question: str) -> bool:
    """Whether the question asks an earlier guidance (pure)."""
    return bool(EARLIER_GUIDANCE["asked"].search(question) and EARLIER_GUIDANCE["guidance"].search(question))


def earlier_rows(question: str, rows: list[dict]) -> list[dict]:
    """The outlook rows whose sentence states their value as the earlier guidance (pure); when
    the question names the month it was given in, the sentence giving it in that month."""
    months = {m.lower() for m in _MONTH.findall(question)}
    out = []
    for r in rows:
        if not re.search(r"outlook|guidance|forecast", _s(r, "measure")):
            continue
        quote, value = _s(r, "quote"), _s(r, "valueText") or _s(r, "changeText")   # (a growth guided: its change's text)
        at = quote.find(value) if value else -1
        if at < 0 and not _s(r, "measure").startswith("previous "):
            continue
        given = [m.group(0).split()[-1].lower() for m in EARLIER_GUIDANCE["given_in"].finditer(quote[:at])]
        if months and given and not months & set(given):
            continue   # a month asked ("originally in February"): not the guidance given in another
        if _s(r, "measure").startswith("previous ") or given or EARLIER_GUIDANCE["said_before"].search(quote[:at]):
            out.append(r)   # (or typed as the previous outlook: "The previous outlook, issued on …, called for …")
    return out


def both_asked(question: str) -> bool:
    """Whether the question asks the current guidance as well as the earlier one (BOTH_ASKED) (pure)."""
    return BOTH_ASKED.search(question) is not None


def current_rows(rows: list[dict], earlier: list[dict]) -> list[dict]:
    """The outlook rows that are not the earlier guidance (`earlier`) nor typed as the previous one (pure)."""
    return [r for r in rows if re.search(r"outlook|guidance|forecast", _s(r, "measure")) and not _s(r, "measure").startswith("previous ")
            and all(r is not e for e in earlier)]
