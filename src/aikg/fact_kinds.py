"""One record per kind of fact: its RDF class, the label of its node, the saved query that lists
it and how an answer writes a row of that query. `rdf` reads the classes and labels, `answer_text`
the answer lines; this module imports neither (nor `ask`), only `wording`.

Templates fill `{name}` from the fact's fields (labels) or the row's columns (answers); a part in
square brackets is left out when any name in it is empty: "{personLabel} is {role}[ of {orgLabel}]".
The `#+ answer: row` header of each saved query named here is the same template (tests/test_queries.py).
Saved queries with no record here (the claims layer's relations) are written by their own header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Mapping

from .wording import _change_text, _horizon_text, _num, _ordinal, _value_text, format_amount, plain

_FIELD = re.compile(r"\{(\w+)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


def fill(template: str, values: Mapping[str, str]) -> str:
    """`template` with every {name} replaced by its value; a [part] whose names are not all
    given (or empty) is dropped."""
    def part(m):
        inner = m.group(1)
        return inner if all(values.get(n) for n in _FIELD.findall(inner)) else ""
    text = _OPTIONAL.sub(part, template)
    return _FIELD.sub(lambda m: values.get(m.group(1), ""), text)


@dataclass(frozen=True)
class FactKind:
    """A kind of fact (`records` kind), or a view of the graph a saved query gives (sources …)."""
    name: str                       # the records' Fact.kind ("market_share"), or the view's name
    query: str                      # the saved query listing it ("market-shares")
    row: str = ""                   # an answer line from a row of `query` ('' : written in groups)
    rdf_class: str = ""             # kg: class of the fact's own node ('' : a plain triple or a view)
    label: str = ""                 # rdfs:label of that node, from the fact's fields
    label_fields: Callable[[object], dict] | None = None   # fields the label needs beyond the record's
    row_fields: Callable[[dict], dict] | None = None       # columns the answer needs beyond the row's
    tidy: bool = False              # squeeze the spaces empty fields leave in the label


def _investment_label(f) -> dict:
    # built from the fact's identity only, so every document gives the same label
    if not f.amounts:
        te = f.target_entity.label if f.target_entity else ""
        return {"deal": f"{plain(f.stake)}% stake" + (f" in {te}" if te else "")}
    primary = next((a for a in f.amounts if a.currency != "USD"), f.amounts[0])
    return {"deal": f"{primary.currency} {format_amount(primary.value)}" + (f" over {f.horizon}" if f.horizon else "")}


CURRENCY_FIRST = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD")


def _observation_label(f) -> dict:
    val = ""
    if f.value is not None:
        val = format_amount(f.value) + (f" {f.unit}" if f.unit and f.unit != "count" else "")
        if f.unit in CURRENCY_FIRST:
            val = f"{f.unit} {format_amount(f.value)}"
        elif f.unit == "percent":
            val = f"{plain(f.value)}%"
    change = f"{'-' if f.direction == 'decrease' else '+'}{plain(f.change)}%" if f.change is not None else ""
    return {"amountText": val, "changeText": change, "periodLabel": f.period.label if f.period else ""}


# said after a period that the figure's own sentence does not state (kg:periodInherited): the
# article's reporting period, which the reader may want to check against the quote
INHERITED_PERIOD_NOTE = "(the article's reporting period)"


# said of a figure whose sentence and article give no period, shown for a question that asks
# one (ask.py marks the row): never read as the period asked's figure
UNSTATED_PERIOD_NOTE = "(period not stated)"


def _figure_row(row: dict) -> dict:
    inherited = row.get("periodInherited") is not None and row["periodInherited"].value == "true"
    unstated = row.get("periodUnstated") is not None
    return {"valueAndChange": ", ".join(p for p in (_value_text(row), _change_text(row)) if p),
            "periodSource": INHERITED_PERIOD_NOTE if inherited else UNSTATED_PERIOD_NOTE if unstated else ""}


def _share_row(row: dict) -> dict:
    # a ranking's row (market-shares reads rankings as market positions) writes its rank, and
    # its share beside it: a ranking names no market of the MarketShare kind
    rank = _ordinal(row.get("rank"))
    return {"sharePercent": _num(row.get("share")), "rankOrdinal": rank,
            "rankSharePercent": _num(row.get("share")) if rank else ""}


def _stake_row(row: dict) -> dict:
    # an owner named without a percent ("its owners are A and B") is no holder of "0%"
    pct = _num(row.get("stake")) if row.get("stake") is not None else ""
    return {"stakePercent": pct, "ownerOf": "" if pct else "is an owner of"}


def _target_row(row: dict) -> dict:
    return {"valuePart": _value_text(row), "horizonPart": _horizon_text(row["horizon"].value) if "horizon" in row else ""}


KINDS: tuple[FactKind, ...] = (
    # n-ary facts: a node of their own, labelled
    FactKind("investment", "investments", rdf_class="Investment", label="{investor}: {deal}",
             label_fields=_investment_label),   # answers group an investment's rows (answer_text)
    FactKind("observation", "figures", "{subjectLabel} {measure}: {valueAndChange}[ (= {equivalent})][, {periodLabel}][ {periodSource}]",
             "Observation", "{subject} {measure} {amountText}[ ({changeText})][, {periodLabel}]",
             _observation_label, _figure_row, tidy=True),
    FactKind("restriction", "restrictions", "{restrictionLabel}[ (product: {productLabel})][; affects {affectedLabel}]",
             "Restriction", "[{imposed_by} ]{restriction_type}[ on {restricts}]"),
    FactKind("market_share", "market-shares", "{holderLabel}[ holds {sharePercent}% of the {market}][ is ranked {rankOrdinal}][ by {firmLabel}]"
             "[ ({rankMarket})][ with a share of {rankSharePercent}%][ in {periodLabel}]",
             "MarketShare", "{holder}: {share}% of {market}", row_fields=_share_row),
    FactKind("stake_held", "stakes", "{holderLabel} [holds {stakePercent}% of ][{ownerOf} ]{companyLabel}[ ({periodLabel})][, co-owned with {coHolderLabel}]",
             "Shareholding", "{holder}: [{stake}% of ]{company}", row_fields=_stake_row),
    FactKind("target", "targets", "{companyLabel}[ (set by {setByLabel})] targets {valuePart} in {measure}[ within {horizonPart}]",
             "Target", "{company} target: {measure}", row_fields=_target_row),
    FactKind("role", "people", "{personLabel}[ (also {aliases})] is[ {status}] {role}[ of {orgLabel}][, succeeding {predecessorLabel}][ (since {since})][ (until {until})]",
             "Role", "{person}, {role}[ of {organization}]"),
    # the roles whose documents name the holder's predecessor (a view of kg:Role)
    FactKind("succession", "successions", "{personLabel} succeeded {predecessorLabel} as {role}[ of {orgLabel}][ (since {since})][ ({status})]"),
    FactKind("competition", "competitors", "{competitorLabel} competes with {companyLabel}[ ({region})]",
             "Competition", "{company} vs {competitor}"),
    FactKind("disclosure_gap", "disclosure-gaps", "cannot determine {missing}",
             "DisclosureGap", "{subject}: cannot determine {missing}"),
    FactKind("initiative", "initiatives", "{companyLabel}: {description}[ in {locationLabel}]",
             "Initiative", "{company}: {description}"),
    # plain triples (a kg:Statement names each)
    FactKind("in_segment", "costs-by-segment", "{itemLabel} sits in {segmentLabel}[ ({ownerLabel})]"),
    FactKind("segment_of", "segments", "{segmentLabel} is a segment of {ownerLabel}"),
    FactKind("developed_by", "models", "{modelLabel}[ ({familyLabel} family)][, developed by {developerLabel}]"),
    FactKind("version_of", "versions", "{versionLabel} is a version of {baseLabel}[ ({makerLabel})]"),
    FactKind("powers", "model-uses", "{modelLabel} powers {applicationLabel}"),
    FactKind("alias", "aliases", "{alias}"),   # answers join a name's aliases (answer_text)
    # views: what the graph says about documents and entities
    FactKind("sources", "sources", "{doc}: {quote}"),
    FactKind("documents", "documents", "{doc}: {title}"),
    FactKind("conflicts", "conflicts", "{factLabel} ({what}): {valueA} in {docA} vs {valueB} in {docB}"),
    FactKind("describe", "describe", "{predicateLabel}: {valueLabel}"),
)

BY_KIND: dict[str, FactKind] = {k.name: k for k in KINDS}
BY_QUERY: dict[str, FactKind] = {k.query: k for k in KINDS}
# the class of each n-ary fact's node
FACT_CLASS: dict[str, str] = {k.name: k.rdf_class for k in KINDS if k.rdf_class}


def _field(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "label"):
        return value.label
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


def fact_label(f) -> str:
    """A short human label for an n-ary fact node (used by viewers and answers)."""
    kind = BY_KIND.get(f.kind)
    if kind is None or not kind.label:
        return f.kind
    values = {name: _field(getattr(f, name, None)) for name in _FIELD.findall(kind.label)}
    if kind.label_fields:
        values.update(kind.label_fields(f))
    text = fill(kind.label, values)
    return text.replace("  ", " ").strip() if kind.tidy else text


def row_text(query: str, row: dict) -> str | None:
    """The answer line of a row of saved query `query`, or None when no record here writes it."""
    kind = BY_QUERY.get(query)
    if kind is None:
        return None
    if not kind.row:
        return ""
    values = {k: t.value for k, t in row.items() if t is not None}
    if kind.row_fields:
        values.update(kind.row_fields(row))
    return fill(kind.row, values)
