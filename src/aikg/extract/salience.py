"""The article's own company when neither its headline nor its lead names one (focus.py found
none): the name the text keeps making the subject of its sentences.

Columns, newsletters and trade-press features open with a greeting, a scene or a question, not
with "Acme reported …"; the company they are about is then told by how the text treats it: it is
the subject of the clauses that report, raise, sign, rank ("Acme raised $180 million",
"Earlier this year Acme trimmed its target"), its figures are written as its own ("Acme's revenue",
"not Acme's") and the headline names it. A company the gazetteer knows that the text names once or
twice, in a product or hardware context ("trained on NVIDIA H100 GPUs", "uses Nvidia chips") or as
an object, is a supplier or a customer, however well known (rule `hardware-supplier`).

Each reading is a named record (SALIENCE_RULES) with examples and the seen documents whose
phrasing it was met in. `salient_company` is a pure function of the text, its first lines and the
name lookups focus.py uses.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from ..pattern_cache import plain
from .literal import after_capitalised
from .legal_forms import PARTICIPLE_ASIDE


@dataclass(frozen=True)
class SalienceRule:
    name: str
    why: str
    weight: int
    examples: tuple[str, ...]


SALIENCE_RULES: tuple[SalienceRule, ...] = (
    SalienceRule("clause-subject",
                 "a name that opens a clause (after a time phrase or 'According to …,' at most) and is "
                 "followed by its verb is what the clause is about",
                 2,
                 ("In January Quillby raised $40 million (invented)",
                  "Synthesia signed a licensing deal …; Synthesia doesn't publish gross margins (probe11 p11_08)",
                  "Earlier this year Nxera trimmed its target …; Nxera competes with … (probe11 p11_07)",
                  "Ocado said …; Ocado has signed … (probe10 ocado_investor_diary)")),
    SalienceRule("possessive",
                 "a name written as the owner of what the text reports ('Acme's revenue', 'not Acme's')",
                 1,
                 ("Quillby's revenue doubled (invented)",
                  "which is HeyGen's number, not Synthesia's (probe11 p11_08)",
                  "Group-wide, Singtel's underlying net profit rose 9% (probe11 p11_07)",
                  "Blinkit's gross order value (probe10 blinkit_feature)")),
    SalienceRule("headline-name",
                 "a name the headline or its kicker lines give (not only as the first word)",
                 2,
                 ("The landlord for AI: inside Quillby's data centres (invented)",
                  "The telco that wants to be a landlord for AI: inside Singtel's Nxera (probe11 p11_07)",
                  "How Blinkit … (probe10 blinkit_feature)")),
    SalienceRule("hardware-supplier",
                 "a known company named before a model number or a hardware noun ('NVIDIA H100 GPUs', "
                 "'Nvidia chips') is the supplier of what the article's company runs, never its subject",
                 0,
                 ("Models are trained on Nvidia H100 GPUs rented from clouds (invented)",
                  "Models are trained on NVIDIA H100 GPUs rented from cloud providers (probe11 p11_08)",
                  "It launched in 2024 on NVIDIA H100 GPUs (probe11 p11_07)",
                  "built on Nvidia GPUs (probe6 p6_07 Zhipu; probe10 dassault_interview)")),
    SalienceRule("owner-of-unit",
                 "of two names the text both makes subjects, the one written as the other's owner "
                 "('inside Acme's Nimbus', 'Acme's regional data-centre platform Nimbus') is the parent; "
                 "the other is its unit, with the unit's figures and executives",
                 0,
                 ("Inside Corvo's Nimbus: … Nimbus trimmed its target; Corvo keeps control (invented)",
                  "inside Singtel's Nxera … Nxera trimmed …; Singtel keeps control (probe11 p11_07)",
                  "how Sea's e-commerce arm … Shopee … ; Sea said (probe9 g07)")),
)
_WEIGHT = {r.name: r.weight for r in SALIENCE_RULES}

_NAME = r"[A-Z][\w&’'.:-]*[\w&]|[A-Z]"
_RUN = plain(rf"(?:{_NAME})(?:[ \t]+(?:{_NAME}))*")
# what may stand in front of a clause's subject: "In January", "Then in April", "Earlier this year",
# "According to Beacon Metrics, a research shop I trust,"
_FRONT = plain(r"^(?:(?:Then|And|But|So|Now|Still|Meanwhile)[ \t,]+)?(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Dd]uring|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his)"
               r"(?:[ \t]+(?:[a-z]+|[A-Z][a-z]+|\d{4}))?(?:[ \t]+(?:[a-z]+|\d{4}))?[ \t]*,?[ \t]*"
               r"|According[ \t]+to[ \t]+[^,]{1,60},(?:[^,]{1,80},)?[ \t]*)?$")
# the verb after the subject: "raised", "sits", "has", "doesn't", "already watermarks"
# ("said"/"says" and an ownership aside before the verb: "Khazna, majority-owned by …, said" in
# probe13 khazna, "Kingdee, founded in 1993 in Shenzhen, said" in probe12 kingdee)
_VERB = plain(r"(?:[ \t]+\([^)]{1,40}\))?(?:,[ \t]+(?:the|a|an)[ \t][^,.;]{3,80},|" + PARTICIPLE_ASIDE + r")?[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|already[ \t]+|still[ \t]+|now[ \t]+)?"
              r"(?:is|was|has|had|does|did|said|says|doesn't|didn't|does[ \t]+not|will|would|can|could|may|[a-z]{2,}(?:ed|es|ts|ns|ds|ks|ps|rs|ls))\b")
_NOT_VERB = frozenset("""news series basis process business access address class press status campus
its has ads years""".split())
# a clause boundary inside a sentence
_CLAUSE = plain(r"(?:^|[;:][ \t]+|,?[ \t]+(?:and|but|while|so|whereas)[ \t]+|[.!?][ \t]+)")
# a hardware or model context right after a known name: "NVIDIA H100", "Nvidia GPUs", "Nvidia's Blackwell chips"
_HARDWARE = plain(r"(?:['’]s)?[ \t]+(?:[A-Z]{1,3}\d{2,4}[A-Za-z]?\b|(?:[A-Z][a-z]+[ \t]+)?(?:GPUs?|chips?|accelerators?|processors?|servers?|hardware|H\d{2,3}s?)\b)")
_STOP = frozenset("""The A An It He She We They I You This That These Those There Here Hi Dear Our Its Their His Her
What Why How When Where Who Which If As At For With From To Of Not No Yes Also But And Or So Then Now Still""".split())
_FRONT_WORDS = frozenset("""In On By Since During Earlier Later Last Then According January February March April May
June July August September October November December Q1 Q2 Q3 Q4""".split())
STOP = _STOP  # words that open a clause and name nothing, for focus.py
MIN_SCORE = 8       # a clear subject: four clauses, or three with its possessives and headline
MIN_CLAUSES = 2


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])[ \t]+(?=[\"“A-Z])|\n+", body) if s.strip()]


def clause_subjects(body: str) -> Counter:
    """Rule clause-subject: how often each capitalised name opens a clause followed by its verb."""
    out: Counter = Counter()
    for sent in _sentences(body):
        for b in _CLAUSE.finditer(sent):
            seg = sent[b.end():]
            for m in _RUN.finditer(seg):
                if not _FRONT.match(seg[:m.start()]):
                    break
                toks = m.group(0).split()
                while toks and (toks[0] in _STOP or toks[0] in _FRONT_WORDS):
                    toks = toks[1:]
                if not toks:
                    continue  # "Earlier this year Acme …": the time phrase, then the subject
                name = re.sub(r"['’]s$", "", " ".join(toks))
                v = _VERB.match(seg, m.end())
                if v and v.group(0).split()[-1] not in _NOT_VERB and not re.search(r"['’]s$", m.group(0)):
                    out[name] += 1
                break
    return out


def after_first_name(name: str, body: str) -> bool:
    """A single word the text writes after another capitalised word that is no time word ("Bill
    Chang" … "Chang declined"; not "In January Acme"): a person's surname."""
    if " " in name or not _after_capital(name, body) or not after_capitalised(body, name):
        return False
    for m in re.finditer(rf"(?<=[a-z,] )((?:(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+)+){re.escape(name)}(?![\w-])", body):
        if not all(t in _FRONT_WORDS or t in _STOP for t in m.group(1).split()):
            return True
    return False


def _after_capital(name: str, body: str) -> bool:
    """Whether `name` occurs somewhere right after a capitalised word and a space (what
    `after_first_name`'s pattern needs; a cheap test before compiling it for this name)."""
    at = body.find(name)
    while at >= 0:
        if at >= 2 and body[at - 1] in " \t":
            j = max(body.rfind(" ", 0, at - 1), body.rfind("\t", 0, at - 1), body.rfind("\n", 0, at - 1))
            if body[j + 1:j + 2].isupper():
                return True
        at = body.find(name, at + 1)
    return False


def possessives(body: str) -> Counter:
    return Counter(m.group(1) for m in re.finditer(r"(?<![\w&-])((?:[A-Z][\w&-]*[ \t]+)?[A-Z][\w&-]*)['’]s(?![\w])", body))


def supplier_only(name: str, body: str) -> bool:
    """Rule hardware-supplier: every mention of `name` is followed by a model number or a hardware noun."""
    ms = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body))
    return bool(ms) and all(_HARDWARE.match(body, m.end()) for m in ms)


def salient_company(top: list[str], body: str, company_of: Callable[[str], str | None],
                    other_of: Callable[[str], str | None], is_person: Callable[[str], bool]) -> tuple[str, bool, list[str]] | None:
    """(label, known, units) of the name the text makes its subject (SALIENCE_RULES), or None when
    no name scores MIN_SCORE with MIN_CLAUSES clauses of its own and clearly ahead of the next. When
    the two best are a parent and the unit the text writes as the parent's ("inside Acme's Nimbus"),
    the parent is the company and the unit one of its parts (rule `owner-of-unit`)."""
    subj = clause_subjects(body)
    poss = possessives(body)
    heads = [l for l in top if not re.search(r"[.!?]['\"”’)]*\s*$", l.strip()) or len(l.split()) < 12][:4]
    score: Counter = Counter()
    clauses: Counter = Counter()
    for name in set(subj) | set(poss):
        if len(name) < 2 or name in _STOP or other_of(name) or is_person(name):
            continue
        if " " not in name and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", body):
            continue  # a common word at a sentence's start ("Models are trained", "Revenue came in")
        label = company_of(name) or name
        if company_of(name) is not None and supplier_only(name, body):
            continue
        clauses[label] += subj[name]
        score[label] += _WEIGHT["clause-subject"] * subj[name] + _WEIGHT["possessive"] * poss[name]
    for label in list(score):
        if any(re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", h) for h in heads):
            score[label] += _WEIGHT["headline-name"]
    best = score.most_common(2)
    if not best:
        return None
    label, n = best[0]
    units: list[str] = []
    if len(best) == 2:
        a, b = label, best[1][0]
        for owner, unit in ((a, b), (b, a)):
            if re.search(rf"(?<![\w-]){re.escape(owner)}['’]s[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{re.escape(unit)}(?![\w-])", body) \
                    and clauses[owner] >= MIN_CLAUSES and clauses[unit] >= MIN_CLAUSES:
                label, n, units = owner, score[a] + score[b], [unit]
                break
        if units:
            return label, company_of(label) is not None, units
    if n < MIN_SCORE or clauses[label] < MIN_CLAUSES or len(best) == 2 and best[1][1] * 3 > n * 2:
        return None
    return label, company_of(label) is not None, units
