"""The words that end a company's name: one record, read by `focus` (the article's company) and
`pipeline` (companies the gazetteer lacks).

- LEGAL_FORMS: legal forms ("Inc.", "AG", "(publ)", "Co., Ltd.", "KK"); a name minus them is its
  short name (`LEGAL_FORM`: one of them, as a pattern).
- GROUP_WORDS: "Group", "Holdings", "Company": dropped too when comparing a headline's name with
  the article's company ("ASML Holding" is ASML), kept in a discovered company's label.
- DESCRIPTORS: words that end many companies' names and also units' names ("Nokia
  Technologies", "Meta Platforms", "ZT Systems"): they mark a company name in running text, are
  part of the name, and the bare first word is the company's name only when the article does
  not use the bare word far more often on its own (then the bare word is the parent company).
- CORP_MARKERS: the suffixes after which a capitalised run in running text is taken for a
  company name (a narrower set: "SA", "AB", "NV" there would catch ordinary capitals).
"""
from __future__ import annotations

import re
from ..pattern_cache import name_rx, plain

# (issue46c) one Gulf joint-stock form: dotted initials ending in "S.C." ("P.Q.S.C.", "K.S.C.P.", "B.S.C.") or Oman's "S.A.O.G."
GULF_FORM = r"(?<![\w.])(?!U\.S\.C)(?:(?:[A-Z]\.){1,2}S\.C(?:\.[A-Z])?|S\.A\.O\.[GC])\.?(?![\w])"
LEGAL_FORMS = (r"Co\.,?\s+Ltd\.?", r"Inc\.?", "Incorporated", r"Corp\.?", "Corporation", r"Co\.", r"Ltd\.?", "Limited", "AB",
               r"\(publ\)", r"\(PUBL\)", "SE", "AG", "Aktiengesellschaft", r"N\.V\.", "NV", "plc", "Plc", "PLC",
               r"S\.A\.", "SA", "GmbH", "LLC", "KK", r"K\.K\.", "Tbk",
               # Malaysia's public company form: probe19 08 tm_regulator_market_study, probe16 03 ytl_power_credit_rating_note
               "Berhad", r"Bhd\.?", r"Sdn\.?",
               # Thailand's and Mexico's public company forms, France's SAS (issue32c: focusset21 held 35
               # ais_setnotice and focusset22 held 03 data4_rating; focusset21 held 34 megacable_callqa and
               # focusset22 held 04 axtel_bondpricing): "X Public Company Limited", "X, S.A.B. de C.V."
               r"Public\s+Company\s+Limited", r"S\.A\.B\.(?:\s+de\s+C\.V\.?)?", "SAS", r"S\.A\.S\.",
               # the Danish and Dutch forms of a signature or a footer (issue33c): A/S focusset23 held 16
               # napatech_ceoletter, probe16 01 netcompany; B.V. focusset23 held 19 mews_changelog, probe20 04 kpn,
               # focusset21 held 36 tennet
               r"A/S", r"B\.V\.",
               # (issue36e) the proprietary company of Australia and southern Africa, "(Pty) Ltd" / "Pty Ltd": probe26 05
               # paratus_results_glance ("Paratus Telecommunications (Pty) Ltd"), focusset24 held 26 data3_modernslavery,
               # focusset26 held 16 firmus_allocation ("… Pty Ltd"); no acronym of the name before it
               r"\(?Pty\)?\s+(?:Ltd\.?|Limited)",
               # (issue38u) Singapore's private company form, "Pte. Ltd." (vocabulary; kindcheck28 units 03 tembusu: a
               # subsidiary "<Name> Pte. Ltd." cut at "Pte." into a unit "<Name> Pte." and a sentence "Ltd. posted …")
               r"Pte\.?\s+(?:Ltd\.?|Limited)",
               # (issue40t) Italy's società per azioni: "Reply S.p.A." (probe17 02_reply_wrapped), "Valtorre Robotica
               # S.p.A." (kindcheck28 ask 02), "Valdibrenta Meccanica S.p.A. (Euronext Milan: VBM)" (kindcheck30 tables 01)
               r"S\.p\.A\.", "SpA",
               # (issue41f) Finland's osakeyhtiö, public "Oyj" and private "Oy": "Fortum Oyj" / "Knowit Oy" (focusset21
               # dev 01 fortum_tender), "Caruna Oy" (focusset25 held 01 caruna_modification)
               "Oyj", "Oy",
               # (issue42f) Turkey's joint-stock company, "anonim şirketi": "İNDEKS BİLGİSAYAR … VE TİCARET A.Ş."
               # (probe31 01 indeks_kap_disclosure, a KAP disclosure's header), "NETAŞ TELEKOMÜNİKASYON A.Ş." and
               # "Türk Telekomünikasyon A.Ş." (focusset25 held 15 netas_kap)
               r"A\.Ş\.",
               # (issue43f, issue43n) the Gulf's public joint-stock company after the name: "Emirates Integrated Telecommunications
               # Company PJSC" (probe32 04 du_dfm_results_disclosure), "Alpha Data PJSC" (probe15 05 alpha_data_ipo)
               "PJSC",
               # (issue46c) the Gulf's joint-stock company forms written as dotted initials ending in "S.C." (shareholding
               # company), the last stop sometimes dropped: "Vodafone Qatar P.Q.S.C." (probe34 01, a QSE disclosure),
               # "Automated Systems Company K.S.C.P." (probe33 08a/08b, a Boursa Kuwait form), "Bahrain
               # Telecommunications Company B.S.C." (probe22 04), "… COMPANY P.J.S.C." (kindcheck33 names 02); also
               # Q.P.S.C., Q.S.C., K.S.C.C., S.A.O.G. by the same shape; never the US Code's "U.S.C."
               GULF_FORM)
GROUP_WORDS = ("Company", "Holdings?", "Group")
DESCRIPTORS = ("Technologies", "Platforms", "Systems", "Networks")
# legal forms written in front of a name: "PT Metrodata Electronics Tbk" (Indonesia: probe25 02
# metrodata daily, focusset25 02 moratelindo law-firm note), "JSC Uzbektelecom" (focusset23 07 timeline),
# "PJSC …": no word of the name
LEGAL_PREFIXES = frozenset({"PT", "PT.", "JSC", "PJSC"})
# the same, as a normalised name writes them (linking.LabelIndex drops one from a stored name's start)
LEADING_FORM_WORDS = frozenset({"pt", "jsc", "pjsc"})
CORP_MARKERS = (r"\(?Pty\)?\s+(?:Ltd\.?|Limited)", r"Inc\.?", "Incorporated", r"Corp\.?", "Corporation", r"Co\.(?=\s)", r"Ltd\.?", "Limited",
                r"Holdings(?:\s+(?:Ltd\.?|Limited|Inc\.?))?", r"Group(?:\s+(?:Ltd\.?|Limited|Inc\.?|Holding))?",
                *DESCRIPTORS, "plc", "PLC", "AG", "SE", r"N\.V\.", r"S\.A\.", r"S\.p\.A\.",
                # (issue35w) Indonesia's public company form, never an ordinary word: "PT Metrodata
                # Electronics Tbk" … "Metrodata" (probe25 02), "PT Mora Telematika Indonesia Tbk" (focusset25 02)
                "Tbk",
                # (issue38e) Sweden's aktiebolag, where no word or code follows it: "Skärlunda Hälsoteknik AB,"
                # (kindcheck28 entities 03), "Mycronic AB is" / "Mycronic AB (publ)" (probe25 04), "Knowit AB,"
                # (focusset), "Dustin Group AB (publ)" (probe26 06); not "AB" before a capitalised word or a digit
                # after a word in its own case ("BOARD OF DIRECTORS OF TRUECALLER AB" is a heading's run)
                r"(?<=[a-zß-ÿ] )AB(?![\w-]|[ \t]+[A-Z0-9])")

# the words of legal forms (and "Holdings"/"Group") as a normalised name writes them, lower case, no
# stops: what linking.LabelIndex drops from a stored name's end to find the name said without its form
LEGAL_FORM_WORDS = frozenset({"inc", "corp", "corporation", "co", "ltd", "limited", "plc", "se", "ag", "sa", "nv", "asa",
                              "ab", "llc", "bhd", "berhad", "holdings", "holding", "group", "spa", "gmbh", "kgaa", "oyj",
                              "as", "pte", "pty",
                              # (issue43n) Indonesia's "Tbk" and the UAE's "PJSC" (probe25 02, probe32 07; probe15 05, probe32 04)
                              "tbk", "pjsc"})

# one legal form, for patterns that read a name with its form: "Cisco Systems, Inc. (NASDAQ: CSCO)"
LEGAL_FORM = rf"(?:{'|'.join(LEGAL_FORMS)})"
# a name's trailing legal forms and group words: "ASML Holding N.V." -> "ASML"
LEGAL_END = plain(rf"(?:,?\s+(?:{'|'.join(LEGAL_FORMS + GROUP_WORDS)}))+\s*$")
# one trailing legal form only: "Vantora Systems Inc." -> "Vantora Systems", "Kestrel Holdings Ltd" -> "Kestrel Holdings"
LEGAL_LAST = plain(rf"\s+(?:{'|'.join(LEGAL_FORMS)})$")
DESCRIPTOR = plain(rf"\s(?:{'|'.join(DESCRIPTORS)})$")


# rule participle-aside: an aside on who owns, backs or founded a company, between its name and
# its verb: "Kingdee, founded in 1993 in Shenzhen, said" (probe12 kingdee), "Khazna, majority-owned
# by an AI group, said" (probe13 khazna); invented: "Vellum, backed by two pension funds, reported"
PARTICIPLE_ASIDE = (r",[ \t]+(?:[a-z]+-)?(?:owned|backed|controlled|founded|based|headquartered|listed)"
                    r"[ \t]+(?:by|in|on)[ \t][^,.;\n]{3,60},")



# the legal form after a name, compiled once (own_legal_name)
_FORM_AFTER = plain(rf",?\s+{LEGAL_FORM}(?![\w-])", re.I)


def own_legal_name(name: str, text: str) -> bool:
    """Whether `text` writes `name` itself followed by a legal form, in any case ("Pulsant Limited",
    "PULSANT LIMITED"): the name is a legal entity of its own, not the short form of a longer one."""
    # (name_rx: one pattern per name, kept out of `re`'s own cache of 512; the name alone, as a look-ahead so that
    # every place it starts is tried, with the legal form after it matched by _FORM_AFTER: a name's pattern with
    # the legal forms in it took ~0.8 ms to compile, for each new name)
    n = len(name)
    return any(_FORM_AFTER.match(text, m.start() + n) is not None
               for m in name_rx(rf"(?<![\w-])(?={re.escape(name)})", re.I).finditer(text))


def core_name(name: str) -> str:
    """A company's name without its legal forms in front or behind and its group words: "PT Metrodata
    Electronics Tbk" -> "Metrodata Electronics", "Vocus Group Limited" -> "Vocus"."""
    toks = name.split()
    while len(toks) > 1 and toks[0] in LEGAL_PREFIXES:
        toks = toks[1:]
    bare = " ".join(toks)
    return LEGAL_END.sub("", bare).strip() or bare



def same_company(a: str, b: str) -> bool:
    """Whether two labels name one company, differing only by case, legal form or a leading "PT" / "PJSC"
    ("PT ACME TEKNOLOGI Tbk" and "Acme Teknologi"; "MAKING THINGS GROUP" and "Making Things Group")."""
    return a == b or name_key(a) == name_key(b)


def name_key(name: str) -> str:
    """A company name's core in one case: its legal forms dropped as written, then as a capitalised
    word ("MAKING THINGS GROUP" -> "making things")."""
    return core_name(core_name(name).title()).casefold()
