"""Typed records of what the extractor finds: documents, entities, facts, evidence.

Everything here is plain data (pydantic v2 models). The extractor produces records, `rdf.py`
turns them into triples; nothing in this module knows about either.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

EntityKind = Literal[
    "Company", "Organization", "Segment", "CostItem", "AIModel", "ModelFamily", "Product",
    "Application", "Person", "Place", "Country", "Project",
]
Qualifier = Literal["at_least", "at_most", "approx"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Record):
    """The sentence that states a fact, with its character span in the cleaned document text."""
    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = Field(min_length=1)


class Context(Record):
    """What a stored sentence or table row stands under (extract/passage_context.py): the heading
    path above it and, for a table row, its table's column headers joined by " | "."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    heading: str = ""
    columns: str = ""


class EntityRef(Record):
    """A pointer to an entity by kind and canonical label (the label is the identity)."""
    kind: EntityKind
    label: str = Field(min_length=1)


class Entity(Record):
    kind: EntityKind
    label: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    country: str | None = None  # canonical label of a Country (reference data, never a document fact)
    discovered: bool = False  # found by open discovery, not known to the gazetteer
    evidence: Evidence | None = None  # for a discovered entity: the sentence it was found in


class Money(Record):
    value: Decimal
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    value_max: Decimal | None = None
    qualifier: Qualifier | None = None
    text: str = ""


class Period(Record):
    start: dt.date | None = None
    end: dt.date | None = None
    label: str = ""
    # the period the document reports on, given to a figure whose own sentence states none
    # (periods.REPORT_RULES "inherited-reporting-period"); written as kg:periodInherited
    inherited: bool = False

    def same_as(self, other: "Period | None") -> bool:
        """The same dates and label, however each was found."""
        return other is not None and (self.start, self.end, self.label) == (other.start, other.end, other.label)


class Document(Record):
    id: str = Field(min_length=1)  # the file name stem
    title: str = ""
    date: dt.date | None = None
    author: str | None = None
    sha256: str
    file_name: str


class FactBase(Record):
    evidence: Evidence


class SegmentOf(FactBase):
    kind: Literal["segment_of"] = "segment_of"
    segment: EntityRef
    company: EntityRef


class InSegment(FactBase):
    kind: Literal["in_segment"] = "in_segment"
    item: EntityRef
    segment: EntityRef


class DevelopedBy(FactBase):
    kind: Literal["developed_by"] = "developed_by"
    model: EntityRef
    developer: EntityRef


class FamilyOf(FactBase):
    kind: Literal["family_of"] = "family_of"
    model: EntityRef
    family: EntityRef


class Powers(FactBase):
    kind: Literal["powers"] = "powers"
    model: EntityRef
    application: EntityRef


class VersionOf(FactBase):
    """A name that is another's with a version or model number after it ("RapidX 3.0" of
    "RapidX", "cotomi v2" of "cotomi")."""
    kind: Literal["version_of"] = "version_of"
    item: EntityRef
    base: EntityRef


class Alias(FactBase):
    kind: Literal["alias"] = "alias"
    entity: EntityRef
    alias: str


class Makes(FactBase):
    kind: Literal["makes"] = "makes"
    company: EntityRef
    product: EntityRef


class LocatedIn(FactBase):
    kind: Literal["located_in"] = "located_in"
    entity: EntityRef
    country: EntityRef


class Investment(FactBase):
    kind: Literal["investment"] = "investment"
    investor: EntityRef
    amounts: tuple[Money, ...] = ()
    target: str | None = None
    target_entity: EntityRef | None = None
    stake: Decimal | None = None
    horizon: str | None = None  # ISO 8601 duration, e.g. P3Y
    announced: dt.date | None = None
    period: Period | None = None


class StakeHeld(FactBase):
    """A stake held (not bought or sold): who holds what percent of which company, as of when
    the sentence says."""
    kind: Literal["stake_held"] = "stake_held"
    holder: EntityRef
    company: EntityRef
    stake: Decimal | None = None   # None: an owner named without a percent ("its owners are A and B")
    qualifier: Qualifier | None = None
    period: Period | None = None


class Restriction(FactBase):
    kind: Literal["restriction"] = "restriction"
    imposed_by: EntityRef | None = None
    restriction_type: str
    restricts: str | None = None
    products: tuple[EntityRef, ...] = ()
    affects: tuple[EntityRef, ...] = ()


class Observation(FactBase):
    kind: Literal["observation"] = "observation"
    subject: EntityRef
    measure: str
    value: Decimal | None = None
    unit: str | None = None
    value_max: Decimal | None = None
    qualifier: Qualifier | None = None
    value_text: str | None = None
    change: Decimal | None = None
    change_unit: str | None = None
    change_qualifier: Qualifier | None = None
    change_basis: str | None = None
    change_text: str | None = None
    direction: Literal["increase", "decrease"] | None = None
    period: Period | None = None
    equivalents: tuple[Money, ...] = ()


class MarketShare(FactBase):
    kind: Literal["market_share"] = "market_share"
    holder: EntityRef
    market: str
    share: Decimal
    qualifier: Qualifier | None = None
    period: Period | None = None


class Target(FactBase):
    kind: Literal["target"] = "target"
    company: EntityRef
    set_by: EntityRef | None = None
    measure: str
    value: Decimal | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    horizon: str | None = None
    period: Period | None = None


class Role(FactBase):
    kind: Literal["role"] = "role"
    person: EntityRef
    organization: EntityRef | None = None
    role: str
    role_text: str
    predecessor: EntityRef | None = None   # the person the holder succeeded, when the sentence says
    since: str | None = None               # when the holder started, as stated ("February 2024")
    status: Literal["current", "incoming", "outgoing", "interim", "former", "nominated"] | None = None  # as the clause states it
    until: str | None = None               # when the holder leaves, as stated ("the end of March 2026")


class Competition(FactBase):
    kind: Literal["competition"] = "competition"
    company: EntityRef
    competitor: EntityRef
    region: str | None = None


class DisclosureGap(FactBase):
    kind: Literal["disclosure_gap"] = "disclosure_gap"
    subject: EntityRef
    missing: str
    topic: str | None = None


class Initiative(FactBase):
    kind: Literal["initiative"] = "initiative"
    company: EntityRef
    description: str
    location: EntityRef | None = None


Fact = Annotated[
    Union[
        SegmentOf, InSegment, DevelopedBy, FamilyOf, VersionOf, Powers, Alias, LocatedIn, Makes, Investment,
        StakeHeld, Restriction, Observation, MarketShare, Target, Role, Competition, DisclosureGap,
        Initiative,
    ],
    Field(discriminator="kind"),
]


ValueRole = Literal["amount", "growth", "share", "rank", "date", "count", "percent", "duration", "multiple", "term"]


class ClaimValue(Record):
    """One value a claim's sentence carries, typed by the role it plays there."""
    role: ValueRole
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None  # a currency code, "percent", "points", "rank", a counted noun
    qualifier: Qualifier | None = None
    direction: Literal["increase", "decrease"] | None = None
    basis: str | None = None  # "year-on-year", "quarter-on-quarter", "constant currency", …
    measure: str | None = None  # the noun the value measures ("revenue", "operating profit")
    text: str = Field(min_length=1)


RelationKind = Literal["ranking", "launch", "partnership", "stake_deal", "guidance_change", "usage",
                       "hardware", "accounting_line", "reason", "risk", "deal_term", "agreement"]


class ClaimRelation(Record):
    """The typed relation a claim states, when its phrasing says which: a ranking (who ranked
    whom, by whom), a launch, a partnership, a stake bought or sold, a guidance change, a usage
    metric, the hardware a system runs on, the accounting line a gain or charge is booked in,
    the reason given for a change (with the measure changed), a risk listed under a risks heading, or
    a deal's term (extract/deals.py: the company bought, its buyer, the term's name)."""
    kind: RelationKind
    target: EntityRef | None = None   # ranked company, launched product, partner, stake company, hardware
    agent: EntityRef | None = None    # the research firm ranking, the system using the hardware
    detail: str | None = None         # market, metric, accounting line, reason, "raise"/"cut", "buy"/"sell"
    when: str | None = None           # a launch month as stated ("in September")
    measure: str | None = None        # a reason's changed measure, when its change names one ("arpu", "net loss")
    direction: str | None = None      # a reason's change: "increase" / "decrease", when its phrase says which


class Claim(Record):
    """What one clause of one sentence says about an entity: the recall layer under typed facts.

    `predicate` is the normalised verb or noun that carries the relation ("record", "rank",
    "launch", "include", …); `values` hold each figure with its role; `others` are the other
    entities the clause names. Typed facts stated by the same sentence are linked to it."""
    kind: Literal["claim"] = "claim"
    subject: EntityRef
    predicate: str = Field(min_length=1)
    others: tuple[EntityRef, ...] = ()
    values: tuple[ClaimValue, ...] = ()
    period: Period | None = None
    relations: tuple[ClaimRelation, ...] = ()
    evidence: Evidence


class Extraction(Record):
    """Everything extracted from one document."""
    document: Document
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    claims: tuple[Claim, ...] = ()
    # the sentences that name an entity or carry a figure but gave no fact or claim
    # (extract/stored_sentences.py): kept as kg:Sentence nodes for their text
    sentences: tuple[Evidence, ...] = ()
    # the heading path and column headers of the quoted spans that stand under any (kg:heading,
    # kg:columns on their evidence nodes: extract/passage_context.py)
    contexts: tuple[Context, ...] = ()
    # the article's own company (extract/focus.py, else the company named most) and its units:
    # what the extractor took the document to be about (read by bench/focus_accuracy.py)
    company: str | None = None
    units: tuple[str, ...] = ()
