"""Entity recognition in one sentence: gazetteer names plus patterns for names it lacks
(segments, model versions, people with titles, units named after their company).

Returns non-overlapping `Mention`s (longest wins). Offsets are into the sentence text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .descriptions import DESCRIPTION_NOUNS
from .gazetteer import Gazetteer, load
from .lead import lead
from .name_shapes import descriptor_compound
from .subjects import calendar_name
from ..pattern_cache import plain

# A capitalised name: "FinTech and Business Services", "Family of Apps", "All Others".
NAME = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
NAME_SEQ = rf"(?:{NAME})(?:\s+(?:and|of|&|for)\s+(?:{NAME})|\s+(?:{NAME}))*"
# lower-case letters of Latin names ("Wirén", "Müller"); a middle initial ("Ralf P. Thomas")
_LOW = "a-zß-öø-ÿā-ſơưḀ-ỿ"   # (Latin Extended-A too: "Dąbkowski", "Rzońca")
# (issue46p) and Latin Extended Additional with the horned "ơ", "ư", the letters of Vietnamese names: "Nguyễn Thanh
# Hà" (probe27 01 Digiworld, translated), "Trần Thu Hà", "Lê Quốc Bảo" (probe34 08b ITD HOSE letter), "Tô Mạnh
# Cường" (probe24 04 MobiFone decision)
# a surname may have a capital inside after a prefix ("McGill", "MacLeod", "DeSouza")
# lower-case particles before a surname ("José Vicente de los Mozos", "Juan Moscoso del Prado",
# "Ursula von der Leyen", "Frans van der Berg", "Khalid bin Salman", "Faisal al-Ibrahim"): part of
# the name, never its end (probe14 Indra wire, devset/corpus Iberian and Dutch executives)
NAME_PARTICLE = r"(?:de(?:\s+(?:los|las|la|l'))?|del|della|da|das|dos|du|di|van(?:\s+(?:der|den|de))?|von(?:\s+der)?|bin|binti)\s+"
# a capital with its Latin-1 accented forms ("Ángel", "Émile", "Øystein"); a title word is never
# a first name ("Co-founder Huang Chang is CTO": the person is Huang Chang)
_CAP = "A-ZÀ-ÖØ-ÞĐ"   # (issue46p) "Đ" opens Vietnamese names ("Đặng", "Đỗ")
_NOT_FIRST_NAME = r"(?!(?:Co-?founder|Co-?[Cc]hief|Founder|Chairman|Chairwoman|Chairperson|President|Chief|Head|Executive|Vice|Senior|Former|Interim|Acting|Group|Representative|Managing|Deputy|Director|Officer|By|Dr|Mr|Mrs|Ms|Prof)\b)"
_NAME_FIRST = rf"{_NOT_FIRST_NAME}[{_CAP}][{_LOW}]+(?:[-'][A-Za-z{_LOW}]+)?(?:\s+[A-Z]\.)?"
_NAME_NEXT = rf"(?:\s+(?:{NAME_PARTICLE})?(?:Ma?c|De|Di|La|Le|Van|O'|[ae]l-)?[{_CAP}][{_LOW}]+(?:[-'][A-Za-z{_LOW}]+)?)"
PERSON_NAME = rf"{_NAME_FIRST}{_NAME_NEXT}{{1,2}}"
# (issue50p, rule four-word-name) a name of four words where a layout bounds it, a line of its own
# naming a person and titles: an English first name before a Chinese-Malaysian name ("Aaron Tan Chee
# Wei – Group Managing Director", probe36 08 Frontken quote page's officers list), an Emirati name
# ("Hamad Obaid Al Ketbi, Chief Executive Officer", probe32 04 du DFM disclosure); in running prose
# the three-word grammar stays (a fourth capitalised word there is as often a place or a firm)
LONG_PERSON_NAME = rf"{_NAME_FIRST}{_NAME_NEXT}{{1,3}}"

# an honorific before a name, not part of it: "appointed Eng. Haithem X" (probe16 stc, probe19
# Elm minutes), "Ms. Renata X" (probe20 Serpro), "Mr. Zou X" (probe7 Kingsoft Cloud)
HONORIFIC = r"(?:(?:Eng|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
# a person named, with the honorific before the name: the group `name` (people_boards, people_committees)
NAMED_PERSON = rf"{HONORIFIC}(?P<name>{PERSON_NAME})"

# a name given with its initials first, after a title: "CFO R. Shankar Raman", "managing director
# K. Krithivasan", "Director S.N. Subrahmanyan" (Indian results stories: probe12 L&T, probe3 TCS);
# only beside a title, where the initials cannot be an abbreviation of a place or a firm
INITIALED_NAME = rf"(?:[A-Z]\.\s?){{1,3}}[A-Z][{_LOW}]{{2,}}(?:\s+[A-Z][{_LOW}]+){{0,2}}"

# the titles a person holds listed before the one read, that one last, maybe a group's:
# "X has been Representative Director, Senior Executive Officer and Group CEO since …" (probe12
# Advantest), "X — Representative Director, President and Group CEO, …" (probe11 Panasonic)
TITLE_LIST = r"(?:(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},\s+){0,3}[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+)?(?:Group\s+)?"

STOP_NAMES = {
    "The", "This", "That", "These", "Those", "Its", "Their", "Our", "Each", "Every", "A", "An",
    "In", "On", "At", "For", "But", "And", "Yet", "While", "Despite", "After", "Before", "As",
    "Q1", "Q2", "Q3", "Q4", "It", "He", "She", "They", "We", "Why", "What", "How", "Most",
    "Chinese", "American", "Cloud", "AI", "Another", "Both",
}

# a name ending like a company is not a person ("replacing Acme Systems")
NOT_PERSON_END = re.compile(r"(?:Inc|Corp|Corporation|Group|Holdings|Technologies|Systems|Labs|Networks|Electronics|"
                             r"Solutions|Services|Partners|Capital|Ventures|Investments|Fund|Bank|Motors|Cloud|AI|Research)$")

# The title grammar (issue30h): besides the fixed titles, a seniority word before a top title
# ("deputy CEO": probe16 Netcompany; the same slot as "vice" of "Vice Chairman", probe9 Bharti
# Airtel, probe17 Credicorp), "Chief <function> Officer" for any function ("Chief Sustainability
# Officer" probe20 atNorth, "Chief Investment Officer" probe20 Inspur, "Chief business officer"
# probe15 FuriosaAI, "chief people officer" probe17 CaixaBank) and the managers of a portfolio,
# or country. A "Group" before a title is the group's scope (kept out of TITLES: "Telstra
# Group CEO" names the company; read in apposition only, `appos_re`).
_CHIEF_ANY = r"[Cc]hief\s+(?:[A-Z][a-z]+|[a-z]{3,}|AI|HR|IT|ESG)(?:\s+(?:[A-Z][a-z]+|[a-z]{3,}))?\s+[Oo]fficer"
_DEPUTY = r"[Dd]eputy\s+(?:CEO|CFO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Cc]hair(?:man|woman|person)?|[Pp]resident|[Mm]anaging\s+[Dd]irector|[Gg]eneral\s+[Dd]irector)"
# (issue46p) "General Director", a Vietnamese company's chief executive (Tổng Giám đốc): "X, General Director (Tổng
# Giám đốc) of Digiworld" (probe27 01), "appointed Ms. X … as General Director" (probe34 08b ITD); its deputy
# ("Deputy General Director X", both documents) is the deputy's title, not the chief's
_MANAGER = r"(?:[Pp]ortfolio|[Cc]ountry)\s+[Mm]anager"   # (not "fund manager": "fund manager Acme Capital" names a firm)
TITLES = (
    rf"(?:{_DEPUTY}|"
    r"[Cc]hairman\s+and\s+(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO)|"
    r"[Cc]hief\s+(?:[Oo]perating|[Ff]inancial|[Ee]xecutive|[Tt]echnology)\s+and\s+(?:[Oo]perating|[Ff]inancial|[Tt]echnology)\s+[Oo]fficer|"
    r"[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Cc]hief\s+[Ff]inancial\s+[Oo]fficer|"
    r"[Cc]hief\s+[Oo]perating\s+[Oo]fficer|[Cc]hief\s+[Tt]echnology\s+[Oo]fficer|"
    r"[Cc]o-?[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Cc]o-CEO|[Cc]hief\s+[Ss]cientist|[Cc]hief\s+AI\s+[Oo]fficer|[Cc]hief\s+[Ss]trategy\s+[Oo]fficer|"
    r"CEO|CFO|COO|CTO|[Vv]ice[-\s][Cc]hair(?:man|woman|person)?|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hair|[Pp]resident|"
    r"(?:[Gg]roup\s+)?[Ff]inance\s+[Dd]irector|"
    r"[Cc]o-?founder|[Ff]ounder|[Hh]ead|[Mm]anaging\s+[Dd]irector|[Ee]xecutive\s+[Vv]ice\s+[Pp]resident|"
    r"[Ss]enior\s+[Vv]ice\s+[Pp]resident|[Vv]ice\s+[Pp]resident|[Gg]eneral\s+[Mm]anager|[Gg]eneral\s+[Dd]irector|[Cc]hief\s+[Ee]xecutive|"
    rf"{_CHIEF_ANY}|{_MANAGER})"
)

UNIT_WORDS = r"(?:Group|Labs?|Division|Unit|Cloud|Services|Research|Segment|Business|Logistics|Retail|Health|Music|Games|Mobility|Auto|Finance|Pay|Capital|Ventures|Commerce|Entertainment|Semiconductor|Foundry|Display)"
VARIANT_WORDS = {
    "Behemoth", "Maverick", "Scout", "Pro", "Max", "Plus", "Turbo", "Ultra", "Mini", "Nano",
    "Flash", "Lite", "Sonnet", "Opus", "Haiku", "Instruct", "Coder", "Omni", "VL", "Vision",
    "Reasoner", "Thinking", "Chat", "Base", "Audio", "Speech", "Math",
}


# Gates: text a pattern cannot match without (each group: at least one of its strings). The
# patterns are case-sensitive, so a substring test is exact; a failed gate skips the pattern.
_TITLE_WORDS = ("hief", "hair", "CEO", "CFO", "COO", "CTO", "resident", "ounder", "ead", "anaging", "eneral", "inance", "eputy", "anager")
_SEG_WORDS = ("segment", "unit", "division", "business")
_MODEL_WORDS = ("model", "LLM", "chatbot", "assistant", "agent", "copilot")
_GATES: dict[str, tuple[tuple[str, ...], ...]] = {
    "title_re": (_TITLE_WORDS,),
    "copula_re": (_TITLE_WORDS,),
    "heads_re": (("who",), (",",)),
    "named_re": (_TITLE_WORDS, ("named", "names", "appoint", "picked", "tapped", "elected", "promoted")),
    "appos_re": (_TITLE_WORDS, (",",)),
    "deepseek_re": (("DeepSeek-",),),
    "segment_res[0]": (_SEG_WORDS, ("that", "which"), (",",)),
    "segment_res[1]": (("segment", "division", "unit", "category"), ("“", '"')),
    "segment_res[2]": (("segment", "division", "business", "category"),),
    "segment_res[3]": (("segment",),),
    "segment_res[4]": (("category", "segment", "unit", "division", "bucket"),
                       ("called", "named", "known", "dubbed", "labelled", "labeled")),
    "segment_res[5]": (("which", "that"), (",",)),
    "segment_res[6]": (("home",), (",",)),
    "segment_res[7]": (_SEG_WORDS, ("(",)),
    "segment_res[8]": (("segment",),),
    "segment_res[9]": (("segment", "division"), (",",)),
    "segment_res[10]": (("segment",), ("report", "book", "record", "includ", "hous", "sit", "placed", "counted", "accounted")),
    "segment_lead_re": (("holds", "covers", "includes", "houses", "comprises", "contains", "consists",
                         "groups", "spans", "home"),),
    "model_generic_re": (("model",),),
    "model_appos_res[0]": (_MODEL_WORDS, (",",)),
    "model_appos_res[1]": (_MODEL_WORDS, (",",)),
    "model_appos_res[2]": (("family",), ("models",)),
    "assistant_re": (("assistant", "chatbot", "app"), (",",)),
}
_GATE_SETS = {name: tuple(frozenset(g) for g in groups) for name, groups in _GATES.items()}
_GATE_WORDS = tuple(sorted({w for groups in _GATES.values() for g in groups for w in g}))
_ALL_GATED = frozenset(_GATES)
_SEGMENT_RES = [f"segment_res[{i}]" for i in range(11)]
_MODEL_APPOS_RES = [f"model_appos_res[{i}]" for i in range(3)]
_RUNNABLE: dict[frozenset, frozenset] = {}
_NO_MATCHES: tuple = ()


@lru_cache(maxsize=4096)
def _alias_res(surface: str) -> tuple[re.Pattern, re.Pattern]:
    """The name alone, and the name followed by a unit word, as patterns (the reference
    for `_alias_matches`, which finds the same spans without compiling a pattern per name)."""
    return (re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])"),
            re.compile(rf"(?<![\w-]){re.escape(surface)}\s+(?:[A-Z][\w-]+\s+){{0,3}}{UNIT_WORDS}(?![\w-])"))


_WORD_CHAR = plain(r"[\w-]")
_UNIT_TAIL = plain(rf"\s+(?:[A-Z][\w-]+\s+){{0,3}}{UNIT_WORDS}(?![\w-])")


def _alias_matches(text: str, surface: str, unit: bool = False) -> list[tuple[int, int]]:
    """Spans of `surface` as a whole word in `text` (or, with `unit`, of `surface` followed by
    up to three capitalised words and a unit word), left to right, non-overlapping: what
    `_alias_res(surface)[unit].finditer(text)` finds, by `str.find` and two fixed patterns
    instead of two patterns compiled per name (compiling costs more than the search, and
    hundreds of one-off patterns evict the `re` module's cache)."""
    if not surface:
        return [m.span() for m in _alias_res(surface)[1 if unit else 0].finditer(text)]
    out: list[tuple[int, int]] = []
    n = len(surface)
    pos = 0
    while (i := text.find(surface, pos)) >= 0:
        end = -1
        if i == 0 or not _WORD_CHAR.match(text, i - 1):
            if unit:
                tail = _UNIT_TAIL.match(text, i + n)
                end = tail.end() if tail else -1
            elif not _WORD_CHAR.match(text, i + n):
                end = i + n
        if end >= 0:
            out.append((i, end))
            pos = end
        else:
            pos = i + 1
    return out


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str          # an EntityKind
    label: str         # canonical label
    text: str          # surface text
    family: str | None = None     # for AIModel: its family's label
    alias: str | None = None      # a parenthetical alias: "Pony Ma (Ma Huateng)"
    title: str | None = None      # for Person: the title in front of the name
    source: str = "gazetteer"


class Recogniser:
    """Compiled patterns over one gazetteer; `find(sentence)` returns mentions."""

    gated = True  # False runs every pattern (the tests compare both ways)

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._fixed_cache: dict[str, tuple[tuple[int, Mention], ...]] = {}
        names = sorted(gaz.names(), key=lambda x: (-len(x[0]), x[0]))
        self.by_surface = {n: e for n, e in names}
        self.by_surface_ci = {n.lower(): e for n, e in names if len(n) > 3}
        alts = "|".join(re.escape(n) for n, _ in names)
        self.gaz_re = lead(rf"(?<![\w-])(?:{alts})(?![\w-])")
        fam = [(n, e) for n, e in names if e.kind == "ModelFamily"]
        self.family_of = {n: e.label for n, e in fam}
        fam_alts = "|".join(re.escape(n) for n, _ in fam)
        self.model_re = lead(
            rf"(?<![\w-])(?P<fam>{fam_alts})(?P<rest>(?:[ -]?\d+(?:\.\d+)*[A-Za-z]?(?:-[A-Za-z0-9.]+)*"
            rf"|(?:-[A-Z0-9][A-Za-z0-9.]*)+))?(?P<var>\s(?:[A-Z][a-z]{{2,}}|VL|Pro|Max))?(?![\w])"
        )
        self.deepseek_re = lead(r"(?<![\w-])DeepSeek-[VR]\d(?:\.\d+)?(?:-[A-Za-z0-9]+)*")
        self.companies = [e.label for e in gaz.entries if e.kind == "Company"]
        comp_alts = "|".join(re.escape(n) for n, e in names if e.kind == "Company")
        self.company_unit_re = lead(
            rf"(?<![\w-])(?P<co>{comp_alts})\s+(?P<rest>(?:[A-Z][\w-]+\s+){{0,3}}{UNIT_WORDS})(?![\w-])")
        self.title_re = lead(
            rf"(?<![\w-])(?P<title>{TITLES}(?:\s+(?:and|&)\s+{TITLES})?)\s+{HONORIFIC}(?P<name>{PERSON_NAME}|{INITIALED_NAME})"
            rf"(?:\s*\((?P<alias>{PERSON_NAME})\))?")
        self.appos_re = re.compile(
            rf"(?<![\w-])(?P<name>{PERSON_NAME}|(?<![\w.])(?:[A-Z]\s){{1,2}}[A-Z][{_LOW}]{{3,}}),\s+(?:who\s+(?:is|remains)\s+(?:also\s+)?)?(?:the\s+|its\s+|our\s+|(?:executive|non-executive)\s+(?=[Cc]hair)|(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z]\w*(?:['’]s|s['’])\s+|the\s+company's\s+|the\s+group's\s+)?"
            # (issue43p) not a title the next name of a list holds: "by President Director X, Finance Director Y
            # and Director of Operations Z" (kindcheck33 02 Sarinadi; the "with CEO X and CFO Y" list of probe30 07 Elmos)
            rf"(?:[Gg]roup\s+)?(?P<title>{TITLES}(?:\s+(?:and|&)\s+{TITLES})?)\b(?!\s+{PERSON_NAME}(?:,|\s+and\b))")
        # a title of several words before another one, after an apposition: "X, President Director
        # and Chief Executive Officer of Y" (probe12 Indosat release, twice; the list shape of
        # TITLE_LIST: probe12 Advantest, probe11 Panasonic): the title read ("President") goes on
        # past its other words to the title coordinated with it
        self.title_tail_re = re.compile(rf"(?:\s+[A-Z][\w-]*){{1,3}}\s+(?:and|&)\s+(?:Group\s+)?(?P<t2>{TITLES})\b")
        self.copula_re = re.compile(
            rf"(?<![\w-])(?P<name>{PERSON_NAME})\s+(?:is|was|has\s+been|became|becomes|remains|serves\s+as|has\s+served\s+as|will\s+become|"
            rf"(?:was|has\s+been)\s+(?:appointed|named)(?:\s+as)?)\s+(?:still\s+|also\s+|now\s+)?"
            rf"(?:the\s+|a\s+)?(?:(?P<org>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,2}})(?:'s|’s)\s+)?(?:new\s+|current\s+|former\s+|interim\s+|acting\s+)?"
            rf"{TITLE_LIST}(?P<title>{TITLES}(?:\s+(?:and|&)\s+{TITLES})?)\b")
        # "SK Group named X, an executive from …, as the new chief executive of Y", "appointed X as CFO"
        self.named_re = re.compile(
            rf"\b(?:named|names|appointed|appoints|picked|tapped|elected|promoted)\s+{HONORIFIC}(?P<name>{PERSON_NAME})(?:,[^,;]{{2,90}},)?\s+"
            rf"(?:as\s+|to\s+(?:be\s+)?)(?:its\s+|the\s+|their\s+)?(?:new\s+|next\s+|interim\s+|acting\s+)?(?P<title>{TITLES})\b")
        self.heads_re = re.compile(rf"(?<![\w-])(?P<name>{PERSON_NAME}),\s+who\s+(?:heads|leads|runs|oversees|manages)\s+")
        self.segment_res = [
            re.compile(rf"^(?P<name>{NAME_SEQ}),\s+(?:the|a|its|an)\s+(?:[\w-]+\s+){{0,3}}?(?:segment|unit|division|business)\s+(?:that|which)\b"),
            re.compile(rf"[“\"](?P<name>{NAME_SEQ})[.,]?[”\"]\s+(?:reporting\s+|business\s+)?(?:segment|division|unit|category)\b"),
            lead(rf"(?:(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<='s\s)|(?<=’s\s))(?P<name>{NAME_SEQ})\s+(?:reporting\s+|business\s+|operating\s+)?(?:segment|division|business\s+unit|category)\b"),
            re.compile(r"(?:(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s))(?P<name>(?!cloud\b|reporting\b|core\b|main\b|largest\b|biggest\b)[a-z][\w-]*(?:,?\s+(?:and\s+)?(?:AI|[a-z][\w-]*)){1,7})\s+segment\b"),
            re.compile(rf"\b(?:category|segment|unit|division|bucket)\s+(?:called|named|known\s+as|dubbed|labelled|labeled)\s+[“\"]?(?P<name>{NAME_SEQ})"),
            re.compile(rf"^(?P<name>{NAME_SEQ}),\s+(?:which|that)\s+(?:covers|includes|houses|comprises|contains|holds|groups|encompasses|spans|is\s+home\s+to|also\s+(?:houses|includes|covers))\b"),
            re.compile(rf"^(?P<name>{NAME_SEQ}),\s+home\s+to\b"),
            lead(rf"(?:(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s))(?P<name>{NAME_SEQ})\s+\((?P<abbr>[A-Z]{{2,6}})\)\s+(?:segment|division|unit|business)\b"),
            re.compile(rf"(?<=\b[Tt]he\s)(?P<name>(?!same\b|largest\b|biggest\b|main\b|core\b|new\b|other\b|whole\b|entire\b|operating\b|reporting\b|business\b|fastest\b|smallest\b|first\b|second\b|third\b|cloud\b|{DESCRIPTION_NOUNS}\b)[a-z][a-z-]{{3,}})\s+segment\b"),
            # "Financial services, Infosys's biggest reporting segment at 27.9% of revenue, …"
            re.compile(r"^(?P<name>[A-Z][\w&'’-]*(?:\s+(?!the\b|a\b|an\b|its\b|in\b|on\b|at\b)(?:and\s+|&\s+)?[A-Za-z][\w&'’-]*){0,4}?),\s+"
                            r"(?:[A-Z][\w.&-]*(?:'s|’s)|the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:reporting\s+|operating\s+|business\s+)?(?:segment|division)\b"),
            # "… is reported in the cloud computing segment, whose revenue …" (a reporting verb:
            # "growth in the cloud computing segment" is a market, not a segment)
            re.compile(r"\b(?:reported|booked|recorded|included|housed|sits|sit|placed|counted|accounted\s+for|reports|books)\s+(?:in|within|under|inside)\s+the\s+(?P<name>(?!same\b|largest\b|biggest\b|main\b|core\b|new\b|other\b|whole\b|entire\b|operating\b|reporting\b|business\b|fastest\b|smallest\b|first\b|second\b|third\b|company\b|group\b)[a-z][a-z-]{2,}(?:\s+(?:and\s+)?[a-z][a-z-]{2,}){1,3})\s+segment\b"),
        ]
        self.segment_lead_re = re.compile(
            rf"^(?P<name>{NAME_SEQ})\s+(?:holds|covers|includes|houses|comprises|contains|consists\s+of|groups|spans|is\s+home\s+to)\b")
        self.the_segment_re = re.compile(rf"^The\s+(?P<name>{NAME_SEQ})\s+(?:segment|division)\b")
        # a sentence opened by a unit named by a common noun and its unit word, whose contents a
        # relative clause lists: "The platform division, which includes … advertising, generated …"
        # (probe6 p6_05, Kakao), "The digital portfolio, which includes next-gen connectivity, cloud
        # and security …, grew 14%" (probe11 p11-05, Tata Communications wire)
        self.named_by_contents_re = re.compile(
            r"^The\s+(?P<name>(?!same\b|largest\b|biggest\b|main\b|core\b|new\b|other\b|whole\b|entire\b|company\b|group\b)"
            r"[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?\s+(?:portfolio|division|segment|unit|business))"
            r",\s+(?:which|that)\s+(?:also\s+)?(?:includes|covers|comprises|spans|houses|holds|contains)\b")
        # a sentence opened by a unit's name and its unit word with no article, over the unit's own
        # measure or verb: "Services segment revenue decreased 2% to …" (probe11 p11-01, Temenos
        # MD&A), "Energy segment operating profit was …" (probe11 p11-03, Panasonic call),
        # "Digital Media segment revenue: $…" (probe10 p10-01, Adobe release)
        self.bare_segment_re = re.compile(
            rf"^(?:[-•*]\s+)?(?P<name>{NAME_SEQ})\s+(?:segment|division)\s+(?=(?:revenues?|sales|operating|profit|income|"
            rf"earnings|margin|EBITDA|EBIT|bookings|grew|rose|fell|declined|increased|decreased|was|were|posted|reported)\b)")
        self.model_generic_re = lead(
            rf"\b(?:its|their|the)\s+(?:new\s+|latest\s+|flagship\s+|open-source\s+|in-house\s+|own\s+)*"
            rf"(?P<name>[A-Z][A-Za-z0-9]+(?:[- ][A-Z0-9][A-Za-z0-9.]*)?)\s+(?:foundation|large\s+language|language|reasoning|multimodal|frontier|video|image)\s+models?\b")
        MODEL_NAME = r"[A-Z][\w-]*(?:[ -](?:[A-Z0-9][\w.-]*))?"
        self.model_appos_res = [
            re.compile(rf"\b(?:model|LLM|chatbot|assistant|agent)\s*,\s+(?P<name>{MODEL_NAME})(?=\s*[,.;)]|\s+(?:for|which|that|to)\b)"),
            re.compile(rf"(?P<name>{MODEL_NAME}),\s+(?:a|an|the|its|their|the\s+company's|the\s+group's|[A-Z][\w.&-]*(?:'s|’s))\s+(?:[\w-]+\s+){{0,4}}?(?:model|LLM|chatbot|AI\s+assistant|assistant|AI\s+agent|copilot)s?\b"),
            re.compile(rf"(?P<name>{MODEL_NAME})\s+family\s+of\s+(?:[\w-]+\s+){{0,3}}models\b"),
        ]
        assert len(self.segment_res) == len(_SEGMENT_RES) and len(self.model_appos_res) == len(_MODEL_APPOS_RES)
        self.assistant_re = re.compile(
            rf"(?P<name>[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)?),\s+(?:its|their|the\s+company's|the\s+group's)\s+(?:[\w-]+\s+){{0,3}}(?:assistant|chatbot|app)\b")

    # ------------------------------------------------------------------
    def find(self, text: str, doc_aliases: dict[str, tuple[str, str]] | None = None,
             segment_doc: bool = False) -> list[Mention]:
        # (priority, mention); lower priority wins ties
        cands: list[tuple[int, Mention]] = self.segment_leads(text) if segment_doc else []
        m = self.named_by_contents_re.match(text) if ", which" in text or ", that" in text else None
        if m is not None:  # "The digital portfolio, which includes …" (in any article: its contents say it is a unit)
            name = m.group("name")
            cands.append((1, Mention(m.start("name"), m.end("name"), "Segment", name, name, source="segment-lead")))
        fixed = self._fixed_cache.get(text)
        if fixed is None:
            if len(self._fixed_cache) >= 8192:   # (sentences: values._CACHE_SIZE)
                self._fixed_cache.clear()
            fixed = self._fixed_cache[text] = tuple(self._fixed(text))
        cands.extend(fixed)
        if doc_aliases:
            for surface, (kind, label) in doc_aliases.items():
                if surface not in text:
                    continue
                if kind == "Company":  # "Kestrel Cloud": a unit named after a company the gazetteer lacks
                    for s, e in _alias_matches(text, surface, unit=True):
                        full = text[s:e]
                        if " ".join(full.split()) in doc_aliases:
                            continue
                        cands.append((1, Mention(s, e, "Segment", " ".join(full.split()), full,
                                                 family=label, source="company-unit")))
                for s, e in _alias_matches(text, surface):
                    cands.append((4, Mention(s, e, kind, label, surface, source="doc-alias")))
        return _resolve_overlaps(cands)

    def segment_leads(self, text: str) -> list[tuple[int, Mention]]:
        """Segments leading a sentence ("Compute & Networking holds …"), which `find` looks for
        in an article that talks about segments."""
        cands = []
        if "segment" in text or "division" in text:
            # "The Business Services segment, which covers …, earned …" (probe9 g04), "The Mobile
            # segment, which includes …, posted …" (probe6 p6_04), "The New Businesses segment,
            # which houses …" (tests/data/probe p03): the unit the sentence opens with
            m = self.the_segment_re.match(text)
            if m is None:
                m = self.bare_segment_re.match(text)
                if m is not None and re.search(r"['’]s\s", m.group("name")):
                    m = None   # "Velmora Group's Nordic Cloud segment …": the owner's possessive, read elsewhere
            if m is not None and m.group("name").split()[0] not in STOP_NAMES:
                name = m.group("name")
                e = self.by_surface.get(name)
                if e is None or e.kind == "Segment":
                    cands.append((1, Mention(m.start("name"), m.end("name"), "Segment", e.label if e else name, name,
                                             source="segment-lead")))
        if self.gated and not any(map(text.__contains__, _GATES["segment_lead_re"][0])):
            return cands
        for m in self.segment_lead_re.finditer(text):
            name = m.group("name")
            e = self.by_surface.get(name)
            if name.split()[0] in STOP_NAMES or (e is not None and e.kind != "Segment"):
                continue
            cands.append((1, Mention(0, len(name), "Segment", e.label if e else name, name, source="segment-lead")))
        return cands

    def clear_cache(self) -> None:
        """Forget the per-sentence matches `find` keeps (the pipeline does so per document)."""
        self._fixed_cache.clear()

    def _runnable(self, text: str) -> frozenset[str]:
        """The names (keys of _GATES) of the patterns `text` has the words for."""
        if not self.gated:
            return _ALL_GATED
        present = frozenset(filter(text.__contains__, _GATE_WORDS))
        run = _RUNNABLE.get(present)
        if run is None:  # few distinct sets of gate words occur: remember each one's answer
            if len(_RUNNABLE) >= 4096:
                _RUNNABLE.clear()
            run = _RUNNABLE[present] = frozenset(
                name for name, groups in _GATE_SETS.items() if all(not present.isdisjoint(g) for g in groups))
        return run

    def _fixed(self, text: str) -> list[tuple[int, Mention]]:
        """Candidates from the patterns that depend on the sentence alone (not on the
        document's aliases): the pipeline asks for a sentence twice, so `find` caches them."""
        cands: list[tuple[int, Mention]] = []
        run = self._runnable(text)
        for m in self.title_re.finditer(text) if "title_re" in run else _NO_MATCHES:
            name = m.group("name")
            e = self.by_surface.get(name)
            label = e.label if e and e.kind == "Person" else name
            cands.append((0, Mention(m.start("name"), m.end("alias") if m.group("alias") else m.end("name"),
                                     "Person", label, name, alias=m.group("alias"),
                                     title=m.group("title"), source="title")))
        # people beside a title: "X became CEO", "named X as the new CEO", "X, who heads Y"
        for gate, rx, prio, source in (("copula_re", self.copula_re, 0, "copula"), ("named_re", self.named_re, 0, "named"),
                                       ("heads_re", self.heads_re, 1, "who-heads")):
            for m in rx.finditer(text) if gate in run else _NO_MATCHES:
                name = m.group("name")
                e = self.by_surface.get(name)
                if name.split()[0] in STOP_NAMES or (e and e.kind != "Person"):
                    continue
                cands.append((prio, Mention(m.start("name"), m.end("name"), "Person", e.label if e else name, name,
                                            title=m.groupdict().get("title") or "head", source=source)))
        for m in self.appos_re.finditer(text) if "appos_re" in run else _NO_MATCHES:
            name = m.group("name")
            if name.split()[0] in STOP_NAMES:
                continue
            e = self.by_surface.get(name)
            if e and e.kind != "Person":
                continue
            label = e.label if e else name
            title = m.group("title")
            if (tail := self.title_tail_re.match(text, m.end("title"))) is not None and " and " not in title:
                title = f"{title} and {tail.group('t2')}"
            cands.append((1, Mention(m.start("name"), m.end("name"), "Person", label, name,
                                     title=title, source="apposition")))
        for m in self.deepseek_re.finditer(text) if "deepseek_re" in run else _NO_MATCHES:
            cands.append((0, Mention(m.start(), m.end(), "AIModel", m.group(0), m.group(0),
                                     family="DeepSeek", source="model")))
        for m in self.model_re.finditer(text):
            fam = self.family_of[m.group("fam")]
            rest, var = m.group("rest") or "", m.group("var") or ""
            if var and (var.strip() not in VARIANT_WORDS and not rest):
                var = ""
            if var and var.strip() not in VARIANT_WORDS and not re.match(r"[ -]?\d", rest):
                var = ""
            end = m.end("var") if var else (m.end("rest") if rest else m.end("fam"))
            surface = text[m.start():end]
            if not rest and not var:
                if m.group("fam") == fam or self.by_surface.get(m.group("fam")) is not None and fam == m.group("fam"):
                    cands.append((2, Mention(m.start(), end, "ModelFamily", fam, surface, source="model")))
                elif m.group("fam") in ("QwQ", "QVQ"):
                    cands.append((2, Mention(m.start(), end, "AIModel", surface, surface, family=fam, source="model")))
                else:
                    cands.append((2, Mention(m.start(), end, "ModelFamily", fam, surface, source="model")))
                continue
            label = " ".join(surface.split())
            cands.append((0, Mention(m.start(), end, "AIModel", label, surface, family=fam, source="model")))
        for m in self.company_unit_re.finditer(text):
            full = " ".join(m.group(0).split())
            e = self.by_surface.get(full)
            if e is not None:
                continue  # the gazetteer knows it; let that match win
            co = self.by_surface[m.group("co")]
            rest = m.group("rest")
            if rest.split()[-1] in ("Services",) and len(rest.split()) == 1:
                continue
            cands.append((1, Mention(m.start(), m.end(), "Segment", full, m.group(0),
                                     family=co.label, source="company-unit")))
        for i, rx in enumerate(self.segment_res):
            for m in rx.finditer(text) if _SEGMENT_RES[i] in run else _NO_MATCHES:
                name = m.group("name").strip(" .,")
                first = name.split()[0]
                if first in STOP_NAMES and name not in ("All Others",) and not name.startswith("All "):
                    continue
                if descriptor_compound(name):
                    continue   # name_shapes rule descriptor-compound: "its IT-management division"
                e = self.by_surface.get(name)
                explicit = re.match(r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:segment|division)\b", text[m.start("name") + len(name):])
                if e is not None and e.kind in ("Company", "Country", "Person", "ModelFamily") and not explicit:
                    continue
                label = e.label if e is not None and e.kind == "Segment" else name
                abbr = m.groupdict().get("abbr")
                cands.append((1, Mention(m.start("name"), m.start("name") + len(name), "Segment",
                                         label, name, alias=abbr, source=f"segment{i}")))
        for m in self.model_generic_re.finditer(text) if "model_generic_re" in run else _NO_MATCHES:
            name = m.group("name")
            if name in STOP_NAMES or self.by_surface.get(name) is not None:
                continue
            cands.append((3, Mention(m.start("name"), m.end("name"), "AIModel", name, name,
                                     source="generic-model")))
        for i, rx in enumerate(self.model_appos_res):
            for m in rx.finditer(text) if _MODEL_APPOS_RES[i] in run else _NO_MATCHES:
                name = m.group("name").strip()
                if name.split()[0] in STOP_NAMES or len(name) < 2:
                    continue
                e = self.by_surface.get(name)
                if e is not None and e.kind not in ("ModelFamily",):
                    continue
                kind = "ModelFamily" if i == 2 else "AIModel"
                cands.append((1, Mention(m.start("name"), m.start("name") + len(name), kind, e.label if e else name,
                                         name, source="model-apposition")))
        for m in self.assistant_re.finditer(text) if "assistant_re" in run else _NO_MATCHES:
            name = m.group("name")
            if name in STOP_NAMES:
                continue
            e = self.by_surface.get(name)
            if e is not None and e.kind not in ("ModelFamily",):
                continue
            label = e.label if e else name
            cands.append((1, Mention(m.start("name"), m.end("name"), "AIModel", label, name,
                                     source="assistant")))
        for m in self.gaz_re.finditer(text):
            e = self.by_surface[m.group(0)]
            if e.kind == "ModelFamily":
                continue  # handled by model_re (which also sees versions)
            cands.append((2, Mention(m.start(), m.end(), e.kind, e.label, m.group(0))))
        return _joined_titles(cands)


def _joined_titles(cands: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """One person named with two titles by two patterns ("Co-founder Huang Chang is chief
    technology officer": a title before the name and a copula after it) keeps both."""
    spans: dict[tuple[int, int], list[int]] = {}
    for i, (_, m) in enumerate(cands):
        if m.kind == "Person" and m.title:
            spans.setdefault((m.start, m.end), []).append(i)
    for idx in spans.values():
        titles = list(dict.fromkeys(cands[i][1].title for i in idx))
        if len(titles) > 1:
            for i in idx:
                cands[i] = (cands[i][0], replace(cands[i][1], title=" and ".join(titles)))
    return cands


def _resolve_overlaps(cands: list[tuple[int, Mention]]) -> list[Mention]:
    chosen: list[Mention] = []
    for _, m in sorted(cands, key=lambda c: (-(c[1].end - c[1].start), c[0], c[1].start)):
        if calendar_name(m.text):
            continue  # "released in July, a mixture-of-experts model …": a month names no model or company
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


@lru_cache(maxsize=2)
def recogniser(path: str | None = None) -> Recogniser:
    return Recogniser(load(path))
