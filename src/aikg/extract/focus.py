"""Which company a document is about, read from its structure rather than from mention counts.

An article names its own company in a few fixed places: the headline's subject ("Deutsche
Telekom raises earnings goal …", "Foxconn profit jumps 17% …"), the subject of the dateline's
lead sentence ("BONN, 13 November 2025 — Deutsche Telekom raised …", "Hon Hai Precision
Industry Co., the Taiwanese contract manufacturer better known as Foxconn, posted …"), and a
header line giving the legal name in capitals ("TELEFONAKTIEBOLAGET LM ERICSSON (PUBL)").
Customers, partners and research firms it names ("… it is building with Nvidia", "…, per IDC")
appear there as objects, so counting mentions can pick them; the structure does not.

Each such place is a reading (`structural_readings`: headline-and-lead, lead-company, headline-company, person-of-lead, headline-recurring, lead-legal-name, ticker,
results-owner, caps-legal-name), and each reading is an evidence record of focus_score.EVIDENCE
with its weight and seen sources. The one decision is the scored choice of focus_score.py, where
these readings meet the other evidence: which company reports, whose clauses and figures the
text gives, who is named as another's rival, shareholder, unit or GPU supplier. No reading
decides alone; when no candidate scores, the article has no company of its own here.

The named rules of FOCUS_RULES are no evidence: a headline or lead opened by a regulator or a
country gives no reading (not-a-company), and a roundup whose paragraphs each open with another
company reporting has no single company (roundup: each paragraph is its opener's; a paragraph
whose figures are all one name's opens with it, roundup-figures; numbered items, roundup-items).

`focus_company` is a pure function of the document's first sentences, its text and a lookup of
known company names. It returns the focus company's label, whether the gazetteer knows it, and
the other names the document gives it (legal name, long form of an acronym), or None.
"""
from __future__ import annotations

from ..pattern_cache import plain, name_rx
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from .filer_terms import defined_filer_count
from .header_fields import buyer_field, chrome_title_prefix, field_line, is_section_word, not_party_names, page_chrome_title, party_field
from .literal import after_capitalised, after_name_run, framed, has_word, word_starts
from .legal_forms import DESCRIPTORS, LEGAL_END as _LEGAL_END, LEGAL_FORM as _FORM, LEGAL_LAST
from .name_shapes import title_of
from .salience import (MIN_CLAUSES, STOP as SALIENCE_STOP, person_surname, clause_subjects, figure_sentences,
                       owned_unit, possessives, product_owner_only, supplier_only)
from .focus_score import FILER_TERM_AGENT, FIRST_PERSON_AGENT, GUEST_EVIDENCE, LETTERHEAD_EVIDENCE, NARRATOR_EVIDENCE, choose, defined_short_forms, score_candidates
from .mention_roles import RELATION_WORD, agent_mentions, named_counts, place_like, public_body, role_only
from .units import named_units, reporting_subjects, reports, subsidiary_named, unit_of
from .places import is_place
from .writer import SELF_NAMED, WRITER_RULE, self_named_company, writer_company
from .narrator import COPYRIGHT_OWNER, guest_company, narrator_company
from .discover import EXCHANGES, is_exchange, research_houses
from .listing_names import listing_aliases, sibling_names
from .trade_names import is_place_word
from .measure_labels import is_measure_label
from .rule_record import RuleRecord

# kickers and section tags in front of a headline: "BRIEF:", "FEATURE |", "[BUSINESS]", "# "
# a numbered label: "Ep. 212: …", "No. 14 | …", "Issue #118 — …" (rule numbered-label: focusset21 dev 11 podcast
# episode page 'Ep. 212:'; probe14 07 vnet_week_in_review's numbered items; invented 'Vol. 3: …')
_KICKER = plain(r"^\s*(?:#+\s*|\[[A-Z][A-Za-z &-]{1,20}\]\s*|[A-Z][A-Z &-]{2,20}\s*[:|]\s+|"
                r"[A-Z][a-z]{0,7}\.?[ \t]*#?\d{1,4}[ \t]*[:|—–][ \t]+)+")
# a dateline in front of the lead sentence: "BONN, 13 November 2025 — ", "SANTA CLARA, Calif.,
# Oct 23 (Wire) - ", "HONG KONG, Nov 20, 2025 — ", "TOKYO — "
_DATELINE = plain(
    r"^\s*[A-Z][A-Za-z .'-]{1,30}?,?(?:\s+[A-Z][a-z]+\.,)?(?:\s+[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?,(?=\s+[A-Z][a-z]+\.?\s+\d))?(?:,?\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^):]{1,40}\)|/[^/\n]{2,30}/)?\s*[—–-]{1,2}\s+")  # "(Wire)", "/PRNewswire/", not "(NYSE: IBM)"
# (issue38e) a "+" joins two names into one: "Huber+Suhner" (probe27 02, was read "Suhner"),
# "Giesecke+Devrient" (probe23 03), as discover._CAP reads them
_WORD = r"(?:[A-Z][\w&'’.+-]*[\w&.]|[A-Z]|[a-z]+[A-Z][\w-]*)"  # "Deutsche", "AG", "iFlytek", "Huber+Suhner"
_RUN = plain(rf"{_WORD}(?:\s+(?:{_WORD}|&|of|de|du|von)(?=\s|$|[,(’']))*")
_LEAD_WORDS = {"Inside", "Why", "How", "What", "When", "Where", "Exclusive", "Analysis", "Update",
               "Breaking", "Opinion", "The", "A", "An", "In", "At", "On", "For", "As", "After"}
# not headlines: ticker strips, navigation ("Home | Markets | Tech", breadcrumbs "Tech › Telecoms ›
# Korea"), cookie banners, bylines, dates
# a dateline on its own line: "Munich, November 13, 2025", "Bengaluru, October 17, 2025"
_DATE_LINE = plain(r"^(?=.*\b(?:19|20)\d\d\b)\s*\S+(?:\s+\S+){0,5}\s*$")
# (issue36e) rule banner-button: a cookie banner's buttons, a line of their own after the notice ("Accept all
# Manage settings", probe11 p11_04 lgcns_2024, probe14 03 datatec_interim, probe19 01 tripcom_q3_faq; "Accept", probe26 05
# paratus_results_glance, where it stood as the headline in front of the page's "<Company> — Results at a glance")
_BUTTONS = r"(?:accept|reject|decline|manage|allow|deny|agree|customi[sz]e)"
_NOT_HEADLINE = plain(r"[▲▼]|[|›»>].*[|›»>].*[|›»>]|\S\s[›»>]\s.*\s[›»>]\s|\bcookies?\b|^\s*(?:by|published|updated|posted)\b|^\s*\d"
                      rf"|^\s*{_BUTTONS}(?:\s+(?:all|cookies|settings|preferences|options|{_BUTTONS}))*\s*$", re.I)


@dataclass
class Focus:
    label: str
    known: bool
    aliases: list[str] = field(default_factory=list)  # other names of it in this document
    units: list[str] = field(default_factory=list)    # its units the headline or lead names ("Shopee")
    parent: str | None = None                         # the group it belongs to, when it is a unit itself
    class_nouns: list[str] = field(default_factory=list)  # "Group": a defined term standing for it
    narrator: bool = False    # read from who speaks (writer.py, narrator.py): the text's "we" is this company


@dataclass
class Reading:
    """One structural reading of the article's company: its label, whether the gazetteer knows it,
    the other names the reading gives it, and the evidence record (focus_score.EVIDENCE) it is."""
    label: str
    known: bool
    aliases: list[str]
    rule: str


# a headline that opens with a quotation, the speaker's name after it: '"We have to be bigger in
# fewer places": Acme's Jane Roe on …', '"Cloud is the engine" - Vantora chief on …'
_LEADING_QUOTE = plain(r'^\s*["“][^"”]{3,200}["”]\s*[:|—–-]+\s*')


# rule caps-word-name: a name written in capitals is a name even where its lower-case form is an
# ordinary word ("NICE" and "nice"): the capitals are how the company writes itself
_CAPS_NAME = plain(r"[A-Z][A-Z0-9]{2,}")
# rule word-kicker (FOCUS_RULES): a headline opened by a label in sentence case and a colon ("Floor
# report: Acme draws the crowds", "This week: Acme's robots lose a customer"): the label is a kicker
# when its first word is a common word, written in lower case elsewhere in the text (not "Acme
# interim results: …", whose first word is a name)
_WORD_KICKER = plain(r"^\s*(?:#+[ \t]*)?(?P<first>[A-Z][a-z]+)(?:[ \t]+[a-z]+){0,2}:[ \t]+(?=[A-Z])")
# rule label-kicker (issue30f: session 17's page-kicker, a list of page-type labels with one source,
# folded into a structure): a headline opened by one to three words in Title Case and a colon that
# the text never names again and the gazetteer does not know ("Customer Story: Omantel and …",
# "Case Study: …", "Press Release: …") is a label, not the subject; two or three words (a one-word
# "Hosts: A, B", "Rating: …" is a field whose value is no headline) (probe20 07 vendor case study's
# <title>; the kickers of word-kicker, which are common words, in probe15 06 and the corpus; the same
# label-and-colon shape in the field line "Company Name : …" of focusset21 dev 15)
_LABEL_KICKER = plain(r"^\s*(?:#+[ \t]*)?(?P<label>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})[ \t]*:[ \t]+(?=[A-Z])")
# rule headline-relative: a headline ending "who now runs Acme", "that now drives Acme"
_HEADLINE_RELATIVE = plain(rf"\b(?:who|that)\s+(?:now\s+|still\s+)?[a-z]+s\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})\s*$")
_BASED = plain(r"[A-Z][\w’'.-]*-(?:based|headquartered)")
# rule site-suffix: a scraped page's title ends with the site's name after a separator
# ("Acme Group - Wikipedia", "Customer Story: Acme and Beta | Vendorsoft"; probe20's wiki page
# and vendor case study; kept in issue30f with a second set: focusset21 dev 02 case study "… | <vendor>",
# dev 04 company profile "… | <site>", dev 13 event page "… | <ticketing site>"): the title is what comes before it, not a dateline
# "PLACE - …" whose place is the name. Only a headline (no stop at its end) loses it.
_SITE_SUFFIX = plain(rf"\s+[|–—-]\s+{_WORD}(?:\s+{_WORD}){{0,2}}\s*$")
# rule lead-described (focus_score.EVIDENCE): the lead's subject followed by an apposition that
# describes it as a company ("Acme, the Lisbon-based payments group listed on …, reported …")
_DESCRIBED = plain(r",\s+(?:the|a|an)\s+(?:(?![\w-]*['’]s\b)[\w&/.-]+\s+){0,10}?"
                   r"(?:company|group|firm|operator|maker|provider|developer|manufacturer|start-?up|carrier|"
                   r"designer|lender|bank|conglomerate|specialist|supplier)\b")


# rule report-title: a title "NAME — Sustainability Report 2025", "NAME: Annual Review 2024": the
# name is the report's issuer (probe20 05 atnorth ESG report; probe14 01 asseco "ASSECO POLAND S.A. —
# ANNUAL REPORT 2024", read by caps-legal-name; invented report in tests/test_focus_issue29f.py)
# (issue35w) the kind may be results in the filer's language too, and the name in capitals as a
# letterhead writes it: "AUBAY — Résultats semestriels 2026 / Half-year results 2026" (probe25 06 aubay
# results table: the document's only company line), the same title as "atNorth — Sustainability Report
# 2025" (probe20 05) and "ASSECO POLAND S.A. — ANNUAL REPORT 2024" (probe14 01); the name is then read as
# the text spells it ("Aubay") and must be spelled there again
# (the words of a report's kind in the languages of Europe's filers; a bilingual title gives the
# kind in either: "Comptes annuels 2026 / Annual accounts 2026")
REPORT_KINDS = ("reports?", "reviews?", "results", "earnings", "accounts", "rapport", "résultats", "comptes",
                "bericht", "ergebnisse", "informe", "resultados", "relatório", "risultati", "relazione", "verslag")
_REPORT_TITLE = plain(rf"^[ \t]*(?:#+[ \t]*)?(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&))*?)[ \t]*[—–:|-]{{1,2}}[ \t]*"
                      rf"(?i:(?:[\w&-]+[ \t/]+){{0,3}}?(?:{'|'.join(REPORT_KINDS)}))(?![\w-])")


# rule field-key-title (issue50c): a one-word name before a colon on a line beside another "Key: value" field
# line is that field's key, no issuer, however the value names a report: "# Document: Semi-Annual Securities
# Report" over "# Filer: <the company>" (probe36 03 an EDINET XBRL facts export, whose 'Document' was the
# company); "Subject: Preliminary selected consolidated financial results …" between "Date:" and "Legal
# basis:" (probe29 08a an ESPI current report, the same form shape of another source)
FIELD_KEY_TITLE = RuleRecord(
    "field-key-title",
    "a report title's one-word name before a colon, on a line beside another 'Key: value' field line, is the "
    "field's key (a form's or a data export's label word), no company",
    ("probe36 03 gmo_edinet_xbrl_facts ('# Document: Semi-Annual Securities Report' over '# Filer: …')",
     "probe29 08a spyrosoft_espi_q2 ('Subject: Preliminary … results …' between 'Date:' and 'Legal basis:')"),
    ("Form: Annual Report / Filer: Acme Ltd (invented)",))


def _field_key_title(m: re.Match, line: str, body: str) -> bool:
    """Rule field-key-title (FIELD_KEY_TITLE): the report title `m` read on `line` is a field's key."""
    name = m.group("name")
    if " " in name or not m.group(0)[m.end("name"):].lstrip(" \t").startswith(":"):
        return False
    lines = body.split("\n")
    at = next((i for i, x in enumerate(lines) if x.strip() == line.strip()), None)
    return at is not None and any(field_line(lines[j]) is not None for j in (at - 1, at + 1) if 0 <= j < len(lines))


# a dateline's place holds no relation word: "Acme v. Beta Ltd — tribunal awards …", "Acme vs. Beta",
# "Acme with Beta —" are two parties, no place (issue30f: the session-17 rule case-caption folded into
# mention_roles' relation-object, whose words these are; probe20 04 arbitration digest)
_CAPTION_V = RELATION_WORD


def _strip_head(line: str) -> str:
    line = _KICKER.sub("", line, count=1)
    line = _LEADING_QUOTE.sub("", line, count=1)
    m = _DATELINE.match(line)
    return line[m.end():] if m and not _CAPTION_V.search(m.group(0)) else line


# rule title-name-dash (issue35w): a title line that is no sentence, "NAME — what the page is" ("AUBAY —
# Résultats semestriels 2026", probe25 06; "Trendyol - Bug Bounty Program | <site>", focusset23 18;
# "# Uzbektelecom — timeline", focusset23 07; its legal form after it read after first contact, "NCC Group plc - Final
# results …", probe27 06), is no dateline whose place is NAME: its subject is NAME
# when the text names it again (MIN_RECURRING in all, as the text spells it) and nothing else is known
# of the name (a city the gazetteer knows stays a dateline's place)
_TITLE_NAME_DASH = plain(rf"^[ \t]*(?:#+[ \t]*)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?:[ \t]+{_FORM})?[ \t]+[—–|-][ \t]+(?=\S)")


def _title_name(line: str, body: str, company_of, other_of) -> tuple[str, str] | None:
    head = _LEADING_QUOTE.sub("", _KICKER.sub("", line, count=1), count=1)
    if _DATELINE.match(head) is None:
        return None   # (subject_run reads the name itself)
    m = _TITLE_NAME_DASH.match(head)
    if m is None:
        return None
    name = _report_name(m.group("name"), body)
    if not name or is_place(name) or other_of(name) or _CAPTION_V.search(m.group("name")):
        return None
    if company_of(name) is None and _count(name, body) + (name != m.group("name")) < MIN_RECURRING:
        return None
    return name, head[m.end():]


def subject_run(line: str) -> tuple[str, str] | None:
    """The capitalised name a headline or lead sentence opens with, and the text after it."""
    s = _strip_head(line)
    m = _RUN.match(s)
    if not m:
        return None
    name, rest = m.group(0), s[m.end():]
    pos = re.search(r"['’]s(?=\s|$)", name)  # "Amazon's AWS growth": the owner is the subject
    if pos:
        name, rest = name[:pos.start()], s[m.start() + pos.start():]
    toks = name.split()
    while toks and toks[0] in _LEAD_WORDS:
        toks = toks[1:]
    # rule place (focus_score.PLACE): "São Paulo-based Acme": the place is where the company is
    based = [i for i, t in enumerate(toks[:-1]) if _BASED.fullmatch(t)]
    if based:
        toks = toks[based[-1] + 1:]
    while toks and re.search(r"\d", toks[-1]):  # "Wipro Q2 FY26", "LG Electronics Q3"
        toks = toks[:-1]
    if not toks:
        return None
    name = " ".join(toks)
    name = re.sub(r"(?:'s|’s|')$", "", name)
    return name, rest


def _initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[0].isupper())


def _title_case(word: str) -> str:
    # (issue42f) a Turkish capital dotted I lower-cases to a plain i, as an English text spells the word
    # ("BİLGİSAYAR" -> "Bilgisayar", probe31 01 and focusset25 held 15, KAP headers), not "i" and a combining dot
    return word[:1] + word[1:].replace("İ", "I").lower()


def _caps_end(s: str):
    """The legal form ending a line in capitals: "TEMENOS AG", and (issue34w) a form written in
    capitals only there, "PULSANT LIMITED", "ACME CORPORATION" (read in the line's title case)."""
    return _LEGAL_END.search(s) or _LEGAL_END.search(re.sub(r"[^\W\d_]+", lambda m: _title_case(m.group(0)), s))


def _report_name(name: str, body: str) -> str | None:
    """The issuer's name of a report title as the text spells it: a name in capitals ("AUBAY") as the
    text writes it elsewhere ("Aubay"), None when it never does (a publication's masthead); a name
    in its own case as written."""
    if not (name.isupper() and any(len(w) > 3 for w in name.split())):
        return name
    spelled = " ".join(_spelled(w, body) for w in name.split())
    if " " not in spelled and has_word(body, spelled.lower()):
        return None   # rule caps-word-name's converse: "LIVE: Acme Q3 results" and "live coverage": a kicker word
    return spelled if spelled != name and _count(spelled, body) >= 1 else None


# (issue42f) a comma inside the legal form: "Thunder Software Technology Co., Ltd." (probe31 03), "Chengdu
# Eoptolink Technology Inc., Ltd." (probe22 02)
_LETTERHEAD = plain(r"^[ \t]*(?P<name>[^\W_][\w.&'’ -]{1,60}?(?:,[ \t]+(?:Ltd|Inc)\.?)?)[ \t,]*$")


_MARKS = plain(r"^[ \t]*#+[ \t]+(?:\*{1,2}(?=\S))?|^[ \t]*\*{1,2}(?=\S)|(?<=\S)\*{1,2}[ \t]*$")


def _letterhead(line: str, caps: bool):
    """A line that is a company's legal name alone: (the name, the match of its legal form), or None. In
    capitals (`caps`): a status note and what the document is after a dash dropped ("UKCLOUD LIMITED (IN
    COMPULSORY LIQUIDATION)", "ACME HOLDINGS S.A. — ANNUAL REPORT 2024"), eight words at most, the form
    also one written in capitals only there ("PULSANT LIMITED"). In its own case: six words at most ending
    in the form ("WiseTech Global Limited", "q.beyond AG"), not a line in capitals."""
    # (issue42f) a markdown page's bold or heading marks around the line: "**MOKGADI CAPITAL LIMITED**"
    # (kindcheck32 focus 03, a SENS announcement), "**Trevalyn Group plc**" (kindcheck31 guidance 02); a
    # heading mark alone (session 33): "# KIZILIRMAK MAKİNA SANAYİ VE TİCARET A.Ş." (kindcheck35 money 01, a
    # KAP disclosure), "# MUNDOORA HEALTH LIMITED" (kindcheck32 tables 02, an ASX Appendix 4D)
    s = _MARKS.sub("", line).strip()   # the one normalised line both branches read
    if caps:
        s = _STATUS_NOTE.sub("", s)
        if _capitals(s) and not _caps_end(s):
            s = re.split(r"\s+[—–|]\s+|\s+-{1,2}\s+", s, maxsplit=1)[0]
        end = _caps_end(s) if _capitals(s) else None
        return None if end is None or len(s.split()) > 8 else (s, end)
    m = _LETTERHEAD.match(s)
    if m is None or len(m.group("name").split()) > 6:
        return None
    name = m.group("name").strip()
    end = _LEGAL_END.search(name)
    head = name[:end.start()].strip() if end is not None and end.end() == len(name) else ""
    if not head or _capitals(head):
        return None   # (a name in capitals, with its form in capitals too or in its own case, "# VALDIBRENTA
        # MECCANICA S.p.A.", is the capitals branch's: no own-case letterhead)
    return name, end


def _capitals(s: str) -> bool:
    """Whether `s` is written in capitals (and is not empty): the split between _letterhead's two branches."""
    return bool(s) and s == s.upper()


def _caps_legal_name(line: str, body: str) -> tuple[str, str] | None:
    """"TELEFONAKTIEBOLAGET LM ERICSSON (PUBL)": a header line in capitals ending in a legal
    suffix; the short name is the title-cased word of it the text uses most (at least twice)."""
    head = _letterhead(line, caps=True)
    if head is None:
        return None
    s, end = head
    words = s[:end.start()].split()
    full = " ".join(_spelled(w, body) for w in words)
    if not _LEGAL_END.search(s):
        # (issue34w) a form in capitals only there, "TANLA PLATFORMS LIMITED": the name as the text
        # writes it when it does twice ("Tanla Platforms"), else a word of it, never a descriptor
        if len(words) > 1 and _count(full, body) >= 2:
            return full, full
        words = [w for w in words if w.upper() not in _HEADER_WORDS and _title_case(w) not in DESCRIPTORS]
    # rule caps-word-of-another (issue42f): a header word the text writes only inside another company's
    # name is that company's word, no short name of the filer: "BİLGİSAYAR" of "İNDEKS BİLGİSAYAR … A.Ş."
    # written in "Despec Bilgisayar" and "Datagate Bilgisayar", its subsidiaries (probe31 01 KAP disclosure);
    # "TELEKOMÜNİKASYON" of "NETAŞ TELEKOMÜNİKASYON A.Ş." written only in its customer's "Türk
    # Telekomünikasyon A.Ş." (focusset25 held 15 KAP disclosure)
    words = [w for w in words if not _word_of_another(w, words, body)]
    if len(words) > 1 and is_place_word(words[0]):
        words = words[1:]   # rule caps-place-head (CAPS_PLACE_HEAD)
    best = None
    for w in words:
        if len(w) < 3 or not w.isalpha():
            continue
        tc = _title_case(w)
        if tc == "Company":   # (issue46c) the text's "the Company" is its filer's term, never a short name
            continue          # ("GULF QAMAR … COMPANY P.J.S.C.", kindcheck33 names 02)
        n = _count(tc, body)
        if n >= 2 and (best is None or n > best[1]):
            best = (tc, n)
    if best is None:
        return _header_only(s, words, body, full, s[:end.start()].split())
    whole = _whole_name_spelled(s[:end.start()].split(), body)
    if whole is not None and whole.endswith(" Company") and " " in whole[:-8]:
        whole = whole[:-8]   # (issue46c) "… Telecommunications Company P.J.S.C.": the name without its group word, as core_name
    if whole is not None and best[1] - _count(whole, body) < 2:
        # rule caps-whole-name (session 26): the word is no short name the text uses on its own, only
        # inside the whole name ("AL MOAMMAR INFORMATION SYSTEMS CO." over "Al Moammar Information
        # Systems Co. announces …" and one "Additional Information", probe29 02 Tadawul page;
        # "HALSTED RIDGE PLASTICS, LLC" under "Inspection: … - Halsted Ridge Plastics, LLC" and one
        # "All Other Plastics Product Manufacturing", focusset29 25 OSHA page): the whole name as written
        return whole, full
    return _name_run(s[:end.start()].split(), best[0], body) or best[0], full


_WORD_BEFORE = plain(r"([^\W\d_][\w’'.&-]*)[ \t]+$")


def _word_of_another(w: str, words: list[str], body: str) -> bool:
    """Rule caps-word-of-another: the text writes the header word `w` in its own case (mixed case)
    more often after a capitalised word that is no word of the header `words` (inside another name)
    than otherwise."""
    if len(w) < 3 or not w.isalpha():
        return False
    mine = {x.upper().replace("İ", "I") for x in words}
    other = own = 0
    for m in name_rx(rf"(?<![\w&-]){re.escape(w)}(?![\w&-])", re.I).finditer(body):
        if m.group(0).isupper():
            continue
        before = _WORD_BEFORE.search(body, max(0, m.start() - 40), m.start())
        if before is None or not before.group(1)[:1].isupper() or before.group(1).upper().replace("İ", "I") in mine:
            own += 1
        else:
            other += 1
    return other > own


def _whole_name_spelled(words: list[str], body: str) -> str | None:
    """The words of a capitals name as the text writes them in its own case ("Al Moammar Information
    Systems"), the most frequent such spelling; None when the text never does."""
    if len(words) < 2:
        return None
    pat = name_rx(r"(?<![\w-])" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?![\w-])", re.I)
    own = Counter(m.group(0) for m in pat.finditer(body) if m.group(0) != m.group(0).upper())
    return own.most_common(1)[0][0] if own else None


# rule caps-legal-name, its header-only form (issue34w): the capitals letterhead line is the only place
# the filer is named, or the text spells its name in its own case ("UKCLOUD LIMITED" then "UKCloud
# Limited ('the Company')", focusset24 04 ukcloud liquidation report; "PULSANT LIMITED" then "Pulsant"
# once, focusset22 10 pulsant registry page; "RAILTEL CORPORATION OF INDIA LIMITED" over a KPI sheet
# whose no sentence names a company, probe24 03 railtel): the line's company is the document's. Its name
# is the word of it the text spells again in any case, written as the text writes it ("UKCloud"), else
# the line as written (the text gives no other spelling to guess its case from)
_STATUS_NOTE = plain(r"\s*\((?:[A-Z]+[ \t]+){0,3}(?:LIQUIDATION|ADMINISTRATION|RECEIVERSHIP|DISSOLVED|"
                     r"STRUCK[ \t]+OFF|FORMERLY[ \t][^)]*)\)\s*$")


def _header_only(line: str, words: list[str], body: str, full: str,
                 raw: list[str] = ()) -> tuple[str, str] | None:
    best = None
    for w in words:
        if len(w) < 3 or not w.isalpha() or w.upper() in _HEADER_WORDS or w.upper() in _DOCUMENT_WORDS:
            continue
        spellings = Counter(m.group(0) for m in name_rx(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I).finditer(body))
        # (issue42f) a spelling the text defines in quotation marks counts once more: '"Indeks"' over the
        # header's "İNDEKS" and one "İndeks Bilgisayar" (probe31 01)
        own = [(n + (f'"{sp}"' in body or f"“{sp}”" in body), sp) for sp, n in spellings.items()
               if sp != sp.upper() and sp[0].isupper()]
        if sum(spellings.values()) >= 2 and own:
            n, sp = max(own)
            if best is None or n > best[1]:
                best = (sp, n)
    if best is not None:
        return _name_run(raw, best[0], body) or best[0], full
    if len(words) == 1 and words[0].upper() not in _DOCUMENT_WORDS and words[0].isalpha() and len(words[0]) > 3 \
            and _count("the Company", body) + _count("The Company", body) >= 2:
        # rule filer-header (session 26): one capitals word and a legal form over a text that calls its
        # filer "the Company" ("UNISYS CORPORATION" over a 10-Q's MD&A, probe29 03, read after its first
        # contact was scored; the same header-and-defined-term shape as focusset25 18 IQE PLC,
        # focusset27 07 SUBEX LIMITED and 08 MUSTEK LIMITED, which spell the name again): the filer
        return full, full
    if len(words) < 2 or any(w.upper() in _DOCUMENT_WORDS for w in words):
        # one capitals word and a legal form, never spelled again: too little to name; a line that says
        # what the document is ("NOTICE OF ANNUAL GENERAL MEETING OF ACME LIMITED"): no name as written
        return None
    return line, full


# rule caps-name-run (issue49f): the header word the text spells again is no short name of its own when the
# text writes it only at the head of a longer run of the header's words ("TARROWBY BANCORP, INC." over
# "... of Tarrowby Bancorp, Inc. (together with its subsidiary bank, the "Company")", focusset34 held 16 audit
# committee charter; "KANVAR AGRO INDUSTRIES LIMITED" over "(Kanvar Agro)", focusset32 held 03 IEPF notice;
# "PENNICK WEALTH PARTNERS LIMITED" over the trading name "Pennick Wealth", focusset32 held 25 register page):
# the company is the longest such run as the text writes it, not its first word ("Tarrowby", "Kanvar").
# (issue50c) The same when the word the text uses most is a later word of the header, written only after
# the header's word before it: the shorter run of the header's words the text writes on its own ("JOHN
# KEELLS HOLDINGS PLC" over "John Keells IT" and "John Keells IT's AI platform", probe36 01 a CSE interim
# statement, whose 'Keells' split the facts from the letterhead's node; `_inner_run`)
CAPS_NAME_RUN = RuleRecord(
    "caps-name-run",
    "a capitals letterhead's word the text writes only inside a run of the header's words (or inside "
    "another capitalised name) names the company by that run as written, not by the word: the longest "
    "run it opens, or, for a later word, the longest shorter run holding it the text writes on its own",
    ("focusset34 held 16 tarrowby_auditcharter ('TARROWBY BANCORP, INC.' / 'Tarrowby Bancorp, Inc.')",
     "focusset32 held 03 kanvar_iepfnotice ('KANVAR AGRO INDUSTRIES LIMITED' / '(Kanvar Agro)')",
     "focusset32 held 25 pennick_fcaregister ('PENNICK WEALTH PARTNERS LIMITED' / 'Trading names: Pennick Wealth')",
     "probe36 01 johnkeells_cse_interim_statements ('JOHN KEELLS HOLDINGS PLC' / 'John Keells IT', a later word)"),
    ("ORVANE FLUID SYSTEMS LIMITED / ... Orvane Fluid Systems Limited (the \"Company\") ... (invented)",))

CAPS_PLACE_HEAD = RuleRecord(
    "caps-place-head",
    "the city or province a registered name in capitals opens with (trade_names.TRADE_NAME's places) is no "
    "short name of the company, however often an address names the city: the short name is read from the "
    "words after it",
    ("focusset32 held 04 haoyue_eudoc ('SHENZHEN HAOYUE POWER TECHNOLOGY CO., LTD.' over an address in "
     "Shenzhen: 'Haoyue', was 'Shenzhen')",
     "focusset30 held 21 yuehua_smeta ('Company name: DONGGUAN YUEHUA FOOTWEAR CO., LTD.', the site in "
     "Dongguan: 'Yuehua', was 'Dongguan')"),
    ("NINGBO QINGLAN ROBOTICS CO., LTD. / Address: 8 Harbour Road, Ningbo ... Qinglan (invented)",))


def _name_run(raw: list[str], word: str, body: str) -> str | None:
    """Rule caps-name-run (CAPS_NAME_RUN): the longest run of the header's first words `raw` (two or more,
    opened by `word`; for a later word, `_inner_run`) the text writes in its own case, when it never writes
    `word` alone (a capitalised word on neither side); else None."""
    if len(raw) < 2 or _alone(word, body):
        return None
    if raw[0].upper() != word.upper():
        return _inner_run([w.strip(",") for w in raw], word, body)
    run = _text_case([w.strip(",") for w in raw], body)
    return run if run is not None and " " in run else None


def _inner_run(raw: list[str], word: str, body: str) -> str | None:
    """Rule caps-name-run (CAPS_NAME_RUN) for a later header word `word`: the longest run of two or more
    (never all) of the header words `raw` holding it, written in the text's own case on its own (neither
    after the header's word before the run nor on into its word after), its most frequent spelling; else None."""
    at = next((i for i, w in enumerate(raw) if w.upper() == word.upper()), None)
    if at is None or at == 0:
        return None
    for size in range(len(raw) - 1, 1, -1):
        for i in range(max(0, at - size + 1), min(at, len(raw) - size) + 1):
            nxt = rf"(?![ \t]+{re.escape(raw[i + size])}(?![\w-]))" if i + size < len(raw) else ""
            pat = re.compile(r"(?<![\w-])" + r"[ \t]+".join(re.escape(w) for w in raw[i:i + size]) + r"(?![\w-])" + nxt, re.I)
            prev = raw[i - 1].upper() if i else None
            own = Counter(m.group(0) for m in pat.finditer(body) if m.group(0) != m.group(0).upper()
                          and (prev is None or body[max(0, m.start() - 40):m.start()].upper().split()[-1:] != [prev]))
            if own:
                return own.most_common(1)[0][0]
    return None


def _alone(word: str, body: str) -> bool:
    """`body` writes `word` (as spelled) with no capitalised word right before or after it."""
    size = len(word)
    for at in word_starts(body, word):
        before = body[max(0, at - 30):at].rstrip(" \t")
        after = body[at + size:at + size + 30].lstrip(" \t")
        prev = before.rsplit(None, 1)[-1] if before and before[-1:] not in "\n" and before.split() else ""
        if not (prev[:1].isupper() and prev[-1:].isalpha()) and not (after[:1].isupper() and len(after) > 1
                                                                      and body[at + size:at + size + 1] in " \t"):
            return True
    return False


_DOCUMENT_WORDS = frozenset({"NOTICE", "MEETING", "REPORT", "STATEMENT", "STATEMENTS", "RESULTS", "MINUTES",
                             "ANNOUNCEMENT", "TO", "FOR", "IN", "ON", "BY", "RE", "SUBJECT", "LETTER", "FILING"})


_FUNCTION_WORDS = frozenset({"OF", "AND", "DE", "DA", "DO", "DOS", "DEL", "LA", "LE", "DES", "FOR", "THE", "VON", "VAN"})


def _spelled(w: str, body: str) -> str:
    """A word of a capitals header as the text spells it elsewhere ("UKCloud"), else title-cased
    when longer than three letters, a function word in lower case ("of")."""
    if w in _FUNCTION_WORDS:
        return w.lower()
    if not (w.isupper() and len(w) > 3):
        return w
    own = Counter(m.group(0) for m in name_rx(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I).finditer(body))
    own = Counter({k: n for k, n in own.items() if k != k.upper() and k[0].isupper()})
    return own.most_common(1)[0][0] if own else _title_case(w)


# words of a legal name that are no short name of their own ("RAILTEL CORPORATION OF INDIA")
_HEADER_WORDS = frozenset({"CORPORATION", "COMPANY", "INDIA", "HOLDINGS", "GROUP", "INTERNATIONAL", "NATIONAL",
                           "TECHNOLOGIES", "TECHNOLOGY", "SERVICES", "SYSTEMS", "BANK", "THE", "AND"})


# rule caps-legal-name, its second form (issue30f: the session-17 rule caps-issuer folded in, it had one
# source): a header line in capitals giving the issuer's full name, a dash and its short form instead
# of a legal form ("SERVIÇO FEDERAL DE PROCESSAMENTO DE DADOS — SERPRO", probe20 01 tender notice;
# invented "COMPANHIA NORTE DE ENERGIA — CONORTE"): the same capitals header of the filer as
# "TEMENOS AG" (probe11) and "ASSECO POLAND S.A. — ANNUAL REPORT 2024" (probe14), named by its short
# form when the text keeps using it
_CAPS_ISSUER = plain(r"^\s*(?P<long>[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){2,9})[ \t]+[—–-]{1,2}[ \t]+"
                     r"(?P<short>[A-Z][A-Z0-9&]{2,11})[ \t]*$")


def _caps_issuer(line: str, body: str) -> tuple[str, str] | None:
    """(short form, full name) of a capitals issuer line, when the short form begins with the full
    name's first letter and the text names it MIN_RECURRING times or more."""
    m = _CAPS_ISSUER.match(line)
    if m is None or m.group("long") != m.group("long").upper():
        return None
    short, long = m.group("short"), m.group("long")
    if short in _GENERIC_ACRONYMS or short[0] != long[0] or _count(short, body) < MIN_RECURRING:
        return None
    return short, " ".join(_title_case(w) if len(w) > 3 else w.lower() for w in long.split())


@dataclass(frozen=True)
class FocusRule:
    """A structural reading of whose article it is: its name, why it holds, and short examples,
    each naming where the structure was met (seen documents) or marked (invented)."""
    name: str
    why: str
    examples: tuple[str, ...]


FOCUS_RULES: tuple[FocusRule, ...] = (
    FocusRule("not-a-company",
              "a headline or lead opened by a name the gazetteer knows as an organisation, country, "
              "place or person (a regulator, a government) is not the article's company",
              ("European Commission clears Vantrell's takeover of Ostby Data (invented)",)),
    FocusRule("roundup",
              "three or more paragraphs each opened by a different company reporting, none opening half "
              "of them: a roundup with no single company; each paragraph is its opener's",
              ("Sea said … / Shopee's revenue … (probe9 g07: one company opens most paragraphs: no roundup)",
               "Arvelo reported … / Quintrix posted … / Dunmore Labs said … (invented)")),
    FocusRule("roundup-figures",
              "a paragraph that opens with no company reporting but whose figure sentences are all one "
              "name's ('Over at Corra Systems things were quieter. Corra posted a loss of …; Corra cut its "
              "forecast to …') opens with that name for rule roundup; a unit of another opener is its parent's",
              ("Halden had the big quarter. Halden reported revenue of … / Over at Corra … Corra posted a loss of … / "
               "Finally, Ferrow Labs raised … Ferrow's recurring revenue … (invented)",
               "DayOne, the former GDS International, closed a Series C round of more than US$1.2 billion …: an item "
               "whose figures are one company's, opened by no reporting verb (probe14 07 vnet_week_in_review)",
               "Garena, the gaming unit behind Free Fire, had bookings of $661 million: a unit's paragraph, its "
               "parent's, no roundup (probe9 g07 sea_shopee)")),
    FocusRule("roundup-items",
              "a newsletter of numbered items ('1) Acme posts record quarter', '2) Brill: the rival's numbers') "
              "whose headings open with three or more different companies: a roundup; every paragraph "
              "of an item, up to the next heading, is its heading's company (an item whose heading names "
              "none, 'Quick hits', is no company's)",
              ("1) Acme posts its best quarter / 2) Brill: the rival's numbers / 3) Corra raises big (probe14 07 vnet_week_in_review)",
               "1) Revenue up 50% / 2) Margins: gross down / 3) Capex doubling: items whose headings name no company, "
               "one company's article, no roundup (probe13 wiwynn_2024_five_takeaways)",
               "1) Flagship share gains. / 2) Datacenter ASIC. / 3) Nvidia partnership.: no roundup (probe7 p7_07 mediatek_note)",
               "1) Ferrow lifts outlook / 2) Gantry: a quiet quarter / 3) Halden raises $40 million (invented)")),
    FocusRule("word-kicker",
              "a headline opened by one to three words in sentence case and a colon, the first a common word "
              "the text writes in lower case elsewhere, is a section label: the headline's subject follows it",
              ("Floor report: FuriosaAI draws the crowds at … (probe15 06 furiosaai_expo_floor_report)",
               "This week: Ocado's robots lose a customer … (corpus ocado_investor_diary)",
               "Datatec interim results: Logicalis and Westcon lift … : 'datatec' is no lower-case word, no "
               "kicker (probe14 03_datatec_interim)",
               "Stand report: Vantrell shows its new chip … (invented)")),
)
# rule roundup-items: a numbered item's heading line, "1) Acme posts …", "2. Brill: …", "## 3) Halden …"
_ITEM_KICKER = plain(r"([A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,3})[ \t]*:")
_ITEM_HEADING = plain(r"(?m)^[ \t]*(?:#+[ \t]*)?\d{1,2}[).][ \t]+(?P<rest>[^\n]{2,100}?)[ \t]*$")

_PERIOD_WORD = (r"(?:(?:first|second|third|fourth)(?:[- ]quarter)?|quarter(?:ly)?|Q[1-4]|H[12]|[1-9]H|FY\s?\d{2,4}|"
                r"fiscal(?:\s+year)?|full[- ]year|half[- ]year|annual|interim|\d{4}|and|financial|unaudited)")
# an investor event's title: "Acme IR Day 2025", "ACME CAPITAL MARKETS DAY" (rule results-owner)
_EVENT_DAY = r"(?:IR|[Ii]nvestor(?:s|\s+[Rr]elations)?|[Cc]apital\s+[Mm]arkets?|[Aa]nalyst|CAPITAL\s+MARKETS?|INVESTOR)[ \t]+(?:[Dd]ay|DAY)"
# rule results-owner: "HCLTech Q2 FY26 results", "the Acme third quarter 2026 earnings conference call"
_RESULTS_OWNER = plain(rf"(?<![\w&-])(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&))*?)(?:[ \t]+(?i:{_PERIOD_WORD}(?:[ \t-]+{_PERIOD_WORD})*)"
                       rf"[ \t]+(?i:results|earnings)|[ \t]+(?:(?i:{_PERIOD_WORD})[ \t]+)?(?i:{_EVENT_DAY}))\b")
# names that report but are no company: pronouns, the company's own descriptions, days
_NOT_REPORTER = frozenset("""It He She We You They I This That Management Analysts Guidance Company Group Shares
Investors Revenue Sales Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Stock Board Final Subject Employees""".split())   # (issue38e) a filing's field and header words: "Stock code:",
# "Board : Main Market", "FINAL RESULTS", "Subject:", "Employees: 214" (probe27 03, 06, 07; kindcheck28 entities 01, 03)
# honorifics in front of a person's name (rule honorific-person): met in probe18 sarvam_committee_hearing
# ("Dr Raghavan stated …", "Shri S. Krishnan") and probe12 nextdc_h1fy25_call ("Mr Scroggie")
_HONORIFICS = frozenset("Dr Mr Mrs Ms Mx Prof Sir Dame Shri Smt".split())
_TITLE_IN_NAME = plain(r"\b(?:Chief|CEO|CFO|COO|CTO|President|Chair(?:man|woman)?|Director|Officer|Head|Founder|Analysts?)\b")


# (the personal ones of _HONORIFICS: "Dr", "Sir", "Prof" open company names too, "Dr. Reddy's")
_HONORIFIC_BEFORE = "(?:Mr|Mrs|Ms|Mx)\\.?[ \\t]+"
_HONORIFIC_END = plain(rf"\b{_HONORIFIC_BEFORE}\Z")
_NO_WORD_AFTER = plain(r"(?![\w-])")


def _honorific_surname(name: str, body: str) -> bool:
    """A single word the text writes after a personal honorific ("Mr. Ferrante", "Ms Tanaka"), or a
    person's full name it writes so ("Mr. Zhuo Wenhan, born in 1968, …", the surname first: issue39f,
    kindcheck29 focus 03's nominee, named far more often than the company he chairs)."""
    return framed(body, name, _HONORIFIC_END, _NO_WORD_AFTER)   # (\b HONORIFIC NAME (?![\w-]): no pattern per name)


_STOCK_FIELDS = plain(r"^[ \t]*(?:Stock|Securities|Share)[ \t]+(?:code|abbreviation|short[ \t]+name)[ \t]*:", re.I)


def _letterhead_name(top: list[str], body: str) -> str | None:
    """The document's first line when it is a company's legal name alone in its own case (`_letterhead`)
    and the text calls its filer "the Company" or "the Group" twice or more; None otherwise (a capitals
    letterhead is caps-legal-name's)."""
    # rule letterhead-after-stock-fields (issue42f): a Shenzhen / Shanghai filing opens with its stock
    # fields ("Stock code: 300496  Stock abbreviation: ThunderSoft  Announcement No.: …", probe31 03;
    # "Securities code: 300502  Securities abbreviation: Eoptolink …", probe22 02), its letterhead under them
    first = next((ln for ln in body.split("\n", 8)[:8] if ln.strip() and not _STOCK_FIELDS.match(ln)), "")
    head = _letterhead(first, caps=False)
    return head[0] if head is not None and defined_filer_count(body) >= 2 else None


def _surname(name: str, body: str) -> bool:
    """A single word used after another capitalised word inside a sentence ("R. Srikrishna",
    "Chief Executive Jane Roe"): a person's surname rather than a company's name."""
    return " " not in name and after_capitalised(body, name) and after_name_run(body, name) and name_rx(rf"(?<=[a-z,] )(?:(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+)+{re.escape(name)}(?![\w-])").search(body) is not None


def reporting_companies(body: str, company_of: Callable[[str], str | None],
                        other_of: Callable[[str], str | None] = lambda n: None) -> Counter:
    """Rule `reporting-subject`: how often each company is the subject of a reporting verb in
    `body`, by its gazetteer label or, for a name the gazetteer lacks that reports a figure at
    least once, by the name without its legal form."""
    count: Counter = Counter()
    figures: Counter = Counter()
    for name, figure in reporting_subjects(body):
        toks = name.split()
        while toks and toks[0] in _LEAD_WORDS | {"But", "And", "Separately", "Meanwhile", "Rival", "Rivals"}:
            toks = toks[1:]
        name = " ".join(toks)
        short = _LEGAL_END.sub("", name).strip() or name
        if not toks or name in _NOT_REPORTER or short in _NOT_REPORTER or _TITLE_IN_NAME.search(name) or other_of(name):
            continue
        label = company_of(name) or company_of(short)
        if label is None:
            if _surname(short, body):
                continue
            label = short
        count[label] += 1
        figures[label] += figure
    return Counter({k: n for k, n in count.items() if figures[k] or company_of(k) is not None})


def _or_research_house(other_of: Callable[[str], str | None], houses: frozenset[str]) -> Callable[[str], str | None]:
    """`other_of`, which also calls a research firm of the text, or a first word of one ("Acme" of
    "Acme Insights"), an organisation."""
    def other(name: str) -> str | None:
        if name in houses or any(h.startswith(name + " ") for h in houses):
            return "Organization"
        return other_of(name)
    return other


def _or_place(other_of: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """`other_of`, which also calls a state, province or region (places.py) a place, and a stock
    exchange (discover.is_exchange: "ASX", "BSE Limited") an organisation."""
    def other(name: str) -> str | None:
        return "Place" if is_place(name) else "Organization" if is_exchange(name) else other_of(name)
    return other


# the readings of a news article's headline and lead sentence (rule own-shareholders sets them aside)
_LEAD_READINGS = frozenset({"headline-and-lead", "lead-company", "headline-company", "lead-legal-name", "lead-described",
                            "person-of-lead"})


def focus_company(top: list[str], body: str, company_of: Callable[[str], str | None],
                  other_of: Callable[[str], str | None] = lambda n: None, footer: str | None = None) -> Focus | None:
    """The company the document is about (`_focus_company`), with the names its listing gives it
    (listing_names.py: rules ticker-alias, stock-short-name) among its aliases. `footer`: the company
    the page's copyright line names (clean.copyright_owner), or None."""
    f = _focus_company(top, body, company_of, other_of, footer)
    if f is not None:
        f.aliases += listing_aliases(f.label, f.aliases, top, body, company_of)
        f.aliases += [c for c in stock_codes(body) if c not in f.aliases and company_of(c) is None]
    return f


# rule stock-code-alias (issue42f): the code a filing's header fields give its stock ("Stock code: 300496",
# probe31 03; "Stock code 079940", probe31 08a/08b; "BIST code: INDES", probe31 01; "Company code: 4937",
# kindcheck32 focus 02; "JSE share code: MKG", kindcheck32 focus 03, probe30 08a; "Securities code: 300502",
# probe22 02) is another name of the filer, as its ticker is (listing_names rule ticker-alias): a question
# may name the company by it. Read in the first lines only; never a company of its own.
_STOCK_CODE = plain(r"(?i:\b(?:stock|securities|company|share|bist|ticker)[ \t]+code)[ \t]*(?:\.{2,}[ \t]*)?:?[ \t]*(?P<code>[A-Z0-9]{3,6})(?![\w.-])")


def stock_codes(body: str) -> list[str]:
    """Rule stock-code-alias: the stock codes the first eight lines of `body` give in a code field."""
    head = "\n".join(body.split("\n", 8)[:8])
    if "ode" not in head and "ODE" not in head:
        return []
    return list(dict.fromkeys(m.group("code") for m in _STOCK_CODE.finditer(head)))


def _focus_company(top: list[str], body: str, company_of: Callable[[str], str | None],
                   other_of: Callable[[str], str | None] = lambda n: None, footer: str | None = None) -> Focus | None:
    """The company the document is about: the best-scoring candidate (focus_score.py) among the
    structural readings of its headline, lead and first lines (`structural_readings`), the target
    of a defined term, an "X & Y" name, a start-up named through its funding round, the companies
    that report and the names its clauses keep as subject, each scored by the evidence of
    EVIDENCE. None when no candidate scores above zero or two tie."""
    other_of = _or_place(other_of)   # rule place-no-company (places.py): a state alone is a place
    houses = research_houses(body)
    if houses:  # rule research-house (discover.py): a research firm is a source, no candidate
        other_of = _or_research_house(other_of, houses)
    rep = reporting_companies(body, company_of, other_of)
    readings = structural_readings(top, body, company_of, other_of)
    writer = writer_company(body, other_of)
    # the narrator model (narrator.py): a signature block, a founder's "When I started Acme" (an
    # outside firm's signer gives none); a letter of the company's officer to its own shareholders (rule own-shareholders)
    # is the company's however often it names a customer or rival
    narrator = narrator_company(body, other_of, footer)
    own_letter = narrator is not None and narrator.own_letter
    if writer is not None and narrator is not None and narrator.outside and _same_name(writer, narrator.name):
        writer = None   # rule outside-writer: an activist fund's or a search firm's letter on another company
    if writer is not None and _named_far_more(writer, body) and not (own_letter and _same_name(writer, narrator.name)):
        # rule writer-of-another: the letter's writer is named at its edges only, another name
        # throughout: a fund's letter on a holding, an analyst's note: the writer is no reading
        writer = None
    if writer is not None:  # rule writer-company: a first-person post's byline, a letter's signature
        known = company_of(writer)
        readings.append(Reading(known or writer, known is not None, [], WRITER_RULE.name))
    # rule self-named-company (writer.SELF_NAMED): "I'm the CTO of Acme", "About Acme" then "we …"
    speaker = self_named_company(body, other_of) if writer is None else None
    if speaker is not None:
        known = company_of(speaker)
        readings.append(Reading(known or speaker, known is not None, [], SELF_NAMED.name))
    if own_letter:
        # rule own-shareholders (narrator.py): a letter to the company's own shareholders has no news lead;
        # another company opening its first sentence ("When Intel decided last year …") is what the writer
        # speaks about, no reading of whose letter it is
        readings = [r for r in readings if r.rule not in _LEAD_READINGS or _same_name(r.label, narrator.name)]
    letterhead = _letterhead_name(top, body)
    if letterhead is not None and not any(_same_name(r.label, letterhead) for r in readings):
        # rule letterhead-defined-term: the document's first line is a company's legal name alone, and its
        # text calls its filer "the Company" / "the Group" (s27, read after probe30's first contact: probe30
        # 02 WiseTech Global Limited over an ASX Appendix 4D; probe29 01 q.beyond AG over a German
        # quarterly statement; probe28 05 ENGHOUSE SYSTEMS LIMITED and kindcheck29 Kessler-Rottach
        # Antriebstechnik AG the same shape): the letterhead names the filer
        known = company_of(letterhead)
        readings.append(Reading(known or letterhead, known is not None, [], LETTERHEAD_EVIDENCE))
    guest = guest_company(body, other_of)
    if guest is not None:
        # rule guest-company (narrator.py): an interview's guest speaks for their company, not the host's
        known = company_of(guest)
        readings.append(Reading(known or guest, known is not None, [], GUEST_EVIDENCE))
    if writer is None and speaker is None and narrator is not None and not narrator.outside \
            and (own_letter or narrator.rule == COPYRIGHT_OWNER.name or not _named_far_more(narrator.name, body)):
        # rule narrator-company (narrator.NARRATOR_RULES): the company the first-person text speaks for
        # (rule copyright-owner: the page's own footer, the text naming it in its body, however often it
        # names the maker or partner it writes about)
        known = company_of(narrator.name)
        readings.append(Reading(known or narrator.name, known is not None, list(narrator.aliases), NARRATOR_EVIDENCE))
    fields = [r.label for r in readings if r.rule == "header-field"]
    if fields and buyer_field(body) is not None:
        # rule buyer-notice (header_fields.py): a company buyer's procurement notice or standstill letter is the
        # buyer's: the winner it is addressed to or names in capitals (focusset26 held 01, "FUJITSU IRELAND
        # LIMITED" over Uisce Éireann's letter) gives no reading
        readings = [r for r in readings if r.rule == "header-field" or any(_same_name(r.label, f) for f in fields)]
    kept: dict[str, bool] = {}  # (the names both readings filter, each judged once)
    cands = score_candidates(top, body, company_of, other_of, readings, reporting_subjects(body),
                             [k for k, n in rep.items() if n >= 2],
                             *_subjects(body, company_of, other_of, verdicts=kept),
                             *_agents_and_names(body, company_of, other_of, kept))
    cands = _first_person_agents(cands, readings, body)
    cands = _filer_term_agents(cands, readings, body)
    # rule honorific-surname: a one-word name the text writes after "Mr." / "Ms." ("Mr. Ferrante's
    # base salary") is a person's surname, no company, however often its possessive owns a figure;
    # so is a full name written after one ("Mr. Zhuo Wenhan", issue39f)
    cands = [c for c in cands if c.known or not _honorific_surname(c.label, body)]
    # rule titled-surname: a one-word name that closes a person's full name the text writes with an
    # officer's title beside it ("Company side: Matthias Oberholz (CFO)" ... "Oberholz said", probe30 05
    # meeting notes; "Jane Roe, CFO" ... "Roe added"): the person's surname, no company
    cands = [c for c in cands if c.known or not person_surname(c.label, body, title_after=True)]
    # rule section-title-word (header_fields.py): a page's section title ("Portfolio", "Legal") is no company
    cands = [c for c in cands if c.known or not is_section_word(c.label)]
    # rule measure-label (measure_labels.py): a results form's row label ("Net Profit") is no company
    cands = [c for c in cands if c.known or not is_measure_label(c.label)]
    # rule defined-term (focus_score.py): the noun a text defines its party by ("(the Employer)") is no
    # company of its own, however often the text says it
    defined = {n for c in cands for n in c.class_nouns}
    cands = [c for c in cands if c.known or c.label not in defined]
    fields = [r.label for r in readings if r.rule == "header-field"]
    if fields:
        # rule header-field-role (header_fields.py): a form whose field names its party: a company its
        # other fields name in another role (the collaborator, the registrar, the law firm, the fund) is
        # no candidate, however often the text names it
        others = not_party_names(top, body)
        others = [o.upper() for o in others]
        cands = [c for c in cands if c.label in fields or not any(_count(c.label.upper(), o) for o in others)]
    best = choose(cands)
    if best is None and len(cands) > 1 and cands[0].score > 0 and cands[1].score == cands[0].score:
        best = _named_more(cands[0], cands[1], body)
    # rule owner-of-unit (salience.UNIT_RULE): with no structural reading, of the two best
    # candidates, both subjects of their clauses, the one the text writes as the other's owner
    # ("inside Acme's Nimbus") is the company and the other its unit (two that tie too)
    units = []
    if not readings and len(cands) > 1 and cands[0].score > 0 \
            and min(cands[0].features["clause-subject"], cands[1].features["clause-subject"]) >= MIN_CLAUSES:
        for owner, unit in ((cands[0], cands[1]), (cands[1], cands[0])):
            if not unit.known and owned_unit(owner.label, unit.label, body):
                best, units = owner, [unit.label]
                break
    if best is None:
        return None
    nouns = sorted(best.class_nouns)
    mine = [r for r in readings if r.label == best.label or r.label in best.names]
    if mine:  # the label and other names the structure gives it
        aliases = list(dict.fromkeys(a for r in mine for a in r.aliases))
        if all(r.rule == "header-field" for r in mine):  # a form's field gives the legal name only:
            # the names the text defines for it stay its names ('YTL Power International Berhad
            # ("YTL Power" or "the group")')
            aliases += sorted(n for n in best.names if n != best.label and n not in aliases and not best.known)
        # (a short form the text defines for it stays its name: rule defined-short-form)
        aliases += [sh for sh, full in defined_short_forms(body).items()
                    if full in (best.label, mine[0].label) and sh not in aliases and not best.known]
        return Focus(mine[0].label, mine[0].known, aliases, units=units, class_nouns=nouns,
                     narrator=any(r.rule in _NARRATOR_READINGS for r in mine))
    aliases = sorted(n for n in best.names if n != best.label and not best.known)
    return Focus(best.label, best.known, aliases, units=units, class_nouns=nouns)


# the readings that give a first-person text's narrator (writer.py, narrator.py)
_NARRATOR_READINGS = frozenset({WRITER_RULE.name, SELF_NAMED.name, NARRATOR_EVIDENCE})
_WE_OPENS = plain(r"(?:^|(?<=[.!?:;—–])[ \t]+|(?<=\n))[ \t#*>-]*(?:We|Our)\b", re.M)
_QUOTED_SPAN = plain(r"[\"“][^\"”\n]{0,400}[\"”]")


def _filer_term_agents(cands: list, readings: list[Reading], body: str) -> list:
    """Evidence filer-term-agent (focus_score.EVIDENCE): the candidate the letterhead reading gives counts
    the text's "the Company" / "the Group" as its own mentions, as a narrator's candidate counts "We"; re-ranked."""
    names = {r.label for r in readings if r.rule == LETTERHEAD_EVIDENCE}
    if not names:
        return cands
    n = defined_filer_count(body)
    for c in cands:
        if c.label in names or names & set(c.names) or any(_same_name(c.label, x) for x in names):
            c.features[FILER_TERM_AGENT] += n
            return sorted(cands, key=lambda c: -c.score)
    return cands


def _first_person_agents(cands: list, readings: list[Reading], body: str) -> list:
    """Evidence first-person-agent (focus_score.EVIDENCE): the candidate a narrator reading gives
    counts the clauses the text opens with "We" or "Our" outside quotations as its own; re-ranked."""
    names = {r.label for r in readings if r.rule in _NARRATOR_READINGS}
    if not names:
        return cands
    n = len(_WE_OPENS.findall(_QUOTED_SPAN.sub(" ", body)))
    hit = False
    for c in cands:
        if n and (c.label in names or names & set(c.names)):
            c.features[FIRST_PERSON_AGENT] += n
            hit = True
            break
    return sorted(cands, key=lambda c: -c.score) if hit else cands


# rule tie-named-more: two best candidates that tie are told apart by how often the text names each
# (mention_roles.named_counts, page chrome left out): one named half as often again as the other is
# the company, else none. (probe19 07_mercadolibre_season_wrap: Mercado Libre named 5 times ties its
# unit Mercado Pago, named 3 times, once agent mentions count; without this the fallback took Amazon,
# a name neither candidate.)
TIE_NAMED_MORE = 1.5


def _named_more(a, b, body: str):
    """Of two tied candidates, the one the text names TIE_NAMED_MORE times as often as the other, or None."""
    counts = named_counts(body)
    na, nb = (_times_named({c.label} | set(c.names), counts) for c in (a, b))
    if na >= TIE_NAMED_MORE * max(nb, 1):
        return a
    if nb >= TIE_NAMED_MORE * max(na, 1):
        return b
    return None


def _times_named(names: set[str], counts) -> int:
    """How often the text names any of `names`, each counted with the longer names it starts
    ("Norbank" with "Norbank Group", "Norbank Direct"); `counts`: mention_roles.named_counts."""
    return sum(n for k, n in counts.items() if any(k == x or k.startswith(x + " ") for x in names))


def _named_far_more(name: str, body: str) -> bool:
    """Whether another name of the text is named at least twice as often as `name` and four times or
    more (mention_roles.named_counts, page chrome left out)."""
    counts = named_counts(body)
    own = _times_named({name}, counts)
    return any(n >= max(4, 2 * own) for k, n in counts.items()
               if len(k) > 2 and k != name and not k.startswith(name + " ") and not name.startswith(k + " "))


def most_named(counts: Counter, order: dict[str, int], body: str | None) -> str:
    """The company the document names most (first named on a tie), when the focus model finds no
    candidate: a name the text writes only as a hardware supplier ("Nvidia H100 GPUs") or as the
    owner of a model family it uses ("Google's Gemini models") is a role, not the article's
    company (rules hardware-supplier and product-owner of focus_score.EVIDENCE), and comes last.
    With no `body` (the focus model found the company), the name named most."""
    if body is None:
        return max(counts, key=lambda k: (counts[k], -order[k]))
    ranked = sorted(counts, key=lambda k: (-counts[k] - coded_mentions(k, body), order[k]))
    # rule role-only (mention_roles.py): a name named only as another's customer, vendor, example or
    # in the page's chrome is no candidate either
    # (rule section-title-word, header_fields.py: "Work will be performed in …" of a contracts roundup)
    # (rule exchange-no-focus, discover.py, issue46c: the exchange whose news feed lists its issuers' items, "Dhaka Stock
    # Exchange PLC — News Archive" over GENEXIL's items, probe34 04; as discover.EXCHANGE_RULE's pages, probe23 01, focusset22 held 08)
    # (rule subsidiary-named, units.py, issue52c) a name the text introduces as a subsidiary ("Revenue in North
    # America is generated mainly by the subsidiary Acme USA Inc.") is a unit of the group the text reports on, not
    # its company, however often its short form is read as its name (probe37 04 shellygroup over 'Shelly Group SE';
    # probe27 07 vitrox_bursa and kindcheck28 units 03 tembusu_harbour, the rule's sources in the focus's renaming)
    return next((k for k in ranked if not (supplier_only(k, body) or product_owner_only(k, body) or role_only(k, body)
                                           or is_section_word(k) or is_exchange(k)
                                           or len(ranked) > 1 and subsidiary_named(k).search(body))), ranked[0])


# rule coded-issuer (issue46c): a company the text writes once with its stock code or short code in brackets ("Genex Infosys
# PLC (GENEXIL)" in an exchange feed's watchlist, whose items then say "Trading Code: GENEXIL" / "GENEXIL: Q1 Financials",
# probe34 04; "ASM International (ASMI)" then "ASMI" thirteen times, probe15 08 asmi_vs_kokusai; "NCC Group plc (NCC)"
# then "NCC", probe27 06 nccgroup_iralert): each later mention of the code is a mention of the company. Read only when the focus
# model finds no candidate (most_named)
_CODE_WORD = r"[A-Z][A-Z0-9]{2,9}"


def coded_mentions(name: str, body: str) -> int:
    """Rule coded-issuer: how often `body` writes the code it gives `name` in brackets ("Name (CODE)",
    "Name PLC (Ticker: CODE)") on its own elsewhere; 0 when it gives none."""
    m = name_rx(rf"(?<![\w-]){re.escape(name)}(?:,?\s+{_FORM})?\s+\((?:[A-Za-z][A-Za-z ]{{0,20}}:\s*)?"
                rf"(?P<code>{_CODE_WORD})\)").search(body)
    if m is None:
        return 0
    return sum(1 for _ in name_rx(rf"(?<![\w(-]){m.group('code')}(?![\w)-])").finditer(body))


_ADDRESS = plain(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|(?<![\w@-])[\w-]+\.(?:com|net|org|io|ai|co|de|fr|jp|cn|in)(?:/\S*)?(?![\w-])")


def _subjects(body: str, company_of: Callable[[str], str | None],
              other_of: Callable[[str], str | None], roles: bool = False,
              verdicts: dict[str, bool] | None = None):
    """((clause subjects, possessives), figure sentences, figure owners) of names that may be a
    company (salience.py): no person, no organisation or place the gazetteer knows, no common word
    at a sentence's start; the figure sentences (owner, sentence) as salience.figure_sentences reads them.
    `verdicts`: name -> whether the filter drops it (rule place-position apart), shared by the
    calls of one document with the same lookups."""
    # rule honorific-person: "Dr Omar Hale", "Ms Roe", "Shri Dubey" name a person (unless the
    # gazetteer knows the name as a company)
    is_person = lambda n: _TITLE_IN_NAME.search(n) is not None or person_surname(n, body) \
        or n.split()[0].rstrip(".") in _HONORIFICS and " " in n and company_of(n) is None
    out = []
    verdicts = {} if verdicts is None else verdicts

    def dropped(name: str) -> bool:
        v = verdicts.get(name)
        if v is None:
            v = verdicts[name] = len(name) < 2 or name in _NOT_REPORTER or name in _LEAD_WORDS or name in SALIENCE_STOP \
                or bool(other_of(name)) or bool(is_person(name)) or name in _GENERIC_ACRONYMS or public_body(name, body) \
                or " " not in name and not _CAPS_NAME.fullmatch(name) and has_word(_without_addresses(body), name.lower())
            # (the last: a common word at a sentence's start ("Capital", "Usage"), not "NICE" (rule caps-word-name))
        return v
    figures = figure_sentences(body)
    owners = Counter(o for o, _s in figures if o)
    agents = agent_mentions(body) if roles else Counter()
    for counts in ((agents, named_counts(body)) if roles else (clause_subjects(body), possessives(body), owners)):
        keep = Counter()
        for name, n in counts.items():
            if dropped(name) or counts is agents and place_like(name, body):
                continue
            keep[name] += n
        out.append(keep)
    if roles:
        return out[0], out[1]
    return (out[0], out[1]), figures, out[2]


def _agents_and_names(body: str, company_of: Callable[[str], str | None],
                      other_of: Callable[[str], str | None],
                      verdicts: dict[str, bool] | None = None) -> tuple[Counter, Counter]:
    """(agent mentions, mentions) per name that may be a company (mention_roles.py), filtered as
    `_subjects` filters clause subjects (no person, place, public body, common word)."""
    return _subjects(body, company_of, other_of, roles=True, verdicts=verdicts)


@lru_cache(maxsize=8)
def _without_addresses(body: str) -> str:
    """Rule address-not-word: `body` with its e-mail and web addresses blanked: a name's lower-case
    form inside one ("media@acme.com", "acme.com/offers") is its domain, no common word of the text."""
    rx = _ADDRESS_BY_PARTS[("@" in body, "http" in body or "www." in body, _TLD_DOT.search(body) is not None)]
    return rx.sub(" ", body) if rx is not None else body


# (each part of _ADDRESS, by what it needs: an '@'; 'http' or 'www.'; a dot and a domain ending. A
# part whose needed text is absent matches nowhere, so the pattern of the parts that may match
# blanks the same spans; none may match: the body as it is)
_ADDRESS_PARTS = (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r"(?:https?://|www\.)\S+",
                  r"(?<![\w@-])[\w-]+\.(?:com|net|org|io|ai|co|de|fr|jp|cn|in)(?:/\S*)?(?![\w-])")
_TLD_DOT = plain(r"\.(?:com|net|org|io|ai|co|de|fr|jp|cn|in)")
_ADDRESS_BY_PARTS = {(a, b, c): (plain("|".join(p for p, on in zip(_ADDRESS_PARTS, (a, b, c)) if on))
                                 if a or b or c else None)
                     for a in (False, True) for b in (False, True) for c in (False, True)}
assert _ADDRESS_BY_PARTS[True, True, True].pattern == _ADDRESS.pattern


_LONE_ABBREVIATION = plain(r"^\s*[A-Z][a-z]{0,7}\.\s*$")


# rule mail-subject (issue35w): an e-mail's header fields are no headline ("From: Jane Roe, Chief
# Procurement Officer", "To: …", "Sent: …"), its subject is, without its label: "Subject: Mastek
# shareholder update — Q2 and H1 FY27 results" (probe20 02 shareholder e-mail), "Subject: Nu Pagamentos
# S.A. - …" (focusset21 held 27 regulator's letter), "Subject: Project Lumen — …" (probe25 07)
_MAIL_FIELD = plain(r"^[ \t>*]*(?:From|To|Cc|CC|Bcc|Sent|Date|Von|An|Gesendet|De|À|Para|Enviado)[ \t]*:[ \t]")
_MAIL_SUBJECT = plain(r"^[ \t>*]*(?:(?:Subject|SUBJECT|Subj|Re|RE|Fwd?|FWD?|FW|Objet|Betreff|Asunto|Oggetto|Assunto)[ \t]*:[ \t]*)+")


# rule form-field-line (issue38e): a filing's header line of "Label: value" fields is no headline and
# its label no name: "Stock code: 688561          Stock abbreviation: …" (probe27 03 qianxin, whose
# "Stock" was taken as the company), "Securities code: 300502          Securities abbreviation: Eoptolink"
# (probe22 02 eoptolink), "Stock code        : 0097" (probe27 07 vitrox, focusset21 dev 15 timedotcom):
# a line opened by a label whose value is a number or code, then the line's end or the next label
_FORM_FIELD_LINE = plain(r"^[ \t]*[A-Z][A-Za-z&.'’/-]*(?:[ \t]+[A-Za-z&.'’/-]+){0,3}[ \t]*:[ \t]*[0-9][\w./-]*"
                         r"[ \t]*(?:$|[A-Z][A-Za-z&.'’/-]*(?:[ \t]+[A-Za-z&.'’/-]+){0,3}[ \t]*:)")


def _joined_labels(top: list[str]) -> list[str]:
    """The top lines with a lone abbreviation the sentence splitter cut off ("Ep." of "Ep. 212: …")
    joined to the line after it, which opens with its number; an e-mail's header fields and a
    filing's field lines left out (rule form-field-line) and a mail's subject line read without its
    label (rule mail-subject)."""
    out: list[str] = []
    for line in top:
        if _MAIL_FIELD.match(line) or _FORM_FIELD_LINE.match(line):
            continue
        line = _MAIL_SUBJECT.sub("", line, count=1)
        if out and _LONE_ABBREVIATION.match(out[-1]) and line[:1].isdigit():
            out[-1] = out[-1].strip() + " " + line
        else:
            out.append(line)
    return out


def structural_readings(top: list[str], body: str, company_of: Callable[[str], str | None],
                        other_of: Callable[[str], str | None] = lambda n: None) -> list[Reading]:
    """The readings of the article's company its structure gives, from its first sentences `top`
    (title, kickers, dateline, lead), the whole text `body`, `company_of(name)`: the gazetteer
    label of a company name (or of the first company named in it), else None, and
    `other_of(name)`: the kind of a name the gazetteer knows as something other than a company
    (rule `not-a-company`), else None. The headline is the first top line that is not a sentence,
    the lead the first one that is (twelve words or more, ending in a stop). Each reading names
    its evidence record (focus_score.EVIDENCE): headline-and-lead, lead-company,
    headline-company, person-of-lead, headline-recurring, lead-legal-name, ticker, results-owner,
    caps-legal-name. None decides alone: they are evidence of the scored choice."""
    headline = lead = tied_lead = None
    headline_line = None
    lead_legal = lead_described = False
    report = None
    chrome = False   # a page-chrome title stood above (rule page-chrome-title)
    field = header_field_company(top, company_of, other_of, body)
    # a form's field naming its company stands beside a capitals header, which may be the exchange's
    # or the publisher's ("BURSA … BERHAD — COMPANY ANNOUNCEMENT" over "Company name : ACME BERHAD")
    beside = [field] if field is not None else []
    for line in _joined_labels(top):
        legal = _caps_legal_name(line, body)
        if legal is not None and ":" in legal[0]:
            legal = None   # a record's field line in capitals ("EMPLOYER_NAME: X INC."): the field's, no header
        if legal is not None:
            label = company_of(legal[0])
            return [Reading(label or legal[0], label is not None, [legal[1]] if legal[1] != legal[0] else [], "caps-legal-name"),
                    *(f for f in beside if f.label != (label or legal[0]))]
        issuer = _caps_issuer(line, body)
        if issuer is not None and other_of(issuer[0]) is None:
            # (the capitals header of caps-legal-name, its short form after a dash for a legal form)
            label = company_of(issuer[0])
            return [Reading(label or issuer[0], label is not None, [] if label else [issuer[1]], "caps-legal-name"),
                    *(f for f in beside if f.label != (label or issuer[0]))]
        if _NOT_HEADLINE.search(line) or line.strip() == line.strip().upper() or _DATE_LINE.search(line):
            continue
        is_sentence = _is_sentence(line)
        cut = 0 if is_sentence else chrome_title_prefix(line)
        if cut:   # rule chrome-title-prefix (header_fields.py): "Material Information - Acme Co., Ltd. (1234)"
            chrome, line = True, line[cut:]
        elif not is_sentence and page_chrome_title(line):
            chrome = True
            continue   # rule page-chrome-title (header_fields.py): the site's title bar or section heading
        if headline is not None and not is_sentence:
            continue
        if not is_sentence:
            line = _SITE_SUFFIX.sub("", line, count=1) or line
        kicker = None if is_sentence else _LABEL_KICKER.match(line)
        if kicker is not None and _count(kicker.group("label"), body) < 2 and company_of(kicker.group("label")) is None:
            line = line[kicker.end():]
        kicker = None if is_sentence else _WORD_KICKER.match(line)
        if kicker is not None and has_word(body, kicker.group("first").lower()):
            line = line[kicker.end():]
        run = (None if is_sentence else _title_name(line, body, company_of, other_of)) or subject_run(line)
        cand = None
        if run is not None:
            name, rest = run
            short = _LEGAL_END.sub("", name).strip() or name
            known = company_of(name) or company_of(short)
            if known is None and short.isupper() and len(short) > 3:  # "QUALCOMM", "ERICSSON"
                known = company_of(_title_case(short))
            cand = (short, rest, known)
            if known is None and (other_of(name) or other_of(short)):
                cand = None  # rule not-a-company: "European Commission clears …", "The US government …"
            elif known is None:
                tied = person_company(rest)
                if tied is not None:  # "MADRID — Jane Roe has been chief executive of Acme since …"
                    cand = (tied, "", company_of(tied))
                    if is_sentence:
                        tied_lead = cand
                elif is_sentence:
                    lead_legal = short != name or re.match(rf",?\s+{_FORM}(?![\w-])", rest) is not None
                    lead_described = _DESCRIBED.match(rest) is not None
        if is_sentence:
            lead = cand
            break
        rt = None if report is not None or is_sentence else _REPORT_TITLE.match(line)
        rt_name = None if rt is None or _field_key_title(rt, line, body) else _report_name(rt.group("name"), body)
        if rt_name is not None and _count(rt_name, body) >= (1 if chrome and headline is None else 2) and company_of(rt_name) is None \
                and not other_of(rt_name):
            report = rt_name
        headline = cand if cand is not None else headline
        headline_line = line if headline_line is None else headline_line
    out: list[Reading] = []
    agree = headline is not None and lead is not None and (
        (headline[2] is not None and headline[2] == lead[2]) or _same(headline[0], lead, body))
    if agree:
        if headline[2] is None and (headline[0].startswith(lead[0] + " ") or headline[0].endswith(" " + lead[0])):
            # a Title Case headline runs on past the name ("NAME Announces Fourth Quarter …") or
            # opens with a descriptor ("Chipmaker NAME lifts …"): the lead sentence, written in
            # sentence case, gives where the name is
            out.append(Reading(lead[2] or lead[0], lead[2] is not None, [], "headline-and-lead"))
        else:
            aliases = [lead[0]] if lead[0] != headline[0] and lead[2] is None else []
            out.append(Reading(headline[2] or headline[0], headline[2] is not None, aliases, "headline-and-lead"))
    for c, rule in ((lead, "lead-company"), (headline, "headline-company")):
        if c is not None and c[2] is not None:
            out.append(Reading(c[2], True, [], rule))
    if tied_lead is not None and (headline is None or headline[2] is None) and _count(tied_lead[0], body) >= 2:
        # the dateline sentence is about a person the text ties to a company by title ("Paris --
        # Jane Roe took over as chief executive of Acme …", "Jane Roe has been chairman of Acme"),
        # named again in the text, and no known company leads the headline
        out.append(Reading(tied_lead[0], False, [], "person-of-lead"))
    if headline is not None and headline[2] is None and len(headline[0]) > 2 and _count(headline[0], body) >= MIN_RECURRING \
            and not (" " not in headline[0] and not _CAPS_NAME.fullmatch(headline[0]) and has_word(body, headline[0].lower())):
        # (rule caps-word-name: a one-word subject the text also writes in lower case is a common
        # word, "Timing is everything - …", no company)
        # an unknown headline subject the article keeps naming
        out.append(Reading(headline[0], False, [lead[0]] if lead is not None and _same(headline[0], lead, body) else [],
                           "headline-recurring"))
    if report is not None:
        out.append(Reading(report, False, [], "report-title"))
    if lead is not None and lead[2] is None and lead_legal and _count(lead[0], body) >= 2:
        out.append(Reading(lead[0], False, [], "lead-legal-name"))
    elif lead is not None and lead[2] is None and lead_described and _count(lead[0], body) >= 2:
        out.append(Reading(lead[0], False, [], "lead-described"))
    rel = _HEADLINE_RELATIVE.search(_strip_head(headline_line)) if headline_line is not None else None
    if rel is not None:
        # rule headline-relative: "The engineer who now runs Acme", "inside Quill, the unit that now
        # drives Acme": the headline ends with the company its person or unit is tied to
        name = _LEGAL_END.sub("", rel.group("name")).strip()
        known = company_of(name)
        if name and (known or not other_of(name)) and _count(name, body) >= MIN_RECURRING:
            out.append(Reading(known or name, known is not None, [], "headline-relative"))
    listed = listed_company(top)
    if listed is not None:  # "SAN JOSE, Calif. -- Dec. 11, 2024 -- Acme (Nasdaq: ACME) today reported …"
        out.append(_listed_reading(listed, body, company_of))
    coded_name = stock_code_company(top)
    if coded_name is not None and other_of(coded_name) is None:   # rule stock-code-header
        known = company_of(coded_name)
        out.append(Reading(known or coded_name, known is not None, [], "stock-code-header"))
    if field is not None:
        out.append(field)
        if any(_TICKER_FIELD.search(line) for line in top[:8]):   # rule issuer-ticker-fields
            out.append(Reading(field.label, field.known, [], "ticker"))
    coded = coded_title_company(top, body, company_of, other_of)
    if coded is not None:
        # (the title's other parts are the page's sections: "Monthly Revenue" recurs in its menus, no company)
        out = [r for r in out if r.label not in coded[1]] + [coded[0]]
    owner = results_owner(top, company_of, other_of, body)
    if owner is not None:
        out.append(Reading(owner.label, owner.known, list(owner.aliases), "results-owner"))
    if not out:
        out.extend(title_lead_names(top, body, company_of, other_of))
    # one place, one reading: a company keeps its first (strongest) reading of the headline and
    # lead (the headline and lead agreeing is not three readings); the ticker is its own
    kept: list[Reading] = []
    for r in out:
        if r.rule == "ticker" or not any(k.label == r.label and k.rule != "ticker" for k in kept):
            kept.append(r)
    if field is not None:
        # rule header-field-role (header_fields.py): a form whose field names its party: a name its other
        # fields give in another role (the registrar, the requester, the fund) or the site its title ends
        # with (the page's publisher) is no reading of whose document it is
        others = not_party_names(top, body)
        # (nor is a headline's unknown subject the page's title opens with: "Legal notice", "Data Breach
        # Notifications", the page's section over the record)
        others = [o.upper() for o in others]
        kept = [r for r in kept if r is field or r.label == field.label
                or not (r.rule == "headline-recurring" or any(_count(r.label.upper(), o) for o in others))]
    return kept


# rule title-and-lead-name (focus_score EVIDENCE): a name the title gives anywhere (not as its
# subject: a masthead "Newsletter of the staff at Acme", "Notes from the Acme investor day") that
# the lead sentence names again and the text keeps naming; read only when the headline and lead
# give no other reading
_TITLE_NAME = plain(r"(?<![\w&-])(?:[A-Z][\w&'’.-]*[\w&]|[a-z]+[A-Z][\w-]*)(?:[ \t]+(?:[A-Z][\w&'’.-]*[\w&]|&))*")


def title_lead_names(top: list[str], body: str, company_of: Callable[[str], str | None],
                     other_of: Callable[[str], str | None] = lambda n: None) -> list[Reading]:
    """Rule title-and-lead-name: the names the title line (the first top line that is no sentence)
    gives anywhere that the lead sentence (the first that is one) names again, that the text names
    MIN_RECURRING times or more and that the gazetteer does not know (a known company named off its
    subject place is as often a supplier or customer), no common word (written in lower case in
    the text) and no person; each a reading."""
    title = lead = None
    for line in top:
        if _NOT_HEADLINE.search(line) or _DATE_LINE.search(line):
            continue
        if _is_sentence(line):
            lead = line
            break
        if page_chrome_title(line):
            continue   # rule page-chrome-title
        if title is None:
            title = line
    if title is None or lead is None:
        return []
    out: list[Reading] = []
    for m in _TITLE_NAME.finditer(title):
        toks = m.group(0).split()
        while toks and toks[0] in _LEAD_WORDS:
            toks = toks[1:]
        name = _LEGAL_END.sub("", " ".join(toks)).strip()
        if len(name) < 3 or name.isupper() and " " in name or name in SALIENCE_STOP or name in _NOT_REPORTER:
            continue
        if " " not in name and not _CAPS_NAME.fullmatch(name) and has_word(body, name.lower()):
            continue  # a common word ("Newsletter", "Consolidated"), not a name
        if company_of(name) is not None or other_of(name):
            continue  # a known company is read where it stands as a subject; named anywhere, it is
            # as often the supplier or customer of the article's company ("US clears Acme chip exports to …")
        if _count(name, lead) == 0 or _count(name, body) < MIN_RECURRING or person_surname(name, body):
            continue
        if all(r.label != name for r in out):
            out.append(Reading(name, False, [], "title-and-lead-name"))
    return out


# rule header-field (focus_score EVIDENCE "header-field"): a form's field line naming its company
_HEADER_FIELD = plain(r"^\s*(?:Company(?:[ \t]+name)?|Issuer(?:[ \t]*/[ \t]*Manager)?|Applicant|Contractor|Name[ \t]+of[ \t]+(?:the[ \t]+)?(?:listed[ \t]+)?(?:company|issuer))"
                      r"[ \t]*:[ \t]*(?:\d{4,6}[ \t]+)?(?P<name>[A-Z][^\n:;(|·]{1,80}?)[ \t]*(?:$|[(|·])", re.I)
# rule issuer-ticker-fields (issue39f): a form whose header gives the issuer's field and a ticker field
# ("Issuer: KITRON ASA" / "Ticker: KIT", an Oslo Børs insider notice, focusset28 14; "Issuer: SUSS MICROTEC
# SE · Ticker: SMHN (Xetra)", a webcast platform's page, focusset28 07; "Issuer: NEXANS S.A." / "Ticker:
# NEX FP", an ESG alert, focusset28 03) is that issuer's filing, whoever its lead sentence is about (the
# insider who traded, the platform hosting the call): the field is read as a ticker reading too
# (issue41f) a security's codes are its ticker's kin: "Emittent: X SE" / "ISIN: DE000…" / "WKN: …" (kindcheck31
# focus 03, a German quarterly statement led by its biggest customer); "ISIN: ZAE…" (probe30 08a, focusset27 08)
_TICKER_FIELD = plain(r"(?:^|[·|][ \t]*)(?:Ticker|Symbol|Stock[ \t]+code|ISIN|WKN)[ \t]*:[ \t]*[A-Z0-9]", re.M)
# (issue39f) a form's party fields name its company as the filer does: "Applicant: X LLC" (an air-permit
# notice, focusset28 13; a planning application, focusset22 23), "Contractor: X CORPORATION, <town>"
# (a J&A, focusset28 23; a CPARS report, focusset25 25), "Issuer/ Manager: X LTD" (an SGX notice,
# focusset28 15: the issuer field's form there). Not "Supplier:" (a spend-data page, focusset27 02, read
# right without it: its field made the parent the text names a name of the company), not "Complainant:" (a customer's complaint about the company, focusset24 25), nor "Assignee:"
# (one patent only, focusset22 01, read right already). A place after the legal form is no part of the name.
# (issue39f) the field may give the stock code before the name, as an exchange's filing page does
# ("Company: 3324 <Name> Co., Ltd. (<native name>) | Market: TPEx", probe28 02); a bracket or a bar ends it


# rule coded-title (focus_score EVIDENCE "coded-title", issue39f): an exchange's filing page titled by
# its sections, a dash between each, the last the filer's stock code and name ("Market Observation Post
# System - Monthly Revenue - 3324 <Name>", probe28 02; "2026-11-10 - Monthly Revenue - 6572 <Name>",
# kindcheck29 focus 01): that name is the page's company, the sections before it no company
_TITLE_PARTS = plain(r"[ \t]+[-–—|][ \t]+")
_CODED_NAME = plain(rf"^(?P<code>\d{{4,6}})[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&)){{0,4}}?)(?:,?[ \t]+{_FORM})?[ \t]*$")


# the same shape on a line of its own, a list's item or the title: "- 2026-11-10 - Monthly Revenue - 3318
# <Name>: October 2026 revenue …" (a sidebar of other filers' announcements, kindcheck29 focus 01), or the
# code and name opening the item: "3017 <Name> - October 2026 revenue NT$… thousand" (probe28 02's sidebar)
_CODED_LINE = plain(rf"[ \t][-–—|][ \t]+(?P<code>\d{{4,6}})[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&)){{0,4}}?)"
                    rf"(?:,?[ \t]+{_FORM})?[ \t]*(?=:|$)"
                    # or the code and name opening a list's line: "3017 <Name> - October 2026 revenue …" (probe28 02)
                    rf"|^[ \t]*(?:[-*•][ \t]+)?(?P<code2>\d{{4,6}})[ \t]+(?P<name2>{_WORD}(?:[ \t]+(?:{_WORD}|&)){{0,4}}?)"
                    rf"(?:,?[ \t]+{_FORM})?[ \t]+[-–—|:][ \t]", re.M)


def coded_names(body: str) -> list[str]:
    """Rule coded-title's other filers: each name a line gives after a dash and its stock code (the
    title's own included), in order; each a company of the page ("3318 <Name>: October revenue …" is
    that filer's figure, not the page's company's)."""
    if " - " not in body and " – " not in body and " — " not in body and " | " not in body:
        return []
    return list(dict.fromkeys(m.group("name") or m.group("name2") for m in _CODED_LINE.finditer(body)
                              if not _year_and_words(m.group("code") or m.group("code2"), m.group("name") or m.group("name2"), body)))


def _year_and_words(code: str, name: str, body: str) -> bool:
    """A year and a title's words, no stock code and name: "- 2026 ANNUAL MEETING OF STOCKHOLDERS"
    (probe28 03), "- 2025 Annual Report" (a code in the years' range, 2330, is a code before a name
    in mixed case the text never writes in lower case)."""
    return re.fullmatch(r"(?:19|20)\d\d", code) is not None and (
        name.isupper() or all(has_word(body, w.lower()) for w in name.split()))


def coded_title_company(top: list[str], body: str, company_of: Callable[[str], str | None],
                        other_of: Callable[[str], str | None] = lambda n: None) -> tuple[Reading, list[str]] | None:
    """Rule coded-title: (the reading of the name a title's last dash-separated part gives after a
    stock code, the title's other parts), or None. Not a list item ("- 2026-11-10 - … - 3318 X: …" in
    a sidebar ends in its own text), not a year and a report's words ("… - 2025 Annual Report")."""
    for line in top[:8]:
        head = line.strip().lstrip("#").strip()
        if not head or head[0] in "-*•" or not _TITLE_PARTS.search(head):
            continue
        parts = _TITLE_PARTS.split(head)
        m = _CODED_NAME.match(parts[-1])
        if m is None:
            continue
        name = m.group("name")
        if _year_and_words(m.group("code"), name, body):
            continue   # a year and common words: a report's title
        known = company_of(name)
        if known is None and other_of(name):
            continue
        return Reading(known or name, known is not None, [], "coded-title"), [p.strip() for p in parts[:-1]]
    return None


# the place a field gives after the name's legal form: "X CORPORATION, Herndon, VA"
_FIELD_PLACE = plain(rf"^(?P<name>.*?[ \t,][ \t]*(?i:{_FORM})\.?(?:,?[ \t]+(?i:{_FORM})\.?)*),[ \t]+(?!(?i:{_FORM})(?![\w]))[A-Z][^()]*$")


def _field_name(value: str) -> str:
    """A field's name without the place after its legal form."""
    m = _FIELD_PLACE.match(value)
    return m.group("name") if m is not None else value


# (issue39f) a US filing's cover page writes the field's label in brackets under its value: "Ribbon
# Communications Inc." / "(Name of Issuer)" (a Schedule 13D, focusset26 13, whose text is the activist's),
# "CIPHER MINING INC." / "(Exact name of registrant as specified in its charter)" (an 8-K, focusset22 05),
# "NILGIRI … LIMITED" / the same label (a 6-K, kindcheck28 periods 02)
_COVER_LABEL = plain(r"^[ \t]*\((?:Name[ \t]+of[ \t]+(?:the[ \t]+)?(?:Issuer|Registrant|Company)|Exact[ \t]+name[ \t]+of[ \t]+"
                     r"(?:the[ \t]+)?(?:registrant|issuer|company)\b[^)\n]*)\)[ \t]*$", re.I)
_COVER_VALUE = plain(r"^[ \t]*(?P<name>[A-Z][^\n:;(|·]{1,80}?)[ \t]*$")


def header_field_company(top: list[str], company_of: Callable[[str], str | None],
                         other_of: Callable[[str], str | None] = lambda n: None, body: str = "") -> Reading | None:
    """Rule header-field: "Company name: Acme Corporation", "Issuer: Acme Berhad" in the first
    lines: the company the form is about (its short name without the legal form), or None. A name
    in capitals ("Company name : ACME CORPORATION BERHAD") is read in the case the text writes it
    ("Acme"), as rule caps-legal-name reads a capitals header. A procurement notice whose buyer is a
    company is the buyer's, however its winner's field reads (rule buyer-notice, header_fields.py)."""
    b = buyer_field(body) if body else None
    if b is not None:
        r = _field_reading(_FIELD_CLAUSE.sub("", b.value), company_of, other_of, body)
        if r is not None:
            return r
    for i, line in enumerate(top):
        m = _HEADER_FIELD.match(line)
        if m is None and i > 0 and _COVER_LABEL.match(line) and _COVER_VALUE.match(top[i - 1]):
            m = _COVER_VALUE.match(top[i - 1])   # (issue39f) the label in brackets under its value
        if m is None:
            continue
        if body:
            # (issue42f) a party field on an earlier line of the body stands first: "Company short name: X"
            # over a statement's "2. Company name: <its parent>" (kindcheck32 focus 02), the sentence splitter
            # having cut the number off the later field
            f = party_field(body)
            at = body.find(line.strip())
            if f is not None and at >= 0 and f.line < body.count("\n", 0, at) and f.value.strip() != m.group("name").strip():
                return _field_reading(_FIELD_CLAUSE.sub("", f.value), company_of, other_of, body)
        r = _field_reading(m.group("name"), company_of, other_of, body)
        if r is not None:
            return r
    # rule header-field-role (header_fields.py): the top's labelled fields, the key naming the document's party
    f = party_field(body) if body else None
    if f is not None:
        return _field_reading(_FIELD_CLAUSE.sub("", f.value), company_of, other_of, body)
    return None


# a field's value goes on past the name: "X SAS, a French société par actions simplifiée …", "X Inc.; Y"
_FIELD_CLAUSE = plain(r"(?:,[ \t]+(?:a|an|the)[ \t]|[;(]|[ \t]+[·|—–][ \t]).*$")


def _field_reading(value: str, company_of: Callable[[str], str | None],
                   other_of: Callable[[str], str | None], body: str) -> Reading | None:
    """The header-field reading of a field's value (the name without its place; in capitals, read in
    the case the text writes it), or None (no name, or a name the gazetteer knows as no company)."""
    name = _field_name(value.strip()).rstrip(",")
    if _LEGAL_END.search(name) is None:   # (a stop closing a legal form stays: "… S.A.")
        name = name.rstrip(".,")
    if not (name[:1].isupper() or name[1:2].isupper()) or len(name.split()) > 8:   # ("iRhythm Technologies, Inc.")
        return None
    short = _LEGAL_END.sub("", name).strip() or name
    if short == name and name.isupper():   # "AEVA, INC.", "ZELLIS UK LIMITED": the legal form in capitals
        short = name[:len(_LEGAL_END.sub("", name.title()).rstrip(" ,"))].strip() or name
    known = company_of(name) or company_of(short)
    if known is None and (other_of(name) or other_of(short)):
        return None
    toks = short.split()
    if len(toks) > 2 and is_place_word(toks[0]):
        toks = toks[1:]   # rule caps-place-head (CAPS_PLACE_HEAD)
    mixed = _text_case(toks, body) if known is None and short.isupper() and body else None
    if mixed is not None:
        return Reading(_LEGAL_END.sub("", mixed).strip() or mixed, False, [name], "header-field")
    return Reading(known or short, known is not None, [name] if known is None and name != short else [], "header-field")


def _listed_reading(listed: str, body: str, company_of: Callable[[str], str | None]) -> Reading:
    toks = listed.split()
    for n in range(len(toks), 0, -1):  # "Cisco Systems": the gazetteer's "Cisco"; "NVIDIA": "Nvidia"
        part = " ".join(toks[:n])
        label = company_of(part) or (company_of(_title_case(part)) if part.isupper() and len(part) > 3 else None)
        if label is not None:
            return Reading(label, True, [], "ticker")
    # rule caps-legal-name's case, for the ticker's name too: a header in capitals names the filer the text
    # writes in mixed case ("TEMENOS AG" probe11 p11_01, "ASSECO POLAND S.A." probe14 01, read by
    # caps-legal-name; "TECHNOLOGYONE LIMITED (ASX: TNE)" … "TechnologyOne's results", probe21 04)
    if listed.isupper():
        mixed = _text_case(toks, body)
        if mixed is not None:   # (issue38e) its legal form left out: "Qi An Xin Technology Group Inc." (probe27 03)
            mixed = LEGAL_LAST.sub("", mixed).strip() or mixed
        if mixed is not None and not role_only(mixed, body):  # (not a name the text names only as a party:
            # "Net income attributable to Zarnex" keeps the header's form, tests/test_values_issue25v.py)
            return Reading(mixed, False, [listed], "ticker")
        if mixed is None:
            # (rule listing-tag-header) a header in capitals the text never writes in its own case
            # ("FARADAY TECHNOLOGY CORPORATION (TWSE)"): its words as _spelled writes them, the legal
            # form dropped ("Faraday Technology"), the capitals form an alias
            spelled = re.sub(rf"\s+{_FORM}$", "", " ".join(_spelled(w, body) for w in toks)).strip(" ,")
            if spelled and spelled != listed:
                return Reading(spelled, False, [listed], "ticker")
    # the name the text uses: "Cisco Systems, Inc. (NASDAQ: CSCO)" then "Cisco" throughout
    short = max((" ".join(toks[:n]) for n in range(1, len(toks))), key=lambda x: _count(x, body), default=listed)
    name = short if _count(short, body) >= 2 * max(_count(listed, body), 1) else listed
    if name != listed and sibling_names(listed, body):
        # rule listed-sibling (focus_score.SIBLING_NAME): the first word the listed name shares with another company
        # ("Nilora Pharma (EGX: NLPH)" beside its parent "Nilora Holding") is neither's short name
        name = listed
    return Reading(name, False, [listed] if name != listed else [], "ticker")


def _text_case(toks: list[str], body: str) -> str | None:
    """The form in mixed case the text writes a name in capitals in ("TECHNOLOGYONE LIMITED" ->
    "TechnologyOne"), its longest leading words the text writes in mixed case (once is enough: the
    same words in another case), or None."""
    for n in range(len(toks), 0, -1):
        part = " ".join(toks[:n])
        if len(part) < 3:
            break
        forms = Counter(m.group(0) for m in name_rx(rf"(?<![\w&-]){re.escape(part)}(?![\w&-])", re.I).finditer(body)
                        if not m.group(0).isupper())
        if forms:
            return forms.most_common(1)[0][0]
    return None


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 12 and re.search(r"[.!?]['\"”’)]*\s*$", line) is not None


def results_owner(top: list[str], company_of: Callable[[str], str | None],
                  other_of: Callable[[str], str | None] = lambda n: None, body: str | None = None) -> Focus | None:
    """Rule results-owner: the company named right before the period and 'results' or 'earnings'
    in the first lines ("HCLTech Q2 FY26 results", "welcome to the Acme third quarter 2026
    earnings conference call"), or None."""
    for line in top:
        low = line.lower()
        if "results" not in low and "earnings" not in low and " day" not in low:
            continue
        for m in _RESULTS_OWNER.finditer(line):
            toks = m.group("name").split()
            while toks and toks[0] in _LEAD_WORDS:
                toks = toks[1:]
            while toks and re.fullmatch(rf"(?i:{_PERIOD_WORD})", toks[-1]):
                toks = toks[:-1]
            name = re.sub(r"['’]s?$", "", " ".join(toks))  # "welcome to Acme's Q3 2026 earnings call"
            if not name or re.search(r"\d", name) or other_of(name) or _TITLE_IN_NAME.search(name) or name in _NOT_REPORTER or name in SALIENCE_STOP \
                    or name.isupper() and len(toks) >= 3:  # a heading in capitals ("MANAGEMENT'S DISCUSSION …")
                continue
            short = _LEGAL_END.sub("", name).strip() or name
            label = company_of(name) or company_of(short)
            caps = short if short.isupper() and len(short) > 3 and " " not in short else None
            if label is None and caps is not None:  # "IBM"-length initials stay; "ACME IR Day": "Acme"
                label = company_of(_title_case(caps))
            if label is None and body is not None and _count(short, body) < 2 and not _is_sentence(line):
                continue  # a Title Case headline runs on past the name: "Acme Announces Financial Results"
            if label is None and body is not None and " " not in short and not _CAPS_NAME.fullmatch(short) \
                    and has_word(body, short.lower()):
                # rule results-owner-common-word: a word the text also writes in lower case opens a
                # heading, it names no company: "Consolidated results for the first three months"
                # (probe17 scsk: "consolidated subsidiary"), "Interim results for the half year"
                # (the same filter as rule caps-word-name of clause subjects)
                continue
            if label is None and caps is not None:
                return Focus(_title_case(caps), False, [caps])
            return Focus(label or short, label is not None, [])
    return None


_PARAGRAPH_OPENER = plain(r"^\s*(?:[-*•]\s*)?")


def roundup(paragraph_leads: list[tuple[int, str]], body: str, company_of: Callable[[str], str | None],
            other_of: Callable[[str], str | None] = lambda n: None) -> dict[int, str] | None:
    """Rule roundup: paragraph -> its company when three or more paragraphs, from their first
    sentences `paragraph_leads` ((paragraph, sentence)), open with different companies reporting
    and none opens half of them; else None (the article has one company)."""
    items = roundup_items(paragraph_leads, body, company_of, other_of)
    if items is not None:
        return items
    openers: dict[int, str] = {}
    owners = _paragraph_owners(paragraph_leads, body)
    for para, text in paragraph_leads:
        subj = reporting_subjects(text)
        if not subj or not text.lstrip().startswith(subj[0][0]):
            # rule roundup-figures: a paragraph whose figures are all one name's is that name's
            # ("Over at Corra Systems things were quieter. Corra posted a loss of …")
            subj = [(owners[para], True)] if para in owners else []
        if not subj:
            continue
        name, figure = subj[0]
        short = _LEGAL_END.sub("", name).strip() or name
        if name in _NOT_REPORTER or _TITLE_IN_NAME.search(name) or other_of(name):
            continue
        # a name the gazetteer lacks opens as a company when it reports a figure ("Quintrix posted
        # revenue of …"), not a person quoted ("Brill said …")
        label = company_of(name) or company_of(short) or (short if figure and not _surname(short, body) else None)
        if label is None:
            continue
        openers[para] = label
    # a unit of another opener ("Sea's e-commerce arm Shopee") is that opener's paragraph
    for para, label in list(openers.items()):
        parent = next((o for o in set(openers.values()) if o != label and owned_unit(o, label, body)), None)
        if parent is not None:
            openers[para] = parent
    counts = Counter(openers.values())
    if len(counts) < 3 or counts.most_common(1)[0][1] * 2 >= len(openers):
        return None
    return openers


def _paragraph_owners(paragraph_leads: list[tuple[int, str]], body: str) -> dict[int, str]:
    """Rule roundup-figures (FOCUS_RULES): paragraph -> the one name owning its figure sentences
    (salience.figure_sentences), when it owns two or more of them and no other name owns any; the
    paragraph is the text from its first sentence to the next paragraph's."""
    starts, at = [], 0
    for para, text in paragraph_leads:
        i = body.find(text[:60], at)
        if i < 0:
            continue
        starts.append((para, i))
        at = i + 1
    # the document's figure sentences (read once per document), each placed in its paragraph
    placed, at = [], 0
    for owner, sent in figure_sentences(body):
        j = body.find(sent, at)
        if j >= 0:
            placed.append((j, owner))
            at = j + 1
    out = {}
    for k, (para, i) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(body)
        named = Counter(o for j, o in placed if i <= j < end and o)
        for a in list(named):  # "Ferrow Labs raised … Ferrow's revenue …": the short form is the name's
            full = next((b for b in named if b != a and b.startswith(a + " ")), None)
            if full is not None:
                named[full] += named.pop(a)
        if len(named) == 1:
            name, n = named.most_common(1)[0]
            if n >= 2:
                # the full name the paragraph gives first ("Halden Semiconductor had … Halden reported …")
                first = name_rx(rf"(?<![\w-]){re.escape(name)}(?:[ \t]+[A-Z][\w&-]*)*").search(body[i:end])
                out[para] = first.group(0) if first is not None else name
    return out


def roundup_items(paragraph_leads: list[tuple[int, str]], body: str, company_of: Callable[[str], str | None],
                  other_of: Callable[[str], str | None] = lambda n: None) -> dict[int, str] | None:
    """Rule roundup-items: paragraph -> its item's company when three or more numbered item
    headings (a heading line of its own, not a sentence) open with different companies; else None."""
    titles = {m.group("rest").strip() for m in _ITEM_HEADING.finditer(body) if not _is_sentence(m.group("rest"))}
    if len(titles) < 3:
        return None
    heads: list[tuple[int, str | None]] = []
    for para, text in paragraph_leads:  # (the sentence splitter leaves the item's number out)
        title = text.strip()
        if title not in titles:
            continue
        kicker = _ITEM_KICKER.match(title)  # "GDS: the rival's numbers": the name before the colon
        run = (kicker.group(1), "") if kicker else subject_run(title)
        label = None
        if run is not None:
            name = run[0]
            short = _LEGAL_END.sub("", name).strip() or name
            known = company_of(name) or company_of(short)
            if known is not None:
                label = known
            elif not (other_of(name) or name in _NOT_REPORTER or _TITLE_IN_NAME.search(name) or name in SALIENCE_STOP) \
                    and _count(short, body) >= MIN_RECURRING \
                    and (" " in short or short.isupper() or not name_rx(rf"(?<![\w-]){re.escape(short.lower())}(?![\w-])").search(body)):
                label = short  # a name the text keeps using, not a common word ("Export controls")
        heads.append((para, label))
    named = [lab for _p, lab in heads if lab is not None]
    counts = Counter(named)
    if len(counts) < 3 or counts.most_common(1)[0][1] * 2 >= len(named):
        return None
    out: dict[int, str] = {}
    starts = [p for p, _lab in heads]
    paras = sorted({p for p, _t in paragraph_leads})
    for (start, label), end in zip(heads, starts[1:] + [max(paras) + 1]):
        if label is None:
            continue
        for p in paras:
            if start <= p < end:
                out[p] = label
    return out


MIN_RECURRING = 3  # times a headline's unknown subject recurs in the text to be taken alone

# a name given with its stock-exchange ticker in brackets: "Cisco Systems, Inc. (NASDAQ: CSCO)",
# "Capgemini SE (Euronext Paris: CAP)", "SKT (KRX: 017670; NYSE: SKM)", "Swisscom AG (SIX: SCMN)";
# met in results releases and wire stories of every seen set (probe5 Qualcomm and SK Telecom,
# probe6 Palantir and Capgemini, probe7 ServiceNow and OVHcloud, probe8 Dell and Swisscom, probe9 Cisco)
# (the list is discover.EXCHANGES: an exchange is the market a filing goes to, never the article's company)
TICKER = plain(rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|&|of|de))*?)(?:,?\s+{_FORM})?,?\s+\((?:{EXCHANGES}):\s*[A-Z0-9][A-Z0-9.]{{0,11}}(?:;[^)]{{0,40}})?\)")


# rule listing-tag-header (issue 12, session 23): a header line that is a name and its market in brackets
# with no ticker, "DIGICO INFRASTRUCTURE REIT (ASX)", "Acme Technology Corporation (TWSE)", marks a listed
# company as the ticker does ("(Exchange: TICKER)" above): the ticker rule's sources, with the ticker
# left out; read on the first three lines only, the whole line the name and its tag, the name two words
# or more (a bare ticker "PLTR (NYSE)" in a table is no header). First met at first contact (probe26 04
# and 07, a call transcript's and a REIT supplement's header), the ticker form in every seen set.
# (issue38e) the bracket may give the name in its own script instead of the market: "QI AN XIN
# TECHNOLOGY GROUP INC. (奇安信科技集团股份有限公司)" (probe27 03), as "Accton Technology Corp (智邦科技)"
# (probe18 accton) and "Range Intelligent Computing Technology Group Co., Ltd. (润泽科技, 300442)"
# (focusset25 held 29) write a Chinese company's name: the line is the filer's header all the same
_NATIVE_NAME = r"[^\x00-\u024f()\n][^\x00-\u024f()\n \t]*(?:[ \t]+[^\x00-\u024f()\n \t]+)*(?:,[ \t]*\d{4,6})?"
LISTING_TAG_HEADER = plain(rf"^[\s#*>]*(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&|of|de))+?)(?:,?[ \t]+{_FORM})?,?[ \t]+"
                           rf"\((?:{EXCHANGES}|{_NATIVE_NAME})\)[\s*]*$")


# rule stock-code-header (issue42f): a filing's header line gives the filer's legal name and its stock code
# right after it, in a bracket or behind a bar, its name in its own script between: "Gabia Inc. (가비아)  |
# Stock code 079940" (probe31 08a/08b, a DART disclosure whose text names its listed subsidiary far more
# often), "# Suilong Precision Co., Ltd. (4937) — Material Information" (kindcheck32 focus 02, a MOPS notice
# filed for its parent): the listed company whose filing it is, as the ticker after a name marks one
STOCK_CODE_HEADER = plain(rf"^[\s#*>]*(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&|of|de))*?),?[ \t]+{_FORM}[ \t]*"
                          rf"(?:\({_NATIVE_NAME}\)[ \t]*)?(?:[|·][ \t]*(?i:stock[ \t]+code):?[ \t]*\d{{4,6}}(?!\d)|"
                          rf"\((?:(?i:stock[ \t]+code):?[ \t]*)?\d{{4,6}}\))")


# legal forms written in front of a name: "PT Acme Tbk" (Indonesia)
_LEGAL_PREFIX = frozenset({"PT"})


def stock_code_company(top: list[str]) -> str | None:
    """Rule stock-code-header: the legal name (its form dropped) a header line of the first six gives its
    stock code after, or None."""
    for line in top[:6]:
        line = line[chrome_title_prefix(line):]   # rule chrome-title-prefix: "Material Information - Acme Co., Ltd. (1234)"
        m = STOCK_CODE_HEADER.match(line) if ("ode" in line or "(" in line) else None
        if m is not None:
            name = m.group("name").strip(" ,")
            if len(name) >= 3 and not is_exchange(name):
                return name
    return None


def listed_company(top: list[str]) -> str | None:
    """The company the first top lines name with a stock-exchange ticker ("Acme Inc. (Nasdaq: ACME)
    today reported …"), its legal form dropped, or None."""
    for line in top:
        m = TICKER.search(line) if "(" in line and ":" in line else None   # (its "(Exchange: TICKER)")
        if m is not None:
            name = re.sub(rf"\s+{_FORM}$", "", m.group("name")).strip(" ,") or m.group("name")
            toks = name.split()
            while toks and (toks[0] in _LEAD_WORDS or toks[0] in _LEGAL_PREFIX):
                toks = toks[1:]
            return title_of(" ".join(toks)) or None   # rule title-of-name: "Chief Executive Officer of Acme": Acme
    for line in top[:3]:
        m = LISTING_TAG_HEADER.match(line) if line.rstrip().endswith(")") else None
        if m is not None:
            name = re.sub(rf"\s+{_FORM}$", "", m.group("name")).strip(" ,") or m.group("name")
            if len(name.split()) >= 2 and not is_exchange(name):
                return name
    return None


def _count(name: str, body: str) -> int:
    """How often `name` occurs in `body` as a whole name (no word character or '-' either side):
    counted with str.find rather than with a pattern compiled per name."""
    if not name:
        return 0
    n, at, size = 0, body.find(name), len(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_or_hyphen(body[at - 1])) and (end == len(body) or not _word_or_hyphen(body[end])):
            n += 1
            at = body.find(name, end)
        else:
            at = body.find(name, at + 1)
    return n


def _word_or_hyphen(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch == "-"


# acronyms an article uses for other things; two letters are too short to tell ("AI", "IT")
_GENERIC_ACRONYMS = frozenset("""CEO CFO COO CTO CIO EVP SVP GPU CPU NPU TPU LLM API SDK ARR NRR EPS
EBIT EBITDA GAAP IFRS YOY QOQ USD EUR GBP JPY KRW INR CNY RMB HKD SEK CHF TWD AGM IPO ESG SaaS
IaaS PaaS RAN HBM DRAM NAND R&D M&A P&L Q&A""".split())   # (issue38e: "R&D expenses", probe27 03; every report)


def abbreviations(label: str, body: str) -> list[str]:
    """Capitalised short forms the text uses for `label` at least twice ("SKT" for SK Telecom,
    "TCS" for Tata Consultancy Services): leading parts of its capitalised words, in order."""
    long = " ".join(w for w in (_LEGAL_END.sub("", label).strip() or label).split() if w[:1].isupper())
    out = []
    for tok in sorted(set(re.findall(r"(?<![\w-])[A-Z][A-Z0-9&]{2,5}(?![\w-])", body))):
        if tok in _GENERIC_ACRONYMS or tok == long:
            continue
        if _abbreviates(tok, long) and _count(tok, body) >= 2:
            out.append(tok)
    return out


def _abbreviates(short: str, long: str) -> bool:
    """"HCLTech" / "HCL Technologies", "Infra Corp" / "Infrastructure Corporation": `short` is
    made of leading parts of `long`'s words, in order, each word used (no spaces needed)."""
    words = long.split()
    s = short.replace(" ", "").lower()
    if len(words) < 2 or not s:
        return False

    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(s)
        w = words[j].lower()
        return any(s[i:i + k] == w[:k] and fits(i + k, j + 1) for k in range(1, min(len(w), len(s) - i) + 1))
    return fits(0, 0)


def _same(name: str, other: tuple[str, str, str | None], body: str) -> bool:
    """Whether `other` (a later top line's subject) names the same company as `name`: the same
    words, one a prefix of the other ("Siemens" / "Siemens Aktiengesellschaft"), initials ("TCS"
    / "Tata Consultancy Services"), or an apposition after it naming it ("Hon Hai Precision
    Industry Co., the … better known as Foxconn,")."""
    o, rest = other[0], other[1]
    if o == name or o.startswith(name + " ") or name.startswith(o + " ") or name.endswith(" " + o):
        return True  # "Chipmaker Sorae Denshi" / "Sorae Denshi": a descriptor in front of the headline's name
    if name.isupper() and 2 <= len(name) <= 5 and _initials(o) == name:
        return True
    if " " not in name and _abbreviates(name, _LEGAL_END.sub("", o).strip() or o):
        return True
    appos = re.match(r"\s*(?:\([^)]*\)\s*)?,\s+(?:the|a|an)\s+([^,]{3,120}),", rest)
    paren = re.match(r"\s*\(([^)]{2,40})\)", rest)
    for part in (appos.group(1) if appos else "", paren.group(1) if paren else ""):
        if part and _count(name, part):
            return True
    return False


# a person's title tying them to a company: "has been chairman and chief executive of Acme",
# ", chief executive of Acme,", "is the new CEO at Acme"
_TITLE = (r"(?:chair(?:man|woman|person)?|chief(?:\s+[a-z]+){1,2}|CEO|CFO|COO|CTO|president|"
          r"(?:co-)?founder|head|managing\s+director|director|boss)")
_PERSON_OF = plain(
    rf"^\s*(?:,\s+|\s+(?:has\s+been|is|was|became|,\s+who\s+is|took\s+over\s+as|takes\s+over\s+as|was\s+(?:named|appointed)(?:\s+as)?)\s+)(?:the\s+)?(?:new\s+|former\s+)?"
    rf"{_TITLE}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_TITLE})*\s+(?:of|at)\s+(?P<org>{_WORD}(?:\s+{_WORD})*)")


def person_company(rest: str) -> str | None:
    """The company a lead sentence's person subject is tied to by a title, from the text after the
    name ("… has been chairman and chief executive of Acme for ten months" -> "Acme"), or None."""
    m = _PERSON_OF.match(rest)
    if m is None:
        return None
    org = re.sub(r"(?:'s|’s)$", "", m.group("org")).rstrip(".")
    return _LEGAL_END.sub("", org).strip() or org


def with_units(f: Focus, top: list[str], body: str, company_of: Callable[[str], str | None],
               known) -> Focus:
    """The focus read with the units the article describes (units.py): a headline or lead that
    calls the focus a unit of a parent that does the reporting ("Sea said on Tuesday that
    Shopee's revenue rose …") makes the parent the focus and the unit one of its parts; a unit
    that reports itself stays the focus, with its parent noted. Units described anywhere in the
    text ("X, the group's cloud unit", "X, the gaming unit behind …") and named by the focus's
    name and a word ("Acme Tech, …") are the focus's units."""
    lines = top
    short = lambda n: _LEGAL_END.sub("", n).strip() or n
    for unit, parent, _rule in unit_of(lines[:8]):
        if not parent or not (_same_name(short(unit), f.label) or _same_name(short(unit), short(f.label))):
            continue
        p = short(parent)
        if reports(p, body) > reports(short(unit), body) and reports(p, body) >= 1:
            label = company_of(p) or company_of(parent)
            g = Focus(label or p, label is not None, [] if label is None or label == p else [p],
                      units=[f.label], parent=None)
            f = g
        else:
            f.parent = company_of(parent) or company_of(p) or p
        break
    for unit, parent, _rule in unit_of([s for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s]):
        if (not parent or _same_name(short(parent), f.label)) and unit not in f.units \
                and short(unit) != f.label and unit != f.parent:
            f.units.append(unit)
    # (and by its initials the text uses for it: "Telekom Malaysia Berhad (TM)" ... "TM One, serving …")
    for name in (f.label, *(a for a in f.aliases if a.isupper() and 2 <= len(a) <= 5 and a.isalpha())):
        for unit in named_units(name, body, known):
            if unit not in f.units:
                f.units.append(unit)
    return f


def _same_name(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")
