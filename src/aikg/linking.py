"""Entity linking: find the graph's entities in free text by label and alias, ignoring case and
punctuation, with rapidfuzz for typos. Used by `ask`, saved-query parameters and the shell."""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .rdf import NS
from .store_cache import cached
from .pattern_cache import plain
from .extract.legal_forms import LEADING_FORM_WORDS, LEGAL_FORM_WORDS
from .extract.places import REGISTERED_NAME_PLACES
from .extract.trade_names import GENERIC_TRADE_WORDS, trade_words

KIND_PRIORITY = {"Company": 0, "Segment": 1, "Person": 2, "ModelFamily": 3, "AIModel": 4,
                 "Organization": 5, "Country": 6, "Product": 7, "CostItem": 8, "Place": 9,
                 "Application": 10}
STOP = {"the", "a", "an", "of", "in", "on", "for", "and", "to", "is", "are", "what", "which", "who",
        "how", "does", "did", "do", "its", "it", "by", "with", "at", "from", "was", "were", "much",
        "many", "ai", "cloud", "market", "share", "revenue", "growth", "group", "china", "us"}


# the words a company's name may be said without: its legal form, "Holdings", "Group" (LabelIndex._without_legal_form)
GENERIC_TAIL = {"ai", "cloud", "group", "holdings", "holding", "inc", "corp", "corporation", "co", "ltd", "limited",
                "plc", "se", "ag", "technologies", "technology", "systems", "platform", "labs",
                # the industry a company's name ends with ("Sakura Internet", "Horizon Robotics", "Khazna
                # Data Centers"): analysts name it by the first word
                "logistics", "internet", "robotics", "networks", "network", "software", "semiconductor",
                "semiconductors", "electronics", "communications", "telecom", "telecommunications", "solutions",
                "data", "centers", "centres", "center", "centre", "digital", "industries", "international",
                "interactive", "entertainment", "energy", "motors", "microsystems", "instruments", "devices"}


# rule city-prefix (linking): a Chinese company's registered name opens with its city or province
# ("Chengdu Eoptolink Technology", probe22 02_eoptolink; "Beijing Moonshot", probe8 f06_moonshot;
# "Beijing Zhipu Huazhang Technology", probe6 p6_07_zhipu), and questions name it by the word
# after the place ("gross margin of eoptolink"): that word is the name's head. A gazetteer of
# well-known place names, no company's.
CITY_PREFIX = REGISTERED_NAME_PLACES   # one list of places (extract/places.py)
# rule group-prefix (session 33): "Group" said first in a name of another language ("Grupo Televisa", "Groupe
# Sarinebois", "Gruppo …", "Grupa …"): analysts name it by the word after it, as after a city prefix
# (kindcheck30 periods 01 "Grupo Moctelpan" asked as "Moctelpan"; probe26 / probe31 "Grupo GTD", focusset Grupo
# Nubaria, Groupe Sarinebois); reference words, no company's
GROUP_PREFIX = frozenset({"grupo", "groupe", "gruppo", "grupa", "gruppe", "grupul"})
_TRADE_TAIL = frozenset(GENERIC_TAIL) | GENERIC_TRADE_WORDS   # where a trade name ends (rule city-prefix's trade names)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^a-z0-9.+&]+", " ", text)
    text = re.sub(r"(?<![0-9])\.|\.(?![0-9])", " ", text)
    return " ".join(text.split())


# rule domain-name (linking): a name written as its web domain ("Seznam.cz", "Naver.com", "Zomato.in")
# is its bare form: one name. Seen: probe18 07 seznam_results_bilingual (the company named both ways,
# its portals in domain form; its questions ask for the domain form) and the gazetteer's own names
# ("Amazon.com" an alias of Amazon, "JD.com"); no second seen article writes a domain-style name
DOMAIN_SUFFIX = r"\.(?:com|cz|in|co|io|ai|net|org|de|jp|kr|cn|uk|sk|pl|ru|tw|hk|sg|au|nz|za|br|es|fr|it|nl|se|no|fi|dk)(?![\w.@/-])"
DOMAIN_NAME = re.compile(r"(?<![\w.@/])([A-Za-z][\w-]*)" + DOMAIN_SUFFIX)


def bare_domains(text: str, keep=lambda name: False) -> str:
    """`text` with each domain-style name written in its bare form ("Seznam.cz" -> "Seznam"),
    but those `keep(name)` says to keep."""
    return DOMAIN_NAME.sub(lambda m: m.group(0) if keep(m.group(0)) else m.group(1), text) if "." in text else text


# a company's acronym as its label: three to six capitals, "&" or digits ("L&T", "TCS")
ACRONYM = re.compile(r"^(?=.{3,6}$)[A-Z][A-Z0-9&]*[A-Z0-9]$")


def _initials(toks: list[str]) -> str:
    """The acronym a name's words spell: each word's first letter, "&" kept ("Larsen & Toubro": "L&T")."""
    return "".join(t if t == "&" else t[0] for t in toks)


# the words a row label puts before a measure's name ("Total Revenue", "Gross Profit"): a vocabulary
_MEASURE_QUALIFIERS = frozenset("total net gross group consolidated operating adjusted basic diluted".split())


def _measure_named_companies(rows, kinds: dict[str, str]) -> set[str]:
    """Rule measure-no-company (issue45n): a company or organisation node whose preferred label is, word
    for word, a measure's name ("Net Profit", "Total Revenue": a results form's row label read as the name
    in its first column) is no entity a question names; the question's "net profit" is the measure. Seen:
    probe33 08a/08b automatedsystems (a Boursa Kuwait results form: the node 'Net Profit' took the issuer's
    figures and answered p33-01-q09's "net profit" question) and kindcheck34 names 03 okpara (an NGX
    results form, row labels 'Total Revenue', 'Net Profit' in the first column)."""
    from .question import measures_named
    out: set[str] = set()
    for iri, kind, text, is_pref in rows:
        if not is_pref or kinds.get(iri, kind) not in ("Company", "Organization"):
            continue
        n = norm(text)
        if not n or len(n.split()) > 3 or not n.replace(" ", "").isalpha():
            continue
        for _w, _st, (a, b) in measures_named(n):
            if b == len(n) and set(n[:a].split()) <= _MEASURE_QUALIFIERS:
                out.add(iri)
                break
    return out


@dataclass(frozen=True)
class Hit:
    iri: str
    kind: str
    label: str
    matched: str
    score: float = 100.0
    start: int = 0      # token offsets in the normalised question
    end: int = 0


# A unit named in common words keeps the unit word the text gave it ("the data-centre unit contributed
# …" is the Segment "data-centre unit"); a question may call it by another ("data-centre business").
# Seen (issue47s): kindcheck33 segments k33-segments-q03 (01_arunika: "The data-centre unit contributed
# Rp433bn", asked "data-centre business"); the labels come from extract's lower-case units with their
# word (probe25 02_metrodata "distribution unit", "services business").
UNIT_WORD_FORMS = {
    "name": "unit-word-forms",
    "words": ("unit", "business", "division", "arm", "segment"),
    "examples": ("How much revenue did Orvane's hosting business bring in?  (the text: 'The hosting unit contributed …')",),
}


class LabelIndex:
    def __init__(self, rows: list[tuple[str, str, str, bool]]):
        # rows: (iri, kind, label text, is_pref)
        self.by_norm: dict[str, list[tuple[str, str, str]]] = {}
        self.pref: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        for iri, kind, text, is_pref in rows:
            if is_pref:
                self.pref.setdefault(iri, text)
            if kind in KIND_PRIORITY and (iri not in self.kind or KIND_PRIORITY[kind] < KIND_PRIORITY[self.kind[iri]]):
                self.kind[iri] = kind
        measure_nodes = _measure_named_companies(rows, self.kind)
        for iri, kind, text, is_pref in rows:
            if iri in measure_nodes:
                continue   # rule measure-no-company: "Net Profit" is no company a question names
            for n in dict.fromkeys((norm(text), norm(bare_domains(text)))):  # "Seznam.cz" is also "Seznam"
                if n:
                    lst = self.by_norm.setdefault(n, [])
                    if (iri, kind, text) not in lst:
                        lst.append((iri, self.kind.get(iri, kind), text))
        self._acronym_aliases(rows)
        self.keys = sorted(self.by_norm)
        # a name said without its generic tail ("Kling" for "Kling AI", "Zentrix" for "Zentrix
        # Systems Inc"): the head word, when exactly one entity has that head and a generic tail
        # (in its label or an alias)
        heads: dict[str, set[str]] = {}
        for n in self.by_norm:
            toks = n.split()
            if len(toks) > 1 and set(toks[1:]) <= GENERIC_TAIL and toks[0] not in GENERIC_TAIL:   # ("Digital Industries": no head)
                heads.setdefault(toks[0], set()).add(n)
            elif len(toks) > 1 and (toks[0] in CITY_PREFIX or toks[0] in GROUP_PREFIX) and toks[1] not in GENERIC_TAIL and set(toks[2:]) <= GENERIC_TAIL:
                heads.setdefault(toks[1], set()).add(n)   # rule city-prefix: "Chengdu Eoptolink Technology" is "Eoptolink"
        # (one entity, however many of its names share the head: "Acme Group" and its alias "Acme SE")
        owners = {h: {self._best(self.by_norm[n])[0] for n in ns} for h, ns in heads.items()}
        self.heads = {h: next(iter(iris)) for h, iris in owners.items() if len(iris) == 1}
        self._trade_names()
        self._without_legal_form()
        self._unit_word_forms()

    def _unit_word_forms(self) -> None:
        """UNIT_WORD_FORMS: a unit the text named in common words with its unit word ("data-centre unit")
        is also asked with another unit word ("data-centre business"), when no entity holds that name."""
        found: dict[str, set[str]] = {}
        for n, lst in self.by_norm.items():
            toks = n.split()
            if len(toks) < 2 or toks[-1] not in UNIT_WORD_FORMS["words"]:
                continue
            best = self._best(lst, ("Segment",))
            if best is None or best[1] != "Segment" or best[2][:1].isupper():
                continue
            for w in UNIT_WORD_FORMS["words"]:
                found.setdefault(" ".join(toks[:-1] + [w]), set()).add(best[0])
        added = False
        for key, iris in found.items():
            if len(iris) == 1 and key not in self.by_norm:
                iri = next(iter(iris))
                self.by_norm[key] = [(iri, "Segment", self.pref.get(iri, key))]
                self.keys.append(key)
                added = True
        if added:
            self.keys.sort()

    def _without_legal_form(self) -> None:
        """A company said without its legal form ("Digital China Holdings" or "Digital China" for the stored
        "DIGITAL CHINA HOLDINGS LIMITED"; "Ennstaler Feinmechanik" for "Ennstaler Feinmechanik AG"): each
        shorter form of two words or more whose dropped words are legal forms or "Holdings"/"Group", when
        one company alone has it and no entity holds it as a name. (Read after probe30's first contact:
        probe30 06's caps legal name asked by its plain name; kindcheck30 filer's short names.)"""
        found: dict[str, set[str]] = {}
        for n, lst in self.by_norm.items():
            toks = n.split()
            if len(toks) > 2 and toks[0] in LEADING_FORM_WORDS:   # (issue43n) "PT ACME TEKNOLOGI Tbk": "Acme Teknologi"
                toks = toks[1:]
                key = " ".join(toks)
                if key not in self.by_norm and not set(toks) <= GENERIC_TAIL:
                    best = self._best(lst)
                    if best is not None and self.kind.get(best[0], best[1]) == "Company":
                        found.setdefault(key, set()).add(best[0])
            k = len(toks)
            while k > 2 and toks[k - 1] in LEGAL_FORM_WORDS:
                k -= 1
                key = " ".join(toks[:k])
                if key not in self.by_norm and not set(toks[:k]) <= GENERIC_TAIL:
                    best = self._best(lst)
                    if best is not None and self.kind.get(best[0], best[1]) == "Company":
                        found.setdefault(key, set()).add(best[0])
        for key, iris in found.items():
            if len(iris) == 1:
                iri = next(iter(iris))
                self.by_norm[key] = [(iri, "Company", self.pref.get(iri, key))]
                self.keys.append(key)
        if found:
            self.keys.sort()

    def _trade_names(self) -> None:
        """Rule city-prefix, a trade name of two or three words (extract/trade_names.py rule trade-name):
        "Beijing Fourth Paradigm Technology" is also named "Fourth Paradigm", when one entity has it
        and no other holds the words as a name (a store read before the extraction kept the alias)."""
        found: dict[str, set[str]] = {}
        for n, lst in self.by_norm.items():
            toks = n.split()
            if len(toks) < 4:
                continue
            trade = trade_words(toks, _TRADE_TAIL)
            if trade is not None and 2 <= len(trade) <= 3:
                best = self._best(lst)
                if best is not None and best[1] == "Company":
                    found.setdefault(" ".join(trade), set()).add(best[0])
        for key, iris in found.items():
            if len(iris) == 1 and key not in self.by_norm:
                iri = next(iter(iris))
                self.by_norm[key] = [(iri, "Company", self.pref.get(iri, key))]
                self.keys.append(key)
        if found:
            self.keys.sort()

    def _acronym_aliases(self, rows) -> None:
        """A company stored under the acronym a document brackets after its full name
        ("Larsen & Toubro (L&T)", "Tata Consultancy Services (TCS)") is also named by that full
        name when the full name is only another kind's label (an organisation the claims
        named): the question's "Larsen & Toubro" is the company L&T. Seen: probe12 (an Indian
        engineering group's results story) and probe6 (a Chinese AI lab's story: "China
        International Capital Corp (CICC)")."""
        acronyms: dict[str, tuple[str, str, str]] = {}
        for iri, kind, text, _ in rows:
            if self.kind.get(iri) == "Company" and ACRONYM.match(text):
                acronyms.setdefault(norm(text), (iri, "Company", text))
        if not acronyms:
            return
        for n, lst in list(self.by_norm.items()):
            toks = n.split()
            if len(toks) < 2 or any(c[1] == "Company" for c in lst):
                continue
            company = acronyms.get(_initials(toks))
            if company is not None:
                lst.append(company)

    def _acronym_of(self, toks: list[str]) -> tuple[str, str, str] | None:
        """Rule acronym-named: the company stored under an acronym (3-6 capitals: "ASMI", "CICC")
        that a question's words spell, by their initials ("China International Capital Corp") or
        by a short first word and the others' initials ("ASM International": a name that starts
        with an acronym of its own, as "SK Telecom" is "SKT"). Seen: probe15 (a results story on
        ASMI asked as "ASM International"), probe5 (SK Telecom said as "SKT"), probe6 and probe12
        (_acronym_aliases: the full name before the bracketed acronym)."""
        if len(toks) > 5 or any(t in STOP or not t.replace("&", "").isalpha() for t in toks):
            return None
        companies = self.__dict__.get("_acronyms")
        if companies is None:
            companies = self.__dict__["_acronyms"] = {n: c for n, lst in self.by_norm.items() for c in lst
                                                       if c[1] == "Company" and ACRONYM.match(c[2]) and norm(c[2]) == n}
        spelled = [_initials(toks)]
        if len(toks[0]) <= 4:
            spelled.append(toks[0] + _initials(toks[1:]))
        return next((companies[a] for a in spelled if len(a) >= 3 and a in companies), None)

    def _opening(self, gram: str) -> tuple[str, str, str] | None:
        """Rule name-opening (issue45n): a question's capitalised words that open one company's longer name
        ("Techno Electric" of "Techno Electric & Engineering") where their first word alone is another
        entity's name (its subsidiary "Techno Digital Infra Private", which a document gave the shared word
        "Techno"): the company whose name opens so, when it is the only one and no entity holds the words as
        a name; the longer name asked beats the shared word. Seen: probe33 02 (p33-02-q03, the issuer said
        as "Techno Electric"), kindcheck34 names 02 (a parent and its subsidiary sharing the first word,
        "Sorimun Electric" / "Sorimun Digital Infra") and probe33 03 ("CITIC Limited" and "CITIC Telecom
        International Holdings"). (Not when the first word names nothing: probe33 04's "Calder Rock" then
        read as the fund's node answered a no-answer question with the target's share price.)"""
        openings = self.__dict__.get("_openings")
        if openings is None:
            found: dict[str, set[str]] = {}
            for n, lst in self.by_norm.items():
                toks = n.split()
                if len(toks) < 3:
                    continue
                best = self._best(lst)
                if best is None or self.kind.get(best[0], best[1]) != "Company":
                    continue
                for k in range(2, len(toks)):
                    if toks[k - 1] not in STOP and toks[k - 1] != "&":
                        found.setdefault(" ".join(toks[:k]), set()).add(best[0])
            openings = self.__dict__["_openings"] = {
                key: next(iter(iris)) for key, iris in found.items() if len(iris) == 1 and key not in self.by_norm}
        iri = openings.get(gram)
        if iri is None:
            return None
        first = self._best(self.by_norm.get(gram.split()[0], []))
        if first is None or first[0] == iri:
            return None   # (only where the first word alone would name another entity: "Calder Rock" stays unread)
        return (iri, "Company", self.pref.get(iri, gram))

    def _best(self, cands, kinds=()) -> tuple[str, str, str] | None:
        if kinds:
            cands = [c for c in cands if c[1] in kinds] or []
        if not cands:
            return None
        return sorted(cands, key=lambda c: (KIND_PRIORITY.get(c[1], 99), c[0]))[0]

    def lookup(self, text: str, kinds: tuple[str, ...] = (), fuzzy: bool = True) -> Hit | None:
        n = norm(text)
        if n not in self.by_norm:  # rule domain-name: "Seznam.cz" asked, "Seznam" stored
            n = norm(bare_domains(text))
        c = self._best(self.by_norm.get(n, []), kinds)
        if c:
            return Hit(c[0], c[1], self.pref.get(c[0], c[2]), text)
        if fuzzy and len(n) >= 4:
            m = process.extractOne(n, self.keys, scorer=fuzz.ratio, score_cutoff=85)
            if m:
                c = self._best(self.by_norm[m[0]], kinds)
                if c:
                    return Hit(c[0], c[1], self.pref.get(c[0], c[2]), text, m[1])
        return None

    def knows_word(self, word: str) -> bool:
        """Whether `word` (lower case) is a word of some label or alias in the store."""
        words = self.__dict__.get("_words")
        if words is None:
            words = self.__dict__["_words"] = {w for k in self.by_norm for w in k.split()}
        return word in words

    def find_in(self, question: str, max_len: int = 7) -> list[Hit]:
        """Entities named in a question: longest exact n-gram matches, then fuzzy single names."""
        toks = norm(question).split()
        # rule domain-name: "Seznam.cz" asked, only "Seznam" stored: the domain's tokens name the bare form
        domains = {norm(m.group(0)): norm(m.group(1)) for m in DOMAIN_NAME.finditer(question)
                   if norm(m.group(0)) not in self.by_norm} if "." in question else {}
        used = [False] * len(toks)
        hits: list[Hit] = []
        # the words written capitalised: a name's (rule acronym-named spells only those)
        caps = {norm(w) for w in re.findall(r"\b[A-Z][\w&.'-]*", question)}
        for size in range(min(max_len, len(toks)), 0, -1):
            for i in range(0, len(toks) - size + 1):
                if any(used[i:i + size]):
                    continue
                gram = " ".join(toks[i:i + size])
                if size == 1 and (gram in STOP or len(gram) < 2):
                    continue
                named = size > 1 and all(t in caps or t == "&" for t in toks[i:i + size])
                c = self._best(self.by_norm.get(gram, []) or self.by_norm.get(domains.get(gram, ""), [])) \
                    or (named and self._acronym_of(toks[i:i + size])) or (named and self._opening(gram))
                if c:
                    hits.append(Hit(c[0], c[1], self.pref.get(c[0], c[2]), gram, 100.0, i, i + size))
                    for j in range(i, i + size):
                        used[j] = True
        # a name without its generic tail
        for i, tok in enumerate(toks):
            if not used[i] and tok in self.heads and tok not in STOP and len(tok) >= 3 and tok not in self.by_norm:
                iri = self.heads[tok]
                hits.append(Hit(iri, self.kind.get(iri, ""), self.pref.get(iri, tok), tok, 95.0, i, i + 1))
                used[i] = True
        # typos: single or double tokens that look like names
        for size in (2, 1):
            for i in range(0, len(toks) - size + 1):
                if any(used[i:i + size]):
                    continue
                gram = " ".join(toks[i:i + size])
                if len(gram) < 5 or gram in STOP or any(t in STOP for t in gram.split()):
                    continue
                m = process.extractOne(gram, self.keys, scorer=fuzz.ratio, score_cutoff=86)
                if m and abs(len(m[0]) - len(gram)) <= 2 and not (size == 1 and another_form(gram, m[0])):
                    c = self._best(self.by_norm[m[0]])
                    if c:
                        hits.append(Hit(c[0], c[1], self.pref.get(c[0], c[2]), gram, m[1], i, i + size))
                        for j in range(i, i + size):
                            used[j] = True
        return sorted(hits, key=lambda h: h.start)


def another_form(word: str, name: str) -> bool:
    """Whether `word` is another form of the word `name` ("generate" / "generative": the same
    stem, a different ending) or a word the saved queries' questions use, rather than a typo of
    the name."""
    from .typos import vocabulary
    if word in vocabulary():
        return True
    shorter = min(len(word), len(name))
    same = len(os.path.commonprefix([word, name]))
    return len(word) != len(name) and abs(len(word) - len(name)) >= 2 and same >= shorter - 1


_CACHE: dict = {}   # store_cache.cached: id(store) -> (weak ref, version, LabelIndex)

# The entities are read from the facts graph, where each entity's type and labels are stated
# once, and from the reference graph (gazetteer countries): the union default graph repeats them
# in every document that names them (on a 10k-article feed, 0.4 s of CPU per `aikg ask`; this
# query: ~17 ms). The kinds are listed (VALUES) inside a sub-select with a constant graph in each
# UNION branch: with the graph as a variable bound by VALUES, Oxigraph read every rdf:type
# triple of every document's graph before joining. An entity written only into another graph
# (by hand, or `aikg load` into a graph of its own) is not linked: no saved query reads it.
_KINDS = " ".join(f"<{NS}{k}>" for k in KIND_PRIORITY)
_LAB, _ALT = "<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/2004/02/skos/core#altLabel>"
_LABELS = f"""
SELECT DISTINCT ?e ?type ?label ?pref WHERE {{
  {{ SELECT DISTINCT ?e ?type WHERE {{
       VALUES ?type {{ {_KINDS} }}
       {{ GRAPH <urn:aikg:facts> {{ ?e a ?type }} }} UNION {{ GRAPH <urn:aikg:reference> {{ ?e a ?type }} }} }} }}
  {{ GRAPH <urn:aikg:facts> {{ ?e {_LAB} ?label }} BIND(true AS ?pref) }}
  UNION {{ GRAPH <urn:aikg:facts> {{ ?e {_ALT} ?label }} BIND(false AS ?pref) }}
  UNION {{ GRAPH <urn:aikg:reference> {{ ?e {_LAB} ?label }} BIND(true AS ?pref) }}
  UNION {{ GRAPH <urn:aikg:reference> {{ ?e {_ALT} ?label }} BIND(false AS ?pref) }}
}}"""


def label_index(store, refresh: bool = False) -> LabelIndex:
    return cached(_CACHE, store, lambda: _read_labels(store), refresh)


def _read_labels(store) -> LabelIndex:
    rows = []
    for r in store.query(_LABELS):
        kind = r["type"].value[len(NS):]
        if kind not in KIND_PRIORITY:
            continue
        rows.append((r["e"].value, kind, r["label"].value, r["pref"].value == "true"))
    return LabelIndex(rows)


# "Rakuten's Mobile segment": a unit named after its owner's possessive; normalised, the two
# words also spell a company ("Rakuten Mobile"), which the question does not ask about
_POSSESSIVE_UNIT = plain(r"([\w.&-]+(?:\s+[\w.&-]+){0,2})(?:'s|’s)\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)\s+(?:segment|division|unit|business|arm)\b", re.I)


_COORDINATED = plain(r"\b([\w.&-]+)(?:'s|’s)\s+([\w-]+)\s+(?:and|&)\s+[\w-]+\s+[\w-]+")


def coordinated_possessives(question: str, hits: list[Hit], idx: LabelIndex) -> list[Hit]:
    """`hits` with a name read across a possessive into the first of two coordinated modifiers
    ("Alibaba's cloud and AI infrastructure" read as the unit Alibaba Cloud) replaced by the
    owner named before the possessive: "cloud" there qualifies the infrastructure, with "AI"."""
    out = list(hits)
    for m in _COORDINATED.finditer(question.lower()):
        joined = norm(m.group(1) + " " + m.group(2))
        for h in hits:
            if h.matched != joined:
                continue
            own = idx._best(idx.by_norm.get(norm(m.group(1)), []))
            if own is None:
                continue
            out = [x for x in out if x is not h] + [
                Hit(own[0], own[1], idx.pref.get(own[0], own[2]), norm(m.group(1)), 100.0, h.start, h.start + 1)]
    return sorted(out, key=lambda h: h.start)


def possessive_units(question: str, hits: list[Hit], idx: LabelIndex) -> list[Hit]:
    """`hits` with a name that swallowed a possessive before a unit word ("Rakuten's Mobile
    segment" read as the company Rakuten Mobile) replaced by the owner and the segment, when
    the store has a segment of that name."""
    out = list(hits)
    for m in _POSSESSIVE_UNIT.finditer(question):
        owner, unit = norm(m.group(1)), norm(m.group(2))
        for h in hits:
            if h.kind == "Segment" or not h.matched.endswith(" " + unit) or not (owner + " " + unit).endswith(h.matched):
                continue
            seg = idx._best(idx.by_norm.get(unit, []), ("Segment",))
            if seg is None:
                continue
            n_owner = len(h.matched.split()) - len(unit.split())
            new = [Hit(seg[0], seg[1], idx.pref.get(seg[0], seg[2]), unit, 100.0, h.start + n_owner, h.end)]
            own = idx._best(idx.by_norm.get(" ".join(h.matched.split()[:n_owner]), []))
            if own is not None:
                new.insert(0, Hit(own[0], own[1], idx.pref.get(own[0], own[2]), " ".join(h.matched.split()[:n_owner]), 100.0, h.start, h.start + n_owner))
            out = [x for x in out if x is not h] + new
    return sorted(out, key=lambda h: h.start)


_POSSESSIVE_WORD = plain(r"\b([\w.&-]+)(?:'s|’s)\s+([a-z][\w-]*)\b")


def possessive_owners(question: str, hits: list[Hit], idx: LabelIndex) -> list[Hit]:
    """`hits` with a unit read across a possessive ("Kingdee's cloud subscription ARR" read as the
    unit Kingdee Cloud) replaced by the owner named before the possessive: the lower-case word
    after it may qualify the measure asked, not name the unit. Used only when the unit's reading
    answers nothing (ask.answer). Seen: probe12 p12-07-q05 and p12-07-q02 (a Chinese software
    group's "cloud" figures), para15's "Alibaba's cloud and AI infrastructure"."""
    out = list(hits)
    for m in _POSSESSIVE_WORD.finditer(question):
        joined = norm(m.group(1) + " " + m.group(2))
        for h in hits:
            if h.matched != joined or h.kind != "Segment":
                continue
            own = idx._best(idx.by_norm.get(norm(m.group(1)), []))
            if own is None or own[0] == h.iri:
                continue
            out = [x for x in out if x is not h] + [
                Hit(own[0], own[1], idx.pref.get(own[0], own[2]), norm(m.group(1)), 100.0, h.start, h.start + 1)]
    return sorted(out, key=lambda h: h.start)
