"""Who acts for whom (issue47f): a document one firm sends or runs for another — a registrar's share
certificate, a plan administrator's invitation, a survey agency's e-mail, a payroll bureau's payslip,
an award entry a partner submits, a declaration signed for its maker — names the agent in its
letterhead and clauses and the company it acts for once, after "on behalf of". The company acted
for is the document's; the agent is no candidate for it, however often the text names it.

Two named rules (`RULES`), read by focus_score.score_candidates as evidence:

- on-behalf-of (`principals`): the name after "(for and) on behalf of" that is a company (a legal
  form there or where the text names it again) is the party the document is for: evidence principal-of-agent;
- agent-for-another (`agents`): the name that "acts as <role> to/for" another, that does a thing "on
  <X>'s behalf" or "on behalf of" another, or is named after "produced / issued / published / operated
  by" before "on behalf of": evidence agent-of-another, against.

Pure functions of the document's text.
"""
from __future__ import annotations

import re

from ..pattern_cache import name_rx, plain
from .legal_forms import LEGAL_END, LEGAL_FORM
from .rule_record import RuleRecord

ON_BEHALF = RuleRecord(
    "on-behalf-of",
    "the company named after 'on behalf of' is the one the document is for: an agent, adviser or "
    "signer acts for it",
    ("focusset33 held 11 corsley_surveyinvite (a survey agency: 'We are contacting you on behalf of CORSLEY "
     "BROADBAND LTD')", "focusset34 held 12 linnet_ttro (a council's traffic order: '… works, on behalf of Linnet Fibre')",
     "focusset25 held 21 meezan_awardentry ('Entry is made on behalf of: Meezan Bank Limited')",
     "focusset32 held 04 haoyue_eudoc ('Signed for and on behalf of: Shenzhen Haoyue Power Technology Co., Ltd.')",
     "focusset28 held 01 impinj_docket ('NOTICE of Appearance by … on behalf of Impinj, Inc.')",
     "probe32 03 avanceon_psx_results_notice ('For and on behalf of AVANCEON LIMITED')",
     "kindcheck33 segments 02 seriwangsa ('Issued by Chenderawasih Communications on behalf of Seriwangsa "
     "Teknologi Berhad')"),
    ("Signed for and on behalf of: Orvane Tools Ltd (invented)",
     "We are writing to you on behalf of Pellick Water Limited (invented)"))

AGENT_FOR_ANOTHER = RuleRecord(
    "agent-for-another",
    "a firm that acts as registrar, administrator or agent to another, or does the document's work on "
    "another's behalf, is the agent: no candidate for the document's company",
    ("focusset34 held 03 ardvane_sharecertificate ('Computershare acts as registrar to the company', on "
     "Computershare's letterhead)", "focusset34 held 04 colbeck_sayeinvite ('Equiniti administers the plan on "
     "the Group's behalf', on Equiniti's letterhead)",
     "focusset33 held 15 kirkbride_payslip ('This payslip has been produced by ADP on behalf of your employer')",
     "focusset32 held 02 veldham_tombstone ('Published by Goldman Sachs Bank Europe SE on behalf of the Joint "
     "Global Coordinators')", "kindcheck33 segments 02 seriwangsa ('Issued by Chenderawasih Communications on "
     "behalf of …')"),
    ("Harlow Registrars acts as registrar to the company (invented)",
     "This notice was issued by Quillon Services on behalf of Darnley Foods plc (invented)"))

DEFINED_ROLE = RuleRecord(
    "defined-role",
    "a legal name defined by the role its party plays ('<Name> Ltd (the \"Developer\")', '(the \"Entrant\")') is a "
    "party of the document: the party a notice or entry is about when the role is the principal's (a developer, an "
    "entrant, a licensor), the agent when the role is a service to another (a trustee, a registrar, an agent)",
    ("focusset34 held 08 dunvarra_noticetomariners ('Developer: DUNVARRA OFFSHORE WIND LTD (the \"Developer\")', then "
     "'the Developer's wind farm')", "focusset25 held 21 meezan_awardentry ('Meezan Bank Limited (the \"Entrant\")', then "
     "'Entrant's consent')", "focusset33 held 04 kelmscott_frnfixing ('Prudential Trustee Company Limited (the "
     "\"Trustee\")': the noteholders' trustee, not the issuer)"),
    ("Orvane Cables Ltd (the \"Developer\") will lay the export cable (invented)",
     "Harlow Trustees Limited (the \"Trustee\") holds the security (invented)"))

REPORT_AUTHOR = RuleRecord(
    "report-author",
    "a firm whose letterhead heads a report on another party (a rating, monitoring, research or mystery-shopping "
    "agency's), the report's subject named in the top's party field ('Issuer:', 'Name of the Issuer:', 'Client:'), "
    "is the report's author, an agent: no candidate for the document's company, however often it names itself",
    ("probe35 02 allieddigital_monitoring_agency_report ('CRESTMARK RATINGS LIMITED' / 'MONITORING AGENCY REPORT' over "
     "'Name of the Issuer: Allied Digital Services Limited')",
     "probe16 03 ytl_power_credit_rating_note ('MERIDIAN RATINGS ASIA - RATING ACTION COMMENTARY' over 'Issuer: YTL Power "
     "International Berhad')", "focusset28 held 03 nexans_esgnote ('HALDEN & ROOK ESG RESEARCH — CONTROVERSY ALERT' over "
     "'Issuer: NEXANS S.A.')", "focusset33 held 12 halbury_mysteryshop ('SHOPLENS INSIGHTS - MYSTERY SHOPPING PROGRAMME' / "
     "'Visit report' over 'Client: HALBURY OPTICIANS LTD')"),
    ("ORVANE RATINGS LIMITED / RATING REPORT / Issuer: Pellick Water plc (invented)",))

RULES = (ON_BEHALF, AGENT_FOR_ANOTHER, DEFINED_ROLE, REPORT_AUTHOR)

# the roles of the party a document is for, and the roles of a service to another (generic words)
PRINCIPAL_ROLES = frozenset("Developer Entrant Licensor Promoter Operator Employer Borrower Manufacturer Supplier "
                            "Provider Applicant Sponsor Owner".split())
SERVICE_ROLES = frozenset("Trustee Agent Registrar Administrator Custodian Arranger Adviser Advisor Auditor "
                          "Underwriter Depositary Servicer".split())

_WORD = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
_NAME = rf"(?:{_WORD})(?:[ \t]+(?:{_WORD}|&|of|and|de)(?![\w&'’-]))*"
_FORM = rf"(?:,?[ \t]+{LEGAL_FORM})?"
_END = r"(?![\w&-])"
# "(for and) on behalf of: Meezan Bank Limited"; not "on behalf of the Board", "… of all others"
_PRINCIPAL = plain(rf"\bon[ \t]+behalf[ \t]+of:?[ \t]+(?P<name>{_NAME}{_FORM}){_END}")
# a space or one line break (a letter's text is wrapped)
_S = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_ON_BEHALF = rf"on{_S}behalf{_S}of\b"
# (as the agent's clause ends: another named party, "the Company", "your employer")
_ON_BEHALF_OF_PARTY = rf"{_ON_BEHALF}:?{_S}(?:[A-Z]|(?:the|your){_S}(?:[A-Z]|(?:employer|company|group|client)\b))"
_POSSESSIVE_BEHALF = rf"on{_S}(?:the{_S})?[A-Z][\w&.-]*(?:{_S}[A-Z][\w&.-]*)*['’]s?{_S}behalf\b"
# the agent: "X acts as registrar to", "X administers the plan on the Group's behalf", "X is contacting
# you on behalf of", "produced by X on behalf of", "Issued by X (agent ref …) on behalf of"
# (a sentence's subject: not a header field's value, "To: All Acme suppliers"; the clause on one line
# after the name's, not across the lines of a header)
_AGENT_SUBJECT = plain(rf"(?:^|(?<=[.!?;])[ \t]+|(?<=\n))[ \t]*(?P<name>{_NAME}){_FORM}{_S}"
                       rf"(?:(?:acts?|acting){_S}as{_S}(?:(?:the|an?){_S})?(?:[a-z][\w-]*{_S}){{0,3}}?(?:to|for)\b"
                       rf"|(?:[a-z][\w-]*[ \t]+){{0,3}}?[a-z][\w-]*[ \t]+[^.\n]{{0,80}}?(?:{_ON_BEHALF_OF_PARTY}|{_POSSESSIVE_BEHALF}))")
_AGENT_BY = plain(rf"\b(?:[Pp]roduced|[Pp]ublished|[Ii]ssued|[Oo]perated|[Aa]dministered|[Pp]repared|[Ss]ent|[Rr]un)"
                  rf"{_S}by{_S}(?P<name>{_NAME}){_FORM}(?:{_S}\([^()\n]{{0,60}}\))?,?{_S}{_ON_BEHALF}")
_ROLE_DEFINED = plain(rf"(?P<name>{_NAME},?[ \t]+(?i:{LEGAL_FORM})),?[ \t]*\((?:the[ \t]+)?[\"“](?:the[ \t]+)?(?P<role>[A-Z][a-z]+)[\"”]\)")
# not a company: the document's own bodies and first words of a sentence
_NOT_NAMES = frozenset("The This That These It Its We Our You Your They Their He She I Board Directors Company Group "
                       "Entry Entries Signed Works Order Notice For In On At By Published Issued Operated Produced Approved".split())


_TRAILING = plain(r"(?:[ \t]+(?:of|and|de|&))+$")


def _name(raw: str) -> str | None:
    name = _TRAILING.sub("", raw.strip(" ,"))
    return None if not name or name.split()[0] in _NOT_NAMES else name


def principals(body: str) -> list[str]:
    """Rule on-behalf-of (ON_BEHALF): the companies `body` names after "on behalf of", in order: a name
    with a legal form there or where the text names it again."""
    if "behalf" not in body:
        return []
    out = []
    for m in _PRINCIPAL.finditer(body):
        name = _name(m.group("name"))
        if name is None or name in out:
            continue
        if LEGAL_END.search(name) or LEGAL_END.search(name.title()) or _legal_name_elsewhere(name, body):
            out.append(name)
    return out


def _legal_name_elsewhere(name: str, body: str) -> bool:
    """The text writes `name` with a legal form elsewhere, in any case ("LINNET FIBRE LTD")."""
    return name_rx(rf"(?i:(?<![\w&-]){re.escape(name)},?[ \t]+{LEGAL_FORM})(?![\w-])").search(body) is not None


def defined_roles(body: str, roles: frozenset[str] = PRINCIPAL_ROLES) -> list[tuple[str, str]]:
    """Rule defined-role (DEFINED_ROLE): (legal name, role) for each legal name `body` defines by one of `roles`."""
    if "(" not in body:
        return []
    out = []
    for m in _ROLE_DEFINED.finditer(body):
        name = _name(m.group("name"))
        if name is not None and m.group("role") in roles:
            out.append((name, m.group("role")))
    return out


# rule report-author: the letterhead (the first line, up to a dash before the report's title), the report's
# title (on that line after the dash or on the next), and the subject's field in the first lines
_LETTERHEAD = plain(rf"\A\s*(?P<name>[^\W\d_][^\n:|]{{1,60}}?)(?:[ \t]+[—–-][ \t]+(?P<title>[^\n]+))?[ \t]*\n(?P<next>[^\n]*)")
_REPORT_TITLE = plain(r"(?i:\b(?:report|commentary|alert|review|programme|program|assessment)\b)")
_SUBJECT_FIELD = plain(r"(?m)^[ \t]*(?:Name[ \t]+of[ \t]+(?:the[ \t]+)?)?(?:Issuer|Client|Rated[ \t]+entity)[ \t]*:[ \t]*"
                       r"(?P<name>[A-Z][^\n:|(]{1,80}?)[ \t]*(?:\(|$)")
_TOP_LINES = 12


def report_authors(body: str) -> set[str]:
    """Rule report-author (REPORT_AUTHOR): the letterhead firm of a report whose party field in the first
    lines names another subject; empty when the top has no such field or the letterhead names the subject."""
    m = _LETTERHEAD.match(body)
    if m is None or not _REPORT_TITLE.search(m.group("title") or m.group("next")):
        return set()
    head = "\n".join(body.split("\n", _TOP_LINES)[:_TOP_LINES])
    subject = _SUBJECT_FIELD.search(head)
    name = m.group("name").strip()
    if subject is None or _REPORT_TITLE.search(name) or name.split()[0].upper() == subject.group("name").split()[0].upper():
        return set()
    return {name}


def agents(body: str) -> set[str]:
    """Rule agent-for-another (AGENT_FOR_ANOTHER): the names `body` makes the agent acting for another,
    those it defines by a service role (rule defined-role) and a report's author (rule report-author)."""
    out = {name for name, _role in defined_roles(body, SERVICE_ROLES)} | report_authors(body)
    if "behalf" not in body and " as " not in body:
        return out
    for rx in (_AGENT_SUBJECT, _AGENT_BY):
        for m in rx.finditer(body):
            name = _name(m.group("name"))
            if name is not None:
                out.add(name)
    return out
