"""The names a stock listing gives the article's own company (issue38e): its ticker and the short
name an exchange filing's header field gives it. Each is another name of the company in this
document, so that a question that names the company by its ticker ("DGW profit after tax") finds it.

Rules (named records, each met in two or more documents of different sources):
- caps-form-alias: the company's name written in capitals in a header ("NCC GROUP PLC") is the company.
- ticker-alias: "Name [legal form] (EXCHANGE: TICKER)" right after one of the company's names.
- bracket-ticker-name (issue49n): "Name (EXCHANGE: TICKER)" anywhere in the text, for any company: the ticker is
  that name's, a sentence subject for its figures thereafter ("KVTP said revenue …"), whichever company
  the document is about (`bracket_tickers`).
- ticker-field (issue45n): a filing's header field "Ticker: …", "Symbol: …" gives its ticker.
- ticker-phrase (issue48c): "the Company's shares trade on <exchange> under the symbol "X"" gives its ticker.
- stock-short-name: a filing's header field "Stock abbreviation: …", "Securities abbreviation: …",
  "Stock name : …", its Latin-script value (the bracketed form after a name in another script).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..pattern_cache import name_rx, plain
from .bracket_terms import name_before
from .legal_forms import LEGAL_END, LEGAL_FORM, core_name
from .literal import has_word
from .rule_record import RuleRecord

TICKER_ALIAS = RuleRecord(
    "ticker-alias",
    "the ticker in brackets after the company's name, '(EXCHANGE: TICKER)', is another name of it: "
    "the text and its readers name the company by it ('DGW shares closed …')",
    ("probe27 01 digiworld ('Digiworld Corporation (HOSE: DGW)' then 'DGW shares closed the session')",
     "probe17 04 credicorp ('CREDICORP LTD. (NYSE: BAP | BVL: BAP)')",
     "probe27 06 nccgroup ('NCC Group plc (LSE: NCC)')"),
    ("Rendova Systems Inc. (Nasdaq: RDVS) … RDVS shares rose (invented)",),
)

STOCK_SHORT_NAME = RuleRecord(
    "stock-short-name",
    "a filing's header field giving the stock's short name ('Stock abbreviation', 'Securities "
    "abbreviation', 'Stock name') names the filer: its Latin-script value is another name of it",
    ("probe27 03 qianxin ('Stock abbreviation: 奇安信 (Qi-Anxin)')",
     "probe22 02 eoptolink ('Securities abbreviation: Eoptolink')",
     "probe27 07 vitrox ('Stock name : VITROX'), focusset21 dev 15 timedotcom ('Stock Name : TIMECOM')"),
    ("Stock abbreviation: 华岭 (Hualing Data) (invented)",),
)

TICKER_FIELD = RuleRecord(
    "ticker-field",
    "a filing's header field 'Ticker: …', 'Symbol: …' (or '(Ticker: …)' after the company's name) gives the filer's "
    "ticker: another name of it, as the bracketed '(EXCHANGE: TICKER)' is",
    ("probe33 02 technoelectric_bse_clarification ('Scrip Code: 542141   Symbol: TECHNOE'; asked 'TECHNOE's data centre')",
     "probe23 01 tanla_bse_outcome ('Scrip Code: 532790   Symbol: TANLA')",
     "probe33 08a/08b automatedsystems ('Company: Automated Systems Company K.S.C.P. (Ticker: ASC)')",
     "kindcheck34 names 03 okpara ('Ticker:            OKPFOOD'; asked 'OKPFOOD's net profit')"),
    ("Issuer: ZANGWE MILLS PLC / Ticker: ZANGMIL … 'ZANGMIL revenue?' (invented)",),
)

TICKER_PHRASE = RuleRecord(
    "ticker-phrase",
    "the symbol a sentence says the company's shares trade under ('… trade on <exchange> under the symbol \"X\"'), "
    "the sentence naming the company or its filer's term ('the Company'), is another name of it, as the bracketed "
    "'(EXCHANGE: TICKER)' is",
    ("probe35 03 coveo_material_change_report ('The subordinate voting shares of the Company trade on the Toronto "
     "Stock Exchange under the symbol \"CVO\"')",
     "focusset29 held 17 quellant_nasdaqdeficiency ('the Company's common stock, which continues to trade on The "
     "Nasdaq Capital Market under the symbol \"QLNT\"')",
     "probe23 04 zscaler_founder_letter ('Zscaler trades on the Nasdaq under the ticker ZS')"),
    ("The common shares of the Company are listed on the TSX Venture Exchange under the symbol \"QRLX\" (invented)",),
)

CAPS_FORM_ALIAS = RuleRecord(
    "caps-form-alias",
    "a header writes the company's name in capitals, with or without its legal form, the text in its own "
    "case: one company, not two nodes",
    ("probe27 06 nccgroup ('NCC GROUP PLC  |  IR E-MAIL ALERT' over 'NCC Group plc, the global cyber security …')",
     "probe27 02 hubersuhner ('HUBER+SUHNER AG' over 'Huber+Suhner AG publishes …')",
     "probe27 03 qianxin ('QI AN XIN TECHNOLOGY GROUP INC.' and 'Qi An Xin Technology Group Inc.')"),
    ("KESTRAL DATA SYSTEMS PLC | RESULTS over Kestral Data Systems plc reports … (invented)",),
)

# an exchange's short name: capitals, or a capitalised word ("Nasdaq", "Euronext Paris")
_EXCHANGE = r"(?:[A-Z][A-Za-z]{1,9}(?:[ \t]+[A-Z][a-z]+)?)"
# (issue45n) a stock code in digits ("(KRX: 271640)", "(TSE: 9432)", "(HKEX: 0020)"): the market's ticker where
# it numbers its stocks (kindcheck34 names 02 sorimun; probe6 p6_05 kakao "(KRX: 035720)", probe5 05 ntt "(TSE: 9432)")
_TICKER = r"(?P<ticker>[A-Z][A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?|\d{3,6}(?:\.[A-Z]{1,2})?)"
_TICKER_BRACKET = plain(rf"\([ \t]*{_EXCHANGE}[ \t]*:\s*{_TICKER}[ \t]*(?:[;,|/][^()\n]{{0,60}})?\)")
# (issue48c) the group word of its full name between ("The Sonatel Group (BRVM: SNTS)", probe35 06 sonatel, for
# "Sonatel"; "Telstra Group Ltd (ASX: TLS)", probe8 f08 telstra; "Vodafone Group Plc (LSE: VOD)", probe8 f02 vodafonethree)
_LEGAL_TAIL = plain(rf"^(?:[ \t]+(?:Group|Holdings?))?(?:,?[ \t]+{LEGAL_FORM}){{0,2}},?[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?$", re.I)   # (its defined term between)

_SHORT_FIELD = plain(r"(?im)^[ \t]*(?:[^\n]*?[ \t])?(?:stock|securities|share)[ \t]+(?:abbreviation|short[ \t]+name|name)"
                     r"[ \t]*:[ \t]*(?P<value>[^\n]{1,60}?)(?=[ \t]{2,}|[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2}[ \t]*:|$)")
# rule ticker-field: "Ticker: OKPFOOD", "Symbol: TECHNOE", "(Ticker: ASC)" (a column's field may follow on the line)
_TICKER_FIELD = plain(r"(?<![\w-])(?:[Tt]icker(?:[ \t]+[Ss]ymbol)?|(?:[Ss]tock[ \t]+|[Tt]rading[ \t]+|NSE[ \t]+)?[Ss]ymbol|TICKER|SYMBOL)"
                      r"[ \t]*:[ \t]*(?P<value>[A-Z0-9][A-Z0-9&.-]{1,11})(?![\w&.-])")
_FIELD_LINES = 16   # (the first lines: a letter's address block may come before the exchange's fields)
_LATIN_NAME = plain(r"[A-Z][A-Za-z0-9&'’.-]*(?:[ \t]+[A-Z][A-Za-z0-9&'’.-]*){0,3}")
# tickers that are English words a question may say ("now", "market cap"): a question's word, no name
_WORD_TICKERS = frozenset("""NOW CAP ALL ONE TWO NEW BIG KEY ARE FOR AND THE BUY SEE WAY CAN HAS OUT NET LOW HIGH
COST SALE RISE FALL CASH DEBT GAIN LOSS PAY TAX RUN WIN GROW BEST GOOD FAST TRUE LIFE WELL MORE MOST""".split())
_BRACKETED = plain(r"\(([^()]{2,40})\)")


def ticker_aliases(names: list[str], body: str) -> list[str]:
    """Rule ticker-alias: the tickers the text writes in brackets right after one of `names` (its legal
    form between them allowed), in order."""
    out: list[str] = []
    for m in _TICKER_BRACKET.finditer(body):
        before = body[max(0, m.start() - 120):m.start()]
        low = before.lower()   # (a header in capitals: "CREDICORP LTD. (NYSE: BAP)")
        for n in names:
            t = m.group("ticker")
            if len(t) < 3 or t in _WORD_TICKERS or (not t[0].isdigit() and has_word(body, t.lower())):
                break   # a ticker of two letters, or one the text also writes as a word ("NOW", "CAP"): no name to look for
            at = low.rfind(n.lower())
            if at >= 0 and _LEGAL_TAIL.match(before[at + len(n):]) and t not in out:
                out.append(m.group("ticker"))
                break
    return out


BRACKET_TICKER_NAME = RuleRecord(
    "bracket-ticker-name",
    "a ticker in brackets right after a company's name, '(EXCHANGE: TICKER)', is that company's name wherever the "
    "text gives it, for the document's own company and for any other it names: the text then makes the ticker "
    "the subject of that company's figure sentences ('KVTP said revenue …', 'NLPH said exports …', 'OCL notes …'), "
    "its clauses and possessives are the named company's",
    ("probe35 04 objective_asx_price_query ('Objective Corporation Limited (ASX: OCL)', then 'OCL' eight times)",
     "probe27 01 digiworld ('Digiworld Corporation (HOSE: DGW)' then 'DGW shares closed the session')",
     "kindcheck35 names 01 kvtp (the full name once with '(NSE: KVTP)', then only the ticker as subject) and "
     "02 nlph (a parent named first, its listed subsidiary '(EGX: NLPH)' the subject of the figures)"),
    ("Tarnow Grain Millers (WSE: TGM) reported … TGM said sales rose (invented)",
     "Acme Holding said its listed unit Acme Foods (EGX: ACFD) … ACFD said exports grew (invented)"),
)


def bracket_tickers(body: str) -> list[tuple[str, str]]:
    """Rule bracket-ticker-name: (name, ticker) for each '(EXCHANGE: TICKER)' bracket right after a name, the
    name's legal form dropped, in text order; a ticker of two letters, an English word's ("NOW") or one the text
    also writes as a lower-case word is left out, as ticker_aliases leaves it."""
    if ":" not in body or "(" not in body:
        return []
    out: list[tuple[str, str]] = []
    for m in _TICKER_BRACKET.finditer(body):
        t = m.group("ticker")
        if len(t) < 3 or t in _WORD_TICKERS or (not t[0].isdigit() and has_word(body, t.lower())):
            continue
        name = name_before(body, m.start())
        if name is None:
            continue
        name = LEGAL_END.sub("", name).strip(" ,") or name
        if name != t and (name, t) not in out:
            out.append((name, t))
    return out


def sibling_names(name: str, body: str) -> frozenset[str]:
    """Rule listed-sibling (focus_score.SIBLING_NAME): the other full names `body` writes as companies (a legal form
    or group word closing them) that open with `name`'s first word but go on otherwise: "Nilora Holding" beside the
    listed "Nilora Pharma"; the shared first word then names neither alone."""
    toks = name.split()
    if len(toks) < 2:
        return frozenset()
    return _siblings(toks[0], name, body)


@lru_cache(maxsize=256)
def _siblings(first: str, name: str, body: str) -> frozenset[str]:
    out = set()
    for m in name_rx(rf"(?<![\w&-]){re.escape(first)}(?:[ \t]+[A-Z][\w&'’-]*)+").finditer(body):
        other = m.group(0)
        if other != name and not other.startswith(name + " ") and not name.startswith(other + " ") \
                and LEGAL_END.search(other):
            out.add(other)
    return frozenset(out)


# rule ticker-phrase: "… trade(s) on <exchange> under the symbol "X"", in one sentence after its subject
_TICKER_PHRASE = plain(r"(?P<before>[^.!?\n]{0,200}?)\b(?:trades?|traded|trading|listed|quoted)\b[^.!?\n]{0,80}?\bunder[ \t]+the[ \t]+"
                       r"(?:ticker|symbol|trading[ \t]+symbol|stock[ \t]+code)[ \t]+[\"“]?(?P<ticker>[A-Z][A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)[\"”]?(?![\w-])")
_FILER_TERM = plain(r"\b(?:the[ \t]+Company|the[ \t]+Issuer|the[ \t]+Group)\b")


def ticker_phrases(names: list[str], body: str) -> list[str]:
    """Rule ticker-phrase: the symbols a sentence that names one of `names` or the filer's term ("the
    Company") says its shares trade under, in order."""
    if "under the" not in body:
        return []
    out: list[str] = []
    # a hard-wrapped sentence reads across its line ends (a blank line still ends it)
    for m in _TICKER_PHRASE.finditer(re.sub(r"(?<!\n)\n(?!\n)", " ", body)):
        before, t = m.group("before"), m.group("ticker")
        if t in out or t in _WORD_TICKERS or len(t) < 2:
            continue
        if _FILER_TERM.search(before) or any(has_word(before.lower(), n.lower()) for n in names if len(n) >= 2):
            out.append(t)
    return out


def stock_short_names(top: list[str]) -> list[str]:
    """Rule stock-short-name: the Latin-script short name a filing's first lines give in a stock-name
    field, in order."""
    out: list[str] = []
    for line in top:
        for m in _SHORT_FIELD.finditer(line):
            value = m.group("value").strip()
            br = _BRACKETED.search(value)
            cand = br.group(1).strip() if br is not None else value
            if br is not None and _LATIN_NAME.fullmatch(cand) is None:
                # (issue42f) the Latin-script name before a bracket in another script: "Stock abbreviation:
                # ThunderSoft (中科创达)" (probe31 03), as "Stock abbreviation: 奇安信 (Qi-Anxin)" gives it after
                cand = value[:br.start()].strip()
            nm = _LATIN_NAME.fullmatch(cand)
            if nm is not None and not cand.isdigit() and cand not in out:
                out.append(cand)
    return out


def ticker_fields(body: str) -> list[str]:
    """Rule ticker-field: the tickers a filing's first lines give in a ticker or symbol field, in order."""
    head = "\n".join(body.split("\n", _FIELD_LINES)[:_FIELD_LINES])
    if "icker" not in head and "ymbol" not in head and "ICKER" not in head and "YMBOL" not in head:
        return []
    out: list[str] = []
    for m in _TICKER_FIELD.finditer(head):
        v = m.group("value").rstrip(".-")
        if len(v) >= 2 and v not in _WORD_TICKERS and v not in out:
            out.append(v)
    return out


_CAPS_RUN = plain(r"(?<![\w&+-])[A-Z][A-Z0-9&+'’-]*(?:[ \t]+[A-Z][A-Z0-9&+'’.-]*){0,6}(?![\w&+-])")
_GROUP_END = plain(r"(?:[ \t]+(?:GROUP|HOLDINGS?|COMPANY))+$")   # "NCC GROUP" is the text's "NCC"
_CAPS_LEGAL_END = plain(rf",?[ \t]+(?:{LEGAL_FORM})$", re.I)


def caps_forms(names: list[str], body: str) -> list[str]:
    """Rule caps-form-alias: a legal name in capitals ("NCC GROUP PLC") that opens with one of `names`
    and that the text also writes in its own case ("NCC Group plc"): it and its name without the
    legal form ("NCC GROUP"), in order."""
    heads = {_GROUP_END.sub("", n.upper()) for n in names if len(n) >= 3}
    out: list[str] = []
    if not heads:
        return out
    for m in _CAPS_RUN.finditer(body):
        run = m.group(0).rstrip(".")
        end = _CAPS_LEGAL_END.search(m.group(0))
        if end is None:
            continue
        base = m.group(0)[:end.start()].strip()
        if _GROUP_END.sub("", base) not in heads:   # (not "PULSANT TOPCO LIMITED", its parent, for "Pulsant")
            continue
        if len(base) < 3 or base in out:
            continue
        own = any(not x.group(0).isupper()
                  for x in plain(rf"(?<![\w&+-]){re.escape(base)}(?![\w&+-])", re.I).finditer(body))
        if own:
            out += [f for f in (base, m.group(0)) if f not in out]
    return out


def listing_aliases(label: str, aliases: list[str], top: list[str], body: str,
                    company_of: Callable[[str], str | None]) -> list[str]:
    """The names rules ticker-alias and stock-short-name add to the company `label` (known by
    `aliases` too): none another company of the gazetteer, none already one of its names."""
    names = [label, *aliases]
    have = {n.lower() for n in names}
    out = []
    caps = caps_forms(names, body)
    # (rule ticker-field: a ticker in letters opens with its company's first letter, "TECHNOE", "OKPFOOD", "SMHN";
    # a page's field for another company's stock, "Ticker: CVNA" on a data vendor's alert, is not its name)
    fields = [t for t in ticker_fields(body) if t[0].isdigit() or t[0] == core_name(label)[:1].upper()]
    for n in ticker_aliases(names, body) + ticker_phrases(names, body) + stock_short_names(top) + fields + caps:
        known = company_of(n)
        if n in names or (n.lower() in have and not n.isupper()) or (known is not None and known != label and n not in caps):
            continue   # (its own name in capitals is the company whatever pass 0 read it as)
        have.add(n.lower())
        out.append(n)
    return out
