"""The nouns a text uses for a firm it describes ("the Norwegian pharmacy software maker X", "X, a consultancy
with …"): one list for the readers that recognise such a description (figure_owner's owner shapes,
relation_rules' acquired-described-target)."""
from __future__ import annotations

FIRM_WORDS: tuple[str, ...] = (
    "company", "firm", "consultancy", "specialist", "provider", "maker", "developer", "business", "operator",
    "start-?up", "studio", "supplier", "integrator", "agency", "vendor", "manufacturer", "boutique", "distributor",
    "publisher", "retailer", "lender", "insurer",
)


def firm_nouns(*more: str) -> str:
    """A non-capturing alternation of FIRM_WORDS (regex fragments) and `more`."""
    return "(?:" + "|".join(FIRM_WORDS + more) + ")"
