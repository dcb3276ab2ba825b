"""Where each mention of a name stands in its sentence: as the agent of the clause (the subject of
its verb, the owner of a possessive: "Fortum will host …", "Adyen's internal assistant") or in a
role position (the object of a relation word: "for Acme", "awarded to Acme", "customers like
Acme", "according to Acme"; one name of a list of three or more; a line of page chrome: a
navigation bar, a footer, a sponsor's slot).

An article's own company is the agent of the sentences that carry its figures, plans and people;
customers, vendors, rivals, regulators, research firms and the site hosting the page stand in the
role positions, whatever the page's shape. These counts are evidence of the scored choice of
focus_score.py (records agent-mention and role-only there); this module only reads them. Each
role position is a named record of MENTION_RULES with its trigger words, the documents of two
different sets where it was met, and invented examples.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..pattern_cache import plain
from .rule_record import RuleRecord
from .values import fold

MENTION_RULES: tuple[RuleRecord, ...] = (
    RuleRecord("agent-position",
               "a name that opens a clause (the sentence's start, after a clause boundary, a conjunction, a "
               "fronted phrase and its comma) and is followed by its verb or by a possessive ('Acme's revenue') "
               "is the clause's agent: whose figure, plan or person the clause gives",
               ("focusset21 dev 01 fortum tender ('Fortum will host the workloads', 'Fortum's board approved')",
                "probe20 04 kpn arbitration ('KPN claimed …'), probe20 06 rapidus ('Rapidus will …')"),
               ("Kerrowan will host the models; Kerrowan's board approved the plan (invented)",)),
    RuleRecord("relation-object",
               "a name right after a relation word ('for', 'with', 'by', 'from', 'to', 'against', 'v.', "
               "'according to', 'awarded to', 'supplied by', 'selected by', 'built on', 'runs on', 'like', "
               "'such as', 'including') is the other party of a relation: a customer, vendor, awarding body, "
               "regulator, research firm, rival or example",
               ("focusset21 dev 01 fortum tender ('CONTRACT AWARDED TO: Knowit Oy'), dev 07 adyen job post "
                "('customers like Meta, Uber, …')",
                "probe20 01 serpro tender ('awarded to Vértice Tecnologia'), probe20 07 omantel case study "
                "('built on Nutanix'), probe20 04 kpn ('KPN v. Noordwind')"),
               ("Brisklane signed a contract with Ostby Data; according to Tallmark Research … (invented)",)),
    RuleRecord("name-list",
               "a name inside a list of three names or more ('Meta, Microsoft and Google have …', 'Tenderers: A; "
               "B; C') is one example of many, not the agent of the sentence",
               ("focusset21 dev 10 raxio interview ('Meta, Microsoft and Google have all announced …'), dev 03 "
                "kinaxis release ('Electrolux Group, Unilever and Merck KGaA are among …')",
                "probe20 08 inspur fund letter (holdings listed with their figures), probe20 01 serpro tender "
                "(the lots' bidders)"),
               ("Halden, Corra and Ferrow all bid; Quillby won (invented)",)),
    RuleRecord("page-chrome",
               "a line of page chrome: a navigation bar or breadcrumb (two separators or more: '|', '·', '›', "
               "'»', '>'), a footer ('©', 'Copyright', 'All rights reserved'), a sponsor's or related-stories "
               "slot: the site or platform hosting the page, never the agent of the article",
               ("focusset21 dev 02 allegro case study (Databricks nav and footer), dev 11 sitime podcast "
                "(sponsor slot, 'You might also like')",
                "probe20 07 omantel vendor case study (the vendor's nav, cookie and CTA lines), probe20 03 axiata "
                "wiki page (the site's menu and footer)"),
               ("Home | Products | Gridwell Cloud | Contact; © 2031 Gridwell (invented)",)),
)

_WORD = r"(?:[A-Z][\w&'’.-]*[\w&]|[A-Z]|[a-z]+[A-Z][\w-]*)"
_NAME_RUN = plain(rf"(?<![\w&'’-]){_WORD}(?:[ \t]+(?:{_WORD}|&|de|of|dello|della|von|van)(?=[ \t,.;:!?)'’]|$))*")
_STOP = frozenset("""The A An It He She We They I You This That These Those There Here Our Its Their His Her
What Why How When Where Who Which If As At For With From To Of Not No Yes Also But And Or So Then Now Still In On By
Since During Earlier Later Last According Meanwhile Separately Rival Rivals""".split())
# the verb after a subject: an aside in brackets or an apposition between ("Acme (SSE: 600570), the
# software unit of …, today released")
_VERB = plain(r"(?:[ \t]+\([^)\n]{1,40}\))?(?:,[ \t]+(?:the|a|an|its|also|which|who|now|our)[ \t][^.;()]{3,150}?,)?[ \t]+"
              r"(?:[a-z]+ly[ \t]+|also[ \t]+|already[ \t]+|still[ \t]+|now[ \t]+|today[ \t]+|again[ \t]+|not[ \t]+)?"
              r"(?:is|was|are|were|has|have|had|does|did|said|says|will|would|can|could|may|plans?|expects?|wants?|"
              r"keeps?|leads?|runs?|builds?|bets?|sells?|ships?|makes?|provides?|competes?|"
              r"[a-z]{2,}(?:ed|es|ts|ns|ds|ks|ps|rs|ls|gs))\b")
_NOT_VERB = frozenset("news series basis process business access address class press status campus its ads years".split())
_POSSESSIVE = plain(r"['’]s[ \t]+[\w-]")
# what may stand right before an agent: nothing (a line's start), a clause boundary, a conjunction
_AGENT_BEFORE = plain(r"(?:^|[.;:!?\n(\"“—–-][ \t]*|(?:\b(?:and|but|while|whereas|so|then|that|when|as|because|since|"
                      r"after|before|although|though|if|once|where|said|says|how|why|think|believe|expect|note|noted|hope)[ \t]+)|,[ \t]+)$")
# rule relation-object: the relation word right before the name
_RELATION_BEFORE = plain(r"(?:\b(?:for|with|by|from|to|against|versus|vs\.|v\.|via|like|including|include|such[ \t]+as|"
                         r"e\.g\.|among|per|over|than|behind|beat|beating|replacing|replaced|awarded|"
                         r"according[ \t]+to|built[ \t]+on|runs?[ \t]+on|powered[ \t]+by|hosted[ \t]+(?:on|by))[ \t]+(?:the[ \t]+)?"
                         r"|(?i:awarded[ \t]+to|contractor|tenderers?|bidders?|customers?|clients?|partners?|vendors?|"
                         r"suppliers?|sponsors?|publisher|source|sources|provided[ \t]+by)[ \t]*:[ \t]*)$")
# the relation words between two parties inside a line ("Acme v. Beta", "Acme vs. Beta", "Acme versus
# Beta", "Acme against Beta"): what a dateline's place never holds (focus.py)
RELATION_WORD = plain(r"[ \t](?:vs?\.|versus|against)[ \t]")
# rule name-list: the name is one of three or more joined by commas, semicolons or a last 'and'/'or'
_LIST_SEP = r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
# rule page-chrome: a navigation bar, breadcrumb, footer, sponsor or related-stories line
_CHROME = plain(r"(?:[|·›»>].*){2,}|^\s*(?:©|\(c\)|Copyright\b|Sponsored\b|Related\b|You might also like|More (?:posts|stories)|"
                r"Read more\b|Subscribe\b)|All rights reserved|uses cookies|This episode is brought to you", re.I)
_BEFORE_WINDOW = 40
# (what a line must hold for _CHROME to match it, case aside (values.fold): two separators, or one
# of its words; a line with neither is no chrome, without the case-insensitive search)
_CHROME_SEPARATORS = frozenset("|·›»>")
_CHROME_WORDS = ("©", "(c)", "copyright", "sponsored", "related", "you might also like", "more posts", "more stories",
                 "read more", "subscribe", "all rights reserved", "uses cookies", "this episode is brought to you")
# the last character of a text _RELATION_BEFORE matches: a blank or the colon of a field label
_RELATION_LAST = frozenset((" ", "\t", ":"))


_TAG = plain(r"<[^<>\n]{0,200}>")


def _is_chrome(line: str) -> bool:
    """Rule page-chrome: `_CHROME.search(line)`, searched only where its separators or words are there;
    an HTML page's tags ("<p>…</p>", kept by the cleaning) are no separators."""
    if "<" in line:
        line = _TAG.sub(" ", line)
    if sum(map(line.count, _CHROME_SEPARATORS)) < 2:
        low = fold(line)
        if not any(map(low.__contains__, _CHROME_WORDS)):
            return False
    return _CHROME.search(line) is not None


def _lines(body: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for line in body.split("\n"):
        out.append((at, at + len(line), line))
        at += len(line) + 1
    return out


_POSSESSIVE_S = plain(r"['’]s$")


def _mentions(body: str) -> tuple[tuple[str, int, int, str], ...]:
    """(name, start, end, position) per capitalised name run of `body`; position is 'agent',
    'role' or '' (neither)."""
    return _read_mentions(body)[0]


@lru_cache(maxsize=8)
def _read_mentions(body: str) -> tuple[tuple[tuple[str, int, int, str], ...], tuple[bool, ...]]:
    """(`_mentions(body)`, whether each mention's line is page chrome): one pass, each line's
    chrome test once (named_counts reads the second)."""
    out = []
    chrome_of: list[bool] = []
    lines = _lines(body)
    runs = [m for m in _NAME_RUN.finditer(body)]
    li = 0
    line_chrome: dict[int, bool] = {}
    seps: dict[int, bool] = {}   # (_in_list's separator verdicts, shared by the body's runs)
    for k, m in enumerate(runs):
        toks = m.group(0).split()
        start = m.start()
        while toks and toks[0] in _STOP:
            start = body.index(toks[1], start + len(toks[0])) if len(toks) > 1 else m.end()
            toks = toks[1:]
        while toks and toks[-1] in ("&", "of", "de", "dello", "della", "von", "van"):
            toks = toks[:-1]
        if not toks:
            continue
        name = " ".join(toks)
        if name.endswith(("'s", "’s")):
            name = _POSSESSIVE_S.sub("", name)
        end = start + len(name)
        while li < len(lines) - 1 and lines[li][1] < start:
            li += 1
        chrome = line_chrome.get(li)
        if chrome is None:
            chrome = line_chrome[li] = _is_chrome(lines[li][2])
        before = body[max(lines[li][0], start - _BEFORE_WINDOW):start]
        pos = ""
        if chrome:
            pos = "role"  # rule page-chrome
        elif (before[-1:] in _RELATION_LAST and _RELATION_BEFORE.search(before)  # (it ends in a blank or ':')
              and not _POSSESSIVE.match(body, end)):
            # rule relation-object; a name with a possessive owns the noun after it, the relation's object
            # ("joining us for TechnologyOne's results", probe21 04; "not comparable with Temenos's results", probe11 p11_01)
            pos = "role"
        elif _in_list(body, runs, k, start, end, seps):
            pos = "role"  # rule name-list
        elif _AGENT_BEFORE.search(before) and (_POSSESSIVE.match(body, end) or _is_verb(body, end)):
            pos = "agent"  # rule agent-position
        out.append((name, start, end, pos))
        chrome_of.append(chrome)
    return tuple(out), tuple(chrome_of)


def _is_verb(body: str, end: int) -> bool:
    v = _VERB.match(body, end)
    return v is not None and v.group(0).split()[-1] not in _NOT_VERB


_SEP_RX = plain(_LIST_SEP)


def _in_list(body: str, runs, k: int, start: int, end: int, seps: dict | None = None) -> bool:
    """Rule name-list: the run is joined to neighbouring runs by list separators, three names or more.
    `seps` keeps, per run j, whether the gap after it is a separator (one body's runs: each gap is
    read once, not again for every run of its list)."""
    seps = {} if seps is None else seps

    def joined(j: int) -> bool:   # the gap between runs j and j + 1 is a list separator
        got = seps.get(j)
        if got is None:   # (fullmatch between the positions: the gap's own text, no slice)
            got = seps[j] = _SEP_RX.fullmatch(body, runs[j].end(), runs[j + 1].start()) is not None
        return got
    n = 1
    j = k
    while j + 1 < len(runs):  # forward
        if not joined(j):
            break
        n, j = n + 1, j + 1
    j = k
    while j - 1 >= 0:  # backward
        if not joined(j - 1):
            break
        n, j = n + 1, j - 1
    return n >= 3


def agent_mentions(body: str) -> Counter:
    """How often each capitalised name is the agent of its clause (rule agent-position)."""
    return Counter(n for n, _s, _e, pos in _mentions(body) if pos == "agent")


def role_only(name: str, body: str) -> bool:
    """Whether every mention of `name` (as a whole name, or as the start of a longer run) stands in
    a role position: the object of a relation word, one of a list, a line of page chrome."""
    ms = [pos for n, _s, _e, pos in _mentions(body) if n == name or n.startswith(name + " ")]
    return bool(ms) and all(p == "role" for p in ms)


def agent_count(name: str, body: str) -> int:
    """Agent mentions of `name` or of a longer run starting with it ("Fortum" and "Fortum Oyj")."""
    return sum(1 for n, _s, _e, pos in _mentions(body) if pos == "agent" and (n == name or n.startswith(name + " ")))


def named_counts(body: str) -> Counter:
    """How often each capitalised name run is named outside the page's chrome (rule most-named of
    focus_score.EVIDENCE reads the name named most)."""
    return Counter(_named(body))


@lru_cache(maxsize=8)
def _named(body: str) -> tuple[str, ...]:
    """The names of `body`'s mentions outside the page's chrome, in order."""
    ms, chrome = _read_mentions(body)
    return tuple(m[0] for m, c in zip(ms, chrome) if not c)


PUBLIC_BODY = RuleRecord(
    "public-body",
    "a name whose own words, or the long form it abbreviates ('MINISTRY OF ECONOMY, TRADE AND INDUSTRY "
    "(METI)'), carry the head noun of a public body (ministry, department, agency, authority, commission, "
    "court, tribunal, government, council, bureau, regulator) is a government body, a regulator or a court: "
    "it approves, awards and rules, it is never the article's company",
    ("probe20 06 rapidus subsidy notice (the ministry's initials are the subject of its approvals)",
     "focusset21 dev 06 pure storage client alert (the district court rules), dev 15 time dotcom "
     "announcement (approval of the Malaysian Investment Development Authority)"),
    ("The Office of Digital Trade (ODT) approved the grant to Kerrowan (invented)",))
_BODY_NOUN = r"(?i:ministry|department|agency|authority|commission|court|tribunal|government|council|bureau|regulator|parliament)"
_BODY_WORDS = plain(rf"\b{_BODY_NOUN}\b")


def public_body(name: str, body: str) -> bool:
    """Rule public-body: `name` is a public body, by its own words or the long form before its
    initials in brackets."""
    if _BODY_WORDS.search(name):
        return True
    if not (name.isupper() and 2 <= len(name) <= 8):
        return False
    at = body.find(f"({name})")
    while at >= 0:
        if _BODY_WORDS.search(body[max(0, body.rfind("\n", 0, at) + 1, at - 80):at]):
            return True
        at = body.find(f"({name})", at + 1)
    return False


PLACE_POSITION = RuleRecord(
    "place-position",
    "a one-word name the text writes after the preposition 'in' ('what changed in Nigeria', 'a plant in "
    "Kitakami'), not after 'invest in', 'a stake in' or an amount ('¥100 billion in Acme'), is a country, "
    "region or city: it may be the subject "
    "of clauses ('Nigeria went from a drag to …') but it is no company",
    ("probe15 04 mtn_group_cfo_interview (the group's largest market, subject of two clauses)",
     "focusset21 dev 10 raxio interview ('In Ethiopia we pay …', 'in DRC we build …')"),
    ("Sales in Vellmark rose; Vellmark went from a drag to a contributor (invented)",))
_IN_PLACE = (r"(?<![\w-])(?<!invest )(?<!invested )(?<!investing )(?<!investment )(?<!stake )(?<!stakes )(?<!shares )"
             r"(?<!billion )(?<!million )(?<!trillion )(?<!bn )(?<!interest )in[ \t]+")


# (speed: the same pattern with "in" first and each look-behind ending in it: `re` skips to each "in"
# instead of trying thirteen look-behinds at every character; same matches, tests/test_speed_same.py)
_IN_PLACE_RX = plain(r"in(?<![\w-]in)" + "".join(f"(?<!{w} in)" for w in (
    "invest", "invested", "investing", "investment", "stake", "stakes", "shares", "billion", "million", "trillion",
    "bn", "interest")) + r"[ \t]+")
_NAME_ENDS = plain(r"(?![\w&'’-])")


@lru_cache(maxsize=8)
def _place_starts(body: str) -> frozenset[int]:
    """Where a word may start right after 'in' (rule place-position's 'in', not 'invest in'):
    read once per document."""
    return frozenset(m.end() for m in _IN_PLACE_RX.finditer(body))


def place_like(name: str, body: str) -> bool:
    """Rule place-position: a one-word name written after 'in' somewhere in `body`."""
    if " " in name or not name[:1].isupper():
        return False
    starts = _place_starts(body)
    at = body.find(name)
    while at >= 0:
        if at in starts and _NAME_ENDS.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False
