"""The basis a growth is stated on when it is not the reported one: at constant currency, in local
currency, organic. A company reporting in dollars with operators in weaker currencies gives both
("revenue rose 8.1%; in local-currency terms growth was 17%"), and the two are different figures of
the same measure: the basis is kept with the change (`kg:changeBasis`), never folded into it, so
`ask` answers the reported growth unless the question names the basis.

Each basis is a named record: the words that state it right after the percent (`after`: "up 9% on
an organic basis", "7% in local currency"), the words that name it anywhere (`named`: a column
header "Local-currency growth", a question "in local-currency terms"), the documents of different
sources showing the phrasing, and short invented examples.

`basis_after(text)`: the basis the text right after a percent states, or None. `basis_before(text)`:
the basis the words before a percent give its growth ("Organic growth was 4.1%", "In local currency
Brazil grew 34%"), or None. `basis_named(text)`: the first basis the text names anywhere, or None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain


@dataclass(frozen=True)
class ChangeBasis:
    name: str                       # the basis as stored (kg:changeBasis)
    after: str                      # the words right after the percent that state it
    named: str                      # the words that name it anywhere (a header, a question)
    provenance: tuple[str, ...]     # documents of different sources showing the phrasing
    examples: tuple[str, ...] = ()  # short invented sentences

    def __post_init__(self):
        object.__setattr__(self, "_after", plain(rf"\s*(?:{self.after})\b", re.I))
        object.__setattr__(self, "_named", plain(rf"\b(?:{self.named})", re.I))
        # the basis modifying the growth the value is of: "organic (revenue) growth (was)", "in
        # local-currency terms growth was", "in local currency Brazil grew"
        object.__setattr__(self, "_before", plain(
            rf"\b(?:{self.named})(?:[\s-]+terms|[\s-]+basis)?,?\s+(?:[\w&-]+\s+){{0,3}}?"
            r"(?:growth|grew|rose|increased|declined|fell|was\s+up|was\s+down)\b", re.I))


BASES: tuple[ChangeBasis, ...] = (
    ChangeBasis("constant currency",
                r"(?:in|at|on\s+an?)\s+constant[- ](?:currency|currencies|exchange\s+rates?)",
                r"constant[- ](?:currency|currencies|exchange\s+rates?)|currency[- ]neutral",
                ("probe6 p6_02_capgemini_h1_2025: 'up 0.2% at constant exchange rates'",
                 "probe16 01_netcompany_investor_day: 'organic growth of 4.9% in constant currency'"),
                ("Sales rose 4% in constant currency.", "Bookings grew 6% at constant exchange rates.")),
    ChangeBasis("local currency",
                r"in\s+local[- ]currenc(?:y|ies)(?:\s+terms)?|at\s+local[- ]currency\s+rates",
                r"local[- ]currenc(?:y|ies)",
                ("probe9 g02_accenture_fy25q3: 'rose 8% to $17.7 billion, or 7% in local currency'",
                 "probe19 02_veon_20f_thread: 'In local-currency terms growth was 17%', a column 'Local-currency growth'",
                 "probe19 07_mercadolibre_season_wrap: 'In local currency Brazil grew 34%'"),
                ("Revenue rose 3% in dollars, or 11% in local currency.", "In local-currency terms, sales grew 20%.")),
    ChangeBasis("organic",
                r"on\s+an?\s+organic\s+basis|in\s+organic\s+terms|organically",
                r"organic(?:ally)?",
                ("probe5 04_schneider_analyst_note: 'revenue of EUR 10.2 billion, up 9% on an organic basis'",
                 "probe9 g06_telefonica_9m2025: 'revenue of EUR 30.6 billion, up 1.3% in organic terms'",
                 "probe3 r08_deutsche_telekom: 'Organic growth, which strips out currency and consolidation effects, was 4.1%'",
                 "probe13 tietoevry_q3_2024_exchange_release: 'Organic growth was -3.6%'"),
                ("Sales were $2 billion, up 6% on an organic basis.", "Organic growth was 5%.")),
)


def basis_after(text: str) -> str | None:
    """The basis the words right after a percent state ("on an organic basis"), or None."""
    return next((b.name for b in BASES if b._after.match(text)), None)


def basis_before(text: str) -> str | None:
    """The basis the words before a percent give the growth it is of ("Organic growth was"), or None."""
    return next((b.name for b in BASES if b._before.search(text)), None)


def basis_named(text: str) -> str | None:
    """The first basis `text` names anywhere (a column header, a question), or None."""
    return next((b.name for b in BASES if b._named.search(text)), None)
