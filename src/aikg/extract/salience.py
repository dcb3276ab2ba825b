"""How the text treats a name, read from its clauses rather than from where it first appears:
columns, newsletters and trade-press features open with a greeting, a scene or a question, not
with "Acme reported …", and the company they are about is the one the text keeps making the
subject of its clauses ("Acme raised $180 million", "Earlier this year Acme trimmed its target")
and writes as the owner of its figures ("Acme's revenue", "not Acme's"); a known company named only
before a model number or a hardware noun ("NVIDIA H100 GPUs") is a supplier.

These readings (`clause_subjects`, `possessives`, `supplier_only`, `product_owner_only`, and
`figure_sentences`: whose figure each sentence giving an amount or a share writes it as) are
evidence of the scored choice of the article's company (focus_score.EVIDENCE: clause-subject,
possessive, hardware-supplier, product-owner, figure-owner, figure-object, each with its seen
sources and weight); this module only reads them. Rule
owner-of-unit (UNIT_RULE) reads which of two subjects is the other's parent.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..pattern_cache import plain, name_rx
from .literal import after_capitalised, after_name_run, framed, word_starts
from .legal_forms import PARTICIPLE_ASIDE


@dataclass(frozen=True)
class SalienceRule:
    name: str
    why: str
    examples: tuple[str, ...]


UNIT_RULE = SalienceRule("owner-of-unit",
                 "of two names the text both makes subjects, the one written as the other's owner "
                 "('inside Acme's Nimbus', 'Acme's regional data-centre platform Nimbus') is the parent; "
                 "the other is its unit, with the unit's figures and executives",
                 ("Inside Corvo's Nimbus: … Nimbus trimmed its target; Corvo keeps control (invented)",
                  "inside Singtel's Nxera … Nxera trimmed …; Singtel keeps control (probe11 p11_07)",
                  "how Sea's e-commerce arm … Shopee … ; Sea said (probe9 g07)"))

_NAME = r"[A-Z][\w&’'.:-]*[\w&]|[A-Z]"
_RUN = plain(rf"(?:{_NAME})(?:[ \t]+(?:{_NAME}))*")
# what may stand in front of a clause's subject: "In January", "Then in April", "Earlier this year",
# a dated day (rule dated-front: "On 31 October CaixaBank published", probe17 caixabank; "On October
# 29, NEC agreed", probe8 f03 nec; invented: "On 4 May Acme reported"),
# "According to Beacon Metrics, a research shop I trust,"
_FRONT = plain(r"^(?:(?:Then|And|But|So|Now|Still|Meanwhile)[ \t,]+)?(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Dd]uring|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his)"
               r"(?:[ \t]+(?:[a-z]+|[A-Z][a-z]+|\d{4}|\d{1,2}))?(?:[ \t]+(?:[a-z]+|\d{4}|\d{1,2}))?[ \t]*,?[ \t]*"
               r"|According[ \t]+to[ \t]+[^,]{1,60},(?:[^,]{1,80},)?[ \t]*)?$")
# the verb after the subject: "raised", "sits", "has", "doesn't", "already watermarks"
# ("said"/"says" and an ownership aside before the verb: "Khazna, majority-owned by …, said" in
# probe13 khazna, "Kingdee, founded in 1993 in Shenzhen, said" in probe12 kingdee)
_VERB = plain(r"(?:[ \t]+\([^)]{1,40}\))?(?:,[ \t]+(?:the|a|an)[ \t][^,.;]{3,80},|" + PARTICIPLE_ASIDE + r")?[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|already[ \t]+|still[ \t]+|now[ \t]+)?"
              r"(?:is|was|has|had|does|did|said|says|doesn't|didn't|does[ \t]+not|will|would|can|could|may|[a-z]{2,}(?:ed|es|ts|ns|ds|ks|ps|rs|ls))\b")
_NOT_VERB = frozenset("""news series basis process business access address class press status campus
its ads years""".split())
# a clause boundary inside a sentence
_CLAUSE = plain(r"(?:^|[;:][ \t]+|,?[ \t]+(?:and|but|while|so|whereas)[ \t]+|[.!?][ \t]+)")
# a hardware or model context right after a known name: "NVIDIA H100", "Nvidia GPUs", "Nvidia's Blackwell chips"
_HARDWARE = plain(r"(?:['’]s)?[ \t]+(?:[A-Z]{1,3}\d{2,4}[A-Za-z]?\b|(?:[A-Z][a-z]+[ \t]+)?(?:GPUs?|chips?|accelerators?|processors?|servers?|hardware|H\d{2,3}s?)\b)")
_STOP = frozenset("""The A An It He She We They I You This That These Those There Here Hi Dear Our Its Their His Her
What Why How When Where Who Which If As At For With From To Of Not No Yes Also But And Or So Then Now Still""".split())
_FRONT_WORDS = frozenset("""In On By Since During Earlier Later Last Then According January February March April May
June July August September October November December Q1 Q2 Q3 Q4""".split())
STOP = _STOP  # words that open a clause and name nothing, for focus.py
MIN_CLAUSES = 2     # clauses each of an owner and its unit for rule owner-of-unit


# How a clause's subject is found whatever the sentence around it: the rules of CLAUSE_RULES, each
# a structure (a numbered paragraph, a fronted phrase, a reported clause, a class noun standing for
# the name in focus), not a phrase of one article.
CLAUSE_RULES: tuple[SalienceRule, ...] = (
    SalienceRule("numbered-paragraph",
                 "a paragraph's number ('2.1', '3.', '(b)') in front of its sentence is no part of the "
                 "sentence: the subject follows it (committee records, filings, numbered notes)",
                 ("2.1 Dr Lind stated that Quillby was founded in 2021 (invented)",
                  "(b) Kerrowan will receive 500 servers (invented)",
                  "met in probe18 sarvam_committee_hearing (1.3, 2.1 …) and probe15 05 alpha_data_ipo_prospectus_summary "
                  "(numbered sections), and the numbered items of probe13 wiwynn_2024_five_takeaways")),
    SalienceRule("fronted-phrase",
                 "a prepositional phrase and its comma in front of a clause ('Under the programme, ', "
                 "'Of the 500 bids received, ') leave the clause's subject after the comma",
                 ("Under the programme, Quillby will receive 4,000 GPUs (invented)",
                  "Of the 500 bids received, Kerrowan was the first chosen (invented)",
                  "met in probe18 sarvam_committee_hearing (Under the Mission, …) and probe14 05 indra_hispasat "
                  "(With the deal, …)")),
    SalienceRule("reported-clause",
                 "what a speaker states ('X stated that Acme was founded in 2021', 'the company said that "
                 "its revenue …') is a clause of its own: its subject is the subject of its figure, not the speaker",
                 ("Ms Roe stated that Quillby raised $40 million (invented)",
                  "The analyst noted that Kerrowan's margin widened to 21% (invented)",
                  "met in probe18 sarvam_committee_hearing (… stated that Sarvam was founded …) and probe17 "
                  "03 caixabank_union_newsletter (… told us that …)")),
    SalienceRule("subordinate-clause",
                 "a subordinator ('when', 'what', 'because', 'as') or an opening bracket starts a clause with a "
                 "subject of its own: the company the text keeps writing there ('what Acme calls its unit', "
                 "'(Acme reports on a calendar year)') is that clause's subject",
                 ("Sales rose when Harlow acquired the rival (invented)",
                  "met in probe12 totvs_rdstation_feature (what Totvs calls …; (Totvs reports on a calendar-year basis)), "
                  "probe10 blinkit_feature (because Eternal capped …) and probe8 f07 swisscom (as Fastweb drives …)")),
    SalienceRule("class-noun-coreference",
                 "a clause whose subject is a class noun ('the company', 'the group', 'the firm') or 'it' "
                 "goes on with the name in focus: the last name the text made a clause's subject (in its "
                 "paragraph, for a figure)",
                 ("Quillby was founded in 2021. In reply, the company said its revenue was $2 million (invented)",
                  "Kerrowan signed the deal; the group expects to spend $40 million (invented)",
                  "met in probe18 sarvam_committee_hearing (… the company stated that its revenue …) and probe10 "
                  "equinix_wire (… the company said …)")),
)
# rule numbered-paragraph: "2.1 ", "3. ", "(b) ", "iv) " in front of a sentence
_NUMBERED = plain(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\(?[a-z0-9]{1,3}\))[ \t]+(?=[A-Z\"“(])")
# rule fronted-phrase: a longer prepositional phrase and its comma (read when the plain reading
# finds no subject): "Under the Mission, ", "Of 506 bids received for models, "
_FRONTED_LONG = plain(r"(?:[Uu]nder|[Tt]hrough|[Oo]f|[Ww]ith|[Oo]ver|[Ff]ollowing|[Dd]espite|[Bb]esides|[Aa]s|[Ii]n|[Oo]n|[Aa]t|"
                      r"[Bb]y|[Ff]or|[Aa]fter|[Bb]efore|[Dd]uring|[Ss]ince|[Aa]mong|[Aa]cross|[Ww]ithin|[Ff]rom)"
                      r"(?:[ \t]+[^,;:\s]+){1,7},[ \t]+")
# rule reported-clause: a reporting verb and "that" open a clause of their own
_REPORTED = plain(r"[ \t]+(?:stated|states|said|says|told[ \t]+[a-z]+|added|noted|confirmed|explained|recalled|"
                  r"reported|disclosed|announced|argued|estimated|expects?|believes?)[ \t]+that[ \t]+")
# rule subordinate-clause: a subordinator or a bracket opens a clause with a subject of its own
# ("when Acme bought it", "what Acme calls", "(Acme reports on a calendar year)")
_SUBORDINATE = plain(r"(?:[ \t]+(?:when|what|because|after|before|although|though|whether|once|until|since|as|if)|[ \t]*\()[ \t]*(?=[A-Z])")
# rule class-noun-coreference: a class noun or "it" as the clause's subject
_COREF = plain(r"(?:[Tt]he[ \t]+(?:company|group|firm|start-?up|operator|business)(?:['’]s)?|It|[Ii]ts)[ \t]+(?!is[ \t]|was[ \t]|would[ \t]+be)")


_SENTENCE_SPLIT = plain(r"(?<=[.!?])[ \t]+(?=[\"“A-Z])|\n+")


@lru_cache(maxsize=2048)   # (a paragraph: read by clause subjects and by figure sentences)
def _sentences(body: str) -> tuple[str, ...]:
    # (a paragraph of cleaned HTML may open with a space: " Acme was showing …" opens a clause too)
    # rule numbered-paragraph: the paragraph's number is left out
    return tuple(_NUMBERED.sub("", s.strip(" \t"), count=1)
                 for s in _SENTENCE_SPLIT.split(body) if s.strip())


def _clause_starts(sent: str):
    """Where the clauses of `sent` start: its start, after ';' or ':', a conjunction, a sentence
    stop, and after a reporting verb's "that" (rule reported-clause)."""
    starts = sorted({b.end() for b in _CLAUSE.finditer(sent)}
                    | ({b.end() for b in _REPORTED.finditer(sent)} if "that" in sent else set())   # (its last word)
                    | {b.end() for b in _SUBORDINATE.finditer(sent)})
    return starts


def clause_subjects(body: str) -> Counter:
    """Rule clause-subject: how often each capitalised name opens a clause followed by its verb
    (after a paragraph's number, a time phrase or a fronted phrase, and in a reported clause:
    CLAUSE_RULES); a clause whose subject is a class noun ("the company") counts for the name in
    focus, the last name counted (rule class-noun-coreference)."""
    return Counter(_clause_subjects(body))


@lru_cache(maxsize=8)
def _clause_subjects(body: str) -> tuple[str, ...]:
    out: list[str] = []
    for para in _PARAGRAPH.split(body):
        focus = None
        for sent in _sentences(para):
            for name, coref in _sentence_subjects(sent):
                if name is None and focus is not None and coref:
                    name = focus  # rule class-noun-coreference: "the company stated …"
                if name is not None:
                    out.append(name)
                    focus = name
    return tuple(out)


@lru_cache(maxsize=8192)   # (a pure function of the sentence: a feed restates its sentences)
def _sentence_subjects(sent: str) -> tuple[tuple[str | None, bool], ...]:
    """Per clause of `sent` (`_clause_starts`): the name that is its subject, else None, and
    whether a class noun or "it" is its subject, followed by its verb (rule class-noun-coreference:
    the name in focus then)."""
    out = []
    for at in _clause_starts(sent):
        seg = sent[at:]
        name = _subject_of(seg)
        if name is None:
            front = _FRONTED_LONG.match(seg)
            if front is not None:  # rule fronted-phrase
                seg = seg[front.end():]
                name = _subject_of(seg)
        coref = name is None and seg[:3].lower() != "its" and _COREF.match(seg) is not None \
            and _VERB.match(" " + seg[_COREF.match(seg).end():].lstrip()) is not None
        out.append((name, coref))
    return tuple(out)


def _name_words(run: str) -> list[str]:
    """The words of a capitalised run after its leading stop and time words ("In January Acme
    Cloud" -> ["Acme", "Cloud"])."""
    toks = run.split()
    while toks and (toks[0] in _STOP or toks[0] in _FRONT_WORDS):
        toks = toks[1:]
    return toks

_POSSESSIVE_END = plain(r"['’]s$")   # (asked per clause: compiled once)


def _subject_of(seg: str) -> str | None:
    """The capitalised name `seg` opens with (after a time phrase), followed by its verb, or None."""
    for m in _RUN.finditer(seg):
        if not _FRONT.match(seg[:m.start()]):
            return None
        toks = _name_words(m.group(0))
        if not toks:
            continue  # "Earlier this year Acme …": the time phrase, then the subject
        name = _POSSESSIVE_END.sub("", " ".join(toks))
        v = _VERB.match(seg, m.end())
        if v and v.group(0).split()[-1] not in _NOT_VERB and not _POSSESSIVE_END.search(m.group(0)):
            return name
        return None
    return None


_OFFICERS = ("CEO", "CFO", "COO", "CTO", "CIO")   # (the titles of the pattern below)


# an officer's title written right after a full name, in brackets or after a comma
_OFFICER_TITLE = (r"(?:Chief|CEO|CFO|COO|CTO|CIO|CRO|President|Chair(?:man|woman|person)?|Director|Head|Founder|"
                  r"Co-founder|Managing|Vice|VP|SVP|EVP|General[ \t]+Counsel|Treasurer|Secretary|Partner)\b")
_TITLED_AFTER = (r"(?:[ \t]*\([ \t]*|,[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?)" + _OFFICER_TITLE)
_TITLED_AFTER_RX = plain(_TITLED_AFTER)
_FIRST_NAME_BEFORE = plain(r"(?<![\w-])[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+\Z")   # (a first name, its initial: right before a name)


def person_surname(name: str, body: str, title_after: bool = False) -> bool:
    """A single word the text writes as a person's surname. By default: after another capitalised word
    that is no time word ("Bill Chang" … "Chang declined"; not "In January Acme"), an officer's title
    before the name counting as such a word ("CEO Dana Ruiz" … "Ruiz said"). With `title_after`: closing a
    capitalised full name with an officer's title right after it, in brackets or after a comma (rule
    titled-surname of focus.py: "Matthias Oberholz (CFO)", "Jane Roe, Chief Financial Officer")."""
    if title_after:   # (the pattern "(?<![\w-])[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+" NAME _TITLED_AFTER, none compiled per name)
        return " " not in name and framed(body, name, _FIRST_NAME_BEFORE, _TITLED_AFTER_RX)
    if " " in name or not _after_capital(name, body) or not after_capitalised(body, name) \
            or not after_name_run(body, name, _OFFICERS):   # (the pattern's necessary shape, before it is built)
        return False
    # rule titled-person: after a word in lower case or a comma ("said Bill Chang"), or after an
    # officer's title in capitals ("CEO Asif Peer" … "Peer says", probe17 systems; "CEO Deepinder
    # Goyal" … "Goyal said", probe10 blinkit; invented: "CFO Dana Ruiz" … "Ruiz said")
    for m in name_rx(rf"(?:(?<=[a-z,] )|(?<=\b(?:CEO|CFO|COO|CTO|CIO) ))((?:(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+)+){re.escape(name)}(?![\w-])").finditer(body):
        if not all(t in _FRONT_WORDS or t in _STOP for t in m.group(1).split()) \
                and not _POSSESSED.search(body, max(0, m.start() - 8), m.start()) and not _UNIT_NOUN.match(body, m.end()) \
                and not _title_case_line(body, m.start()):
            return True
    return False


def _title_case_line(body: str, at: int) -> bool:
    """Whether the line holding `at` is the document's title written in Title Case ("Thoma Bravo to Acquire
    Darktrace in All-Cash Transaction"): its verbs are capitalised too, so a capitalised word before a
    name there is no first name (issue34w: probe24 05 darktrace, whose name was read as the surname of
    "Acquire"; invented: "Harlan Capital Agrees to Buy Sundmark")."""
    a = body.rfind("\n", 0, at) + 1
    if body[:a].strip():   # the document's title line only (a later heading may break a wrapped name)
        return False
    b = body.find("\n", at)
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", body[a:b if b >= 0 else len(body)]) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# rule unit-name-not-person: a capitalised run after a possessive determiner or before a unit noun
# names a unit, not a person ("Its Machine Learning Reply unit said", probe17 reply; "its Orange
# Cyberdefense subsidiary", probe7 p7_02 orange_business; "its Safaricom Business unit", probe15
# safaricom; invented: "its Cloud Works Acme arm")
_POSSESSED = plain(r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Oo]ur)[ \t]+$")
_UNIT_NOUN = plain(r"[ \t]+(?:unit|arm|division|subsidiary|business|segment|brand)\b")


def _after_capital(name: str, body: str) -> bool:
    """Whether `name` occurs somewhere right after a capitalised word and a space (what
    `person_surname`'s pattern needs; a cheap test before compiling it for this name)."""
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
    ends = _word_ends(name, body)
    return bool(ends) and all(_HARDWARE.match(body, e) for e in ends)


# a product or model family right after a possessive: "Google's Gemini models", "Meta's Llama"
_PRODUCT_AFTER = plain(r"['’]s[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z0-9][\w.-]*)?[ \t]+(?:models?|family|assistant|chatbot|platform|"
                       r"LLMs?|APIs?|chips?|software|engine|service|cloud)\b")


def product_owner_only(name: str, body: str) -> bool:
    """Rule product-owner (focus_score.EVIDENCE): every mention of `name` is the owner of a product
    or model family the text names ("built on Google's Gemini models")."""
    ends = _word_ends(name, body)
    return bool(ends) and all(_PRODUCT_AFTER.match(body, e) for e in ends)


def _word_ends(name: str, body: str) -> list[int]:
    """Where each whole-word `name` ends in `body`: the ends of `(?<![\\w-])NAME(?![\\w-])`'s
    matches, found with str.find (literal.word_starts) rather than a pattern compiled per name."""
    if not name:
        return [m.end() for m in re.finditer(r"(?<![\w-])(?![\w-])", body)]
    return [i + len(name) for i in word_starts(body, name)]


def owned_unit(owner: str, unit: str, body: str) -> bool:
    """Rule owner-of-unit: the text writes `unit` as `owner`'s ("inside Acme's Nimbus", "Acme's
    regional data-centre platform Nimbus")."""
    return name_rx(rf"(?<![\w-]){re.escape(owner)}['’]s[ \t]+(?:(?!{_CLAUSE_WORD}[ \t])[\w-]+[ \t]+){{0,3}}?{re.escape(unit)}(?![\w-])"
                   ).search(body) is not None


# words of a clause's verb or a preposition between an owner and a name, which then is no unit
# named as the owner's ("Acme's founders will join Brill": Brill is no unit of Acme's)
_CLAUSE_WORD = (r"(?:will|would|shall|can|could|may|must|to|is|are|was|were|has|have|had|be|been|and|or|but|with|in|of|for|"
                r"at|by|from|than|join|joins|said|says|[a-z]+ed)")


# a figure: an amount of money, a share, a count in millions ("$40 million", "R$ 355.2", "9.7%",
# "EUR 2.8bn", "31,000 merchants" is no figure of money or share and is left out)
_AMOUNT = plain(r"(?:[$€£¥₹]|(?<![\w])(?:R|US|S|A|C|HK|NT)\$|(?<![\w])(?:USD|EUR|GBP|JPY|INR|CNY|RMB|KRW|BRL|CHF|SEK|NOK|"
                r"DKK|PLN|ZAR|SGD|AUD|CAD|TWD|HKD|MYR|IDR|SAR|AED|Rs\.?)[ \t]?)[ \t]?\d"
                r"|\d(?:[\d,.]*\d)?[ \t]?(?:%|per[ \t]?cent\b|percent\b|(?:million|billion|trillion|bn|mn|crore)\b)"
                r"|\d(?:[\d,.]*\d)?[ \t]+(?:dollars|euros|pounds|yen|yuan|won|rupees|crowns|francs|reais|zloty)\b")
_MEASURE_AFTER = plain(r"[ \t]+(?:(?:net|quarterly|annual|first-half|full-year|operating)[ \t]+)?(?:profits?|revenues?|sales|earnings|"
                       r"income|margins?|shares|stock|orders|bookings|capex|EBITDA)[ \t]+[a-z]")
# a clause that goes on without a subject of its own: its first word a verb
_BARE_VERB = plain(r"(?:[a-z]+ly[ \t]+|also[ \t]+)?(?:[a-z]{2,}ed|cut|set|kept|grew|rose|fell|won|made|took|said|sold|spent|"
                   r"expects?|plans?|has|had|is|was|will|would|sees|says)\b")
# rule figure-owner: a stake is the held company's, not its holder's figure ("G42 owns about 60% of
# Khazna" in probe13 khazna; "Reliance will hold 70% of the venture" in probe6 p6_06 jio)
_STAKE = plain(r"[ \t]+(?:(?:will|would|now|still|already|also)[ \t]+)?(?:owns?|holds?|held|took|takes|bought|buys|acquired|controls?)"
               r"(?:[ \t]+(?:a|an|its)[ \t]+stake[ \t]+of)?[ \t]+(?:(?:a|an|about|around|roughly|nearly|almost|some|just|over|under|the|remaining)[ \t]+)*[\d.,]+[ \t]?(?:%|per[ \t]?cent|percent)"
               # … of a named company or of the venture, or a stake: not "holds 51% of Brazil's market" (a share)
               r"[ \t]+(?:stake\b|(?:of|in)[ \t]+(?:the[ \t]+(?:joint[ \t]+)?(?:venture|company|group|business|shares)\b|"
               r"(?:[A-Z][\w&.-]*[ \t]+){0,3}[A-Z][\w&-]*(?![\w&-])(?![’']s)))")
# measure words that open a sentence as a name does ("EBITDA margin expanded …"): never an owner
_NOT_OWNER = frozenset("EBITDA EBITA EBIT EPS ARR ARPU GMV Capex CAPEX Revenue Revenues Sales Net Gross Operating Adjusted "
                       "Average Total Free Underlying Shares Full-year Headcount Management Board GAAP Non-GAAP IFRS Non-IFRS Consolidated".split())
_SAID = plain(r"[ \t]+(?:said|says|told[ \t]+\w+|added|noted|estimates?|expects?)[ \t]+(?:that[ \t]+)?(?=[A-Z])")
# irregular verbs a figure's owner goes on with ("Acme won a $300 million contract", "Acme's
# revenue rose"), which the -ed/-s endings of _VERB miss
_IRREGULAR = plain(r"[ \t]+(?:(?:also|now|still)[ \t]+)?(?:won|rose|fell|grew|cut|hit|set|kept|made|took|sold|spent|paid|bought|got|"
                   r"saw|gave|lost|ran|led|put|beat|built|held|became|began|brought|sees|makes|takes|wins|sells)\b")
# a fronted phrase and its comma before a clause's subject: "In ERP, ", "By comparison, ", "Group-wide, "
_FRONTED = plain(r"(?:(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ff]or|[Ww]ithin|[Aa]cross|[Aa]mong|[Aa]fter|[Bb]efore|[Dd]uring|[Ss]ince|"
                 r"[Aa]ccording[ \t]+to|[Uu]nlike|[Ll]ike)(?:[ \t]+[^,;:\s]+){1,4},|(?:Overall|Together|Separately|Meanwhile|"
                 r"However|Elsewhere|Globally|Finally|Also|Still|[A-Z][a-z]+-wide),)[ \t]+")
_TITLE = plain(r"\b(?:CEO|CFO|COO|CTO|Chief|President|Chair(?:man|woman)?|Director|Officer|Head|Founder|Analysts?|Minister)\b")
_DIGIT = plain(r"\d")
_PARAGRAPH = plain(r"\n[ \t]*\n")
# rule pronoun-owner: the company the sentence before named goes on as "it", "its", "the company"
# ("Marrow Cloud's revenue rose 24% … Its operating margin widened to 17%")
_PRONOUN = plain(r"[ \t]*(?:It|Its|The[ \t]+(?:company|group|firm)(?:['’]s)?)[ \t]")
_OWNER_RUN = plain(rf"(?:{_NAME})(?:[ \t]+(?:{_NAME}|&|de|of))*")


def _clause_owner(seg: str) -> str | None:
    """The name a clause opens with (after a time phrase: "In January Acme …", or a fronted phrase
    with its comma: "In ERP, Acme …", "Group-wide, Acme's …"), followed by its verb ("Acme raised …")
    or written as the owner of what follows ("Acme's revenue rose …"), or None."""
    front = _FRONTED.match(seg)
    if front is not None:
        seg = seg[front.end():]
    for m in _OWNER_RUN.finditer(seg):
        if not _FRONT.match(seg[:m.start()]):
            return None
        toks = _name_words(m.group(0))
        if not toks:
            continue
        name = " ".join(toks)
        if toks[0] in _NOT_OWNER:
            return None
        pos = re.search(r"['’]s(?=[ \t]|$)", name)
        if pos is not None and name[pos.end():].strip():
            # "Spain's Indra agrees to buy …", "Acme's Nimbus posted …": the name after the possessive
            name = name[pos.end():].strip()
            pos = re.search(r"['’]s(?=[ \t]|$)", name)
        if pos is not None:  # "Acme's revenue rose 5%": the owner of the figure
            return name[:pos.start()] or None
        if name.endswith("s") and re.match(r"['’][ \t]+[a-z]", seg[m.end():]):
            return name  # "Jio Platforms' revenue rose 14.9%"
        said = _SAID.match(seg, m.end())
        if said is not None and _TITLE.search(name):
            # "CFO Jane Roe said Acme expects to spend $2 billion": an officer reports the company's
            # figure (a company that says so reports its own: "Acme says Nimbus handled 1.2 billion …")
            return _clause_owner(seg[said.end():])
        if _MEASURE_AFTER.match(seg, m.end()):
            return name  # "Acme profit rises 13%", "Acme shares closed 2% higher"
        v = _VERB.match(seg, m.end())
        return name if v and v.group(0).split()[-1] not in _NOT_VERB or _IRREGULAR.match(seg, m.end()) else None
    return None


def _named_since(sents: list[str]) -> str | None:
    """The last name the sentences `sents` (no figure among them) make their subject, or None."""
    for sent in reversed(sents):
        named = _clause_owner(sent) or _clause_owner(_front_off(sent))
        if named is not None:
            return named
    return None


def _front_off(seg: str) -> str:
    """`seg` without a fronted phrase and its comma (rule fronted-phrase), or `seg` itself."""
    front = _FRONTED_LONG.match(seg)
    return seg[front.end():] if front is not None else seg


def figure_sentences(body: str) -> list[tuple[str | None, str]]:
    """Rule figure-owner (focus_score.EVIDENCE): each sentence of `body` that gives a figure (an
    amount of money, a share), with the name whose figure the sentence writes it as: the subject
    of the clause that holds the figure ("Acme reported revenue of $5 million", "… and Acme's
    margin widened to 21%"), else of the sentence's first clause, else None ("Revenue rose 9%",
    "The company said …"). A clause opening with "It", "Its", "The company" goes on with the
    subject of the sentence before it in the same paragraph (rule pronoun-owner)."""
    return list(_figure_sentences(body))


@lru_cache(maxsize=8)   # read by the focus model and by rule roundup-figures
def _figure_sentences(body: str) -> tuple[tuple[str | None, str], ...]:
    out = []
    for para in _PARAGRAPH.split(body):
        if _DIGIT.search(para) is None:
            continue  # no figure in the paragraph
        prev = prev_owner = None  # the paragraph's sentence before, and its owner when it gave a figure
        focus = None  # the last owner the paragraph named (rule class-noun-coreference)
        plain_sents: list[str] = []  # the sentences with no figure since then
        for sent in _sentences(para):
            if _DIGIT.search(sent) is None or not _AMOUNT.search(sent):
                plain_sents.append(sent)  # (read for the name in focus only when a class noun needs it)
                prev, prev_owner = sent, None
                continue
            pronoun = _PRONOUN.match(sent) is not None
            owner = None
            bounds = [(b.start(), b.end(), b.group(0)) for b in _CLAUSE.finditer(sent)]
            bounds = sorted(bounds + [(b.start(), b.end(), "that") for b in _REPORTED.finditer(sent)])
            for k, (b_start, b_end, b_text) in enumerate(bounds):
                seg = sent[b_end:]
                who = _clause_owner(seg)
                if who is None and b_start == 0 and pronoun and prev is not None:
                    who = prev_owner or _clause_owner(prev)
                if who is None:  # rule fronted-phrase, then rule class-noun-coreference
                    rest = _front_off(seg)
                    who = _clause_owner(rest) if rest is not seg else None
                    if who is None and _COREF.match(rest):
                        who = owner or _named_since(plain_sents) or focus
                nxt = bounds[k + 1][0] if k + 1 < len(bounds) else len(sent)
                if who is not None and _STAKE.match(seg, max(seg.find(who), 0) + len(who)):
                    who = None  # "G42 owns about 60% of Khazna": a shareholder, not whose figure it is
                    owner = None
                elif who is None and not (b_text.strip(" \t,") in ("and", "but", "while", "so") and _BARE_VERB.match(seg)):
                    owner = None  # "…; the transaction valued it at $10 billion": a subject of its own
                owner = who or owner  # "Acme reported … and raised its forecast to …": the same subject
                if _AMOUNT.search(sent, b_end, nxt):
                    break
            out.append((owner, sent))
            prev, prev_owner = sent, owner
            if owner is not None:
                focus, plain_sents = owner, []
    return tuple(out)

