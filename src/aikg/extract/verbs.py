"""The verb lexicon: which words state which relation, as named data records (spaCy-ruler style).

A relation is read from a clause as (subject, verb, object): the verb (or the phrase standing for
it: "is due to", "completed the acquisition of", "took over from") is normalised here to one
relation name, and the record says which side of the verb each role sits on and what entity
kinds may fill the object. Each record carries examples in our own words; `tests/test_verbs.py`
checks that every example is found by its own record (and by no record of another relation), so
a record cannot silently stop matching.

One registry (`LEXICON`), one compiled pattern per relation; the readers (`reasons.py`,
`products.py`) ask it for the senses found in a clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class VerbSense:
    """One way of stating a relation.

    relation: the normalised relation ("reason", "launch", "develop", "host").
    name: this phrasing's name (for tracing which record fired).
    trigger: the regex of the verb phrase (matched case-insensitively, on word boundaries).
    object_side: where the relation's object is named: "after" the trigger (active voice,
      "X launched Y") or "before" it (passive or participle: "Y, launched by X", "Y was driven by").
      For a reason the object is the cause: "after" ("the fall was due to <cause>"), "before"
      ("<cause> weighed on margins") or "inside" ("X attributed <change> to <cause>": the change
      sits inside the trigger, the cause after it).
    object_kinds: the entity kinds the object may be (empty: free text, as a reason's cause).
    examples: sentences of our own in which the record must find its trigger.
    """
    relation: str
    name: str
    trigger: str
    object_side: str = "after"
    object_kinds: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # documents of different sources the phrasing was met in (seen sets)


_ADV = r"(?:(?:mainly|mostly|largely|primarily|partly|partially|chiefly|principally|in\s+part|in\s+large\s+part)\s+)?"
_THINGS = ("Product", "AIModel", "ModelFamily", "Application", "Project")

LEXICON: tuple[VerbSense, ...] = (
    # --- reasons: the cause of a change ("the subject's change" VERB "the cause")
    VerbSense("reason", "driven-by", rf"(?:was\s+|were\s+|is\s+|are\s+)?(?:driven|fuel(?:l)?ed|boosted|lifted|propelled|supported|helped|caused)\s+{_ADV}by",
              examples=("The jump in bookings was driven largely by two large public-sector contracts.",
                        "Sales growth, boosted by a weaker currency, beat forecasts.",
                        "The fall in profit was caused mainly by a one-off charge."),
              sources=("probe5/02_qualcomm_fq4_2025.txt (caused by)", "probe5/06_sktelecom_q3_2025.md (caused mainly by)")),
    VerbSense("reason", "weighed-by", rf"(?:was\s+|were\s+)?(?:weighed\s+(?:down\s+|on\s+)?|hurt\s+|hit\s+|dragged\s+(?:down\s+)?|held\s+back\s+){_ADV}by",
              examples=("Margins were weighed down by higher memory prices.",
                        "The unit's profit was hit by a one-off write-down.")),
    VerbSense("reason", "due-to", rf"(?:was\s+|were\s+|is\s+|are\s+)?{_ADV}(?:due\s+to|owing\s+to|attributed\s+to|thanks\s+to)",
              examples=("The drop in profit was chiefly due to a one-off tax charge.",
                        "Net income slipped 3%, owing to weaker demand in Europe.")),
    VerbSense("reason", "because-of", rf"{_ADV}(?:because\s+of|as\s+a\s+result\s+of|on\s+the\s+back\s+of|citing)",
              examples=("Operating profit fell because of a restructuring charge.",
                        "Revenue rose 12% on the back of strong cloud demand.",
                        "The group trimmed its forecast, citing a weaker yen.")),
    VerbSense("reason", "reflect", r"(?:largely\s+|mainly\s+|mostly\s+|partly\s+)?reflect(?:s|ed|ing)?",
              examples=("The improvement reflects lower component costs and a richer product mix.",
                        "The cut to the outlook reflected slower orders from carmakers.")),
    VerbSense("reason", "result-from", rf"(?:result(?:s|ed)?|stem(?:s|med)?|came|comes|arose|arises)\s+{_ADV}from",
              examples=("The loss resulted mainly from impairments on two acquisitions.",
                        "Most of the increase came from higher prices for data-centre chips.")),

    # a change linked to its cause by a conjunction or preposition: they also join clauses that
    # give no cause ("as well as", "amid" a list, "after" a date), so `reasons.py` needs a change
    # of direction just before them and a cause that is not a time
    VerbSense("reason", "as-clause", r"as(?!\s+(?:the|a)\s+(?:\w+\s+)?reasons?\b)(?=\s+(?:the\s+|its\s+|their\s+|some\s+|many\s+|more\s+|fewer\s+)?[a-z])",
              examples=("Operating profit rose 15% as advertising sales recovered.",
                        "Shares slipped 3% as investors worried about the spending plan."),
              sources=("probe6/p6_05_kakao.md", "probe6/p6_08_nebius.txt", "probe9/g02_accenture_fy25q3.txt")),
    VerbSense("reason", "amid", r"amid(?:st)?",
              examples=("Orders fell 4% amid weaker spending by carmakers.",
                        "The group cut its outlook amid slowing demand in China."),
              sources=("probe9/g02_accenture_fy25q3.txt", "probe6/p6_07_zhipu.txt")),
    VerbSense("reason", "after", r"after",
              examples=("Shares jumped 9% after the announcement.",
                        "The stock fell sharply after the company cut its forecast."),
              sources=("probe7/p7_08_ovhcloud_fy2025.html", "corpus/000_306cdfddfcaa6270.txt")),
    # "Analysts attributed the drop at the unit to …": the change inside, the cause after "to"
    VerbSense("reason", "attributed", rf"attribut(?:ed|es|e)\s+(?!to\b)(?:(?!\bto\b)[^.;:]){{2,90}}?\s+{_ADV}to",
              object_side="inside",
              examples=("The finance chief attributed the jump in margin mainly to lower chip prices.",
                        "Analysts attribute the slowdown at the games unit to fewer new titles."),
              sources=("probe3/r04_sony.txt", "probe3/r05_naver.txt", "probe6/p6_01_palantir_q3_2025.txt",
                       "probe6/p6_03_arm_analyst_note.txt", "probe9/g07_sea_shopee_q2_2025.txt", "probe9/g08_netease_q2_2025.txt")),
    # "<cause> drove / weighed on / lifted <measure>": the cause is the verb's subject
    VerbSense("reason", "cause-drove", r"(?:drove|drives|weighed\s+on|weighs\s+on|weighing\s+on|dragged\s+down|drags\s+down|lifted|lifts|boosted|boosts|hurt|hurts)(?!\s+(?:by|its\s+(?:forecast|outlook|guidance|target)s?)\b)",
              object_side="before",
              examples=("Higher memory prices weighed on margins in the quarter.",
                        "Strong demand for cloud services drove revenue growth at the unit."),
              sources=("probe6/p6_02_capgemini_h1_2025.txt", "dev_docs/d01_tencent_q2_2025.txt")),
    # "<cause> was the main reason for <change>", "cited <cause> as the reason for <change>"
    VerbSense("reason", "reason-for", r"(?:(?:is|was|were|are)\s+(?:the|a|one\s+of\s+the)\s+|as\s+(?:the|a)\s+)(?:(?:main|chief|key|biggest|primary|major|principal)\s+)?reasons?\s+(?:for|behind)",
              object_side="before",
              examples=("Weak PC demand was the main reason for the decline in chip sales.",
                        "The carrier cited delays in the network build-out as the reason for the later target."),
              sources=("probe6/p6_04_rakuten_symphony.html", "probe7/p7_02_orange_business.txt")),

    # --- products: who launches, develops or only hosts a product, model or chip
    VerbSense("launch", "launch", r"launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing|e)|releas(?:ed|es|ing|e)|debut(?:ed|s)?|"
              r"roll(?:ed|s)?\s+out|rolling\s+out|began\s+shipping|start(?:ed)?\s+shipping",
              object_kinds=_THINGS, examples=("Pellucid Labs unveiled its Quarry 3 vision model on Monday.",
                                              "The Tessel X2 chip, introduced in May, ships in phones this year.")),
    VerbSense("develop", "develop", r"(?:co-?)?develop(?:ed|s|ing)?|buil(?:t|ds?|ding)(?!\s+(?:on|around|upon|into|with)\b)|train(?:ed|s|ing)|design(?:ed|s|ing)|creat(?:ed|es|ing)|open-sourc(?:ed|es|ing)",
              object_kinds=_THINGS, examples=("Its research arm developed Harrow, a Welsh-language model.",
                                              "The firm will keep building its own language model, Quill.")),
    VerbSense("host", "host", r"host(?:s|ed|ing)|offer(?:s|ed|ing)|gives?\s+(?:\w+\s+){0,2}access\s+to|giving\s+(?:\w+\s+){0,2}access\s+to|"
              r"provid(?:es|ed|ing)\s+access\s+to|resell(?:s|ing)?|distribut(?:es|ed|ing)|such\s+as|alongside|serv(?:es|ed|ing)\s+up",
              object_kinds=_THINGS,
              examples=("The cloud hosts third-party models such as Orca 2 and Pike 7.",
                        "Its marketplace gives customers access to open models, including Wren 1.")),
    # --- partners: a company the subject works with (the partner named after "with")
    VerbSense("partner", "partnership", r"(?:partnership|partnered|partners|partnering|teamed\s+up|joint\s+venture|alliance|collaboration|collaborat(?:es|ed|ing))\s+with",
              object_kinds=("Company", "Organization", "Segment"),
              examples=("Pellucid Labs teamed up with Corvane to sell its scanners in Japan.",
                        "The bank announced a collaboration with Harrow Systems on fraud models.")),
    VerbSense("partner", "agreement", r"(?:signed|signs|struck|strikes|reached|inked|has|have|entered\s+into|announced)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:agreement|pact|memorandum\s+of\s+understanding|MoU|alliance|partnership)\s+with|agreed\s+with",
              object_kinds=("Company", "Organization", "Segment"),
              examples=("Corvane signed a five-year licensing agreement with Pellucid Labs.",
                        "The insurer has a framework pact with Harrow Systems for claims software.",
                        "The group separately agreed with Pellucid to build two data centres.")),
    # --- hardware: what a system, model or project runs on
    VerbSense("hardware", "powered-by", r"powered\s+by|built\s+(?:on|around|with)|runs\s+on|running\s+on|equipped\s+with|based\s+on|trained\s+on",
              object_kinds=("Product",), examples=("The cluster runs on 4,000 Tessel X2 accelerators.",
                                                   "Its new supercomputer is built around Corvane K9 chips.")),
    VerbSense("hardware", "using", r"using|uses|deploy(?:s|ed|ing)|adopt(?:s|ed|ing)",
              object_kinds=("Product",), examples=("The lab will train its models using Tessel X2 GPUs.",
                                                   "The insurer deploys Corvane K9 servers in two data centres.")),
)

RELATIONS = tuple(dict.fromkeys(s.relation for s in LEXICON))


@lru_cache(maxsize=None)
def _senses(relation: str) -> tuple[VerbSense, ...]:
    senses = tuple(s for s in LEXICON if s.relation == relation)
    if not senses:
        raise KeyError(relation)
    return senses


@lru_cache(maxsize=None)
def pattern(relation: str) -> re.Pattern:
    """One pattern for every phrasing of `relation`, a named group per record."""
    senses = _senses(relation)
    return re.compile("(?<![\\w-])(?:" + "|".join(f"(?P<s{i}>{s.trigger})" for i, s in enumerate(senses)) + ")(?![\\w-])", re.I)


@dataclass(frozen=True)
class VerbHit:
    sense: VerbSense
    start: int
    end: int


def sense(relation: str, m: re.Match) -> VerbSense:
    """The record a match of `pattern(relation)` came from."""
    return _senses(relation)[int(m.lastgroup[1:])]


def find(relation: str, text: str, start: int = 0, end: int | None = None) -> list[VerbHit]:
    """Every phrasing of `relation` in text[start:end], in order."""
    senses, rx = _senses(relation), pattern(relation)
    return [VerbHit(senses[int(m.lastgroup[1:])], m.start(), m.end())
            for m in rx.finditer(text, start, len(text) if end is None else end)]
