"""A company asked by its stock ticker ("MWND opex 9M?", "DGW profit after tax in Q3 2026?"): the
graph keeps no ticker as a name, but the documents write it in brackets after the company's name
("Marrowind Systems Inc. (Nasdaq: MWND)", "WIRRABARA HEALTH LTD (ASX: WHL)"); a capitalised token
of the question that links to nothing is read as the company whose name a stored sentence or
document title brackets it after. Seen: probe27 p27-01-q02 ("DGW profit after tax": Digiworld
"(HOSE: DGW)", answered with another company's figure), kindcheck28/ask q02 and q08 ("MWND",
"WHL"); the bracketed form in documents of many sources (probe27 08 Plexus "(NASDAQ: PLXS)",
probe26 Megaport "(ASX: MP1)", Silicon Motion "(NASDAQ: SIMO)", Ceragon "(NASDAQ: CRNT)").
(issue42q) The bracket may list a second listing after a bar or a slash ("(NYSE: BAP | BVL: BAP)", probe17 04
Credicorp; "(NZX: GTK / ASX: GTK)", probe32 08a/08b Gentrack), and the name may end in a legal form in
lower case ("NCC Group plc (LSE: NCC)", probe27 06; "Made Tech Group plc (AIM: MTEC)", probe32 06): seen
p32-08-q05 "GTK Q3 FY26 revenue" and p32-06-q02 "What adjusted EBITDA does MTEC expect …", unanswered.
A ticker a filing gives in a sentence of its own ("… trade on the Toronto Stock Exchange under the symbol "CVO"") is
read at extraction as an alias of the company (extract/listing_names.TICKER_PHRASE), so linking finds it."""
from __future__ import annotations

import re

from .extract.legal_forms import LEGAL_FORM
from .linking import Hit
from .pattern_cache import plain

TICKER_ASKED = {
    "name": "ticker-asked",
    # a ticker as a question types it: two to six capitals and digits, a capital first ("MWND", "MP1")
    "token": plain(r"(?<![\w.&-])([A-Z][A-Z0-9]{1,5})(?![\w&-])"),
    # the name a text brackets the ticker after: "<Name> (<Exchange>: <TICKER>)"
    # (its legal form after it in any case: "… Group plc (AIM: MTEC)"; a second listing after ";", ",", "|" or "/")
    "listed": r"((?:[A-Z][\w&.,'’+-]*\s+){{0,6}}[A-Z][\w&.,'’+-]*)(?:,?[ \t]+(?:" + LEGAL_FORM.replace("{", "{{").replace("}", "}}")
              + r"))?\s*\*{{0,2}}\s*\(\s*[A-Z][A-Za-z .&-]{{1,30}}?\s*:\s*{t}\s*[);,|/]",
    "examples": ("MWND opex 9M?", "DGW profit after tax in Q3 2026?"),
}
_QUERY = """SELECT DISTINCT ?o WHERE { GRAPH ?g { { ?s <https://aikg.dev/ns#quote> ?o } UNION { ?s <http://purl.org/dc/terms/title> ?o }
  FILTER(CONTAINS(STR(?o), "%s")) } } LIMIT 20"""
_cache: dict[tuple, tuple] = {}


def named_tickers(store, question: str, idx, generic: set[str] = frozenset()) -> str:
    """`question` with each ticker it names (TICKER_ASKED) written as the company's name, so that
    every lane links it; a token the store knows as a word of a name is kept."""
    out = question
    for h in reversed(ticker_hits(store, question, idx, generic)):
        out = out[:h.start] + h.label + out[h.end:]
    return out


def ticker_hits(store, question: str, idx, generic: set[str] = frozenset()) -> list[Hit]:
    """The companies the question names by a ticker no name of the store has as a word
    (TICKER_ASKED); each Hit's start and end are the ticker's character offsets."""
    from .run import run_query
    from .question import measures_named
    from .typos import vocabulary
    out: list[Hit] = []
    for m in TICKER_ASKED["token"].finditer(question):
        t = m.group(1)
        low = t.lower()
        if t in generic or idx.knows_word(low) or low in vocabulary() or measures_named(low):
            continue   # (a measure's initials, "EBITDA", "ARPU", are no ticker: no store scan for them)
        key = (id(store), getattr(store, "generation", 0), t)
        if key not in _cache:
            try:
                texts = [r["o"].value for r in run_query(store, _QUERY % t, {}).rows if r.get("o") is not None]
            except Exception:
                texts = []
            listed = re.compile(TICKER_ASKED["listed"].format(t=re.escape(t)))
            found = []
            for text in texts:
                for lm in listed.finditer(text.replace("**", "")):
                    found += [h for h in idx.find_in(lm.group(1)) if h.kind in ("Company", "Organization")][:1]
            _cache[key] = tuple({h.iri: h for h in found}.values())
        named = _cache[key]
        if len(named) == 1:
            h = named[0]
            out.append(Hit(h.iri, h.kind, h.label, low, 100.0, m.start(1), m.end(1)))
    return out
