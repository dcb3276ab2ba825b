"""Successions: who took over a role from whom ("X succeeded Y as CEO", "X, who took over from Y
in April", "Y will hand over the role to X", "named X as the new CEO, replacing Y").

Each cue is a named record: the words that state a change of holder and on which side of them
the new holder is named. `find` is a pure function of one sentence and the people named in it;
`relations.people` turns what it finds into roles that carry their predecessor (kg:predecessor)
and, when the sentence gives it, when the new holder started (kg:since).

Phrasings seen in documents of different sources: "succeeded Pekka Lundmark as president and
CEO" / "succeeding Yo Honma" / "succeeding William Cho" (probe5 Nokia and NTT, devset5 LG);
"replacing Peter Herweck" / "replacing Ryu Young-sang" (probe5 Schneider and SK Telecom);
"took over from Frank Slootman" / "took over as CFO from Prateek Aggarwal" / "took over from
Kenichiro Yoshida" (probe5 Snowflake and HCLTech, probe3 Sony); "will hand over the role to
Veronika Bienert" (devset5 Siemens) and its passive "will be succeeded by".
"""
from __future__ import annotations

from ..pattern_cache import plain
import re
from dataclasses import dataclass

from .entities import HONORIFIC, NOT_PERSON_END, PERSON_NAME, TITLES

# (issue42m) with a month abbreviated with its point: "will retire and be succeeded on Nov. 16 by X" (probe31 05
# Extreme flash; the newswire's "Nov. 16" as role_rules._MONTH_ABBR reads it in "effective Nov. 16")
_MONTH_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"


@dataclass(frozen=True)
class SuccessionCue:
    name: str
    cue: re.Pattern
    new_holder: str          # where the new holder is named: "before" the cue or "after" it


CUES: tuple[SuccessionCue, ...] = (
    # "Y will be succeeded by X", "Y was replaced by X"
    # (a date between the verb and "by": "He was succeeded on 1 January 2025 by X", probe18 Seznam;
    # "will be succeeded in May by X")
    SuccessionCue("succeeded-by", re.compile(
        r"\b(?:(?:will\s+be|was|is|to\s+be|has\s+been|had\s+been)\s+)?(?:succeeded|replaced)\s+(?:as\s+(?P<title>" + TITLES + r")\s+)?"
        r"(?:(?:on|in|from|as\s+of)\s+(?P<when>(?:\d{1,2}\s+)?" + _MONTH_RX + r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+)?by\s+"),
        "after"),
    # "Y will hand over the role to X", "Y handed the reins to X", "Y will hand the chief executive
    # role to X" (probe19 Mercado Libre; the role named as in devset5 Siemens' "hand over the role
    # to"), "Y hands over to X"
    SuccessionCue("hand-over", re.compile(
        r"\b(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?)\s+(?:over\s+)?(?:the\s+(?:(?P<title>" + TITLES + r")\s+)?(?:role|job|post|position|reins|baton|top\s+job)|(?:his|her|their)\s+(?:role|job|post|position|duties)|(?=over\s+to\s))\s*(?:over\s+)?to\s+"),
        "after"),
    # "X succeeded Y", "X, succeeding Y", "X …, replacing Y", "X took over (as CFO) from Y",
    # "X, the successor to Y"
    SuccessionCue("succeeds", re.compile(
        r"\b(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|(?:took|takes|take|taking|has\s+taken|had\s+taken)\s+over"
        r"(?:\s+as\s+(?:the\s+)?(?:new\s+)?(?P<title>" + TITLES + r")|\s+(?:the|his|her)\s+(?:top\s+job|role|post|position|helm|reins|job))?"
        r"(?:\s+(?:in|on)\s+(?:\w+\s+){0,2}?(?:\d{1,2},?\s+)?(?:19|20)\d\d)?\s+from|(?:the\s+)?successor\s+(?:to|of))\s+"),
        "before"),
    # the new holder's arrival after the one replaced: "X took over as chairman after co-founder
    # Y" (probe5 SenseTime), "our CEO X, who joined in 2023 after Y" (probe16 Xero)
    SuccessionCue("arrived-after", re.compile(
        r"\b(?:joined|took\s+over|took\s+the\s+helm|arrived|stepped\s+in)(?:\s+as\s+(?:the\s+)?(?:new\s+)?(?P<title>" + TITLES + r"))?"
        r"(?:\s+(?:in|on)\s+(?:\w+\s+){0,2}?(?:\d{1,2},?\s+)?(?:19|20)\d\d)?\s+after\s+"),
        "before"),
)
GATE = ("succeed", "replac", "over", "successor", "hand", "pass", "down", "resigned", "retired", "after")

# words that may stand between the cue and a name: "succeeding co-founder X", "replacing
# long-time chief executive X"; (issue50p, rule honorific-after-cue) an honorific, no part of the name:
# "succeeding Mr. X" (probe36 03 GMO EDINET officers note, probe33 08b Automated Systems Boursa results,
# probe29 02 Moammar Tadawul results), "succeeds Mr. X" (probe32 01 Humanica SET MD&A)
_DESCRIPTOR = plain(r"(?:(?:co-?founder|founder|former|outgoing|retiring|long-?time|veteran|the)\s+)*(?:" + TITLES + r"\s+)?"
                    + HONORIFIC)
_NAME = plain(PERSON_NAME)
_SURNAME = plain(r"[A-Z][\w'’-]+")
_AUX = r"(?:(?:will|would|shall|is\s+to|are\s+to|to|is\s+set\s+to|is\s+expected\s+to|is\s+due\s+to)\s+)?"
_NAME_BEFORE = plain(rf"(?<![\w-])(?P<name>{PERSON_NAME})\s+{_AUX}$")
# a name given with initials: "C P Gurnani", "N. R. Narayana Murthy", "KC McClure" (probe7 Tech
# Mahindra, probe9 Accenture): after a succession cue only, where it cannot be a firm's acronym
_INITIALS_NAME = plain(r"(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?\b")
# an aside closing right before the cue: ", a former …,", ", who became CEO on May 6, 2025,"
_ASIDE_TAIL = plain(r",\s+(?:who|a|an|the|its|his|her|currently|formerly|previously|now)\b[^;]*?,\s*" + _AUX + "$")
_BECAME = plain(r"\b(?:became|becomes|was\s+named|was\s+appointed|named|appointed|took\s+over\s+as)\s+(?:the\s+|its\s+)?(?:new\s+|interim\s+|acting\s+)*(?P<title>" + TITLES + r")")
_PRONOUN_SUBJECT = plain(r"^\s*(?:He|She)\s+(?:(?:has|had|will|would|also|then|later)\s+){0,2}$")
_SURNAME_BEFORE = plain(r"(?<![\w-])(?P<sur>[A-Z][\w'’-]+)\s+" + _AUX + "$")
# the new holder's start is still to come: "X will succeed him", "Y would be succeeded by X",
# "with X to succeed him", "Y will hand over to X"
# (issue42m) the leaving verb before it, "Y will retire and be succeeded by X" (probe31 05 Extreme flash; "will
# step down and be replaced by", the same coordination of the leaving and the succession)
_FUTURE = plain(r"\b(?:will|would|shall|is\s+to|are\s+to|to|is\s+set\s+to|is\s+expected\s+to|is\s+due\s+to)\s+(?:(?:retire|step\s+down|leave|resign)\s+and\s+)?(?:be\s+)?$")
_PRONOUN_OBJECT = plain(r"(?:him|her)\b")
_NOT_FIRST = frozenset("The This That In On At For But And As After Before When While Under".split())
_AS_TITLE = plain(r"\bas\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|interim\s+|acting\s+)?(?P<title>" + TITLES + r"(?:\s+(?:and|&)\s+" + TITLES + r")?)(?:\s+of\s+)?")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SINCE = plain(rf"\b(?:in|on|from|since|effective|as\s+of)\s+(?P<when>{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:early|mid|late)[\s-](?:19|20)\d\d|(?:19|20)\d\d)\b")
_ASIDE_AFTER = plain(r",\s+(?:currently|formerly|previously|now|the|a|an|who)\b[^,;]{2,100},")
_CLAUSE_END = plain(r",(?!\s*(?:19|20)\d\d)|[;:]|\s(?:who|which|when|after|before|but|while)\s")
_RELATIVE = plain(r",\s+(?:who|which|a|an|the)\b[^,;]*,")


@dataclass(frozen=True)
class Person:
    """A person the recogniser found in the sentence."""
    start: int
    end: int
    label: str
    title: str | None = None


@dataclass(frozen=True)
class Succession:
    new_holder: Person
    predecessor: str         # the label of the person replaced
    title: str | None        # the role as stated in the sentence, if it states one
    title_of: str            # "new" / "old": whose mention or cue the title came from
    org_at: int | None       # where "<title> of ORG" names the organisation, if it does
    since: str | None        # when the new holder started, as stated ("February 2024")
    cue: str
    future: bool = False     # the sentence says the change is still to come


def _name_at(text: str, pos: int, people: list[Person], surnames: dict[str, str]) -> tuple[str, int, int] | None:
    """The person named at `pos` (after an optional descriptor): (label, start, end)."""
    d = _DESCRIPTOR.match(text, pos)
    at = d.end() if d else pos
    known = next((p for p in people if p.start == at), None)
    if known is not None:
        return known.label, known.start, known.end
    m = _NAME.match(text, at) or _INITIALS_NAME.match(text, at)
    if m and not NOT_PERSON_END.search(m.group()):
        return " ".join(m.group().split()), m.start(), m.end()
    s = _SURNAME.match(text, at)
    if s and s.group() in surnames:
        return surnames[s.group()], s.start(), s.end()
    return None


def _since(text: str, lo: int, cue: int, e: int) -> str | None:
    """When the new holder started: a date in the clause of the cue and the name after it
    ("took over from Y in February 2024"), else one between the new holder and the cue outside
    a relative clause ("X became CEO in November 2024, replacing Y"; not "X, who joined in 2019,")."""
    end = _CLAUSE_END.search(text, e)
    m = _SINCE.search(text, cue, end.start() if end else len(text))
    if m is None:
        m = _SINCE.search(_RELATIVE.sub(lambda r: " " * len(r.group()), text[lo:cue]))
    return m.group("when") if m else None


def find(text: str, people: list[Person], surnames: dict[str, str], last_person: str | None = None) -> list[Succession]:
    """The successions `text` states. `people` are the persons recognised in it (with the titles
    given beside them); `surnames` maps a surname already met in the document to its person;
    `last_person` is the person the sentences before named last ("She succeeds Y": that person)."""
    if not any(map(text.__contains__, GATE)):
        return []
    out: list[Succession] = []
    taken: list[tuple[int, int]] = []
    for rule in CUES:
        for m in rule.cue.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            after = _name_at(text, m.end(), people, surnames)
            before = [p for p in people if p.end <= m.start()]
            bare = False
            aside_title = None
            if rule.new_holder == "before" and before and _bare_before(text, m.start(), before[-1].end):
                before = []   # an untitled name closer to the cue than the titled one ("chairman Y would retire, with X to succeed him")
            if not before and rule.new_holder == "before":
                # an untitled name right before the cue ("Mara Lindqvist succeeded Tomas Berg as
                # CEO"), or before an aside that ends at the cue ("Lindqvist, a former Acme
                # executive, succeeded …", "Mara Lindqvist, who became CEO in May, succeeding …"):
                # a person only when the sentence states the role
                end = m.start()
                aside = _ASIDE_TAIL.search(text, 0, end)
                if aside is not None and not _NAME_BEFORE.search(text, 0, end):
                    bt = _BECAME.search(text, aside.start(), end)
                    aside_title = bt.group("title") if bt else None
                    end = aside.start()
                b = _NAME_BEFORE.search(text[:end] + " ", 0)
                sb = _SURNAME_BEFORE.search(text[:end] + " ", 0)
                pron = _PRONOUN_SUBJECT.search(text, 0, m.start())
                if pron and last_person:
                    before, bare = [Person(pron.start(), pron.end(), last_person, aside_title)], False
                elif b and not NOT_PERSON_END.search(b.group("name")) and b.group("name").split()[0] not in _NOT_FIRST:
                    before, bare = [Person(b.start("name"), b.end("name"), b.group("name"), aside_title)], True
                elif sb and sb.group("sur") in surnames:
                    # a person the document named in full before: no guess, so no title needed here
                    before, bare = [Person(sb.start("sur"), sb.end("sur"), surnames[sb.group("sur")], aside_title)], False
            if after is None and rule.new_holder == "before" and before and _PRONOUN_OBJECT.match(text, m.end()):
                # "X will succeed him as CFO": the person named before the new holder, else the
                # one the sentences before named last
                prev = _person_before(text, before[-1].start, people, before[-1].label) or last_person
                after = (prev, m.end(), m.end() + 3) if prev and prev != before[-1].label else None
                if after is not None and not before[-1].title and not m.groupdict().get("title"):
                    old_title = next((p.title for p in people if p.label == prev and p.title), None)
                    if old_title:
                        before = [Person(before[-1].start, before[-1].end, before[-1].label, old_title)]
            if not before and rule.new_holder == "after" and last_person:
                # "He was succeeded on <date> by X": the one replaced is the person the sentences
                # before named last (probe18 Seznam; "She will hand over to X")
                pron = _PRONOUN_SUBJECT.search(text, 0, m.start())
                if pron:
                    before = [Person(pron.start(), pron.end(), last_person)]
            if after is None or not before:
                continue
            near = before[-1]
            if re.search(r"[;]|\.\s", text[near.end:m.start()].replace("Co.", "Co")):
                continue
            label, s, e = after
            title = m.groupdict().get("title")
            title_of = "cue"
            if rule.new_holder == "before":
                new, old = near, label
                # "… succeeded Y as president and CEO", "named X …, as the new CEO of Z, replacing Y"
                as_m = _AS_TITLE.search(text, e, min(len(text), e + 60))
                if as_m is None or re.search(r"[,;]", text[e:as_m.start()]):
                    as_m = _AS_TITLE.search(text, near.end, m.start())
                title = title or (as_m.group("title") if as_m else None)
                org_at = as_m.end() if as_m and as_m.group(0).rstrip().endswith(" of") else None
                if not title and near.title:
                    title, title_of = near.title, "new"
                since = _since(text, near.end, m.start(), e)
            else:
                new, old = Person(s, e, label), near.label
                org_at = None
                if not title and near.title:
                    title, title_of = near.title, "old"
                # a date in the cue ("succeeded on 1 January 2025 by"), else after the new holder
                # and the aside that describes them ("to X, currently president of Y, on January 1, 2026")
                aside = _ASIDE_AFTER.match(text, e)
                since = m.groupdict().get("when") or _since(text, aside.end() if aside else e, aside.end() if aside else e, aside.end() if aside else e)
            if new.label == old or bare and not title:
                continue
            taken.append((m.start(), m.end()))
            out.append(Succession(new, old, title, title_of, org_at, since, rule.name,
                                  future=bool(_FUTURE.search(text, 0, m.start()))))
    if not out and _STEP_DOWN.search(text):
        out += _stepped_down(text, people, surnames)
    if not out:
        out += _successor_named(text, people, last_person)
    return out


def _bare_before(text: str, cue: int, after: int) -> bool:
    """Whether an untitled name stands right before the cue at `cue`, after offset `after`."""
    b = _NAME_BEFORE.search(text[:cue] + " ", 0)
    return bool(b and b.start("name") >= after and b.group("name").split()[0] not in _NOT_FIRST
                and not NOT_PERSON_END.search(b.group("name")))


def _person_before(text: str, pos: int, people: list[Person], not_label: str) -> str | None:
    """The person named last before `pos` (a recognised one, else a name), other than `not_label`."""
    known = [p for p in people if p.end <= pos and p.label != not_label]
    names = [m for m in _NAME.finditer(text, 0, pos) if m.group().split()[0] not in _NOT_FIRST
             and not NOT_PERSON_END.search(m.group()) and m.group() != not_label]
    if known and (not names or known[-1].end >= names[-1].end()):
        return known[-1].label
    return " ".join(names[-1].group().split()) if names else None


# "the board appointed X, currently head of finance, as his successor from January 1": the one
# succeeded is the person named before (in the sentence, else the one the sentences before named last)
# the same "his successor" said with a copula: "Y stepped down at the end of 2024. His successor
# is X, who came from …" (probe14 NICE podcast; the appointed form: probe8 Dell)
_SUCCESSOR = plain(rf"\b(?:appointed|named|picked|chose|selected|tapped|promoted)\s+(?P<name>{PERSON_NAME})(?:,[^,;]{{2,100}},)?\s+"
                        r"as\s+(?:his|her)\s+successor\b"
                        rf"|\b(?:[Hh]is|[Hh]er)\s+successor\s+(?:is|was|will\s+be|has\s+been)\s+(?P<name2>{PERSON_NAME})")


def _successor_named(text: str, people: list[Person], last_person: str | None) -> list[Succession]:
    m = _SUCCESSOR.search(text) if "successor" in text else None
    if m is None:
        return []
    g = "name" if m.group("name") else "name2"
    name = " ".join(m.group(g).split())
    if NOT_PERSON_END.search(name):
        return []
    known = next((p for p in people if p.start == m.start(g)), None)
    new = known or Person(m.start(g), m.end(g), name)
    old = _person_before(text, m.start(), people, new.label) or last_person
    if not old or old == new.label:
        return []
    since = _since(text, m.end(), m.end(), m.end())
    return [Succession(new, old, new.title, "new", None, since, "successor-named")]

# "Y stepped down in May, and the board appointed X as his successor", "X was named chief executive
# after Y stepped down": the one who left is named right before the step-down verb; the new holder
# is another person the sentence appoints, names to a title or calls the successor
_STEP_DOWN = plain(r"\b(?:stepped|steps|stepping|step)\s+down\b|\b(?:resigned|retired)\b")
_APPOINTED = plain(rf"\b(?:appointed|named|promoted|picked|chose|selected|tapped)\s+(?P<name>{PERSON_NAME})(?:,[^,;]{{2,100}},)?\s+as\s+"
                        r"(?:(?:his|her|their)\s+successor|(?:the\s+|its\s+)?(?:new\s+|interim\s+)?(?P<title>" + TITLES + r"))"
                        rf"|(?P<name2>{PERSON_NAME})\s+(?:was|has\s+been|had\s+been)\s+(?:named|appointed|promoted\s+to)\s+(?:the\s+)?(?:new\s+|interim\s+)?(?P<title2>" + TITLES + r")")


def _stepped_down(text: str, people: list[Person], surnames: dict[str, str]) -> list[Succession]:
    sd = _STEP_DOWN.search(text)
    # (the person and the verb: nothing between but the comma that closes an apposition, "our Chief
    # Operating Officer, Simon Cooper, has stepped down", probe12 NEXTDC call)
    left = [p for p in people if p.end <= sd.start() and (not re.search(r"[;,]|\band\b", text[p.end:sd.start()])
                                                          or re.fullmatch(r",\s+(?:has|had|have)\s+", text[p.end:sd.start()]))]
    b = _NAME_BEFORE.search(text, 0, sd.start())
    if left and b is not None and b.start("name") >= left[-1].end and not NOT_PERSON_END.search(b.group("name")) \
            and b.group("name").split()[0] not in _NOT_FIRST:
        left = []   # an untitled name closer to the step-down verb ("X was named CFO after Y resigned")
    if left:
        old = left[-1]
    else:
        aux = re.search(r",\s+(?:has|had|have)\s+$", text[:sd.start()])
        verb_at = aux.start() if aux else sd.start()
        b = _NAME_BEFORE.search(text[:verb_at] + " ", 0)
        if b is None or NOT_PERSON_END.search(b.group("name")) or b.group("name").split()[0] in _NOT_FIRST:
            s = _SURNAME_BEFORE.search(text, 0, sd.start())
            if s is None or s.group("sur") not in surnames:
                return []
            old = Person(s.start("sur"), s.end("sur"), surnames[s.group("sur")])
        else:
            old = Person(b.start("name"), b.end("name"), b.group("name"))
    a = _APPOINTED.search(text)
    if a is None:
        return []
    name, title = (a.group("name"), a.group("title")) if a.group("name") else (a.group("name2"), a.group("title2"))
    start = a.start("name") if a.group("name") else a.start("name2")
    known = next((p for p in people if p.start == start), None)
    new = known or Person(start, start + len(name), name)
    if new.label == old.label:
        return []
    title_of = "cue"
    if not title:
        title, title_of = (new.title, "new") if new.title else (old.title, "old")
    if not title:
        return []
    return [Succession(new, old.label, title, title_of, None, _since(text, new.end, sd.end(), sd.end()), "stepped-down")]


# An appointment that follows a departure: the one who left is the new holder's predecessor.
# Phrasings seen: the departure in the same sentence, "Following the departure of Y as Chief
# Executive Officer, the Board of Directors appointed X as Chief Executive Officer" (probe12 Soitec);
# in a sentence before, "President and CEO Y has informed the Board that he will step down. The Board
# has appointed X as President and CEO" (probe13 Tietoevry), "Y, CFO since 2022, will step down …
# appointed X as his successor" (probe8 Dell). Invented: "After the resignation of Ana Ruiz as CFO,
# the board appointed Tom Berg as CFO."
_DEPARTURE_OF = plain(rf"\b(?:[Ff]ollowing|[Aa]fter|[Uu]pon)\s+(?:the\s+)?(?:departure|resignation|retirement|exit|stepping\s+down)\s+of\s+"
                      rf"(?:(?:the\s+)?(?:former\s+|outgoing\s+)?(?:{TITLES})\s+)?(?P<name>{PERSON_NAME})(?:\s+as\s+(?P<title>{TITLES}))?")


def after_departure(text: str, leaving: dict[str, str], role: str, new_label: str, roles_of) -> str | None:
    """The predecessor of `new_label` appointed to `role` in `text`: the person whose departure
    the sentence names before the appointment (of the same role when it says which), else the one
    an earlier sentence said is leaving that role. `roles_of` normalises a title to its roles."""
    m = _DEPARTURE_OF.search(text) if "of" in text else None
    if m is not None:
        name = " ".join(m.group("name").split())
        if name != new_label and not NOT_PERSON_END.search(name) and (not m.group("title") or role in roles_of(m.group("title"))):
            return name
    old = leaving.get(role)
    return old if old and old != new_label else None
