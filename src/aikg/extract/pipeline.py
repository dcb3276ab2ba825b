"""Document -> Extraction: cleaning, sentences, entities, values, relations, in that order.

`extract_bytes` is a pure function of the file's bytes and name: the same input always gives
the same records.
"""
from __future__ import annotations

import hashlib
import re
import typing
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .. import records as r
from ..errors import AikgError
from .notation import english, read_notation
from . import caption_tables, headings, passage_context, clause_relations, clean, find_memo, list_lines, name_shapes, corrections, grid_once, people_boards, people_lines, risks, role_rules, segment_tables, sentences, speakers, stored_sentences, table_rows, tables, transposed, unit_columns, unit_figures, unit_lines, unit_sentences, unit_subjects, values as v
from .entities import UNIT_WORDS, Mention, recogniser
from .figures import HEAD_RE, LIST_LABEL, observations
from .relation_rules import UNIT_ROW
from .measures import has_period_after
from . import agreements, commitments, deals, document_currency, document_scale, events, investment_roles, level_bases, np_measures, per_share, prose_measures, signature_roles, unit_brackets
from .claims import UNIT_WORD, ClaimState, claims as clause_claims, without_digit_groups
from .discover import discover
from .estimates import disclaimed
from .descriptions import bound_descriptions
from .focus import abbreviations, coded_names, focus_company, most_named, roundup, with_units
from .units import subsidiary_named
from .focus_score import CLASS_NOUNS
from .figure_owner import owned_by_clause, owned_claims
from .filer_terms import class_noun_name, defined_filer, filer_named
from . import subsidiary_clauses
from .trade_names import is_place_word, trade_name
from .former_names import former_names
from .legal_forms import CORP_MARKERS, DESCRIPTOR, LEGAL_END as _LEGAL_END, LEGAL_FORM, LEGAL_LAST, LEGAL_PREFIXES, core_name, own_legal_name, same_company
from .defined_names import add_short_forms
from .shared_heads import settle_shared_heads
from .gazetteer import load as load_gazetteer
from . import relations as rel
from .period_scope import heading_part, scope_period, sets_scope
from .periods import EXPECTS as _EXPECTS, question_number, target_list_lead, outlook_heading_period, bracketed_comparative, undate_present_shares, calendar_of_year, comparison_period, dateline_without_year, document_context, expectation_before, \
    fiscal_year_reported, flow_span, horizon, resolve_mentions, stray_date, year_before_result, year_ended, yearless_part
from .holdings import holdings
from . import effective_dates, field_lines, guidance_moves, guidance_tables, outlook_lists, prior_year
from .report_period import asks, defined_period, half_year_heading, part_results_heading, scope_statement, year_ended_heading
from .literal import count_word, framed
from .versions import versions
from ..pattern_cache import plain, name_rx

EXTRACTOR_VERSION = "aikg-rules-34-s34"
                                     # are then extracted again); tests/test_extractor_stamp.py checks it
# Cheap gates on a sentence, each exactly a case-insensitive search: words are looked up in
# v.fold(text), where a substring test finds what `re.search(word, text, re.I)` finds.
_PCT_WORDS = ("digit", "doubl", "tripl", "quadrupl", "fold", "halved")
_DURATION_WORDS = ("year", "month", "decade", "quarter", "week")
_TIME_LITERALS = ("quarter", "half", "year", "month", "fiscal", "annual", "week", "today", "yesterday")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TIME_MONTH = plain(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_TIME_WEEKDAY = plain(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _any_in(low: str, words: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, words))


def _time_words(text: str, low: str) -> bool:
    """Whether `text` names a time: what re.search(r"quarter|half|year|month|fiscal|annual|week|
    today|yesterday|\b(?:jan|…|dec)[a-z]*\b|\b(?:mon|…|sun)day\b", text, re.I) finds, with the
    two patterns only searched for when their stems are there. `low` is v.fold(text)."""
    return (_any_in(low, _TIME_LITERALS)
            or (_any_in(low, _MONTH_STEMS) and _TIME_MONTH.search(text) is not None)
            or ("day" in low and _TIME_WEEKDAY.search(text) is not None))
_ASCII_DIGIT = plain(r"[0-9]")
_OUTLOOK = plain(r"\bfull[- ]year\b|\bannual\b|\bguidance\b|\boutlook\b|\bforecast|\bexpects?\b|\bfor\s+the\s+(?:fiscal\s+)?year\b", re.I)
_OUTLOOK_WORDS = ("full", "annual", "guidance", "outlook", "forecast", "expect")   # (one of them, or "for" and "year")


def _outlook(text: str, low: str) -> bool:
    """Whether `_OUTLOOK` finds a full-year outlook in `text`, searched only when `low` (v.fold(text))
    has the words one of its branches needs."""
    return (_any_in(low, _OUTLOOK_WORDS) or ("for" in low and "year" in low)) and _OUTLOOK.search(text) is not None


_FROM_PREVIOUS = plain(r"\bfrom\s+(?:its\s+|the\s+)?(?:previous|prior|earlier|original)?\s*(?:forecast|guidance|outlook|estimate|target)?\s*(?:of\s+)?(?:about\s+|around\s+)?(?=[^\s])|\bup\s+from\b", re.I)
# (a heading "<period> Highlights" / "Highlights of the quarter ended …": probe7 p7_06_kingsoft_cloud_q2_2025, probe17 04_credicorp_trading_update)
# (and a heading ending in "results": "THIRD-QUARTER 2026 RESULTS" (probe29 05_televisa), "Fiscal 2026 Second Quarter
# Financial Results" (probe8 f01_dell): the period it names is the one reported on)
_REPORT_HEADING = plain(r"\b(?:interim|quarterly|half-year(?:ly)?|six-month)\s+report\b|\bresults\s+for\b|\bhighlights\b", re.I)
_TIMELINE_ENTRY = plain(r"(.{6,40}?)\s*:")
_ANNUAL = plain(r"\bfull[- ]year\b|\bannual\b|\bfor\s+the\s+(?:fiscal\s+)?year\b|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b", re.I)
_REUSE_PASS1 = True  # False: find every sentence's mentions again in pass 2 (tests compare)
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}
COMMON_WORDS = {"Group", "Cloud", "The", "Global", "China", "Meta", "Labs", "Data", "Open", "Deep"}


_LEADERS_LIST = plain(rf"\b(?:leaders?|founders?|executives?)\s+(?:include|includes|are)\s+(?P<l>{rel.PERSON_NAME}(?:,\s+{rel.PERSON_NAME})*(?:,?\s+and\s+{rel.PERSON_NAME})?)")


LEAD_SENTENCES = 4  # prose sentences that may still say which period the article reports on
# a list line's marker: a bullet, or an item number ("1.1 Revenue amounted to …" in a stock-exchange
# release's numbered summary, "1. Broader export restrictions …" under a broker note's "Key risks:")
_LIST_MARK_BEFORE = plain(r"(?:[-*•]|(?:^|\s)\d{1,2}(?:\.\d{1,2})*[.)])\s*$")
_NUMBER_MARK_BEFORE = plain(r"^\s*\d{1,2}[.)]\s*$")
_LIST_NUMBER_OPENS = plain(r"\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z])")
FURNITURE_SENTENCES = 20  # a heading among the first this many sentences starts the count again


def _has_digit(text: str) -> bool:
    """Whether any character is a digit (`str.isdigit`, so superscripts too)."""
    return _ASCII_DIGIT.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


def doc_id_for(path: Path) -> str:
    return path.stem


def _title(text: str) -> str:
    for line in text.split("\n"):
        s = line.strip(" -#*\t")
        if s:
            return " ".join(s.split())[:300]
    return ""


def _author(raw: str) -> str | None:
    m = re.search(r"^\s*By\s+(?P<a>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*(?:\||,|$)", raw[:2000], re.M)
    return m.group("a") if m else None


def _kept_alias(alias: str, label: str) -> bool:
    """An alias an Entity keeps: not its label again (blanks folded), at most 120 characters."""
    return " ".join(alias.split()) != label and len(alias) <= 120


class _Gaz:
    def __init__(self, g=None):
        self.g = g if g is not None else load_gazetteer()
        self.parent = {e.label: e.parent for e in self.g.entries if e.kind == "Segment"}
        self.children: dict[str, list[str]] = {}
        for e in self.g.entries:
            if e.kind == "Segment" and e.parent:
                self.children.setdefault(e.parent, []).append(e.label)
        self.entry = {(e.kind, e.label): e for e in self.g.entries}
        self._kept: dict = {}

    def kept_aliases(self, label: str, aliases) -> frozenset:
        """The aliases of a gazetteer entry an Entity keeps (`_kept_alias`), read once per process."""
        key = (label, tuple(aliases))
        got = self._kept.get(key)
        if got is None:
            got = self._kept[key] = frozenset(a for a in aliases if _kept_alias(a, label))
        return got

    def seg_parent(self, label: str) -> str | None:
        return self.parent.get(label)

    def segments_of(self, company: str) -> list[str]:
        return self.children.get(company, [])


_GAZ: list = [None, None]  # the gazetteer and its _Gaz, rebuilt only when the gazetteer changes


def _gaz() -> _Gaz:
    g = load_gazetteer()
    if _GAZ[0] is not g:
        _GAZ[:] = [g, _Gaz(g)]
    return _GAZ[1]


def extract_bytes(data: bytes, name: str, doc_id: str | None = None) -> r.Extraction:
    path = Path(name)
    text = clean.decode(data, name)
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(?:!doctype|html)", text[:200], re.I):
        text = clean.html_to_text(text)
    else:
        text = clean.inline_html_tables(text)   # (a markdown file's raw HTML tables: pipe tables)
    return extract_text(text, doc_id or doc_id_for(path), path.name,
                        hashlib.sha256(data).hexdigest())


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _risk_claims(s, cleaned: str, doc_id: str, main: r.EntityRef | None, risk_open, out: list) -> list | None:
    """Risk claims of a sentence listing risks (`risks.py`): the line a risks heading opens, or the
    line after a heading that stands alone, or a sentence that says it lists the risks. Returns
    the heading still open."""
    said = "risks" in v.fold(s.text)   # (both risk patterns need the word, case-insensitively)
    if said and risks.is_heading(s.text):
        return [s.start, s.line, None, 0]
    if risk_open is not None and s.line != risk_open[1]:
        if risk_open[2] is None and not s.is_heading:
            risk_open[2] = s.line
        elif s.line != risk_open[2] or s.is_heading:
            risk_open = None
    if risk_open is not None and s.line == risk_open[1]:
        risk_open[2] = s.line  # a heading run into its list ("Key risks. (1) …"): the list ends with the line
    if main is None or (risk_open is None and (not said or risks.LEAD.rx.match(s.text) is None)):
        return risk_open
    start = risk_open[0] if risk_open is not None else s.start
    ev = r.Evidence.model_construct(doc=doc_id, start=start, end=s.end, quote=cleaned[start:s.end])
    first = risk_open is None or risk_open[3] == 0
    if risk_open is not None:
        risk_open[3] += 1
    # after the list's first sentence only a sentence set out as a list lists risks (prose that
    # follows explains them: its commas are not a list)
    if not first and ";" not in s.text and not re.search(r"\(\d+\)", s.text) and risks.LEAD.rx.match(s.text) is None:
        return risk_open
    for item in risks.items(s.text):
        rel_ = r.ClaimRelation.model_construct(kind="risk", target=None, agent=None, detail=item, when=None, measure=None, direction=None)
        out.append(r.Claim.model_construct(subject=main, predicate="risk", others=(), values=(), period=None,
                                           relations=(rel_,), evidence=ev, kind="claim"))
    return risk_open


def extract_text(text: str, doc_id: str, file_name: str, sha256: str | None = None) -> r.Extraction:
    # (the value finders' caches are pure functions of a sentence's text, bounded LRU: kept
    # across documents, so a feed's restated sentences are read once)
    norm = clean.normalise(text)
    if not norm.strip():
        raise AikgError(f"{file_name}: the document is empty")
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    cleaned = clean.clean(norm)
    doc_date = _doc_date(norm) or dateline_without_year(norm)
    notation = read_notation(cleaned)   # decimal comma or point: read once from all the document's numbers
    amounts_in = document_scale.read(cleaned)   # "(All amounts in thousands of Canadian dollars …)" (document_scale.py)
    document = r.Document(id=doc_id, title=_title(cleaned), date=doc_date, author=_author(norm),
                          sha256=sha256, file_name=file_name)
    sents = speakers.without_labels(sentences.split(cleaned), cleaned)  # a transcript's "HOST NAME:" says who speaks
    rec = recogniser()
    # (its per-sentence cache of gazetteer matches depends on the text alone: bounded, kept too)
    gaz = _gaz()

    # pass 0: companies the gazetteer does not know ("Vantora Systems Inc.", "Kestrel Holdings")
    trades: dict[str, tuple[str, int]] = {}   # registered names' trade names (trade_names.py)
    doc_aliases: dict[str, tuple[str, str]] = _unknown_companies(cleaned, rec, trades)
    for name in coded_names(cleaned):   # (issue39f, focus.py rule coded-title) "… - 3318 <Name>: …": a filer
        if name not in rec.by_surface:
            doc_aliases.setdefault(name, ("Company", name))
    # who the article is about, from its headline and lead (kg:discovered when the gazetteer lacks it);
    # a roundup has no single company: each paragraph is about the company that opens it
    para_main = _roundup(sents, cleaned, rec, doc_aliases)
    # (issue40o, filer_terms.py rule registrant-cover) a filing's cover defines its filer, whom the
    # body calls "the Company" / "the registrant" / "we": the document's company, whatever else it names
    filer = defined_filer(cleaned) if para_main is None else None
    before_focus = dict(doc_aliases) if filer is not None else None
    focus = _focus(sents, cleaned, rec, doc_aliases, clean.copyright_owner(norm)) if para_main is None else None
    if filer is not None and focus is not None and not filer_named(filer, focus.label):
        doc_aliases = before_focus   # another name read as the company (a signer, a customer): the registrant is
        focus = None
    elif focus is not None:
        filer = None
    if filer is not None:
        doc_aliases.setdefault(filer.surface, ("Company", filer.label))
        doc_aliases.setdefault(filer.label, ("Company", filer.label))
    renamed = _former_names(cleaned, rec, doc_aliases, focus)   # rule former-name (former_names.py)
    # rule bracket-defined-name (defined_names.py): 'PT Acme Tbk ("Acmetek" or the "Company")': "Acmetek" is Acme
    add_short_forms(cleaned, doc_aliases, focus.label if focus is not None else None, rec.by_surface)
    # rule shared-head (shared_heads.py): the first word a parent and its subsidiary share is the issuer's
    own = focus.label if focus is not None else filer.label if filer is not None else None
    settle_shared_heads(doc_aliases, own, cleaned)
    # pass 1: who is this document about, and which short names does it use
    first = [find_memo.find(rec, s.text, doc_aliases) for s in sents]
    pass1_aliases = set(doc_aliases)
    counts: Counter = Counter()
    order: dict[str, int] = {}
    for i, ms in enumerate(first):
        for m in ms:
            if m.kind == "Company":
                counts[m.label] += 3 if i == 0 else 1
                order.setdefault(m.label, i)
    main = None
    if counts:
        label = most_named(counts, order, cleaned if focus is None else None)
        main = r.EntityRef(kind="Company", label=label)
    if focus is not None:
        main = r.EntityRef(kind="Company", label=focus.label)
    elif filer is not None:
        main = r.EntityRef(kind="Company", label=filer.label)
    if para_main is not None:
        main = None
    people: dict[str, str] = {}
    known = rec.by_surface  # (membership only)
    for i, ms in enumerate(first):
        for m in ms:
            toks = m.label.split()
            if m.kind == "Person" and len(toks) >= 2:
                sur = toks[-1] if not _is_chinese_order(m.label, gaz) else toks[0]
                if sur not in known:
                    doc_aliases.setdefault(sur, ("Person", m.label))
                    people.setdefault(sur, m.label)
            if m.kind == "Company" and len(toks) >= 2 and toks[0] not in COMMON_WORDS and toks[0] not in known and len(toks[0]) >= 4:
                trade = trade_name(toks)
                if trade is not None:   # rule trade-name: "Fourth Paradigm" of "Beijing Fourth Paradigm Technology", not "Beijing"
                    if trade not in known and doc_aliases.setdefault(trade, ("Company", m.label)) == ("Company", m.label):
                        trades.setdefault(m.label, (trade, sents[i].start + m.start))
                elif not is_place_word(toks[0]):
                    doc_aliases.setdefault(toks[0], ("Company", m.label))
    settle_shared_heads(doc_aliases, own, cleaned)   # (rule shared-head: the first words pass 1 added)
    for ms in first:  # people named only in lists ("its leaders include A, B and C")
        pass
    for m in _LEADERS_LIST.finditer(cleaned) if _any_in(cleaned, ("leader", "founder", "executive")) else ():
        for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("l")):
            toks = n.split()
            if len(toks) >= 2 and toks[-1] not in known:
                doc_aliases.setdefault(toks[-1], ("Person", n.strip()))
                people.setdefault(toks[-1], n.strip())

    # open discovery: names the gazetteer lacks, typed from their context (kg:discovered)
    person_toks = frozenset(t for ms in first for m in ms if m.kind == "Person" for t in m.label.split())
    # and those a clause gives a role ("founded in 2016 by X, a former chip designer"): a person,
    # whatever the aside calls them
    person_toks |= frozenset(t for s0 in sents for rd in role_rules.read(s0.text) for t in rd.holder.split())
    found: dict[tuple[str, str], r.Evidence] = {}
    seen = {m.text: None for ms in first for m in ms} | doc_aliases  # what pass 1 already names
    remapped: list[str] = []
    for d in discover([s.text for s in sents], known, seen, person_toks):
        if v.names_an_amount(d.surface, sents[d.sentence].text):
            continue  # "SAR 10.40" of "SAR 10.40 billion": an amount, no name
        if d.kind == "Segment" and d.rule == "acronym" and (main is None or d.label != main.label):
            # rule unit-initials (discover.UNIT_INITIALS): the unit pass 0 took for a company by its name's
            # last word ("Advanced Filtration Technologies", "Interactive Management Group") is the unit
            for a, (k, lab) in list(doc_aliases.items()):
                if k == "Company" and lab == d.label:
                    doc_aliases[a] = ("Segment", d.label)
                    remapped.append(a)
        if name_shapes.glued_figure(d.surface, sents[d.sentence].text):
            continue  # "Platforms 17" of "Platforms  17,420": a row's label and its figure, no name (name_shapes.py)
        if class_noun_name(d.surface):
            # (filer_terms rule defined-term-no-node, issue52c) "The Company confirms its objective of …" (probe37 08 hps,
            # a notice whose letterhead defines its filer by its initials): the defined term is the document's own
            # company, no segment or company node "Company" of its own (the rule's probe17 05 scsk, probe29 08b spyrosoft)
            if main is not None:
                doc_aliases.setdefault(d.surface, ("Company", main.label))
            continue
        if focus is not None and d.kind == "Company" and (_LEGAL_END.sub("", d.label).strip() == focus.label
                                                          or same_company(d.label, focus.label)):
            doc_aliases.setdefault(d.surface, ("Company", focus.label))  # "ASML Holding, the Dutch maker …"
            continue
        same = doc_aliases.get(core_name(d.label)) if d.kind == "Company" and core_name(d.label) != d.label else None
        if same is not None and same[0] == "Company" and len(core_name(same[1]).split()) <= len(core_name(d.label).split()):
            # (not a legal name shorter than the company it would join: "Orange SA" is the parent of
            # "Orange Business", whose short name the text also writes "Orange", probe7 p7_02)
            # (issue35w) the legal name of a company pass 0 or the focus already named: "solutions company
            # PT Metrodata Electronics Tbk" is Metrodata Electronics (probe25 02), one node, not two
            doc_aliases.setdefault(d.surface, same)
            continue
        doc_aliases.setdefault(d.surface, (d.kind, d.label))
        s0 = sents[d.sentence]
        found.setdefault((d.kind, d.label), r.Evidence(doc=doc_id, start=s0.start, end=s0.end, quote=s0.text))
        # a unit named "<Company> <Name>" is later called by its own name alone ("Telstra InfraCo" ...
        # "InfraCo chief executive X"; "Rakuten Symphony" ... "Symphony, headquartered in Tokyo")
        toks = d.label.split()
        if (d.kind == "Segment" and len(toks) == 2 and len(toks[1]) >= 4 and toks[1] not in COMMON_WORDS
                and toks[1] not in known and not re.fullmatch(UNIT_WORDS, toks[1])
                and (known.get(toks[0]) is not None and known[toks[0]].kind == "Company" or main is not None and main.label.split()[0] == toks[0])):
            doc_aliases.setdefault(toks[1], (d.kind, d.label))
    added = [a for a in doc_aliases if a not in pass1_aliases]
    added += [a for a in remapped if a not in added]   # (read again: pass 1 read them as a company)
    # discovered companies count like known ones for who the article is about (the article's own
    # company is often the one the gazetteer lacks: it must not lose to a customer it names)
    disc_companies = {a: lab for a, (k, lab) in doc_aliases.items() if k == "Company" and a not in pass1_aliases}
    if disc_companies:
        for i, s0 in enumerate(sents):
            for lab in {lab for a, lab in disc_companies.items() if a in s0.text}:
                counts[lab] += 3 if i == 0 else 1
                order.setdefault(lab, i)
        label = most_named(counts, order, cleaned if focus is None else None)
        main = r.EntityRef(kind="Company", label=focus.label if focus is not None else label) if para_main is None else None
    for lab in sorted(set(para_main.values())) if para_main is not None else ():
        if not any(m.kind == "Company" for m in find_memo.find(rec, lab, {})):  # a name the gazetteer lacks: discovered
            i = next((i for i, s0 in enumerate(sents) if lab in s0.text), 0)
            found.setdefault(("Company", lab), r.Evidence(doc=doc_id, start=sents[i].start, end=sents[i].end, quote=sents[i].text))
    if focus is not None and not focus.known:
        i = next((i for i, s0 in enumerate(sents) if focus.label in s0.text), 0)
        found.setdefault(("Company", focus.label),
                         r.Evidence(doc=doc_id, start=sents[i].start, end=sents[i].end, quote=sents[i].text))

    state = rel.DocState(doc_id=doc_id, doc_date=doc_date, main_company=main, people=people,
                         units=frozenset(focus.units) if focus is not None else frozenset(),
                         full_names=role_rules.full_names(cleaned), layout_labels=name_shapes.layout_labels(cleaned),
                         we_company=focus is not None and focus.narrator and main is not None)
    line_units = _line_units(sents)
    counted_lines = unit_lines.counted_lines(sents)   # lines under "X reports four segments:", one unit each
    counted_done: set[int] = set()
    counted_clauses = unit_sentences.counted_clauses(sents)   # "X reports three segments." then one unit per clause
    counted_measures: dict = {}
    declared_units: set[str] = set()   # the units a counted announcement named (unit_sentences.py)
    state.doc_mentions_segment = bool(re.search(r"\bsegments?\b", cleaned, re.I))
    facts: list = []
    said_alias: set[tuple[str, str]] = set()
    for label, (trade, at) in [*trades.items(), *renamed]:
        # rule trade-name (trade_names.py): the trade name is another name of the company its registered
        # name is now (the article's own company, when focus took it), stated with the sentence naming it
        kind, owner = doc_aliases.get(trade, ("", ""))
        s0 = next((x for x in sents if x.start <= at < x.end), None)
        if kind == "Company" and s0 is not None and owner != trade and (owner, trade) not in said_alias:
            said_alias.add((owner, trade))
            facts.append(r.Alias(entity=r.EntityRef(kind="Company", label=owner), alias=trade,
                                 evidence=r.Evidence(doc=doc_id, start=s0.start, end=s0.end, quote=s0.text)))
    for u in focus.units if focus is not None and main is not None else ():
        i = next((i for i, s0 in enumerate(sents) if u in s0.text), None)
        if i is not None:
            ev = r.Evidence(doc=doc_id, start=sents[i].start, end=sents[i].end, quote=sents[i].text)
            facts.append(r.SegmentOf(segment=r.EntityRef(kind="Segment", label=u), company=main, evidence=ev))
            found.setdefault(("Segment", u), ev)
    claims: list[r.Claim] = []
    cst = ClaimState()
    deal_state = deals.DealState()   # the deals the document states (deals.py)
    agreement_state = agreements.AgreementState()   # the lease, contract, loan or joint venture in force (agreements.py)
    unit_list = _UnitList()
    mentions_all: list[Mention] = []
    cos_before: tuple[int, frozenset[str]] | None = None
    doc_period = None
    doc_period_guessed = None  # the kind of a doc_period read from a bare "first-half" (no year)
    target_list = False  # the lines under "Its targets … are:" (periods.target_list_lead)
    outlook_list = None  # (the lead's period,) over the lines of a guidance list (outlook_lists.lead)
    heading_outlook = None  # the year an outlook heading names, for the prose under it (periods.outlook_heading_period)
    guidance_grid = None  # a guidance table's new and previous columns, over its rows (guidance_tables.py)
    dctx = document_context([s.text for s in sents], doc_date)  # its fiscal calendar; the period reported on
    scope = scope_statement([s.text for s in sents], lambda text: resolve_mentions(v.find_periods(text, doc_date), text, dctx)) \
        or defined_period([s.text for s in sents], lambda text: resolve_mentions(v.find_periods(text, doc_date), text, dctx))
    if scope is not None:  # "All figures are for the year ended …, unless stated": the period reported on (report_period.py)
        dctx.reporting, doc_period = scope.period, rel._period(scope.period)
        if scope.fiscal_year is not None and dctx.calendar is None:
            dctx.calendar = calendar_of_year(scope.fiscal_year, scope.period.end)
    prose_before = 0  # sentences of eight words or more since the last heading near the top
    found_tables = tables.tables(cleaned)
    unit_tables = _unit_tables(cleaned, found_tables)
    found_lists = list_lines.blocks(cleaned)   # list lines read as a grid's rows (list_lines.py)
    main_names = frozenset({main.label} | {_LEGAL_END.sub("", a).strip(" ,") for a in (focus.aliases if focus is not None else ())}
                           if main is not None else ())
    list_readings: dict = {}
    title_ms: list = []
    spec_grids: dict[int, bool] = {}
    unit_col_tables: dict[int, dict | None] = {}   # table start -> its unit columns (unit_columns.py)
    pending_timeline = None
    risk_open = None  # a risks heading's [start, line, the line of the list after it]
    estimate_sents = disclaimed(sents)  # figures a later sentence calls estimates, not the company's
    superseded = corrections.superseded(sents)  # a correction note's earlier, superseded figures
    telling = []
    asked = None  # (line, period) of a question naming a period: the period of its answer's line
    for idx, s in enumerate(sents):
        state.disclaimed = idx in estimate_sents
        if para_main is not None:  # a roundup: the paragraph's company, none where no company opens it
            lab = para_main.get(s.paragraph)
            main = r.EntityRef(kind="Company", label=lab) if lab is not None else None
            state.main_company = main
        if _REUSE_PASS1 and not (state.doc_mentions_segment and rec.segment_leads(s.text)) \
                and not any(a in s.text for a in added):
            # nothing new to look for since pass 1 (no segment leading the sentence, no alias
            # found since), so `find` would give what it gave then
            ms = list(first[idx])
        else:
            ms = rec.find(s.text, doc_aliases, segment_doc=True) if state.doc_mentions_segment \
                else find_memo.find(rec, s.text, doc_aliases)
        if state.doc_mentions_segment:   # "The group reports two segments: …" is the lead of a list, no unit
            ms = [m for m in ms if not (m.kind == "Segment" and unit_sentences.is_announcement(m.text))]
        if unit_tables and any(t[0].start <= s.start <= t[0].end for t in unit_tables):
            ms = caption_tables.unit_row_mentions(ms)   # a units table's row names a unit, no product "Europe 68.9"
        mentions_all.extend(ms)
        if idx == 0:
            title_ms = ms   # the title's names: what a spec grid is about (_grid_subject)
        ev = r.Evidence(doc=doc_id, start=s.start, end=s.end, quote=s.text)
        ctx = rel.SentenceContext(text=s.text, evidence=ev, mentions=ms, state=state, paragraph=s.line)
        if asked is not None and s.line != asked[0]:  # the answer to a question naming a period (report_period.asks)
            state.paragraph_period, asked = (s.line, asked[1]), None
        # cheap gates first: most sentences have no numbers and no time words
        digits = _has_digit(s.text)
        low = v.fold(s.text)   # (a figure in words, number_words: "forty-one million dollars", "nineteen per cent")
        ctx.moneys = (unit_brackets.with_bracketed(document_scale.apply(v.find_money(s.text, notation), s.text, amounts_in), s.text)
                      if digits or _any_in(low, v.SPELLED_MONEY_WORDS) else [])   # "net debt (bin TL) stood at 2.318.406" (unit_brackets)
        ctx.percents = (v.find_percents(s.text, notation)
                        if digits or _any_in(low, _PCT_WORDS) or _any_in(low, v.SPELLED_PERCENT_WORDS) else [])
        ctx.counts = v.find_counts(s.text, notation) if digits or _any_in(low, v.SPELLED_COUNT_WORDS) else []
        ctx.periods = (resolve_mentions(v.find_periods(s.text, doc_date), s.text, dctx)
                       if digits or _time_words(s.text, low) else [])
        ctx.durations = v.find_durations(s.text) if _any_in(low, _DURATION_WORDS) else []
        if idx in superseded:  # "An earlier version of this story said …": no fact, no claim from those values
            spans = superseded[idx]
            kept = [corrections.drop(x, spans) for x in (ctx.moneys, ctx.percents, ctx.counts)]
            if not any(kept):
                continue
            ctx.moneys, ctx.percents, ctx.counts = kept
        if ms or ctx.moneys or ctx.percents or ctx.counts or ctx.periods:
            telling.append(s)  # names an entity or carries a figure: kept if it gives no fact (stored_sentences)
        state.timeline_date = pending_timeline
        pending_timeline = None
        tl = _TIMELINE_ENTRY.fullmatch(s.text) if ":" in s.text else None
        if tl:
            ds = v.find_dates(tl.group(1), doc_date)
            if ds:
                pending_timeline = ds[0][0]
                continue
        cst.see_line(s.text)
        unit_list.see(s.text, s.is_heading, cleaned[cleaned.rfind("\n", 0, s.start) + 1:s.start], cst)
        lu = line_units.get(s.line)
        if lu is not None and (state.line_unit is None or state.line_unit[0] != s.line):
            state.line_unit = (s.line, lu[0])
            state.last_segment = lu[0]
            if main is not None:
                ev = sents[lu[1]]
                facts.append(r.SegmentOf(segment=lu[0], company=main,
                                         evidence=r.Evidence(doc=doc_id, start=ev.start, end=ev.end, quote=ev.text)))
                found.setdefault(("Segment", lu[0].label), facts[-1].evidence)
        before = cleaned[cleaned.rfind("\n", 0, s.start) + 1:s.start]
        opens_item = bool(_LIST_MARK_BEFORE.search(before) or (not before.strip() and _LIST_NUMBER_OPENS.match(s.text)))
        # a later sentence of a list line stays on the list ("1.1 Revenue … Organic growth was -3.6%.")
        state.bullet_line = opens_item or (state.bullet_line and s.line == state.list_item_line)
        state.list_item_line = s.line if opens_item else state.list_item_line
        state.numbered_item = bool(_NUMBER_MARK_BEFORE.search(before))   # "2. Capital commitments: …" (figures.NUMBERED_ITEM_LABEL)
        _list_period(state, s.text, ctx.periods, doc_period, s.is_heading)
        if s.is_heading and idx > 0 and not headings.table_line(found_tables, s.start):
            # period_scope heading-period: the heading's part of a year, else none (a table's row or header line is
            # no heading: headings.TABLE_LINE)
            hq = heading_part(ctx.periods, s.text)
            state.heading_period = rel._period(hq) if hq is not None else None
        line_at = cleaned.rfind("\n", 0, s.start) + 1
        if guidance_grid is not None and (s.paragraph != guidance_grid.paragraph or cleaned[line_at:s.start].strip()):
            guidance_grid = None   # (the table's paragraph ended, or a sentence within a line: no row)
        if guidance_grid is None and not cleaned[line_at:s.start].strip() and guidance_tables.may_head(s.text, low):
            g_line = cleaned[line_at:_line_end(cleaned, s.start)]
            g_year = [p for p in ctx.periods if p.kind in ("year", "fiscal_year")]
            guidance_grid = guidance_tables.header(
                g_line, s.paragraph, rel._period(g_year[0]) if len(g_year) == 1 else rel._period(heading_outlook) if heading_outlook is not None
                else state.outlook_period[1] if state.outlook_period is not None else None)
        g_row = None
        if guidance_grid is not None and digits:   # a guidance table's row (guidance_tables.py)
            g_line = cleaned[line_at:_line_end(cleaned, s.start)]
            g_row = guidance_tables.row_facts(guidance_grid, g_line, guidance_tables.values_in(g_line, ctx.moneys, ctx.percents, notation), main, ev)
            if g_row[0] and not (ctx.moneys or ctx.percents):   # (bare figures under a label's unit note: the row gives nothing else)
                facts.extend(g_row[0])
                claims += g_row[1]
                continue
        if outlook_lists.lead(s.text, s.is_heading, bool(ctx.moneys or ctx.percents)):   # a list of the company's guidance under it (outlook_lists.py)
            outlook_list = (state.list_period,)
        elif outlook_list is not None and (not (opens_item or ":" in s.text and LIST_LABEL.match(s.text)) or s.is_heading and not digits):
            outlook_list = None   # (a line that is no list line, or the next section's heading, ends the list)
        if s.text.rstrip().endswith(":"):   # periods.target_list_lead: a list of targets inherits no period
            target_list = target_list_lead(s.text, ctx.periods)
        elif not (state.bullet_line or ":" in s.text and LIST_LABEL.match(s.text) or _BULLET_OPEN.match(s.text)):
            target_list = False
        here_tb = tables.table_at(found_tables, s.start) if found_tables else None
        header = here_tb.header if here_tb is not None and (s.text.lstrip().startswith("|") or here_tb.shape in ("aligned-columns", "leader-dots", "csv")) else None
        row_ev = ev
        if header is not None and here_tb.shape == "aligned-columns" and len(re.findall(
                r"\S+(?:[ ](?! )\S+)*", cleaned[cleaned.rfind("\n", 0, s.start) + 1:s.start])) >= 2:
            header = None   # (the rest of a row split at "p.p.": the row was read with its label's sentence)
        if header is not None and here_tb.shape == "leader-dots":  # a dotted row is one statement: its whole line
            a, b = tables.line_span(cleaned, s.start)
            header = header if a == s.start else None  # (the row's value, split off as a sentence of its own, is read with its label)
            row_ev = r.Evidence(doc=doc_id, start=a, end=b, quote=cleaned[a:b])
        state.table_periods = None if header is None else tables.column_periods(
            header, lambda cell: resolve_mentions(v.find_periods(cell, doc_date), cell, dctx), doc_period,
            segment_tables.lead_line(cleaned, here_tb.head) if here_tb.head >= 0 else "")
        is_title = idx == 0 and not re.search(r"[.!?…]['\"”’)]*$", s.text)
        # a table's header line names its columns' measure, period and unit, never a value (tables.py)
        table_head = bool(found_tables) and tables.header_line_at(found_tables, s.start) is not None
        # (a row of a units table with bare numbers only, "| Beta | 2,500 | – |", is a row, not a heading)
        if header is not None and here_tb.start not in spec_grids:   # (a key/value spec grid: table_rows.SPEC_GRID)
            spec_grids[here_tb.start] = table_rows.thing_grid(header, tables.row_texts(here_tb, cleaned)) or table_rows.spec_table(header, tables.row_texts(here_tb, cleaned))
        if header is not None and here_tb.start not in unit_col_tables:   # (a table whose columns are units: unit_columns.py)
            unit_col_tables[here_tb.start] = unit_columns.unit_columns(
                header, state.table_periods or [], tables.row_texts(here_tb, cleaned))
        unit_row = header is not None and (any(t[0] is here_tb for t in unit_tables) or spec_grids[here_tb.start]
                                           or bool(unit_col_tables[here_tb.start])
                                           or table_rows.measure_table(header, state.table_periods or [])
                                           or transposed.transposed(header, state.table_periods or [])
                                           and (transposed.period_row(row_line := tables.row_text(here_tb, cleaned, s.start))
                                                or transposed.version_like(row_line)))
        # (a unit's row under a unit heading that ends on a bare figure, "Eco Solution (ES; …): 2.31 trillion
        # / 134.2 billion", is a row, not a heading: relations.segment_rows reads it)
        unit_row = unit_row or bool(state.unit_rows and UNIT_ROW.gated(s.text) and UNIT_ROW.pattern.match(s.text))
        if is_title or table_head or (s.is_heading and not unit_row and not (ctx.moneys or ctx.percents)
                                      and not (ctx.counts and np_measures.label_line(ctx))   # ("Customers at 30 June: 3,050")
                                      and not (digits and per_share.stated(s.text))   # ("* Final dividend 3.15p per share")
                                      and not (digits and found_lists and list_lines.on_unmarked_row(
                                          found_lists, cleaned.rfind("\n", 0, s.start) + 1, s.end))
                                      and not (digits and field_lines.form_field(cleaned, s.start, s.text))):   # ("  Media (…)   4,918")
            # headings and titles state no facts of their own, but set the scene
            # ("INTERIM REPORT — THIRD QUARTER 2025": the period the report is on)
            if idx < FURNITURE_SENTENCES:
                prose_before = 0  # a page's furniture (cookie notice, menu) before its headline block
            if idx < 6 and doc_period is None and (_REPORT_HEADING.search(s.text) or half_year_heading(s.text, ctx.periods, dctx.calendar)
                                                   or year_ended_heading(s.text, ctx.periods) or part_results_heading(s.text, ctx.periods)):
                dctx.reporting = next((p for p in ctx.periods if p.kind in ("quarter", "half")), None) \
                    or half_year_heading(s.text, ctx.periods, dctx.calendar) \
                    or year_ended_heading(s.text, ctx.periods)  # "2025 Semi-Annual Report", "Results for the Year Ended …" (report_period.py)
                doc_period = rel._period(dctx.reporting) if dctx.reporting is not None else None
                if dctx.reporting is not None and yearless_part(dctx.reporting):
                    # "Airtel Q2 results: …": a quarter with no year (a calendar guess) until the lead
                    # dates it ("for the September quarter (Q2 FY26)")
                    doc_period_guessed = dctx.reporting.kind
            for m in ms:
                if m.kind == "Segment":
                    state.last_segment = rel.ref(m)
            rel.note_unit_heading(ctx, heading=True)   # rows under a unit heading name units (relations.segment_rows)
            if role_rules.participant_line(s.text):   # a call's participants list: "Name — Title, …"
                facts.extend(rel.people(ctx))
            elif state.signature is not None or role_rules.signature_name(s.text) or people_lines.person_line(s.text) or people_boards.election_item(s.text):
                facts.extend(rel.people(ctx))   # a signature block's name line, then its titles line; a person's line ("CFO: X")
            risk_open = _risk_claims(s, cleaned, doc_id, state.main_company, risk_open, claims)
            heading_outlook = outlook_heading_period(s.text, ctx.periods)   # "Outlook for FY2026 (…)" (periods.py)
            continue
        if heading_outlook is not None and (state.outlook_period is None or state.outlook_period[0] != s.line):
            state.outlook_period = (s.line, rel._period(heading_outlook))   # outlook-heading: the year of its section's outlook
        if (idx < 6 or prose_before < LEAD_SENTENCES) and (doc_period is None or doc_period_guessed):
            # the lead: the first sentences, or on a web page the first prose after its furniture
            for p in ctx.periods:
                if stray_date(s.text, p) or (p.kind == "range" and p.end is None):
                    continue  # "co-founded the business in 2000", "since 2018": no period reported on
                if comparison_period(s.text, 0, p.start_idx):
                    continue  # "Revenue came in at £47.5 million, up from £25.7 million in 2023": the comparison's year
                if (p.kind in ("quarter", "half", "range")
                        or (p.kind == "year" and (_ANNUAL.search(s.text) or year_before_result(s.text, p)))
                        or (p.kind == "fiscal_year" and p.end is not None and fiscal_year_reported(p, s.text))) \
                        and re.search(r"\bresults\b|\brevenues?\b|\bearnings\b|\bsales\b|\bprofit\b|\breported\b|\b(?:interim|quarterly|half-year)\s+report\b|\bhighlights\b", s.text, re.I) \
                        and not expectation_before(s.text, p):  # "no longer expects sales to shrink in 2026"
                    if doc_period_guessed and not (p.start and (re.search(r"\d", p.text) or p.kind == "quarter") and p.kind == doc_period_guessed
                                                   and (p.start, p.end) != (doc_period.start, doc_period.end)):
                        continue
                    # a bare "first-half" is read as a calendar half until the lead dates it
                    # ("For the six months ended September 30, 2025, …")
                    doc_period, dctx.reporting = rel._period(p), p
                    doc_period_guessed = p.kind if (p.kind == "half" and not re.search(r"\d", p.text)) or yearless_part(p) else None
                    break
        # (a results form's row is no prose: the lead comes after the form, tables.RESULTS_FORM)
        prose_before += len(s.text.split()) >= 8 and not tables.form_header(header)
        # the period the article reports on holds for a figure whose sentence names none (a
        # sentence naming another time, "in 2019", "last year", keeps its own: period_for)
        period_in_force = doc_period
        if not any(p.kind in ("quarter", "half", "range") for p in ctx.periods) and _outlook(s.text, low) or target_list:
            period_in_force = None  # a full-year outlook is not a figure of the quarter reported on
        used: set[int] = set()
        sent_facts: list = []
        sent_facts += rel.segments(ctx, gaz.seg_parent)
        sent_facts += rel.segment_contents(ctx)
        sent_facts += [f for f in rel.segment_membership(ctx) if f not in sent_facts]
        sent_facts += rel.models(ctx)
        sent_facts += rel.powers(ctx)
        read: set[int] = set()   # amounts the investment clause gave to another agent, or a valuation
        inv = prior_year.investment_spans(s.text, rel.investments(ctx, read), ctx.periods)   # "… in 2026–2028" (prior_year.py)
        if not inv and main is not None and ctx.moneys and "\n" not in s.text:
            inv = _budget_line(cleaned, s, ctx, main, ev)   # "- A$72 million — <target>: …" under a budget (investment_roles)
        used |= read
        inv_amounts = {(a.currency, a.value) for f in inv for a in f.amounts}
        for m in ctx.moneys:
            if (m.currency, m.value) in inv_amounts:
                used.add(m.start)
        sent_facts += inv
        sent_facts += rel.restrictions(ctx)
        sent_facts += rel.people(ctx)
        rivalry = rel.competition(ctx)
        sent_facts += rivalry
        for f in rivalry:   # a rival no list knows ("competes with A, B and C")
            if not any(m.label == f.competitor.label for m in ms):
                found.setdefault((f.competitor.kind, f.competitor.label), ev)
        sent_facts += rel.gaps(ctx)
        sent_facts += rel.initiatives(ctx)
        held, u = holdings(ctx)
        used |= u
        sent_facts += held
        for f in held:   # a holder the gazetteer does not know ("The Swiss Confederation owns 51% of …")
            for e in (f.holder, f.company):
                if not any(m.label == e.label for m in ms):
                    found.setdefault((e.kind, e.label), ev)
        shares, u = rel.market_shares(replace(ctx, percents=[p for p in ctx.percents if p.start not in u]) if u else ctx)
        used |= u
        sent_facts += shares
        tg, u = rel.targets(ctx)
        used |= u
        sent_facts += tg
        tg, u = commitments.targets(ctx, main)   # "reduce our supplier base from 1,900 to 1,400 by 30 June 2028" (commitments.py)
        used |= u
        sent_facts += tg
        obs = owned_by_clause(_flows_over_spans(_inherited_only_by_own(observations(ctx, used, gaz.segments_of, period_in_force), state),
                                                ctx, period_in_force), ctx)   # figure_owner.py (issue34w)
        obs = prior_year.redate(s.text, obs, doc_period)   # a value "a year earlier" is that year's (prior_year.py)
        if notation.bracket_prior:   # "MSEK 6 318 (5 702)": the bracket is the year before (prior_year.py)
            obs += prior_year.bracketed_priors(s.text, obs, ctx.moneys)
        pp = state.paragraph_period[1] if state.paragraph_period and state.paragraph_period[0] == s.line else None
        sent_facts += undate_present_shares(s.text, obs, pp)   # "… now account for 18%": the present (periods.py)
        # a claim with no period of its own is dated like the typed figures of its line: by the dated
        # heading or lead line of its section or list ("1. Group summary, July-September 2024"), else
        # by the period the article reports on
        # (period_scope.py: the list's or heading's period, else the paragraph's, else the report's)
        scope_p = scope_period(state, s.line, doc_period, s.text)
        sent_claims = owned_claims(clause_claims(ctx, scope_p, cst), ctx)  # (a dated day, "Sep 11, 2025", is no section's period;
        # a figure another company's clause owns is never the article's company's claim, figure_owner.py)
        sent_claims = np_measures.fill(ctx, sent_claims)   # "Goodwill amounted to SEK X": the noun phrase's measure (np_measures.py)
        sent_facts += prose_measures.typed_facts(ctx, sent_claims, sent_facts, scope_p)  # "raised $X in a round" (prose_measures.py)
        sent_facts += np_measures.typed_facts(ctx, sent_claims, sent_facts)
        if (ps := per_share.typed_facts(ctx, scope_p, np_measures._own_period)):   # "final dividend of 3.15p" (per_share.py)
            sent_facts = per_share.merged(sent_facts, ps)
        sent_facts = level_bases.based(ctx, sent_facts)   # "$1.41 per diluted share on a GAAP basis" (level_bases.py)
        tb = next((t for t in unit_tables if t[0].start <= s.start <= t[0].end), None) if header is not None else None
        if tb is not None and main is not None:
            # a row of a table of the company's units: the row's unit and its figures (segment_tables.py)
            lead_periods = resolve_mentions(v.find_periods(tb[1], doc_date), tb[1], dctx)
            lead_p = next((rel._period(q) for q in lead_periods if q.start or re.search(r"\d", q.text)), None)
            col_periods = [q if q is None or isinstance(q, r.Period) else rel._period(q) for q in (state.table_periods or [])]
            unit_row_text = tables.row_text(tb[0], cleaned, s.start)
            if notation is not None and notation.decimal == ",":
                unit_row_text = english(unit_row_text, notation)   # ("| Portos | 150.356 | (1.318) |": the document's notation)
            unit, row = segment_tables.row_facts(
                unit_row_text, header, main, col_periods, lead_p or doc_period, row_ev,
                lambda item: next((rel.ref(m) for m in ms if m.text == item and m.kind not in ("Company", "Person")), None),
                lead=tb[1], known_units=state.known_segments, sheet=segment_tables.sheet_note(cleaned, tb[0].head, tb[0].end))
            if unit is not None:
                sent_facts = [f for f in sent_facts if not (f.kind == "observation" and f.subject == main)] + row
                # (the row's claim, with no period of its own, is of the row's first dated column)
                row_p = next((q for q in col_periods if q is not None), None)
                sent_claims = [c.model_copy(update={"subject": unit} | (
                    {"period": row_p} if row_p is not None and (c.period is None or c.period.inherited) else {}))
                    if c.subject == main else c for c in sent_claims]
                found.setdefault(("Segment", unit.label), ev)
                if doc_aliases.get(unit.label, ("Segment",))[0] != "Segment" or unit.label not in doc_aliases \
                        and unit.label not in rec.by_surface:
                    # (a name the document's other sentences made a company, "Thermal Systems", is
                    # the unit the table's row says it is)
                    doc_aliases[unit.label] = ("Segment", unit.label)
                    added.append(unit.label)
                short = unit.label[len(main.label) + 1:] if unit.label.startswith(main.label + " ") else ""
                if short and short not in doc_aliases and short not in rec.by_surface:
                    # (the row's own short name, "Banking" of "Tietoevry Banking", names the unit later)
                    doc_aliases[short] = ("Segment", unit.label)
                    added.append(short)
        if header is not None and main is not None:
            # a row's numbers read as its table says: measure, currency and scale, period (table_rows.py)
            t_lead = tb[1] if tb is not None else segment_tables.lead_line(cleaned, here_tb.head)
            t_lead_p = next((rel._period(q) for q in resolve_mentions(v.find_periods(t_lead, doc_date), t_lead, dctx)
                             if q.start or re.search(r"\d", q.text)), None) if tb is not None else None
            new, vals, row_p, part_unit = table_rows.row_statement(
                cleaned, here_tb, s.start, tables.row_text(here_tb, cleaned, s.start), t_lead,
                [q if q is None or isinstance(q, r.Period) else rel._period(q) for q in (state.table_periods or [])],
                units_table=tb is not None, company=main, known_units=state.known_segments,
                default_period=t_lead_p or doc_period, evidence=row_ev, have=sent_facts,
                spec_subject=_grid_subject(here_tb, cleaned, title_ms, rec, doc_aliases),
                rows=tables.row_texts(here_tb, cleaned) if spec_grids.get(here_tb.start) else None,
                sheet=segment_tables.sheet_note(cleaned, here_tb.head, here_tb.end), notation=notation)
            sent_facts = table_rows.estimate_of(sent_facts, new)   # (an estimate column's cell is no actual)
            sent_facts = table_rows.without_change_levels(sent_facts, vals)   # (a change cell is no level)
            if spec_grids.get(here_tb.start) and new or tb is None and here_tb.shape == "aligned-columns" and vals \
                    or part_unit is not None and table_rows.old_new_columns(here_tb.header) is not None:
                # a spec grid's row states the figures its cells hold, no others (table_rows.SPEC_GRID)
                sent_facts = [f for f in sent_facts if f.kind != "observation"]
            sent_facts += new
            if vals and sent_claims:
                c0 = sent_claims[0]
                sent_claims[0] = c0.model_copy(update={"values": vals} | ({"subject": part_unit} if part_unit else {}) | (
                    {"period": row_p} if row_p is not None and (c0.period is None or c0.period.inherited) else {}))
        if header is not None and main is not None and tb is None:
            uc_kinds = unit_col_tables[here_tb.start]
            if uc_kinds:
                # a row of a table whose columns are the company's units: each unit's figure (unit_columns.py)
                uc_lead = segment_tables.lead_line(cleaned, here_tb.head) if here_tb.head >= 0 else ""
                uc_cols = [q if q is None or isinstance(q, r.Period) else rel._period(q) for q in (state.table_periods or [])]
                uc_p = (uc_cols or [None])[0] or next(
                    (rel._period(q) for q in resolve_mentions(v.find_periods(uc_lead, doc_date), uc_lead, dctx)
                     if q.start or re.search(r"\d", q.text)), None) or doc_period
                uc_note = segment_tables.corner_money(header) or segment_tables.unit_note("", uc_lead) \
                    or segment_tables.sheet_note(cleaned, here_tb.head, here_tb.end)
                uc_row = tables.row_text(here_tb, cleaned, s.start)
                if notation is not None and notation.decimal == ",":
                    uc_row = english(uc_row, notation)
                uc_facts = unit_columns.row_facts(uc_row, header, uc_kinds, uc_cols, main, uc_p,
                                                  uc_note, row_ev)
                uc_seen = {(o.subject, o.value, o.unit, o.period) for o in sent_facts if o.kind == "observation"}
                sent_facts += [f for f in uc_facts if f.kind != "observation" or (f.subject, f.value, f.unit, f.period) not in uc_seen]
                for f in uc_facts:
                    if f.kind == "segment_of":
                        found.setdefault(("Segment", f.segment.label), ev)
        ct_lead = segment_tables.lead_line(cleaned, here_tb.head) if header is not None and tb is None and here_tb.head >= 0 else ""
        ct = segment_tables.company_table(header, ct_lead) if header is not None and tb is None else None
        if ct is not None:
            # a row of a table of companies (vendors, operators): the row's company and its figures (segment_tables.COMPANY_ROWS)
            who, row = segment_tables.company_row_facts(
                tables.row_text(here_tb, cleaned, s.start), header, ct,
                [q if q is None or isinstance(q, r.Period) else rel._period(q) for q in (state.table_periods or [])],
                doc_period, row_ev, ct_lead,
                lambda lab: main if main is not None and lab == main.label else next(
                    (rel.ref(m) for m in ms if m.text == lab and m.kind == "Company"), None))
            if who is not None and row:
                sent_facts = [f for f in sent_facts if not (f.kind == "observation" and main is not None and f.subject == main)] + row
                vals = segment_tables.company_claim_values(row)   # (the row's claim states what its typed figures do)
                sent_claims = [c.model_copy(update={"subject": who} | ({"values": vals} if k == 0 else {}))
                               if main is not None and c.subject == main else c for k, c in enumerate(sent_claims)]
                found.setdefault((who.kind, who.label), ev)
        if header is not None and main is not None and tb is None and transposed.transposed(header, state.table_periods or []):
            # a row of a table whose rows are periods and columns measures (transposed.py)
            t_row = transposed.label_cells(tables.row_text(here_tb, cleaned, s.start))
            t_text = transposed.row_period_text(header[0], t_row[0]) if t_row and t_row[0] else ""
            t_ps = transposed.one_span(resolve_mentions(v.find_periods(t_text, doc_date), t_text, dctx)) if t_text else []
            t_lead = segment_tables.lead_line(cleaned, here_tb.head) if here_tb.head >= 0 else ""
            t_version = None
            if len(t_ps) <= 1 and t_row and t_row[0] and transposed.version_like(tables.row_text(here_tb, cleaned, s.start)):
                # a row of a forecast-revision table: the forecast's period is its label's ("Full year (revised)")
                # or else the caption's (transposed.FORECAST_VERSIONS)
                t_labels = [transposed.label_cells(tables.row_text(here_tb, cleaned, here_tb.start + k))[0]
                            for k in _line_starts(cleaned, here_tb.start, here_tb.end)]
                t_version = transposed.version_row(t_row[0], t_labels, t_lead)
                if t_version is not None and not t_ps:
                    spans = {(q.start, q.end) if q.start is not None else q.label: q for q in (rel._period(x) for x in resolve_mentions(
                        v.find_periods(t_lead, doc_date), t_lead, dctx))}
                    t_ps = list(spans.values()) if len(spans) == 1 else []
            if len(t_ps) == 1:
                t_p = t_ps[0] if isinstance(t_ps[0], r.Period) else rel._period(t_ps[0])
                if doc_period is not None and t_p.start is not None and (t_p.start, t_p.end) == (doc_period.start, doc_period.end):
                    t_p = doc_period   # the period reported on, under the article's own name for it (tables.column_periods)
                if t_version is not None and not segment_tables.unit_note(header[0], t_lead):
                    # a forecast table printed without its unit under an earlier table of the same columns that
                    # states it, "(Millions of yen)", is in that unit (transposed.FORECAST_VERSIONS)
                    t_lead += " " + next((tb.header[0] for tb in found_tables if tb.end < here_tb.start
                                          and tb.header[1:] == header[1:] and segment_tables.unit_note(tb.header[0])), "")
                grid = transposed.row_facts(t_row, header, t_lead, t_p, main, row_ev, t_version,
                                            sheet=segment_tables.sheet_note(cleaned, here_tb.head, here_tb.end))
                if grid:
                    sent_facts = [f for f in sent_facts if f.kind != "observation"] + grid
                    if sent_claims:   # (the row's claim states what the typed figures do)
                        c_update = {"values": transposed.claim_values(grid), "period": t_p}
                        if t_version == "revised":
                            # the revised row's claim is the guidance change: the new outlooks, then the previous
                            # row's as the previous guidance (as typed.py keeps a prose revision; FORECAST_VERSIONS)
                            prev_at = next((k for k in _line_starts(cleaned, here_tb.start, here_tb.end)
                                            if transposed.version_row(transposed.label_cells(tables.row_text(
                                                here_tb, cleaned, here_tb.start + k))[0], t_labels, t_lead) == "previous"), None)
                            prev = transposed.row_facts(transposed.label_cells(tables.row_text(here_tb, cleaned, here_tb.start + prev_at)),
                                                        header, t_lead, t_p, main, row_ev, "previous") if prev_at is not None else []
                            c_update["values"] += transposed.claim_values(prev, basis=transposed.PREVIOUS_BASIS)
                            c_update["relations"] = tuple(x for x in sent_claims[0].relations if x.kind != "guidance_change") + (
                                r.ClaimRelation(kind="guidance_change", detail="change"),)
                        sent_claims[0] = sent_claims[0].model_copy(update=c_update)
        cl = segment_tables.contents_line(s.text) if main is not None and ":" in s.text and not ctx.moneys \
            and not ctx.percents else None
        if cl is not None:
            # a list line '<Unit> segment: A, B and C': the unit's contents (segment_tables.CONTENTS_LINE)
            seg_m = next((m for m in ms if m.kind == "Segment" and m.text in (cl[0], f"{cl[0]} segment")), None)
            unit = r.EntityRef(kind="Segment", label=cl[0]) if seg_m is None or seg_m.label != cl[0] else rel.ref(seg_m)
            sent_facts.append(r.SegmentOf(segment=unit, company=main, evidence=ev))
            for item in cl[1]:
                x = next((m for m in ms if m.text == item), None)
                if x is not None and x.kind in ("Company", "Person", "Segment"):
                    continue
                sent_facts.append(r.InSegment(item=rel.ref(x) if x is not None else r.EntityRef(kind="CostItem", label=item),
                                              segment=unit, evidence=ev))
                if x is None and item[:1].isupper() and item not in doc_aliases and item not in rec.by_surface:
                    # a named line of the unit ("Subscription & SaaS"): later sentences name it
                    doc_aliases[item] = ("CostItem", item)
                    added.append(item)
            found.setdefault(("Segment", unit.label), ev)
        if len(ctx.moneys) >= 2 and main is not None:
            before = next((f.period for f in reversed(facts) if f.kind == "observation" and f.subject == main
                           and f.period is not None and f.evidence.start >= cleaned.rfind("\n", 0, s.start)), None)
            sent_facts += _unit_list_figures(ctx, sent_facts, main, period_in_force or before, found, doc_aliases, added, rec)
        ul = counted_lines.get(s.line) if main is not None and s.line not in counted_done else None
        if ul is not None:
            # a line of a block a counted lead announces: its unit, the unit's figures and contents (unit_lines.py)
            counted_done.add(s.line)
            own_p = next((rel._period(q) for q in ctx.periods if q.start or re.search(r"\d", q.text)), None)
            sent_facts, unit = unit_lines.line_facts(ul, ctx, sent_facts, main, counted_measures, own_p)
            _counted_units(state, [unit], ev, found, doc_aliases, added, rec)
            sent_claims = [c.model_copy(update={"subject": unit}) if c.subject == main else c for c in sent_claims]
        uc = counted_clauses.get(idx) if main is not None else None
        if uc is not None:
            # the clauses of a sentence after "X reports three segments.": one unit each (unit_sentences.py)
            own_p = next((rel._period(q) for q in ctx.periods if q.start or re.search(r"\d", q.text)), None)
            sent_facts, units = unit_sentences.clause_facts(uc, ctx, sent_facts, main, own_p or period_in_force, rel._split_list)
            _counted_units(state, units, ev, found, doc_aliases, added, rec)
            declared_units.update(u.label for u in units)
            if len(units) == 1:
                sent_claims = [c.model_copy(update={"subject": units[0]}) if c.subject == main else c for c in sent_claims]
            else:   # each clause's claim is its unit's
                sent_claims = unit_sentences.clause_claims(uc, ctx, sent_claims, main)
        if main is not None and uc is None and ctx.moneys and "," in s.text:
            # "Enterprise SSD controllers, led by the <product>, generated US$21.4 million": the line's (unit_sentences.py)
            sent_facts, sent_claims, line = unit_sentences.line_subject_facts(ctx, sent_facts, sent_claims, main, period_in_force)
            if line is not None:
                found.setdefault((line.kind, line.label), ev)
        if main is not None and uc is None and (ctx.moneys or ctx.percents or ctx.counts):
            # "The subsidiary X, based in …, invoiced …": the unit's figures, not the company's (subsidiary_clauses.py)
            sent_facts, sent_claims, sub = subsidiary_clauses.unit_facts(ctx, sent_facts, sent_claims, main, main_names)
            if sub is None:   # "The restructuring practice grew revenue …", "Indonesia contributed S$…" (unit_subjects.py)
                sent_facts, sent_claims, subs = unit_subjects.clause_units(ctx, sent_facts, sent_claims, main, period_in_force,
                                                                           cos_before, frozenset(main_names))
                sub = subs[0] if subs else None
                for e in subs[1:]:
                    found.setdefault((e.kind, e.label), ev)
            if sub is not None:
                found.setdefault((sub.kind, sub.label), ev)
            # "Its larger competitor, X, which closed its year with revenue of …": the rival's (subsidiary_clauses.py)
            sent_facts, sent_claims, rivals = subsidiary_clauses.rival_facts(ctx, sent_facts, sent_claims, main, main_names)
            for e in rivals:
                found.setdefault((e.kind, e.label), ev)
        listed = list_lines.measure_lines(ctx, sent_claims, cst) if not any(f.kind == "observation" for f in sent_facts) else []
        lp = state.list_period
        if lp is not None and not ctx.periods:  # a list line with no date of its own is dated by its lead line
            listed = [o.model_copy(update={"period": lp}) if o.kind == "observation" else o for o in listed]
        # (the line's claim states the same measure: its amount and change carry it, table_rows.with_measure)
        sent_claims = table_rows.with_measure(sent_claims, [o for o in listed if o.kind == "observation"])
        for o in listed:  # a unit named only by its list line is a discovered entity, found later on
            unit = o.subject if o.kind == "observation" else o.segment
            found.setdefault((unit.kind, unit.label), o.evidence)
            if unit.label not in doc_aliases and unit.label not in rec.by_surface:
                doc_aliases[unit.label] = (unit.kind, unit.label)
                added.append(unit.label)
        sent_facts += listed
        if found_lists and "unit" in low:
            # "(unit: 100 million yuan)" names the scale of the figures under it, never a figure (segment_tables.UNIT_NOTES)
            sent_facts, sent_claims = list_lines.drop_scale_notes(s.text, sent_facts, sent_claims)
        rows_here = list_lines.rows_on_line(found_lists, cleaned.rfind("\n", 0, s.start) + 1, s.end) if found_lists else []
        if main is not None and (":" in s.text or "|" in s.text) and not rows_here and not listed \
                and cst.list_measure is None and not any(f.kind == "observation" for f in sent_facts) \
                and field_lines.opens_field(cleaned, s.start):
            # a form's field line: its label is the claim's predicate and measure (field_lines.py); a list's row
            # is the list's (list_lines.py)
            person = field_lines.block_person(cleaned, s.start)
            who = r.EntityRef(kind="Person", label=person) if person else main
            day = tuple(p.text for p in ctx.periods if p.kind == "day")
            got, sent_claims = field_lines.read(s.text, sent_claims, who, ev, day)
            # a quote page's line of several fields: its money values under their keys (rule field-pairs-line)
            sent_facts += got or field_lines.read_pairs(s.text, main, ev)
        if rows_here and not state.disclaimed:
            # a list line as a grid's row: its label the subject or measure, the caption its header (list_lines.py)
            sent_facts, sent_claims, named = _list_rows(rows_here, list_readings, cleaned, facts, claims, sent_facts,
                                                        sent_claims, main, ms, doc_aliases, period_in_force, ev,
                                                        lambda t: resolve_mentions(v.find_periods(t, doc_date), t, dctx),
                                                        main_names, notation)
            for e in named:
                found.setdefault((e.kind, e.label), ev)
                if e.label not in doc_aliases and e.label not in rec.by_surface:
                    doc_aliases[e.label] = (e.kind, e.label)
                    added.append(e.label)
        for o in sent_facts:  # a unit named by a list line's label ("Pictures: sales ¥344.5 billion")
            if o.kind == "observation" and o.subject.kind == "Segment" and o.subject.label not in rec.by_surface \
                    and LIST_LABEL.match(o.evidence.quote):
                found.setdefault(("Segment", o.subject.label), o.evidence)
        # relations between two named organisations a verb class states (clause_relations.py)
        rel_facts, sent_claims, rel_named = clause_relations.apply(ctx, sent_facts, sent_claims)
        sent_facts += rel_facts
        for e in rel_named:   # a name only the clause's structure gives ("owned by Orvane Capital")
            found.setdefault((e.kind, e.label), ev)
        sent_facts = _guidance_and_deals(sent_facts, sent_claims, s.text, doc_period)
        sent_facts = guidance_moves.moved(sent_facts, s.text, ctx.periods, rel._period)   # "raised at Q3 to X from Y" (guidance_moves.py)
        sent_facts = guidance_moves.previously(sent_facts, s.text, [*ctx.moneys, *ctx.percents])   # "… expected at X (previously Y)" (guidance_moves.py)
        sent_claims = guidance_moves.settle(sent_claims, sent_facts)   # a change of guidance raised or cut, as its figures show
        if outlook_list is not None:   # a guidance list's line: its figures are the outlook
            sent_facts = outlook_lists.retype(sent_facts, s.text, outlook_list[0])
        if g_row is not None and g_row[0]:   # a guidance table's row: its outlook facts (guidance_tables.py)
            g_facts, g_claims = g_row
            if g_facts:
                sent_facts = [f for f in sent_facts if f.kind != "observation"] + g_facts
                sent_claims = [c for c in sent_claims if not any(x.kind == "guidance_change" for x in c.relations)] + g_claims
        state.outlook_period = next(((s.line, o.period) for o in sent_facts if o.kind == "observation" and o.period is not None
                                     and re.search(r"\b(?:outlook|guidance|forecast)$", o.measure)
                                     and re.fullmatch(r"(?:FY)?\d{4}", o.period.label)), state.outlook_period)
        if state.outlook_period is None or state.outlook_period[0] != s.line:
            # outlook-of-paragraph (periods.REPORT_RULES): "cut its full-year forecast for the fiscal year
            # ending March 2026": the year its paragraph's outlook figures are for
            q = next((p for p in ctx.periods if p.kind in ("year", "fiscal_year") and p.end is not None
                      and expectation_before(s.text, p)), None)
            if q is not None:
                state.outlook_period = (s.line, rel._period(q))
        if (declared_units or state.known_segments) and uc is None:
            # "Yettel Hungary's revenue": a rival's, not the Hungary segment's; "…, and the company's net income": the group's
            sent_facts, sent_claims = unit_sentences.own_names(s.text, sent_facts, sent_claims,
                                                               declared_units | state.known_segments, main)
        facts.extend(sent_facts)
        claims += sent_claims
        cos_before = _companies_named(ms, s.line, cos_before)   # (unit_subjects: whose "its unit" the paragraph's next sentence names)
        # a deal's terms, once the document states one deal (deals.py, issue34k)
        claims += deals.terms(s.text, ctx.mentions, ctx.moneys, ctx.percents, sent_claims, ev, deal_state, ctx.periods)
        # an agreement's parties and terms: lease, contract, loan facility, joint venture (agreements.py, issue41d)
        for c in (got := agreements.terms(s.text, ctx.mentions, ctx.moneys, ev, agreement_state, main)):
            for e in c.others[:1]:   # a counterparty no list knows ("with Castlegate Realty Trust")
                found.setdefault((e.kind, e.label), ev)
        claims += got
        risk_open = _risk_claims(s, cleaned, doc_id, state.main_company, risk_open, claims)
        # the paragraph's unit in focus: the last unit of the article's company a figure named
        for o in sent_facts:
            if o.kind == "observation" and o.subject.label in state.units:
                state.paragraph_unit = (s.line, o.subject)
            elif o.kind == "observation" and main is not None and o.subject == main:
                state.paragraph_unit = None
        for f in sent_facts:  # segments named in a list become recognisable in later sentences
            if f.kind == "segment_of" and f.company == main:
                state.known_segments.add(f.segment.label)
            if f.kind == "segment_of" and f.segment.label not in doc_aliases and f.segment.label not in rec.by_surface:
                doc_aliases[f.segment.label] = ("Segment", f.segment.label)
                added.append(f.segment.label)
        # remember what this sentence was about, for "that segment", "it", "the unit"
        for m in ms:
            if m.kind == "Segment":
                state.last_segment = rel.ref(m)
            if m.kind in ("AIModel", "ModelFamily"):
                state.last_model = rel.ref(m)
        for p in ctx.periods if ctx.periods and not _EXPECTS.search(s.text) else ():  # an outlook's period is not the paragraph's
            if (p.kind in ("quarter", "half", "range") and not (p.kind == "range" and p.end is None)
                    or year_ended(p, s.text)) and not stray_date(s.text, p) and not horizon(p) and not question_number(p, s.text) \
                    and not comparison_period(s.text, 0, p.start_idx) and sets_scope(s.text, p.start_idx, p.end_idx) \
                    and not bracketed_comparative(s.text, p, -1):  # "to ₹178 crore from ₹103 crore in the December quarter",
                # "Gross margin slipped to 26.5% (Q2: 27.2%)": the comparative's period, not the paragraph's
                state.paragraph_period = (s.line, rel._period(p))
        if asks(s.text) and not (ctx.moneys or ctx.percents or ctx.counts) and state.paragraph_period is not None \
                and state.paragraph_period[0] == s.line:
            asked = state.paragraph_period
    # the dated events of each sentence, a table row's or a label line's too (events.py, issue33p)
    if state.main_company is not None:
        things = {m.text: rel.ref(m) for m in mentions_all if m.kind in events.THING_KINDS and m.text}
        claims = _dated_events(sents, claims, state.main_company, doc_id, doc_date, things)
    # the signers of the document's signature blocks and bylines (signatures.py, issue33p)
    signed, signed_orgs = signature_roles.block_roles(cleaned, doc_id, state.main_company, (
        r.EntityRef.model_construct(kind=m.kind, label=m.label) for m in mentions_all if m.label), facts)
    facts += signed
    for org, org_ev in signed_orgs:
        found.setdefault((org.kind, org.label), org_ev)
    persons = {m.label for m in mentions_all if m.kind == "Person"} | set(people.values()) | {document.author}
    facts = _merge_investments(_dedupe(_not_own_segment(facts, persons)))
    # a notice's new values hold from the day it takes effect (effective_dates.py)
    facts = effective_dates.date_new_values(facts, effective_dates.effective_day([x.text for x in sents], lambda t: v.find_periods(t, doc_date)))
    # a grid's cell and the prose stating the same figure are one fact (grid_once.py)
    facts = grid_once.once(facts, [(tb.head if tb.head >= 0 else tb.start, tb.end) for tb in found_tables])
    if declared_units:   # a unit a count declared is no company, though discovery took its name for one
        mentions_all = [m for m in mentions_all if not (m.kind == "Company" and m.label in declared_units)]
    claims = without_digit_groups(claims, cleaned)
    # a bare "$" / "Rs." in the currency of the exchange the document names (document_currency.py)
    facts, claims = document_currency.apply(facts, claims, document_currency.read(cleaned))
    entities = _entities(facts, mentions_all, gaz, found)
    entities = _claim_entities(entities, claims, found)
    bases, vfacts = versions(entities, facts, cleaned, lambda label: _first_naming(sents, label, doc_id), known)
    entities = sorted(entities + bases, key=lambda e: (e.kind, e.label))
    facts += vfacts
    kept = stored_sentences.unstated(telling, [x.evidence for x in (*facts, *claims, *entities) if x.evidence is not None], doc_id)
    return r.Extraction(document=document, entities=tuple(entities), facts=tuple(facts),
                        claims=tuple(claims),  # one per clause: no duplicates to drop
                        sentences=kept, contexts=_contexts(cleaned, facts, claims, entities, kept, sents),
                        company=main.label if main is not None else None, units=tuple(sorted(state.units)))


def _contexts(cleaned: str, facts, claims, entities, kept, sents) -> tuple[r.Context, ...]:
    """The heading path and column headers of every quoted span (passage_context.read)."""
    spans = {(e.start, e.end) for e in (*(x.evidence for x in (*facts, *claims, *entities)), *kept) if e is not None}
    return tuple(r.Context.model_construct(start=a, end=b, heading=c.heading, columns=c.columns)
                 for (a, b), c in sorted(passage_context.read(cleaned, spans, sents).items()))


def _dated_events(sents, claims: list, main: r.EntityRef, doc_id: str, doc_date, things: dict) -> list:
    """The claims with the dated events their sentences name (`events.event_claims`)."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(claims):
        by_span.setdefault((c.evidence.start, c.evidence.end), []).append(i)
    out = list(claims)
    for s in sents:
        if not events.triggered(s.text):
            continue
        here = by_span.get((s.start, s.end), [])
        ev = out[here[0]].evidence if here else r.Evidence(doc=doc_id, start=s.start, end=s.end, quote=s.text)
        got = events.event_claims(s.text, s.start, [out[i] for i in here], main, ev, doc_date, things)
        for i, c in zip(here, got):
            out[i] = c
        out += got[len(here):]
    return out


def _line_starts(text: str, a: int, b: int) -> list[int]:
    """The offsets (relative to `a`) where the lines of text[a:b] start."""
    out, at = [], a
    while at <= b:
        out.append(at - a)
        nl = text.find("\n", at, b)
        if nl < 0:
            break
        at = nl + 1
    return out


def _lookups(rec, doc_aliases: dict[str, tuple[str, str]]):
    """`company_of(name)`: the gazetteer label of the company a name names (or names first);
    `other_of(name)`: the kind of a name the gazetteer knows as no company (a regulator, a country)."""
    # (each asked of the same names many times by the focus model: memoised while the aliases
    # stay as they were)
    memo: dict = {}

    def found(name: str) -> list:
        key = (name, len(doc_aliases))
        ms = memo.get(key)
        if ms is None:
            ms = memo[key] = find_memo.find(rec, name, doc_aliases)
        return ms

    def company_of(name: str) -> str | None:
        for m in found(name):
            if m.kind == "Company" and m.source != "doc-alias":
                return m.label
        return None

    def other_of(name: str) -> str | None:
        for m in found(name):
            if m.kind in ("Organization", "Country", "Place", "Person") and m.text == name and m.source != "doc-alias":
                return m.kind
        return None
    return company_of, other_of


def _roundup(sents, cleaned: str, rec, doc_aliases: dict[str, tuple[str, str]]) -> dict[int, str] | None:
    """A roundup's paragraphs and the company each is about (focus.roundup); the names the
    gazetteer lacks join `doc_aliases` as companies."""
    company_of, other_of = _lookups(rec, doc_aliases)
    leads, seen = [], set()
    for s in sents:
        if s.paragraph not in seen:
            seen.add(s.paragraph)
            leads.append((s.paragraph, s.text))
    paras = roundup(leads, cleaned, company_of, other_of)
    if paras is None:
        return None
    for lab in set(paras.values()):
        if company_of(lab) is None:
            doc_aliases[lab] = ("Company", lab)
    return paras


def _companies_named(ms, line: int, before: tuple[int, frozenset[str]] | None) -> tuple[int, frozenset[str]]:
    """(paragraph, the companies its last sentence naming any named): what a later "its … unit" may be of."""
    cos = frozenset(m.label for m in ms if m.kind == "Company")
    return (line, cos) if cos or before is None or before[0] != line else before


def _own_legal(f, target: str, cleaned: str) -> bool:
    """The text writes the focus's own legal name: its label's, or (issue49f) that of an alias the focus reading
    gives, other than `target`'s ("Supplier: ZELLIS UK LIMITED" beside its parent "Zellis Holdings Limited",
    focusset29 held 27: two companies, the label "Zellis" stays the supplier's)."""
    if own_legal_name(f.label, cleaned):
        return True
    for a in f.aliases:
        m = _LEGAL_END.search(a) or _LEGAL_END.search(a.title())   # (a form in capitals: "ZELLIS UK LIMITED")
        core = a[:m.start()].strip(" ,") if m is not None else ""
        # (not the target's own name inside a longer one: "BY QUENBY BOTANICALS LTD", "Weir Group Pension Trustee Limited")
        if core and target.upper() not in core.upper() and own_legal_name(core, cleaned):
            return True
    return False


def _focus(sents, cleaned: str, rec, doc_aliases: dict[str, tuple[str, str]], footer: str | None = None):
    """The document's own company (focus.py); its names join `doc_aliases`, and names pass 0
    read as other companies ("Hon Hai Precision Industry Co.") become its aliases."""
    company_of, other_of = _lookups(rec, doc_aliases)
    top = [s.text for s in sents[:14]]
    f = focus_company(top, cleaned, company_of, other_of, footer)
    if f is None:
        return None
    f = with_units(f, top, cleaned, company_of, rec.by_surface)
    named = {f.label, *f.aliases}   # the headline's form stays a name of it ("HCLTech")
    if not f.known:  # "Sony" when pass 0 read "Sony Group" (a legal-suffix form): keep that label
        for n in (f.label, *f.aliases):
            if doc_aliases.get(n, ("", ""))[0] == "Company":
                # not when the focus's own full name is another name: "Acme Semiconductor", whose
                # short form "Acme" pass 0 gave to its joint venture "Acme Partners Semiconductor"
                target = doc_aliases[n][1]
                a, b = f.label.lower() + " ", target.lower() + " "
                if " " in f.label and n != f.label and not (a.startswith(b) or b.startswith(a)):
                    continue
                if _own_legal(f, target, cleaned) and own_legal_name(target, cleaned):
                    # (issue34w) not when the text gives both their legal names, "PULSANT LIMITED" and
                    # "Pulsant Topco Limited", its parent: two companies (focusset22 10, focusset24 04)
                    continue
                if subsidiary_named(target).search(cleaned):   # (units.py rule subsidiary-named)
                    # not a name the text introduces as a subsidiary: "The subsidiary Acme Technologies
                    # (Suzhou) Co., Ltd. recorded …" is a unit of the filer "ACME CORPORATION BERHAD"
                    continue
                f.label = target
                break
    names = named | {f.label} if not f.known else set(f.aliases)
    names.update(abbreviations(f.label, cleaned))      # "SKT", "TCS"
    for alias, (kind, label) in list(doc_aliases.items()):
        if kind == "Company" and (label in names or alias in names
                                  or _LEGAL_END.sub("", label).strip() == f.label   # "ASML Holding"
                                  or same_company(label, f.label)):   # "PT ACME Tbk" / "Acme" (issue43n)
            doc_aliases[alias] = ("Company", f.label)
    for n in names:
        doc_aliases[n] = ("Company", f.label)
    for noun in f.class_nouns:  # `Acme SA (the "Group")`: the Group is the company
        doc_aliases[noun] = ("Company", f.label)
    for surface in bound_descriptions(f.label, f.aliases, cleaned):  # "the bank", "the lender"
        doc_aliases.setdefault(surface, ("Company", f.label))
    # its units (units.py) are its segments in this document, unless the gazetteer knows them as
    # companies; one named "<Company> <Name>" is later called by its own name ("InfraCo chief
    # executive X")
    kept = []
    for u in f.units:
        if u in rec.by_surface or doc_aliases.get(u, ("", ""))[0] == "Company" and doc_aliases[u][1] != u:
            continue
        kept.append(u)
        doc_aliases[u] = ("Segment", u)
        toks = u.split()
        rest = " ".join(toks[1:]) if len(toks) in (2, 3) and toks[0] == f.label.split()[0] else ""
        # "InfraCo" for "Telstra InfraCo"; "the AI Factory" for "Telenor AI Factory" (two words, said
        # with "the" more often than the full name: units.py rule officer-of-unit)
        two = " " in rest and len(name_rx(rf"\b[Tt]he\s+{re.escape(rest)}\b").findall(cleaned)) > cleaned.count(u)
        if (len(rest) >= 4 and " " not in rest or two) and rest not in COMMON_WORDS and rest not in rec.by_surface \
                and not re.fullmatch(UNIT_WORDS, rest) and _count_word(rest, cleaned) > cleaned.count(u):
            doc_aliases.setdefault(rest, ("Segment", u))
    f.units = kept
    return f


# a run-in heading of a paragraph, a sentence of its own: "Segments (FQ4).", "Business units."
_RUN_IN_HEADING = re.compile(r"[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,2}(?:\s*\([^)]{1,20}\))?\.")


def _count_word(w: str, text: str) -> int:
    return count_word(text, w)


class _UnitList:
    """A lead saying a list of units follows without naming its measure ("Broadcom reports two
    segments:", "The company reports three segments, and all but one grew:", the heading "Segment
    results (fiscal Q4 2025)"), or naming it in a heading ("Segment revenue (US dollars)"): the
    list lines under it ("- QCT: $9.82 billion, up 13%") state each unit's revenue (or the
    heading's measure). A heading's list may start after up to MAX_PROSE sentences; an indented
    line is a part of the unit above it, so no segment of the company itself."""
    MAX_PROSE = 2

    def __init__(self) -> None:
        self.measure: str | None = None
        self.prose = 0
        self.in_list = False
        self.units = True  # the lead names units (a breakdown by product category lists no units)

    def see(self, text: str, heading: bool, indent: str, cst: ClaimState) -> None:
        line = text.strip()
        if ":" in line and LIST_LABEL.match(line) and not line.endswith(":"):
            self.in_list = True
            if self.measure is not None and (cst.list_measure is None or cst.list_measure == self.measure):
                cst.list_measure = self.measure
                cst.list_of_units = self.units and not indent.startswith("  ")
            return
        by = table_rows.breakdown_measure(line) if heading else None  # "Revenue by product category (Q4)"
        if self.in_list or (heading and not UNIT_WORD.search(line) and by is None) or self.prose >= self.MAX_PROSE:
            self.measure, self.in_list, self.prose = None, False, 0
        if by is not None and not UNIT_WORD.search(line):
            self.measure, self.prose, self.units = by, 0, False
        elif (line.endswith(":") or heading or _RUN_IN_HEADING.fullmatch(line)) and UNIT_WORD.search(line) and len(line.split()) <= 12:
            h = HEAD_RE.search(line)
            self.measure, self.prose, self.units = (h.group(0).lower() if h else "revenue"), 0, True
        elif self.measure is not None:
            self.prose += 1


# a run-in heading naming a unit, and the sentence after it saying so: "Networks. The segment
# comprises …", "- Software: $7.21 billion, +10%. The segment comprises Hybrid Cloud …"
_RUN_IN = plain(r"^(?:[-*•]\s*)?(?P<name>[A-Z][\w&/’'-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&/’'-]*){0,4})(?:\.$|:\s)")
_THE_SEGMENT = plain(r"^The\s+(?:segment|division|unit|business\s+unit)\s+(?:comprises|includes|covers|consists|contains|houses|groups|spans)\b")
_BULLET_OPEN = plain(r"\s*[-*•]")   # (asked of every sentence: compiled once)


def _list_period(state, text: str, periods, doc_period, heading: bool = False) -> None:
    """A list's lead line that states a period dates the list's lines ("Revenue by product line in
    fiscal 2025:", "In the third quarter of 2025 X reported:", "Segment revenue for the quarter:"),
    as does a heading naming a dated period ("Divisions (nine months ended September 30, 2026)");
    the list ends at the first line that is not a list line. Kept on the document state as
    `list_period` (read by figures.period_for)."""
    dated = next((rel._period(q) for q in periods if (q.start or q.end or re.search(r"\d", q.text))
                  and not bracketed_comparative(text, q, -1)), None)   # ("… A$41.8 million (Q4 FY25: A$38.9 million)": the comparative's)
    if heading and state.bullet_line and state.list_period is not None:
        pass  # list-line-keeps-lead (periods.LIST_LINE_KEEPS_LEAD): "* Revenue of $101.4 million, compared with
        # $98.7 million in Q2 2025" under "Second quarter 2026 highlights:" names the quarter compared with
    elif heading and dated is not None and not text.rstrip().endswith(":") and not (":" in text and LIST_LABEL.match(text)):
        # (a list line is no heading: "- Total revenue: $21.5 billion, up 11% from $19.4 billion in
        # fiscal 2023" names the year compared with, the list stays dated by its heading)
        state.list_period = dated
    elif text.rstrip().endswith(":"):
        p = dated
        if p is None and doc_period is not None and re.search(r"\b(?:the\s+quarter|quarterly|(?:first|second|third|fourth)-quarter)\b", text, re.I):
            p = doc_period
        state.list_period = p
    elif not state.bullet_line and not (":" in text and LIST_LABEL.match(text)) and not _BULLET_OPEN.match(text):
        state.list_period = None


def _line_units(sents) -> dict[int, tuple[r.EntityRef, int]]:
    """Lines opened by a unit's name that a later sentence on the line calls "the segment":
    line -> (the segment, index of that sentence)."""
    out: dict[int, tuple[r.EntityRef, int]] = {}
    first: dict[int, str] = {}
    for i, s0 in enumerate(sents):
        if s0.line not in first:
            first[s0.line] = s0.text
            continue
        if s0.line in out or not _THE_SEGMENT.match(s0.text):
            continue
        m = _RUN_IN.match(first[s0.line])
        if m and m.group("name").split()[0] not in ("The", "This", "Its", "Our", "Total", "Group"):
            out[s0.line] = (r.EntityRef(kind="Segment", label=m.group("name")), i)
    return out


def _unit_list_figures(ctx, sent_facts: list, main: r.EntityRef, period_in_force, found: dict,
                       doc_aliases: dict, added: list, rec) -> list:
    """A sentence listing units with a figure each (unit_figures.py): each amount is its
    conjunct's unit's. An observation read with another subject gets the unit; an amount no
    observation took becomes one (the sentence's measure, revenue when it names none); each unit is
    a segment of the company, the contents its apposition names are in it. Changes `sent_facts`'
    observations in place; returns the new facts."""
    known = ctx.state.known_segments
    seg_mentions = {m.text: m for m in ctx.mentions if m.kind == "Segment"}
    read = unit_figures.read(ctx.text, ctx.moneys, lambda n: n in known or n in seg_mentions)
    if not read:
        return []
    companies = {m.label for m in ctx.mentions if m.kind == "Company"} | {main.label}
    h = HEAD_RE.search(ctx.text)
    measure = h.group(0).lower() if h else "revenue"
    measure = "revenue" if measure in ("revenues", "turnover") else measure
    dated = next((rel._period(q) for q in ctx.periods if q.start or re.search(r"\d", q.text)), None)
    period = dated or (ctx.state.paragraph_period[1] if ctx.state.paragraph_period and ctx.state.paragraph_period[0] == ctx.paragraph else None) \
        or period_in_force
    new: list = []
    for pos, name, contents in read:
        if name in companies or rec.by_surface.get(name) is not None and rec.by_surface[name].kind == "Company":
            continue
        m = next(x for x in ctx.moneys if x.start == pos)
        sm = seg_mentions.get(name)
        unit = rel.ref(sm) if sm is not None else r.EntityRef(kind="Segment", label=name)
        taken = False
        for i, f in enumerate(sent_facts):
            if f.kind == "observation" and f.value == m.value and f.unit == m.currency and f.value_text == m.text:
                taken = True
                if f.subject != unit:
                    # ("Defence revenue rose to …": the unit's revenue, its name no part of the measure)
                    own = f.measure.lower().startswith(unit.label.lower() + " ")
                    sent_facts[i] = f.model_copy(update={"subject": unit} | ({"measure": f.measure[len(unit.label) + 1:]} if own else {}))
        if not taken:
            new.append(r.Observation(subject=unit, measure=measure, value=m.value, unit=m.currency, value_max=m.value_max,
                                     qualifier=m.qualifier, value_text=m.text, period=period, evidence=ctx.evidence))
        new.append(r.SegmentOf(segment=unit, company=main, evidence=ctx.evidence))
        for words in contents:
            for item in rel._split_list(words):
                x = next((x for x in ctx.mentions if x.text == item and x.kind not in ("Company", "Person", "Segment")), None)
                new.append(r.InSegment(item=rel.ref(x) if x is not None else r.EntityRef(kind="CostItem", label=item),
                                       segment=unit, evidence=ctx.evidence))
        found.setdefault(("Segment", unit.label), ctx.evidence)
        if doc_aliases.get(unit.label, ("Segment",))[0] != "Segment" or unit.label not in doc_aliases \
                and unit.label not in rec.by_surface:
            doc_aliases[unit.label] = ("Segment", unit.label)
            added.append(unit.label)
    return new


def _counted_units(state, units: list, ev, found: dict, doc_aliases: dict, added: list, rec) -> None:
    """Units a counted announcement named (unit_lines, unit_sentences): the last one is what a
    following "it" or "the segment" means; each is a name later sentences recognise."""
    for unit in units:
        state.last_segment = unit
        found.setdefault(("Segment", unit.label), ev)
        found.pop(("Company", unit.label), None)   # (a name discovery took for a company: the count says it is a unit)
        if doc_aliases.get(unit.label, ("Segment",))[0] == "Company" and unit.label not in rec.by_surface:
            doc_aliases[unit.label] = ("Segment", unit.label)
            added.append(unit.label)
        if unit.label not in doc_aliases and unit.label not in rec.by_surface:
            doc_aliases[unit.label] = ("Segment", unit.label)
            added.append(unit.label)


def _budget_line(cleaned: str, s, ctx, main: r.EntityRef, ev) -> list:
    """The company's investment a list line opened by an amount states under a caption naming a
    budget (investment_roles rule budget-line): the line's first amount, its target the words after it."""
    ls = cleaned.rfind("\n", 0, s.start) + 1
    if cleaned[ls:s.start].strip(" \t-*•·"):
        return []
    found = investment_roles.budget_line_at(cleaned, ls)
    if found is None:
        return []
    money = min(ctx.moneys, key=lambda m: m.start)
    if " ".join(money.text.split()) != " ".join(found[0].split()):
        return []   # (the amount read whole, its scale word too: "EUR 120 m" read as EUR 120 is no investment)
    return [r.Investment(investor=main, amounts=(rel._money(money),) + tuple(rel._money(e) for e in money.equivalents),
                         target=found[1], evidence=ev)]


def _list_rows(rows_here, readings: dict, cleaned: str, facts: list, claims: list, sent_facts: list, sent_claims: list,
               main: r.EntityRef | None, ms, doc_aliases: dict, period_in_force, ev, resolve, main_names=frozenset(),
               notation=None):
    """The list-line rows of a sentence's line read as a grid's (list_lines.apply): each block's
    caption is read once, when its first row is met, against the figures stated before it."""
    for bl, _ in rows_here:
        if bl.start not in readings:
            readings[bl.start] = list_lines.read_block(bl, cleaned, list_lines.wholes(facts + sent_facts, claims, main), notation)
    bl0 = rows_here[0][0]

    def company_of(label: str):
        if main is not None and (label in main_names or doc_aliases.get(label, ("", ""))[1] == main.label):
            return main
        m = next((m for m in ms if m.text == label and m.kind == "Company"), None)
        if m is not None and readings[bl0.start].units and m.source != "gazetteer" and not _LEGAL_END.search(m.text) \
                and sum(1 for rw in bl0.rows if any(x.text == rw.label and x.kind == "Company" for x in ms)) * 2 < len(bl0.rows):
            # (list_lines rule discovered-name-in-units: under a caption naming units, a row whose label only a
            # discovery reader took for a company, without a legal form, among rows that are units, is a unit:
            # "NET SALES BY DIVISION" over "- Global Technologies: …" beside three unit rows, probe25 04_mycronic;
            # "… three business units …" over "- Segurança (…)", probe24 01_intelbras)
            return None
        if m is not None:
            return rel.ref(m)
        if main is not None and label not in doc_aliases and list_lines.title_names(cleaned, label, [rw.label for rw in bl0.rows]):
            return main   # the one row naming the company the title names, by a name no reader linked to it (list_lines)
        return None
    cap_p = next((q for q in resolve(bl0.caption) if q.start or re.search(r"\d", q.text)), None) if bl0.caption else None
    period = rel._period(cap_p) if cap_p is not None else period_in_force
    return list_lines.apply(rows_here, readings, sent_facts, sent_claims, main, company_of, period, ev)


_THING_KINDS = ("Product", "AIModel", "Project", "Application")


def _grid_subject(tb, cleaned: str, title_ms, rec, doc_aliases) -> r.EntityRef | None:
    """The thing a spec grid is about (table_rows.SPEC_GRID): the one product, model or project the
    heading above the table names, else the one the document's title names; None (the company)
    when neither names exactly one."""
    lead = segment_tables.lead_line(cleaned, tb.head) if tb.head >= 0 else ""
    for ms in (find_memo.find(rec, lead, doc_aliases) if lead else [], title_ms):
        things = {(m.kind, m.label) for m in ms if m.kind in _THING_KINDS}
        if len(things) == 1:
            kind, label = next(iter(things))
            return r.EntityRef(kind=kind, label=label)
        if things:
            return None
    return None


def _unit_tables(cleaned: str, found: list) -> list:
    """The tables of `found` that list the company's units, each with the line above its header
    (segment_tables.unit_table)."""
    out = []
    for tb in found:
        head_start = tb.head
        lead = segment_tables.lead_line(cleaned, head_start)
        if segment_tables.unit_table(tb.header, lead) and not table_rows.measure_rows(tables.row_texts(tb, cleaned)):
            out.append((tb, lead))   # (rows that are measures list no units: table_rows.MEASURE_ROWS)
    return out


def _first_naming(sents, label: str, doc_id: str) -> r.Evidence | None:
    """The first sentence that names `label` as a whole word."""
    rx = name_rx(rf"(?<![\w-]){re.escape(label)}(?![\w-])")
    s0 = next((s for s in sents if rx.search(s.text)), None)
    return r.Evidence(doc=doc_id, start=s0.start, end=s0.end, quote=s0.text) if s0 else None


def _claim_entities(entities: list[r.Entity], claims: list[r.Claim],
                    found: dict[tuple[str, str], r.Evidence]) -> list[r.Entity]:
    """Entities that only claims name (a list line's label) join the document's entities,
    discovered, with the sentence that names them."""
    have = {(e.kind, e.label) for e in entities}
    extra: dict[tuple[str, str], r.Entity] = {}
    for c in claims:
        for e in (c.subject, *c.others, *(x for rel_ in c.relations for x in (rel_.target, rel_.agent) if x)):
            key = (e.kind, e.label)
            if key not in have and key not in extra:
                extra[key] = r.Entity(kind=e.kind, label=e.label, discovered=True,
                                      evidence=found.get(key, c.evidence))
    return sorted(entities + list(extra.values()), key=lambda e: (e.kind, e.label))


_DATELINE = plain(r"^\s*(?:published|updated|posted|date)\s*:|^\s*by\s+[A-Z]|\|\s*\w+ \d|^[A-Z][A-Z ,.]{2,40},\s+\w+\.? \d{1,2},? \d{4}\s*[—–-]|^\s*(?:mon|tue|wed|thu|fri|sat|sun)\w*,", re.I)


def _doc_date(norm: str):
    """The publication date from a dateline or byline in the first lines, else None. HTML pages
    put their furniture first, so a dateline or byline proper is also looked for further down."""
    lines = norm.split("\n")
    for n, line in enumerate(lines[:15] + [x for x in lines[15:] if x.strip()][:30]):
        s = line.strip().strip("*_#> ").strip()
        if not s:
            continue
        if _DATELINE.search(s) or _DATELINE2.search(s) or (n < 15 and len(s.split()) <= 6 and v.find_dates(s)):
            d = v.parse_doc_date(s) or (v.find_dates(s)[0][0] if v.find_dates(s) else None)
            if d:
                return d
    return None


# "BONN, 13 November 2025 — …", "*Veldhoven, 15 October 2025* — By …", "November 5, 2025 | Santa
# Clara", "… · **Published:** 9 December 2025"
_DATELINE2 = plain(
    r"^[A-Z][A-Za-z .'-]{1,30},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\**\s*[—–-]"
    r"|^[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*\||\bpublished:?\**\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}", re.I)


# a name written with a lower-case initial (rule lower-initial-name, session 26): one or two lower-case letters
# then a capital or a dot and a word ("q.beyond AG", probe29 01 quarterly statement; "iRhythm Technologies,
# Inc.", focusset29 11 510(k) summary: both read after first contact was scored); never an ordinary word
_LOWER_INITIAL = r"[a-z]{1,2}(?:\.[a-z]|[A-Z])"
_CORP = plain(
    rf"(?<![\w'’])(?P<name>(?:(?:[A-Z]|{_LOWER_INITIAL})[\w&'’-]*\s+){{0,3}}?(?:[A-Z]|{_LOWER_INITIAL})[\w&'’-]*)"
    rf"\s+(?P<suffix>{'|'.join(CORP_MARKERS)})(?![\w-])")
_COLUMN_GAP = plain(r"[ ]{3,}|\t")
_COLUMN_GAP_LAST = plain(r"(?s:.*)(?:[ ]{3,}|\t)")
_NOT_NAME = {"The", "This", "That", "Its", "Their", "Our", "Your", "His", "Her", "My", "A", "An", "In", "On", "By", "For", "And", "Published",
             "Updated", "Chief", "Chairman", "President", "CEO", "CFO", "Revenue", "Shares", "Analysts",
             "Investors", "Reporting", "By", "About", "After", "Before", "While", "Despite", "Why", "What",
             # a month before a name dates the clause ("In May Norvane Systems said …")
             "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"}


BARE_PARENT_RATIO = 3  # times more often the bare name stands alone than with its descriptor


def _bare_is_parent(bare: str, label: str, text: str) -> bool:
    """Whether the article's usual name is the bare `bare` ("Nokia", "Meta", "Qualcomm") rather
    than `label` ("Nokia Technologies"): the bare name stands alone BARE_PARENT_RATIO times as
    often as the full one appears (and at least that many times)."""
    if text.count(bare) < BARE_PARENT_RATIO:
        return False  # (a cheap bound first: a substring count is at least the whole-word count)
    n_full = count_word(text, label)
    n_bare = count_word(text, bare) - n_full
    return n_bare >= BARE_PARENT_RATIO and n_bare >= BARE_PARENT_RATIO * max(n_full, 1)


# (issue35w) words of a person's title, never inside a company's name: a signature's title line runs
# into its company line ("Chief Procurement Officer" / "Vocus Group", probe25 07 supplier letter;
# "Company Secretary" / "…", probe23 01 tanla outcome)
_TITLE_TOKENS = frozenset({"Officer", "Director", "Secretary", "Manager", "Chairman", "Chairwoman", "Chairperson",
                           "President", "CEO", "CFO", "COO", "CTO", "Treasurer"})


def _former_names(text: str, rec, doc_aliases: dict[str, tuple[str, str]], focus) -> list[tuple[str, tuple[str, int]]]:
    """Rule former-name (former_names.py): each former name the text gives a company of it becomes
    that company's alias in `doc_aliases` (its form-less name too: pass 0 may have read it as a
    company of its own); answers (label, (former name, offset)) for the Alias facts."""
    out = []
    for fn in former_names(text):
        if fn.current.lower() in ("the company", "the group"):
            label = focus.label if focus is not None else None
        else:
            held = doc_aliases.get(fn.current) or doc_aliases.get(_LEGAL_END.sub("", fn.current).strip(" ,"))
            label = held[1] if held is not None and held[0] == "Company" else next(
                (m.label for m in find_memo.find(rec, fn.current, doc_aliases)
                 if m.kind == "Company" and m.start == 0 and m.end >= len(fn.current.rstrip(" .,")) - 1), None)   # (the whole name: not "Tencent" of "Tencent and HongShan")
        short = _LEGAL_END.sub("", fn.former).strip(" ,")
        if label is None or fn.former in rec.by_surface or short in rec.by_surface or len(short) < 3 or short == label:
            continue
        for n in dict.fromkeys((fn.former, short)):
            doc_aliases[n] = ("Company", label)
        out.append((label, (short, fn.start)))
    return out


_PLACE_BEFORE = plain(r"([A-Z][a-z]+)[ \t]+$")


def _own_company_acronym(tok: str, text: str) -> bool:
    """Rule group-acronym (issue44c): a leading word in capitals that the text also writes as a company of
    its own, with a legal form or group word after it ("CITIC Limited", "CITIC Group" beside "CITIC Telecom
    International Holdings Limited", probe33 03; "CANCOM SE" beside "CANCOM Austria AG", focusset22 held 21),
    is the group's name opening its subsidiary's name, no heading word ("ANNOUNCEMENT", "SOURCE"): it stays."""
    # ((?<![\w-]) TOK \s+(?:LEGAL_FORM|Group|Holdings?)(?![\w-]): no pattern compiled per word, literal.framed)
    return framed(text, tok, _WORD_START_END, _FORM_OR_GROUP_AFTER)


_WORD_START_END = plain(r"(?<![\w-])\Z")
_FORM_OR_GROUP_AFTER = plain(rf"\s+(?:{LEGAL_FORM}|Group|Holdings?)(?![\w-])")


def _unknown_companies(text: str, rec, trades: dict[str, tuple[str, int]] | None = None) -> dict[str, tuple[str, str]]:
    """Names with a corporate suffix the gazetteer lacks, with their short forms; `trades` gains
    each registered name's trade name (trade_names.py rule trade-name): label -> (trade name, offset)."""
    out: dict[str, tuple[str, str]] = {}
    for m in _CORP.finditer(text):
        name = m.group("name")
        # rule column-gap (issue44c): a name never spans a layout's column gap (three spaces or a tab): the
        # field key or row label in the column before it is no word of the name ("Company Name   Acme K.S.C.P.")
        gap = _COLUMN_GAP.search(name) if "  " in name or "\t" in name else None
        toks = (name[_COLUMN_GAP_LAST.search(name).end():] if gap is not None else name).split()
        place = _PLACE_BEFORE.search(text, max(0, m.start() - 20), m.start()) if gap is None else None
        if place is not None and is_place_word(place.group(1)) and not is_place_word(toks[0]):
            toks = [place.group(1), *toks]   # (a name of five words: "Wuhan Lingque Intelligent Sensing Technology Co., Ltd.")
        while toks and (toks[0] in _NOT_NAME or toks[0] in LEGAL_PREFIXES or toks[0].isupper() and len(toks[0]) > 4
                        and not (len(toks) >= 2 and _own_company_acronym(toks[0], text))):
            toks = toks[1:]
        cut = max((i + 1 for i, t in enumerate(toks) if t in _TITLE_TOKENS), default=0)
        toks = toks[cut:]   # "Chief Procurement Officer / Vocus Group" (a signature): the company is after the title
        if not toks:
            continue
        pre = text[max(0, m.start() - 6):m.start()]
        if re.search(r"(?:'s|’s|\bits)\s*$", pre):
            continue  # "its Intelligent Services Group": a unit, not a company
        full = " ".join(toks + [m.group("suffix")])
        if any(t in rec.by_surface for t in (full, " ".join(toks), toks[0])):
            continue
        label = LEGAL_LAST.sub("", full).strip()
        if label in rec.by_surface:
            continue
        bare = " ".join(toks)
        if DESCRIPTOR.search(label) and _bare_is_parent(bare, label, text):
            # "Nokia Technologies" twice, "Nokia" 16 times: Nokia is the company, the other its unit
            out.setdefault(label, ("Company", label))
            out.setdefault(full, ("Company", label))
            out.setdefault(bare, ("Company", bare))
            continue
        for alias in {full, label, bare}:
            out.setdefault(alias, ("Company", label))
        trade = trade_name(toks)
        if trade is not None and trade not in rec.by_surface:
            # rule trade-name: "Beijing Fourth Paradigm Technology" is "Fourth Paradigm", never "Beijing"
            out.setdefault(trade, ("Company", label))
            if trades is not None:
                trades.setdefault(label, (trade, m.start()))
        elif len(toks[0]) >= 4 and toks[0] not in _NOT_NAME and toks[0] not in COMMON_WORDS and not is_place_word(toks[0]):
            out.setdefault(toks[0], ("Company", label))
    return out


def _is_chinese_order(label: str, gaz: _Gaz) -> bool:
    return False


def _guidance_and_deals(facts: list, claims: list[r.Claim], text: str, doc_period) -> list:
    """Read a sentence's figures with its claims: in a guidance change the figures after "from"
    are the previous guidance; a stake deal's price is not a figure of the company whose stake
    was sold; a growth stated at constant currency keeps that basis."""
    kinds = {x.kind: x for c in claims for x in c.relations}
    cc = {v.text for c in claims for v in c.values if v.basis == "constant currency"}
    out = []
    for f in facts:
        if f.kind == "observation" and f.change_text in cc and not f.change_basis and _cc_near(text, f.change_text):
            f = f.model_copy(update={"change_basis": "constant currency"})  # the claim read the basis
        if f.kind == "observation":
            deal = kinds.get("stake_deal")
            if deal is not None and deal.target is not None and f.subject.label == deal.target.label:
                continue
            if "guidance_change" in kinds and f.value_text:
                pos = text.find(f.value_text)
                if pos >= 0 and _after_from(text, pos) and not f.measure.startswith("previous ") \
                        and not has_period_after(text, pos + len(f.value_text)):  # "up from RMB6.2 billion in 2024": that year's figure
                    f = f.model_copy(update={"measure": f"previous {f.measure}", "period": None})
                elif f.period is not None and f.period.same_as(doc_period) and _OUTLOOK.search(text):
                    f = f.model_copy(update={"period": None})  # the outlook, not the quarter reported on
        out.append(f)
    return out


_QUAL_BEFORE = plain(r"(?:\s*(?:about|around|roughly|nearly|some|approximately)\b)?\s*$", re.I)


def _after_from(text: str, pos: int) -> bool:
    """Whether the value at `pos` is the one a "from" phrase introduces ("from its previous forecast
    of about $5 billion", "up from $4 billion"), not merely after a "from" earlier in the sentence
    ("revenue from AI power supply solutions of around …")."""
    return any(m.end() <= pos and _QUAL_BEFORE.fullmatch(text, m.end(), pos) for m in _FROM_PREVIOUS.finditer(text, 0, pos))


def _not_own_segment(facts: list, persons: set[str] = frozenset()) -> list:
    """A company's legal name is the company, not one of its segments: "Qualcomm Incorporated
    includes its licensing business, QTL, …" states no unit "Qualcomm Incorporated" of Qualcomm.
    Nor is a person named in the article ("Priya Raman covers chips and semiconductors …")."""
    def own(seg: r.EntityRef, company: str) -> bool:
        short = _LEGAL_END.sub("", seg.label).strip()
        return short != seg.label and (short == company or seg.label.startswith(company + " "))
    companies = {f.company.label for f in facts if f.kind == "segment_of"}
    out = []
    for f in facts:
        if f.kind == "segment_of" and (own(f.segment, f.company.label) or f.segment.label in persons):
            continue
        if f.kind == "in_segment" and (any(own(f.segment, c) for c in companies) or f.segment.label in persons):
            continue
        out.append(f)
    return out


def _cc_near(text: str, change_text: str) -> bool:
    """Whether "constant currency" follows this growth in its own clause ("up 9% in constant
    currency", "12% at constant currencies"), not a later clause's guidance ("up 10.7%, and raised
    its … guidance to 3-5% in constant currency")."""
    pos = text.find(change_text)
    after = text[pos + len(change_text):pos + len(change_text) + 60] if pos >= 0 else ""
    if re.match(r"\s*(?:on\s+an?\s+)?(?:reported|as-reported|nominal)\s+basis\b", after, re.I):
        return False  # "down 0.3% on a reported basis and up 0.2% at constant currency"
    return re.match(r"[^,;\d]*?\bconstant[- ]currenc|[^,;\d]*?\bat\s+constant\s+exchange", after, re.I) is not None \
        or re.search(r"\bconstant[- ]currency\b[^,;.]{0,40}$", text[max(0, pos - 60):max(pos, 0)], re.I) is not None


def _flows_over_spans(facts: list, ctx, doc_period) -> list:
    """flow-over-span (periods.KIND_RULES): a flow figure dated by a single day takes its sentence's span."""
    out = []
    for f in facts:
        if f.kind == "observation" and f.period is not None and f.period.start is not None and f.period.start == f.period.end:
            p = flow_span(f.measure, f.period, ctx.periods, ctx.text, f.value_text or "", doc_period)
            if p is not f.period:
                f = f.model_copy(update={"period": rel._period(p) if p is not None and hasattr(p, "start_idx") else p})
        out.append(f)
    return out


def _inherited_only_by_own(facts: list, state) -> list:
    """inherited-reporting-period (periods.REPORT_RULES): the period the article reports on is its
    own company's (and its units'); another company's figure keeps no period it did not state."""
    main = state.main_company
    if main is None:
        return facts
    units = getattr(state, "units", None) or ()
    out = []
    for f in facts:
        if f.kind == "observation" and f.period is not None and f.period.inherited and f.subject.label != main.label \
                and f.subject.kind != "Segment" and f.subject.label not in units:
            f = f.model_copy(update={"period": None})
        out.append(f)
    return out


def _dedupe(facts: list) -> list:
    seen, out = set(), []
    for f in facts:
        key = f.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _merge_investments(facts: list) -> list:
    """Within one document, reports of one commitment in different currencies are one fact."""
    invs = [i for i, f in enumerate(facts) if f.kind == "investment"]
    groups: list[list[int]] = []
    for i in invs:
        fi = facts[i]
        amts = {(a.currency, a.value) for a in fi.amounts}
        for g in groups:
            fg = facts[g[0]]
            gam = {(a.currency, a.value) for x in g for a in facts[x].amounts}
            if fg.investor == fi.investor and amts and amts & gam and (not fg.horizon or not fi.horizon or fg.horizon == fi.horizon):
                g.append(i)
                break
        else:
            groups.append([i])
    for g in groups:
        if len(g) < 2:
            continue
        amounts = {}
        for x in g:
            for a in facts[x].amounts:
                amounts.setdefault((a.currency, a.value), a)
        ordered = sorted(amounts.values(), key=lambda a: (a.currency == "USD", a.currency, a.value))
        horizon = next((facts[x].horizon for x in g if facts[x].horizon), None)
        announced = next((facts[x].announced for x in g if facts[x].announced), None)
        target = next((facts[x].target for x in g if facts[x].target), None)
        for x in g:
            facts[x] = facts[x].model_copy(update=dict(amounts=tuple(ordered), horizon=horizon,
                                                       announced=announced, target=facts[x].target or target))
    return facts


_ENTITY_KINDS = frozenset(typing.get_args(r.EntityKind))


class _MentionRef(NamedTuple):
    """What `_entities` reads of a mention's EntityRef (its kind and label), without building one."""
    kind: str
    label: str


def _entities(facts: list, mentions: list[Mention], gaz: _Gaz,
              found: dict[tuple[str, str], r.Evidence] | None = None) -> list[r.Entity]:
    refs: dict[tuple[str, str], set[str]] = {}

    def add(ref: r.EntityRef | None, alias: str | None = None):
        if ref is None:
            return
        s = refs.setdefault((ref.kind, ref.label), set())
        if alias and alias != ref.label:
            s.add(alias)

    for m in mentions:
        # (a mention's kind and label are those of a valid EntityRef, else it is built to say why not)
        ref = _MentionRef(m.kind, m.label) if m.label and m.kind in _ENTITY_KINDS else r.EntityRef(kind=m.kind, label=m.label)
        # a class noun standing for a defined term ("the Group") reads as the company here, but is no name of it
        add(ref, m.text if m.kind != "Person" and m.text.lower() != m.label.lower()
            and m.text not in CLASS_NOUNS else None)
        if m.alias:
            add(ref, m.alias)
    for f in facts:
        for name, val in f:
            if isinstance(val, r.EntityRef):
                add(val)
            elif isinstance(val, tuple) and val and isinstance(val[0], r.EntityRef):
                for x in val:
                    add(x)
        if f.kind == "alias":
            add(f.entity, f.alias)
    out = []
    for (kind, label), aliases in sorted(refs.items()):
        e = gaz.entry.get((kind, label))
        al = {a for a in aliases if _kept_alias(a, label)}
        country = None
        if e is not None:
            al |= gaz.kept_aliases(label, e.aliases)   # (the same filter, on the union: once per entry)
            country = e.country
        ev = (found or {}).get((kind, label)) if e is None else None
        out.append(r.Entity(kind=kind, label=label, aliases=tuple(sorted(al)), country=country,
                            discovered=ev is not None, evidence=ev))
    return out
