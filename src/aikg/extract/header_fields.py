"""Rule header-field-role (issue40f): the top of a form, a registry record, a notice or a page is read as
its labelled fields ("Key: value", a table's two-cell row "| Key | value |", a description list's "Key
Value", a record's "EMPLOYER_NAME: VALUE", a key on a line of its own over its value); the field's key
says the party's ROLE. A key of the document's party (the filer, issuer, applicant, submitter, sponsor,
registrant, employer, grantee, awardee, contractor, patent owner, receiving party …) names whose
document it is; a key of another role (the registrar, publisher, agency, exchange, law firm, agent,
requester, reviewer, fund, co-investor …) names a party that is not, however often the page names it.

The key words are generic (no names); each record names the documents of different sources whose
fields show it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..pattern_cache import plain
from .mention_roles import public_body
from .writer import MIN_FIRST_PERSON, first_person


@dataclass(frozen=True)
class FieldRole:
    """A role a field's key gives its value: `party` (the document's own party) or not; the keys
    (lower case, words separated by one space), the words that name the role only as a section's
    heading ("Part 1: Buyer", "Adjudicado a / Awarded to:"), and the documents that show them."""
    name: str
    party: bool
    keys: tuple[str, ...]
    provenance: tuple[str, ...]
    headings: tuple[str, ...] = ()


FIELD_ROLES: tuple[FieldRole, ...] = (
    FieldRole("filer", True,
              ("company", "company name", "name of company", "name of the company", "name of listed company",
               "issuer", "issuer name", "name of issuer", "issuer/manager", "filer", "filer name", "filing company",
               "reporting company", "reporting entity", "entity name", "legal name", "registered name",
               "organisation name", "organization name", "name of listed entity", "listed entity",
               # (issue41f) the issuer's and the legal name's keys in other languages (vocabulary: the same
               # key as "Issuer:" and "Legal name:"): "Emittent: X SE" (kindcheck31 focus 03, a German
               # quarterly statement), "Razón social: X" (kindcheck31 focus 02, a Chilean notice)
               "emittent", "emittentin", "émetteur", "emisor", "emisora", "emittente", "emitente",
               "razón social", "raison sociale", "denominación social", "ragione sociale", "firmenname",
               # (issue42f) an exchange page's short-name key beside its company code ("Company code: 4937" /
               # "Company short name: X", kindcheck32 focus 02, a Taiwan MOPS material-information notice whose
               # statement names the parent it reports for in a later "2. Company name:" field)
               "company short name", "company abbreviation"),
              ("focusset29 held 02 kersia_portfolio (a PE portfolio page: 'Company KERSIA GROUP')",
               "focusset29 held 18 pennylane_termsheet (a term sheet: 'Issuer: PENNYLANE SAS, …')",
               "focusset24 held 09 consolidated_breachnotice (a breach-notice registry: 'Entity name: X, Inc.')",
               "probe17 05 scsk kessan tanshin ('Company name: …')")),
    FieldRole("applicant", True,
              ("applicant", "applicant name", "submitter", "510(k) submitter", "sponsor", "lead sponsor",
               "responsible party", "grantee", "grantee name", "grantee code holder", "licensee", "permittee",
               "registrant", "registrant organization", "registrant organisation", "registrant name",
               "receiving party", "advertiser", "employer", "employer name", "establishment", "establishment name",
               "patent owner", "vendor name",
               "manufacturer", "provider",
               # (issue41f) a record's subject party: a lease comparable's tenant (focusset30 held 07), a UCC
               # search's debtor (focusset30 held 08), an incident report's operator (focusset30 held 16)
               "tenant", "tenant name", "debtor", "debtor name", "debtor name searched", "name of operator",
               "operator name",
               # (issue49f) the supplier a buyer's form is about: a vendor questionnaire's "Supplier: X UK LIMITED
               # (Company No. …)" under its "Requester:" (focusset29 held 27), a council's spend record's
               # "Supplier: X LIMITED (Companies House …)" (focusset27 held 02), a tender win's "Supplier: X SE
               # (Brussels; …)" (focusset21 held 21)
               "supplier", "supplier name"),
              ("focusset29 held 01 vaxcyte_trialregistry (a trial registry: '| Sponsor | X, Inc. |')",
               "focusset29 held 11 irhythm_510k (an FDA 510(k) summary: 'Submitter' over the name)",
               "focusset29 held 13 tredence_lca (a DOL record: 'EMPLOYER_NAME: X INC.')",
               "focusset29 held 08 oatly_whois (a WHOIS page: '| Registrant organization | X AB |')",
               "focusset28 held 08 aeva_assignment (a USPTO assignment record: 'RECEIVING PARTY DATA' over 'Name: X, INC.')",
               "focusset29 held 05 hansgrohe_impressum (a German legal notice: 'Anbieter / Provider' over the name)",
               "focusset28 held 23 (a J&A: 'Contractor: X CORPORATION, <town>')")),
    # the winner of an award: the document's party unless the notice is its buyer's (rule buyer-notice)
    FieldRole("awardee", True,
              ("awardee", "contractor", "awarded to", "adjudicatario", "adjudicataria", "attributaire",
               "auftragnehmer"),
              ("kindcheck30 focus 01 quillbrook (a UK award notice of a combined authority: 'Awardee: X Ltd')",
               "focusset28 held 23 (a J&A: 'Contractor: X CORPORATION, <town>')",
               "kindcheck31 focus 02 puerto quellen (a Chilean award notice: 'Adjudicado a / Awarded to:' over "
               "'Razón social: X SpA')",
               "kindcheck31 focus 01 brindlecote (a supplier's release laid out as a notice: 'Awarded to: X (ABN …)')"),
              ("awarded to", "adjudicado a", "contract awarded to")),
    # rule buyer-notice: the contracting authority or entity a procurement notice names as its issuer
    FieldRole("buyer", False,
              ("contracting authority", "contracting entity", "awarding authority", "procuring entity",
               "entidad licitante", "entidad contratante", "organismo contratante", "órgano de contratación",
               "pouvoir adjudicateur", "entité adjudicatrice", "auftraggeber", "öffentlicher auftraggeber"),
              ("focusset21 dev 01 fortum_tender (a HILMA award notice: 'Section I: Contracting entity' over "
               "'Official name: Fortum Oyj')",
               "focusset27 held 01 elering_tendercancel (an Estonian register notice: 'Contracting authority: X AS')",
               "focusset26 held 01 uisce_standstill (a standstill letter: 'Contracting Authority: Uisce Éireann')",
               "kindcheck31 focus 02 puerto quellen ('Razón social (entidad licitante): Empresa Portuaria X')",
               "kindcheck30 focus 01 quillbrook ('Section I: Contracting authority' over 'Name: X Combined "
               "Authority', a public body: the awardee's notice)"),
              ("buyer", "comprador", "acheteur")),
    FieldRole("other-party", False,
              ("registrar", "registrar name", "publisher", "published by", "agency", "awarding agency",
               "contracting agency", "buyer", "exchange", "market", "law firm", "agent attorney law firm",
               "agent", "attorney", "solicitor", "requester", "requested by", "reviewer", "prepared by",
               "prepared with the assistance of", "source", "collaborators", "collaborator", "fund", "investor",
               "lead investor", "co-investors", "co-lead", "auditor", "underwriter", "platform",
               "conveying party", "assignor", "correspondent", "complainant", "petitioner", "seller", "sell-side adviser", "secondary entity business name",
               "landlord", "owner / landlord", "landlord agent", "secured party"),
              ("focusset29 held 08 oatly_whois ('| Registrar | MarkMonitor Inc. |', the site DomainLens)",
               "focusset29 held 13 tredence_lca ('AGENT_ATTORNEY_LAW_FIRM: …', 'SECONDARY_ENTITY_BUSINESS_NAME: …')",
               "focusset29 held 27 zellis_vendorquestionnaire ('Requester: <the buyer>')",
               "focusset29 held 02 kersia_portfolio ('Fund …', 'Co-investors …')")),
)

_ROLE_OF: dict[str, FieldRole] = {k: r for r in FIELD_ROLES for k in r.keys}
# the one-word keys of the document's party ("employer", "issuer", "tenant"): the nouns a legal text defines
# its party by, unquoted in brackets ("Kestwell Distribution Limited (the Employer)"), as a filing does with
# "the Company" (focus_score rule defined-term)
PARTY_NOUNS = frozenset(k.capitalize() for r in FIELD_ROLES if r.party for k in r.keys if k.isalpha())
_HEADING_ROLE_OF: dict[str, FieldRole] = {**_ROLE_OF, **{k: r for r in FIELD_ROLES for k in r.headings}}
_PARTY_KEYS = sorted((k for r in FIELD_ROLES if r.party for k in r.keys), key=len, reverse=True)

# "Key: value" (a key of one to six words, or a record's UPPER_SNAKE key)
# (in markdown the key may be bold: "**Awardee:** X Ltd", "**Issuer**: X plc")
_COLON = plain(r"^[ \t>*#-]*(?:\d{1,2}[.)][ \t]+)?(?P<key>[A-Za-z0-9()][\w()/&' -]{0,50}?)[ \t]*(?:\*\*)?:(?:\*\*)?[ \t]+(?P<value>\S[^\n]*)$")
# a table's two-cell row "| Key | value |"
_CELL = plain(r"^[ \t]*\|[ \t]*(?P<key>[^|\n]{1,60}?)[ \t]*\|[ \t]*(?P<value>[^|\n]+?)[ \t]*\|[ \t]*$")
# a description list's "Key Value" (a party key only, then a name in capitals: "Company KERSIA GROUP";
# not "Company Secretary & Compliance Officer", a title, nor a table's header "Company H1 2026 revenue")
_DL = plain(r"^[ \t]*(?P<key>(?i:" + "|".join(re.escape(k) for k in _PARTY_KEYS) + r"))[ \t]+"
            r"(?P<value>[A-Z][A-Z0-9&.'’-]+(?:[ \t]+[A-Z0-9&.'’,()-]+){0,6})[ \t]*$")
# a key on a line of its own: "1. Submitter", "Site Address:", "Anbieter / Provider"
_ALONE = plain(r"^[ \t#*]*(?:\d{1,2}[.)][ \t]+)?(?:[^\W\d_][\w ]{0,30}[ \t]*/[ \t]*)?(?P<key>[A-Za-z0-9()][\w() -]{0,40}?)[ \t]*:?[ \t]*$")
_NAME_VALUE = plain(r"^[ \t]*(?P<value>(?=[a-z]{0,3}[A-Z0-9])[^\W_][^\n:|]{1,90})$")
# a section's heading whose first word is a party's key ("Registrant contact", "Applicant details"):
# the section's name fields ("| Organization | X AB |", "Name: X Ltd") name that party
_SECTION = plain(r"^[ \t#*]*(?P<key>[A-Za-z][\w-]*(?:[ \t]+party)?)(?:[ \t]+(?:contact|details|information|info|data))?[ \t]*:?[ \t]*$", re.I)
_NAME_KEYS = frozenset({"organization", "organisation", "name", "company", "company name", "organization name",
                        "organisation name", "legal name", "official name", "razón social", "nombre", "denominación",
                        "raison sociale", "dénomination", "firma"})
# a numbered part's heading ("Part 1: Buyer", "## Section I: Contracting authority") or a bilingual one
# ("Adjudicado a / Awarded to:"): its title names the role of the party its name fields give
_PART = plain(r"^[ \t#*]*(?:(?:section|part|sección|parte|abschnitt|partie)[ \t]+[\dIVXivx]{1,4}[.)]?[ \t]*[:.—–-][ \t]*)"
              r"(?P<title>[^\W\d_][\w ]{1,40}?)[ \t*:]*$", re.I)
_BILINGUAL = plain(r"^[ \t#*]*(?P<a>[^\W\d_][\w ]{1,30}?)[ \t]*/[ \t]*(?P<b>[^\W\d_][\w ]{1,30}?)[ \t*]*:[ \t*]*$")
_MAX_LINES = 60
_MAX_CHARS = 6000


@dataclass(frozen=True)
class Field:
    key: str
    value: str
    role: FieldRole
    line: int


def _norm(key: str) -> str:
    # (issue43f) a table's key cell may keep the form's colon: "| Issuer: | X Corporation |" (kindcheck33 focus
    # 01, an exchange portal's disclosure page), "<td>Comments:</td><td>…</td>" (focusset24 held 16, an arXiv
    # abstract page): the key without it
    k = key.replace("_", " ").strip().rstrip(":").strip().lower()
    k = re.sub(r"\s+", " ", k)
    return k


_BRACKETED = plain(r"^(?P<outer>[^()]+?)[ \t]*\((?P<inner>[^()]+)\)$")


def _role(key: str, roles: dict[str, FieldRole] = _ROLE_OF) -> FieldRole | None:
    """The role a key names; a key with a bracketed gloss names the gloss's role first ("Razón social
    (entidad licitante)": the buyer)."""
    k = _norm(key)
    m = _BRACKETED.match(k)
    if m is not None:
        return _role(m.group("inner"), roles) or _role(m.group("outer"), roles)
    r = roles.get(k)
    if r is None and k.endswith(" name"):
        r = roles.get(k[:-5])
    return r


def has_role(key: str) -> bool:
    """Whether a field's key names a party's role (`FIELD_ROLES`): "Issuer", "Name of Issuer", "Registrar"."""
    return _role(key) is not None


def field_line(text: str) -> tuple[str, str] | None:
    """(key, value) of a field on the first line of `text` — "Key: value", "Key   : value", "3. Key: value", a
    two-cell table row "| Key | value |" — anywhere in a document (rule field-line, field_lines.py), else None."""
    line = text.lstrip("\n").split("\n", 1)[0]
    for rx, mark in ((_CELL, "|"), (_COLON, ":")):   # (the bar or colon each needs: a cheap test first)
        m = rx.match(line) if mark in line else None
        if m is not None:
            return m.group("key").strip(), m.group("value").strip()
    return None


def _heading(line: str) -> tuple[bool, FieldRole | None]:
    """Whether a line is a numbered part's or a bilingual heading, and the role its title names."""
    m = _PART.match(line)
    if m is not None:
        return True, _role(m.group("title"), _HEADING_ROLE_OF)
    m = _BILINGUAL.match(line) if "/" in line else None   # (its slash: a cheap test first)
    if m is not None:
        return True, _role(m.group("a"), _HEADING_ROLE_OF) or _role(m.group("b"), _HEADING_ROLE_OF)
    return False, None


@lru_cache(maxsize=8)
def header_fields(body: str) -> tuple[Field, ...]:
    """The labelled fields of the document's top (its first _MAX_LINES lines) whose key has a role."""
    lines = body[:_MAX_CHARS].split("\n")[:_MAX_LINES]
    out: list[Field] = []
    section: FieldRole | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        got = None
        is_heading, role = _heading(line)
        if is_heading:
            section = role if role is not None and (role.party or role.name == "buyer") else None
            continue
        for rx, mark in ((_CELL, "|"), (_COLON, ":")):   # (the bar or colon each needs: a cheap test first)
            m = rx.match(line) if mark in line else None
            if m is None:
                continue
            if section is not None and _norm(m.group("key")) in _NAME_KEYS:
                out.append(Field(section.keys[0], m.group("value").strip(), section, i))
                break
            if _role(m.group("key")) is not None:
                got = (m.group("key"), m.group("value"))
                break
        if got is None and not line.lstrip().startswith("|"):
            sec = _SECTION.match(line)
            if sec is not None:
                r = _role(sec.group("key"))
                section = r if r is not None and r.party else None
                if section is not None:
                    continue
        if got is None:
            m = _DL.match(line)
            if m is not None:
                got = (m.group("key"), m.group("value"))
        if got is None:
            m = _ALONE.match(line)
            if m is not None and _role(m.group("key")) is not None and _role(m.group("key")).party:
                nxt = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
                v = _NAME_VALUE.match(nxt)
                if v is not None:
                    got = (m.group("key"), v.group("value"))
        if got is None:
            continue
        key, value = got
        out.append(Field(_norm(key), value.strip().strip("*").strip(), _role(key), i))
    return tuple(out)


# a value that says it is another's vehicle: "Helios Towers Finance plc (a wholly owned subsidiary of …)"
_VEHICLE = plain(r"\bsubsidiary[ \t]+of\b", re.I)


def buyer_field(body: str) -> Field | None:
    """Rule buyer-notice: the field naming a procurement notice's buyer (its contracting authority or
    entity) when the buyer is a company, not a public body: such a notice (a utility's or a state-owned
    company's: focusset21 dev 01 Fortum Oyj's HILMA notice, focusset27 held 01 Elering AS's register
    notice, focusset26 held 01 Uisce Éireann's standstill letter, kindcheck31 focus 02 Empresa Portuaria
    Quellén's aviso) is the buyer's however often it names the winner; an authority's, a department's or a
    council's notice (kindcheck30 focus 01, a combined authority's) is its awardee's, the buyer being no
    company; so is a supplier's own release laid out as a notice, which speaks in the first person ("We
    are pleased to confirm that the Department … has selected …", kindcheck31 focus 01). None when no
    such field."""
    f = next((f for f in header_fields(body) if f.role.name == "buyer" and _name_like(f.value)), None)
    if f is None or public_body(_VALUE_END.sub("", f.value).strip(), body) or first_person(body) >= MIN_FIRST_PERSON:
        return None
    return f


def party_field(body: str) -> Field | None:
    """The field of the top naming the document's party, or None: a company buyer's (rule buyer-notice,
    `buyer_field`), else the first whose key names the party. A value that says it is another's
    subsidiary (a bond's finance vehicle, probe22 06 heliostowers_bond_offering, whose parent guarantor
    is the document's) gives none."""
    b = buyer_field(body)
    if b is not None:
        return b
    f = next((f for f in header_fields(body) if f.role.party and _name_like(f.value)), None)
    return None if f is None or _VEHICLE.search(f.value) else f


_CONNECTORS = frozenset("of and & de du des da do dos das del della di von van der den la le y e the".split())
_VALUE_END = plain(r"(?:,[ \t]+(?:a|an|the)[ \t]|[;(·|]|[ \t]+[—–][ \t]).*$")


def _name_like(value: str) -> bool:
    """A field's value that is a name: its words up to a clause or bracket capitalised (or a
    connector, "of", "&"); not a table's header cell ("Senior Engineer median (USD)") nor a phrase
    ("By order of the Joint Administrators of …")."""
    words = _VALUE_END.sub("", value).replace(",", " ").split()
    return bool(words) and len(words) <= 9 and all(
        w in _CONNECTORS or not w[0].isalpha() or w[0].isupper() or any(c.isupper() for c in w[1:3]) for w in words)


# Rule section-title-word (issue40f): a page's section or menu title that is a common word
# ("Portfolio", "Legal", "Investors", "Incident", "Thread") stands where a headline's subject does
# ("Portfolio | <firm>", "Legal notice (Impressum) | <brand>", "Incident: …") but is no company; nor is
# a month or a roundup's common verb-noun ("Work will be performed in …" of a contracts roundup).
# Generic words only (met: focusset29 held 02 kersia_portfolio 'Portfolio', 05 hansgrohe_impressum
# 'Legal', focusset22 held 09 backblaze_statuspage 'Incident', 15 adesso_ircalendar 'Financial', 17
# fabrinet_thread 'Thread', focusset29 held 29 defencecontracts 'Work', focusset25/28 roundups 'November')
SECTION_WORDS = frozenset("""About Account Archive Blog Careers Contact Contacts Documentation Docs Download
Downloads Editorial Events Features Financial Financials Find Governance Help Home Impressum Incident Incidents
Insights Investor Investors Jobs Legal Login Media Menu News Newsroom Overview Partners Portfolio Pricing Privacy
Press Products Resources Screener Search Services Solutions Status Strategy Support Sustainability Team Terms
Text Thread Threads Topics Trust Work January February March April May June July August September
October November December""".split())


def is_section_word(label: str) -> bool:
    """Rule section-title-word: a one-word name that is a page's section title or a common word."""
    return label in SECTION_WORDS


# Rule page-chrome-title (issue43f): a scraped page's title bar, breadcrumb or top heading made of an IR site's
# or an exchange portal's section names only ("Disclosures | DU - Financial Results … | BourseView" and "Home >
# Disclosures > DU > …", probe32 04 du_dfm_results_disclosure, whose 'Disclosures' became the company;
# "Press Releases | Nepal Telecom" and "<h1>Press Releases</h1>", focusset27 held 26 nepaltelecom_newsroom,
# read as a recurring headline subject; "# Disclosures", "Home / Investor Relations / Market Announcements" /
# "# Market Announcements", "# Newsroom", kindcheck33 focus 01-03), and a cookie banner's link line ("Privacy
# Policy", probe32 04, taken as the headline; "Cookie settings | Privacy policy", kindcheck33 focus 02) is the
# site's furniture, no headline: the heading under it (the release's own title) is. Generic words only.
PAGE_TITLE_WORDS = SECTION_WORDS | frozenset("""Disclosures Disclosure Announcements Announcement Releases Release
Relations Market Markets Company Companies Corporate Filings Filing Regulatory Centre Center Room Latest Listed
Notices Updates Stories Reports Library Publications Policy Policies Cookie Cookies Settings Preferences Use
Conditions Material Information""".split())
_TITLE_JOINERS = frozenset({"&", "and", "of", "the"})
# the first part of a title bar or breadcrumb: up to a bar, a slash or an arrow between spaces
_CHROME_PART = plain(r"^[ \t#*]*(?P<part>[^|/>›»\n]*?)[ \t]*(?:[ \t][|/>›»][ \t]|$)")


def page_chrome_title(line: str) -> bool:
    """Rule page-chrome-title: whether a top line opens with a page title made of section names only
    ("Disclosures | …", "Home / Investor Relations / …", "# Market Announcements")."""
    m = _CHROME_PART.match(line)
    if m is None:
        return False
    words = m.group("part").strip(" *:").split()
    return bool(words) and len(words) <= 4 and any(w in PAGE_TITLE_WORDS for w in words) and all(
        w.capitalize() in PAGE_TITLE_WORDS or w.lower() in _TITLE_JOINERS for w in words)


# Rule chrome-title-prefix (issue48c): a page title that opens with the site's section, then a dash, then the
# document's own name ("Material Information - Chenbro Micom Co., Ltd. (8210) | Market Observation Post System",
# probe35 05 chenbro_mops_material_info; "Investor Relations - Acme plc (ACM) | …") is read from after the dash:
# the section is the site's furniture (rule page-chrome-title), the name after it the headline's subject.
# "Material Information" is the section of the Taiwan MOPS and of the Kuwait exchange's disclosures (kindcheck32
# focus 02 suilong_material_information '… (4937) — Material Information', probe33 08b automatedsystems
# 'Disclosure of Material Information'); the words themselves are PAGE_TITLE_WORDS.
_CHROME_DASH = plain(r"^[ \t#*]*(?P<part>[A-Za-z][^|/>›»\n–—-]*?)[ \t]+[–—-][ \t]+(?=\S)")


def chrome_title_prefix(line: str) -> int:
    """Rule chrome-title-prefix: the end of a top line's opening site section and its dash ("Material
    Information - "), or 0 when the line does not open with one."""
    m = _CHROME_DASH.match(line)
    return m.end() if m is not None and page_chrome_title(m.group("part")) else 0


# the site's name a page's title ends with: "oatly.com WHOIS, DNS and domain info – DomainLens",
# "Portfolio | Oakhurst Meridian Partners", "… - GOV.UK"
_SITE_TAIL = plain(r"[ \t]+[|–—-][ \t]+(?P<site>[^|–—\n]{2,60}?)[ \t]*$")


def not_party_names(top: list[str], body: str) -> list[str]:
    """Rule header-field-role's other parties: the names the top's fields give in a role that is not
    the document's party (the registrar, the requester, the fund, the law firm) and the site's name the
    title ends with (the page's publisher): each read as no company of the document when a field names
    the document's party."""
    b = buyer_field(body)
    out = [f.value for f in header_fields(body)
           if (not f.role.party or (b is not None and f.role.name == "awardee")) and f != b]
    for line in top[:2]:
        m = _SITE_TAIL.search(line)
        if m is not None:
            out.append(m.group("site").strip())
    return out
