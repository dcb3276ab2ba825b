"""Agreements as typed deals: a lease, a contract, a loan facility or a joint venture a sentence says
a company entered into, with its parties by role and its terms as typed values (issue 41d).

An agreement is OPENED by a sentence whose verb of entering (`SIGNED`: "entered into", "signed",
"won", "formed", "the entry of X … into") governs an agreement noun (`NOUNS`: lease, contract,
agreement, loan/credit facility, joint venture), the noun's head deciding the kind (lease, contract,
loan, joint venture). Its parties:

* the party (kg:agreementParty): the first company named before the verb ("X, a wholly owned
  subsidiary of Y, entered into …": X's owner Y is named too; both are mentions), else the
  document's company ("the Group signed …");
* the counterparty (kg:counterparty): the first company named after "with" ("… with Tallmere Cloud
  Services"), its role by the agreement's kind (a joint venture's partner, a loan's lender) or by
  the clause that says it ("under which X will lease …": X the tenant); none when the sentence
  names none ("with one of the country's four largest banks").

Its terms (`TERMS`, one registry of named records, each with invented examples that
tests/test_agreements.py reads and the documents of different sources it was met in) are read in
the opening sentence and, for the phrasings that name the agreement's term by themselves ("The
Lease has an initial term of 15 years", "Aggregate base rent over the initial term …"), in the
sentences after it, until another agreement opens. Each sentence stating terms gives one claim
(predicate "agreement-terms") about the party, typed kg:Agreement by its relation (rdf.py), one
value per term whose measure is the term's name. Pure functions; `AgreementState` is the
document's running record of the agreement in force.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import records as r
from ..pattern_cache import plain
from . import stake_phrase
from .values import fold

PARTY_KINDS = ("Company", "Organization", "Segment")
MENTION_KINDS = PARTY_KINDS + ("Project",)

# verbs of entering into an agreement (the party before them; "awarded" names its awardee after it)
SIGNED = plain(r"\b(?:entered\s+into|enters\s+into|enter\s+into|entering\s+into|signed|signs|sign|signing|won|wins|"
               r"(?<![Ss]enior\s)(?<![Ss]enior-)secured|secures|formed|forms|form|agreed|awarded|(?:the\s+)?entry\s+of)\b", re.I)
# the agreement nouns, by kind (the first that matches after the verb decides it)
NOUNS = plain(r"\b(?P<noun>(?:lease\s+agreement|lease)|(?:(?:construction|term|bridge|revolving|syndicated|green)\s+)?"
              r"(?:loan\s+facility|credit\s+facility|loan)|(?:credit|loan|facilit(?:y|ies))\s+agreement|joint[\s-]venture|partnership|alliance|contract(?!s?\s+(?:value|revenue))|agreement)s?\b", re.I)
KIND_OF = (("lease", "lease"), ("loan", "loan"), ("credit", "loan"), ("facilit", "loan"), ("joint", "joint venture"), ("partnership", "partnership"),
           ("alliance", "partnership"), ("contract", "contract"), ("agreement", "contract"))
DEFAULT_ROLE = {"joint venture": "partner", "partnership": "partner", "loan": "lender", "contract": "counterparty",
                "lease": "counterparty", "sale": "buyer", "buyback": "counterparty"}
# a sale: "agreed to sell its X to Y", "a binding agreement to sell X to Y" (the buyer: the first company after the asset's "to")
SALE = plain(r"\b(?:agreement|agreed|deal)\s+to\s+(?:sell|divest|dispose\s+of)\s+(?P<asset>[^.;]{1,120}?)\s+to\s+(?=\S)", re.I)
# a share buyback programme (the company's own; no counterparty)
BUYBACK = plain(r"\b(?:share\s+)?(?:buy-?back|repurchase)\s+(?:programme|program)\b", re.I)
# "was awarded a contract by X": the party the subject, X the awarder; "X awarded Y a contract": Y the party
_BY = plain(r"\bby\s+(?:the\s+)?", re.I)
# the counterparty's words after "with", up to the clause's next part ("…, valued at", "to build", "for …")
_WHO = plain(r"((?:(?!\s(?:to|for|under|valued|worth|at|in|on|which|that)\s)[^,;.(])+)")
_PASSIVE = plain(r"\b(?:was|were|been|be|is)\s+$", re.I)
# a counterparty no list knows: the capitalised words right after "with" / "by" ("with Castlegate Realty
# Trust for …", "by the U.S. Army Contracting Command"); never a lower-case phrase ("with one of the banks")
_NAME = plain(r"(?:the\s+)?(?P<n>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&.'’-]*){0,6})")
_NAME_END = plain(r"(?:,?\s+(?:Inc|Ltd|LLC|Corp|Co|plc|AG|SA|ASA|AB|N\.?V|B\.?V|Pte|GmbH|Limited)\.?)+$")
# "under which X will lease", "X will lease": the lessee; the counterparty so named is the tenant
LESSEE = plain(r"\b(?:will\s+)?lease(?:s|d)?\s+(?:\d|of\b|approximately\b|about\b|up\s+to\b)", re.I)
# the lease's direction, when the opening sentence says it (issue42d): the party the tenant ("The Company, as
# tenant, has entered into the Lease with X", "with X (the "Landlord")", "… office space …, which will become the
# Company's new headquarters": the counterparty the landlord), or the landlord ("as landlord", (the "Tenant"))
TENANT_PARTY = plain(r"\bas\s+(?:the\s+)?(?:tenant|lessee)\b|\(\s*(?:the\s+)?[\"“](?:Landlord|Lessor)[\"”]|"
                     r"\bwill\s+(?:become|serve\s+as)\s+(?:the\s+(?:Company|Group)['’]s|its|our)\s+(?:new\s+)?(?:headquarters|head\s+office|offices?)\b", re.I)
LANDLORD_PARTY = plain(r"\bas\s+(?:the\s+)?(?:landlord|lessor)\b|\(\s*(?:the\s+)?[\"“](?:Tenant|Lessee)[\"”]", re.I)
# "X has let its distribution centre at Y to Z", "X leases space to Z": X the landlord of a lease whose tenant is the
# company named after "to" (a lower-case "to customers" names none)
LET_TO = plain(r"\b(?:(?:has|have|had)\s+let|leased|leases)\s+(?:its|the|a|an|part\s+of|space|power)\b[^.;]{0,120}?\s+to\s+(?=[A-Z])")
# the document's company as a filing defines it: "Kelvora Technologies Ltd (the "Company", …)", "İndeks Bilgisayar
# (hereinafter "Indeks" or "our Company")"; "the Company" later is it
_DEFINED_OWN = plain(r"[\s,.]*(?:(?:Inc|Ltd|Limited|Corp|Corporation|plc|N\.?V|AG|SA|ASA|Co)\.?[\s,]*)*\(\s*(?:hereinafter\s+)?(?:[\"“][^\"”()]{1,40}[\"”]\s*(?:,|or|and)\s*)*(?:the\s+)?[\"“](?:our\s+)?(?:Company|Issuer|Registrant)[\"”]")
# "a wholly owned subsidiary of Y": the party's owner, named as a mention of the agreement too
_WITH = plain(r"\bwith\s+", re.I)
# the document's company as the clause's subject right before the verb ("the Group signed", "we have entered into")
_OWN_SUBJECT = plain(r"\b(?:(?:the|[Oo]ur)\s+(?:Group|Company|group|company)|[Ww]e|[Ii]t)\s+(?:has\s+|have\s+|had\s+|also\s+|today\s+)*$")


@dataclass(frozen=True)
class AgreementTerm:
    """One phrasing of an agreement term: its name (the value's measure), the kinds of agreement
    it is read for (empty: any), the pattern (group v the value; for money terms the value is the
    first money after the pattern's end), whether it is read in the sentences after the opening one
    (`later`: the phrasing names the agreement's term by itself), invented examples
    ((sentence, value text)), documents of different sources it was met in."""
    name: str
    pattern: str
    value: str = "text"   # "text": group v as stated; "money": the first money after the match
    kinds: tuple[str, ...] = ()
    later: bool = False
    after: str = ""   # for a money term: the text right after the money must start so
    examples: tuple[tuple[str, str], ...] = ()
    seen_in: tuple[str, ...] = ()

    @property
    def rx(self) -> re.Pattern:
        return plain(self.pattern, re.I)

    @property
    def after_rx(self) -> re.Pattern | None:
        return plain(self.after, re.I) if self.after else None


_NUMW = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty)"
_CAP = r"(?P<v>\d[\d,]*(?:\.\d+)?\s*-?\s*(?:megawatts?|MW|gigawatts?|GW))\b"

TERMS: tuple[AgreementTerm, ...] = (
    AgreementTerm("term", rf"\b(?:initial\s+)?term\s+of\s+(?P<v>(?:about\s+|approximately\s+|up\s+to\s+)?{_NUMW}\s+(?:years?|months?))\b",
                  later=True,
                  examples=(("The lease runs for an initial term of twelve years from handover.", "twelve years"),
                            ("Quorra agreed to rent the site for a term of 8 years.", "8 years")),
                  seen_in=("probe30/04_hut8_form_8k (The Lease has an initial term of 15 years)",
                           "focusset22/held/05_cipher_8k (… for an initial term of ten years)",
                           "a HK connected-transaction notice (lease of 6 MW … for a term of ten years)")),
    AgreementTerm("term", rf"(?P<v>\b{_NUMW}-(?:year|month))\s+(?:[\w-]+,?\s+(?:and\s+)?){{0,5}}?(?:lease|contract|agreement|deal|loan|facility)\b",
                  examples=(("Orvane signed a seven-year cloud services contract with the ministry.", "seven-year"),),
                  seen_in=("probe30/08b_reunert (a five-year managed private-cloud and GPU-hosting agreement)",
                           "kindcheck27/entities/03_wislatech (signed a seven-year contract worth PLN 75 million)",
                           "focusset24/held/01_calian_citt (awarded CGI a five-year contract valued at …)")),
    AgreementTerm("capacity", _CAP, kinds=("lease", "contract", "joint venture"),
                  examples=(("Pellmark entered into a lease with Quorra, which will lease 60 MW at the campus.", "60 MW"),
                            ("Orvane formed a joint venture with Tessaly to build a 90-megawatt campus.", "90-megawatt")),
                  seen_in=("probe30/04_hut8_form_8k (Tallmere will lease 245 megawatts)",
                           "focusset22/held/05_cipher_8k (Fluidstack will lease 168 MW)",
                           "probe30/03_ayala_sec_form_17c (a joint venture … to develop a 120-megawatt … campus)")),
    AgreementTerm("capacity", r"\bwill\s+lease\s+" + _CAP, later=True,
                  examples=(("Under the Lease, Quorra will lease 80 MW at the site.", "80 MW"),),
                  seen_in=("focusset22/held/05_cipher_8k (Under the Lease, Fluidstack will lease 168 MW)",
                           "probe30/04_hut8_form_8k (Tallmere will lease 245 megawatts)")),
    AgreementTerm("value", r"\b(?:worth|valued\s+at|value\s+of|total\s+consideration(?:\s+not\s+exceeding)?)\s+$", value="money",
                  kinds=("contract", "lease", "joint venture"),
                  examples=(("Orvane won a four-year contract worth $120 million from the agency.", "$120 million"),),
                  seen_in=("probe30/08b_reunert (agreement …, valued at approximately R1,6 billion over the term)",
                           "kindcheck27/entities/03_wislatech (seven-year contract worth PLN 75 million)",
                           "focusset24/held/01_calian_citt (a five-year contract valued at $214 …)")),
    AgreementTerm("value", r"\b(?:aggregate|total)\s+(?:base\s+)?(?:rent|rental\s+income|contract\s+(?:revenue|value)|lease\s+payments|consideration)\b"
                  r"[^.;]{0,60}?$", value="money", kinds=("contract", "lease"), later=True,
                  examples=(("Total contract revenue over the initial term is expected to be about $1.4 billion.", "about $1.4 billion"),),
                  seen_in=("probe30/04_hut8_form_8k (Aggregate base rent over the initial term is expected to be approximately $6.9 billion)",
                           "focusset22/held/05_cipher_8k (Total contract revenue over the initial term is expected to be approximately $3.6 billion)")),
    AgreementTerm("loan amount", r"\b(?:facility|loan)\s+(?:of\s+)?(?:up\s+to\s+)?$", value="money", kinds=("loan",),
                  examples=(("Brisk Data entered into a term loan facility of up to €400 million with four banks.", "up to €400 million"),),
                  seen_in=("probe30/04_hut8_form_8k (a senior secured construction loan facility of up to $2.2 billion)",
                           "probe24/05_darktrace (a US$1.9 billion committed term loan: deals.py debt-financing, the amount before the noun)")),
    AgreementTerm("loan amount", r"", value="money", kinds=("loan",), later=True,
                  after=r"\s+(?:[\w-]+\s+){0,3}?(?:term\s+loan|(?:revolving\s+)?(?:credit|loan)\s+facilit(?:y|ies)|revolver|(?:credit|loan|facilit(?:y|ies))\s+agreement)\b",
                  examples=(("The agreement provides for a $90 million senior secured term loan and a $40 million revolving credit facility.", "$90 million"),),
                  seen_in=("kindcheck32/deals/01_pennacook (provides for a $250 million senior secured term loan and a $150 million revolving credit facility)",
                           "probe24/05_darktrace (a US$1.9 billion committed term loan)",
                           "probe30/04_hut8_form_8k (a senior secured construction loan facility of up to $2.2 billion: the record above)")),
    AgreementTerm("interest rate", r"\b(?:bears?|bearing|accrues?|accruing)\s+interest\s+at\s+(?P<v>(?:the\s+)?(?:(?:Term|term|daily|compounded)\s+)?"
                  r"(?:SOFR|SONIA|EURIBOR|LIBOR|SORA|HIBOR|BBSY|TONA|CORRA|Secured\s+Overnight\s+Financing\s+Rate(?:\s+\([\"“]?SOFR[\"”]?\))?)"
                  r"\s+plus\s+(?:a\s+(?:margin|spread)\s+of\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|basis\s+points|bps)(?:\s+per\s+annum)?"
                  r"|(?:a\s+(?:fixed\s+)?(?:rate|coupon)\s+of\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)(?:\s+per\s+annum|\s+a\s+year)?)",
                  kinds=("loan",), later=True,
                  examples=(("Borrowings bear interest at Term SOFR plus a margin of 1.85% per annum.", "Term SOFR plus a margin of 1.85% per annum"),
                            ("The loan bears interest at 6.1% per annum.", "6.1% per annum")),
                  seen_in=("probe30/04_hut8_form_8k (Borrowings bear interest at the Secured Overnight Financing Rate (\"SOFR\") plus 3.25% per annum)",
                           "kindcheck32/deals/01_pennacook (Borrowings under both facilities bear interest at Term SOFR plus a margin of 2.35% per annum)")),
    AgreementTerm("maturity", r"\b(?:matures?|maturing)\s+(?:on\s+|in\s+)?(?P<v>(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4}|\d{4}))\b",
                  kinds=("loan",), later=True,
                  examples=(("Both facilities mature on March 3, 2030.", "March 3, 2030"), ("The loan matures in June 2029.", "June 2029")),
                  seen_in=("probe30/04_hut8_form_8k (… plus 3.25% per annum and mature in October 2031)",
                           "kindcheck32/deals/01_pennacook (Both facilities mature on November 16, 2031)")),
    AgreementTerm("annual rent", r"\b(?:annual|yearly)\s+(?:base\s+)?rent(?:al)?\b[^.;]{0,50}?$", value="money", kinds=("lease",), later=True,
                  examples=(("Under the lease, Orvane will receive an annual rent of €4.1 million.", "€4.1 million"),
                            ("The annual rent payable by the Company is S$1.2 million for the first year.", "S$1.2 million")),
                  seen_in=("kindcheck32/deals/02_ruysdonk (Under the lease, Ruysdonk will receive an annual rent of €6.3 million)",
                           "kindcheck32/deals/03_kelvora (The annual rent payable by the Company is S$2.84 million for the first year)",
                           "focusset25/held/24_cyxtera_firstday (landlords … to which annual rent of approximately $118 million is payable)")),
    AgreementTerm("minimum purchases", r"\bminimum\s+(?:annual\s+)?(?:purchase\s+commitment|purchases?|order\s+commitment|offtake)\b[^.;]{0,50}?$",
                  value="money", kinds=("contract",), later=True,
                  examples=(("Under the agreement, Quorra has committed to minimum purchases of US$22 million over the initial term.", "US$22 million"),
                            ("The minimum purchase commitment under the agreement is USD 75 million over five years.", "USD 75 million")),
                  seen_in=("probe31/01_indeks_kap_disclosure (The minimum purchase commitment under the agreement is USD 120 million over three years)",
                           "kindcheck32/deals/03_kelvora (Solenne Medical Inc. has committed to minimum purchases of US$48 million over the initial term)")),
    AgreementTerm("value", r"\b(?:for|at)\s+(?:an?\s+)?(?:enterprise\s+value\s+of\s+|(?:total\s+)?consideration\s+of\s+|price\s+of\s+)?$",
                  value="money", kinds=("sale",),
                  examples=(("Orvane agreed to sell its sensors unit to Pellmark Capital for $310 million.", "$310 million"),),
                  seen_in=("kindcheck31/deals/01_skarvoy (a binding agreement to sell its Marine Sensors division to Ardenvale … for an enterprise value of NOK 1,150 million)",
                           "probe*/telefonica (agreed to sell its Uruguay business to Millicom for $440 million)",
                           "AMD (agreed to sell ZT's manufacturing operations to Sanmina for $3 billion)")),
    AgreementTerm("value", r"\b(?:programme|program)\s+of\s+(?:up\s+to\s+)?$", value="money", kinds=("buyback",),
                  examples=(("The board approved a share buyback programme of up to €50 million.", "up to €50 million"),),
                  seen_in=("kindcheck31/deals/01_skarvoy (a share buyback programme of up to NOK 400 million)",
                           "(the size named before the noun: see the next record)")),
    AgreementTerm("value", r"", value="money", kinds=("buyback",), after=r"\s+(?:share\s+)?(?:buy-?back|repurchase)\s+(?:programme|program)\b",
                  examples=(("The company has a $2 billion buyback program running through fiscal 2028.", "$2 billion"),),
                  seen_in=("kindcheck31/deals/01_skarvoy (a share buyback programme of up to NOK 400 million)",
                           "a Swiss company's profile (a $2 billion buyback program running through fiscal 2028)")),
    # (issue45d) what a buyback has bought so far, for how much: "bought back a total of 1,842,000 shares for DKK 312.4 million"
    AgreementTerm("amount bought back", r"\b(?:bought\s+back|repurchased|purchased)\s+(?:a\s+total\s+of\s+)?\d[\d,.]*(?:\s+million)?\s+"
                  r"(?:(?:own|common|ordinary|treasury)\s+)?shares\s+for\s+(?:a\s+total\s+of\s+|about\s+|approximately\s+)?$",
                  value="money", kinds=("buyback",), later=True,
                  examples=(("Under the programme Orvane bought back 412,000 shares for EUR 18.6 million.", "EUR 18.6 million"),),
                  seen_in=("probe32/02_cbrain_outlook_upgrade (At 30 June 2026 cBrain had bought back 61,400 shares for DKK 12.2 million under the programme)",
                           "kindcheck34/actions/03_hvidbjerg (Under the programme Hvidbjerg bought back a total of 1,842,000 shares for DKK 312.4 million)",
                           "kindcheck30/filer/01_brindlecombe_10q (During the quarter the Company repurchased 212,000 shares for $11.3 million)",
                           "probe30/03_ayala_sec_form_17c (As of November 11, 2026, AC had repurchased 4.2 million shares for PHP 2.6 billion)",
                           "probe28/06_bemobi (Under the previous programme, …, the Company repurchased … shares for R$ 51,8 milhões)")),
    AgreementTerm("start", r"\b(?:commencing|commences|will\s+start|starts|starting|will\s+begin|begins|beginning)\s+(?:on\s+|from\s+)?"
                  r"(?P<v>(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))", kinds=("lease", "contract", "buyback"), later=True,
                  examples=(("The lease has a term of ten years commencing on July 1, 2028.", "July 1, 2028"),),
                  seen_in=("kindcheck31/deals/02_kestrelmoor (a term of twelve years commencing on March 1, 2027)",
                           "kindcheck31/deals/01_skarvoy (The programme will start on 25 November 2026)")),
    AgreementTerm("end", r"\b(?:run|runs|running|last|lasts|expire|expires|expiring|end|ends|ending)\s+(?:until|through|to|on)\s+"
                  r"(?P<v>(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?:fiscal\s+|FY\s?)?\d{4}))",
                  kinds=("buyback", "contract", "lease"), later=True,
                  examples=(("The programme will run until 31 March 2028 at the latest.", "31 March 2028"),),
                  seen_in=("kindcheck31/deals/01_skarvoy (run until 30 June 2027 at the latest)",
                           "a Swiss company's profile (a $2 billion buyback program running through fiscal 2028)")),
    AgreementTerm("purpose", r"(?:\bwith\s+[^.;]{1,100}?\s+|\b(?:agreement|contract|partnership|joint[\s-]venture|alliance)\s+)"
                  r"(?P<v>to\s+(?:build|develop|create|offer|provide|supply|deliver|operate|carry|co-develop|launch|expand|run|jointly\s+\w+)\b[^.;]*?)"
                  r"(?=\s*(?:[.;]|$|,\s+(?:and|while|which|with|under|the)\b))",
                  kinds=("partnership", "joint venture", "contract"),
                  examples=(("Orvane signed a partnership with Tessaly Freight to build a shared parcel network in Chile.",
                             "to build a shared parcel network in Chile"),),
                  seen_in=("probe30/03_ayala (into a joint venture with Northbay Digital Partners, …, to develop a 120-megawatt … campus)",
                           "probe6/p6_06_jio (formed a joint venture with Meta Platforms to develop enterprise AI products …)",
                           "probe6/p6_08_nebius (signed a five-year agreement to supply Microsoft with dedicated GPU capacity …)",
                           "kindcheck31/deals/03_akitsune (signed a partnership with Mizuhara Logistics to build a shared cold-chain network …)")),
    AgreementTerm("expected close", r"\b(?:completion|closing|the\s+(?:sale|transaction|divestment|disposal))\b[^.;]{0,80}?\b(?:is\s+|are\s+)?expected\s+"
                  r"(?:to\s+(?:close|complete|take\s+place)\s+)?(?P<v>(?:in|by|during|before|within|at)\s+(?:the\s+)?[^,;.]+?)(?=\s*(?:[,;.]|$))",
                  kinds=("sale",), later=True,
                  examples=(("Completion is subject to approval and is expected in the second half of 2027.", "in the second half of 2027"),),
                  seen_in=("kindcheck31/deals/01_skarvoy (Completion of the transaction is … expected in the first quarter of 2027)",
                           "probe24/05_darktrace, probe18/softwareone (Completion is expected in …: deals.py expected-close)")),
    AgreementTerm("stake", r"(?:^|[,;]\s+|\b(?:and|while)\s+)(?P<holder>(?:[A-Z][\w&.'’-]*\s+){0,4}?[A-Z][\w&.'’-]*)\s+(?:will\s+|would\s+|each\s+)?"
                  rf"(?:hold|holds|own|owns|take|takes|have|has)\s+(?:a\s+|an\s+)?(?P<v>{stake_phrase.PERCENT})"
                  + stake_phrase.JV_SHARE_TAIL +
                  rf"(?:,?\s+(?:and|while)\s+(?P<holder2>(?:[A-Z][\w&.'’-]*\s+){{0,4}}?[A-Z][\w&.'’-]*)\s+(?:each\s+(?:own|owns|hold|holds)\s+)?(?P<v2>{stake_phrase.PERCENT}))?",
                  kinds=("joint venture",), later=True,
                  examples=(("Orvane will hold 55 percent and Tessaly Partners 45 percent of the joint-venture company.", "55 percent"),
                            ("Pellmark holds a 70% stake and Quorra 30%.", "70%")),
                  seen_in=("probe30/03_ayala_sec_form_17c (ACDI will hold 60 percent and Northbay Digital Partners 40 percent of the joint-venture company)",
                           "probe8/f08_telstra_ai_jv (Telstra holds a 60% stake and Accenture 40%)",
                           "probe6/p6_06_jio_platforms (Reliance will hold 70% of the venture and Meta 30%)")),
)
_TERMS_RX = tuple((t, t.rx, t.after_rx) for t in TERMS)
# a sentence may state a term only when it holds one of these words (cheap gate before the patterns)
_GATE = plain(r"\b(?:term|year|month|MW|GW|megawatt|gigawatt|worth|valued|value|consideration|rent|contract|facility|loan|"
              r"percent|per\s*cent|%|lease|for|programme|program|start|begin|commenc|run|last|expir|end|to|expected|matur|rent)", re.I)


@dataclass
class Agreement:
    kind: str
    party: r.EntityRef
    counterparty: r.EntityRef | None
    role: str
    others: tuple[r.EntityRef, ...]
    at: int = 0   # where the opening verb is (a capacity stated before it is no term of it)
    who: str | None = None   # the counterparty as the opening sentence words it ("one of the country's four largest banks")
    also: Agreement | None = None   # a second agreement the sentence opens ("(a) a lease …; and (b) a supply agreement with X")


@dataclass
class AgreementState:
    """The agreement in force: the last one a sentence opened (None before the first)."""
    current: Agreement | None = None
    seen: set = field(default_factory=set)
    opened: dict = field(default_factory=dict)   # kind -> the last agreement of that kind opened ("The Supply Agreement has …" returns to it)
    own: r.EntityRef | None = None   # the company a filing defines as (the "Company"): "the Company" later is it


def _ref(m) -> r.EntityRef:
    return r.EntityRef(kind=m.kind, label=m.label)


def _kind(noun: str) -> str:
    low = noun.lower()
    return next(k for w, k in KIND_OF if w in low)


# The words every match of a pattern holds (in values.fold(text) for the case-insensitive ones, in the text for
# LET_TO): a sentence holding none of them is not searched (most sentences open no agreement).
_SALE_WORDS = ("sell", "divest", "dispose")
_BUYBACK_WORDS = ("program",)
_LET_TO_WORDS = ("let", "lease")
_SIGNED_WORDS = ("into", "sign", "won", "wins", "secure", "form", "agreed", "awarded", "entry")


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, words))


def opened(text: str, mentions, company: r.EntityRef | None) -> Agreement | None:
    """The agreement a sentence opens: a verb of entering, then within 120 characters an agreement
    noun; its party the first company named before the verb (else the document's company), its
    counterparty the first named after "with"; None when the sentence opens none."""
    orgs = [m for m in mentions if m.kind in PARTY_KINDS]
    low = fold(text)   # (each pattern searched only when the text holds a word every match of it holds)
    sale = SALE.search(text) if _has(low, _SALE_WORDS) else None
    if sale is not None:
        named = [m for m in orgs if sale.end() <= m.start <= sale.end() + 3]
        buyer = _ref(named[0]) if named else _named(text, sale.end())
        before = [m for m in orgs if m.end <= sale.start()]
        party = _party(text, sale.start(), before, company)
        if buyer is None or party is None or buyer == party:
            return None
        return Agreement(kind="sale", party=party, counterparty=buyer, role="buyer",
                         others=_others(mentions, party, buyer, company), at=sale.start(), who=buyer.label)
    bb = BUYBACK.search(text) if _has(low, _BUYBACK_WORDS) else None
    if bb is not None and company is not None:
        before = [m for m in orgs if m.end <= bb.start() and m.kind != "Segment"]
        party = _ref(before[0]) if before else company
        return Agreement(kind="buyback", party=party, counterparty=None, role="counterparty",
                         others=_others(mentions, party, None, company), at=bb.start())
    lt = LET_TO.search(text) if _has(text, _LET_TO_WORDS) else None   # (case-sensitive: the text itself)
    if lt is not None:   # "X has let its building to Z": a lease, X the landlord, Z the tenant
        named = [m for m in orgs if lt.end() <= m.start <= lt.end() + 3]
        tenant = _ref(named[0]) if named else _named(text, lt.end())
        party = _party(text, lt.start(), [m for m in orgs if m.end <= lt.start()], company)
        if tenant is not None and party is not None and tenant != party:
            return Agreement(kind="lease", party=party, counterparty=tenant, role="tenant",
                             others=_others(mentions, party, tenant, company), at=lt.start(), who=tenant.label)
    v = SIGNED.search(text) if _has(low, _SIGNED_WORDS) else None
    if v is None:
        return None
    n = NOUNS.search(text, v.end(), min(len(text), v.end() + 120))
    if n is None:
        return None
    kind = _kind(n.group("noun"))
    if text[v.start():v.end()].lower() == "awarded":   # an award: the awardee the party, the awarder the counterparty
        if _PASSIVE.search(text, 0, v.start()):
            before = [m for m in orgs if m.end <= v.start()]
            party = _party(text, v.start(), before, company)
            by = _BY.search(text, n.end(), min(len(text), n.end() + 20))
            after = [m for m in orgs if by is not None and by.end() <= m.start <= by.end() + 3]
            cp = _ref(after[0]) if after else (_named(text, by.end()) if by is not None else None)
        else:
            got = [m for m in orgs if v.end() <= m.start <= v.end() + 3]
            party = _ref(got[0]) if got else None
            after = [m for m in orgs if m.end <= v.start()][-1:]
            cp = _ref(after[0]) if after else None
        if party is None:
            return None
        cp = cp if cp != party else None
        return Agreement(kind=kind, party=party, counterparty=cp, role="awarder", others=_others(mentions, party, cp, company),
                         at=v.start(), who=cp.label if cp is not None else None)
    before = [m for m in orgs if m.end <= v.start()]
    party = _party(text, v.start(), before, company)
    if party is None:
        return None
    cp, who, also = None, None, None
    w = _WITH.search(text, v.end())
    second = None if w is None else next(
        (m for m in NOUNS.finditer(text, n.end(), w.start()) if _A_NEW.search(text, max(0, m.start() - 40), m.start())), None)
    if second is not None:   # "(a) a lease agreement for …; and (b) a supply agreement with X": X is the second agreement's party
        after = [m for m in orgs if w.end() <= m.start <= w.end() + 3]
        cp2 = _ref(after[0]) if after else _named(text, w.end())
        k2 = _kind(second.group("noun"))
        if cp2 is not None and cp2 != party and k2 != kind:
            also = Agreement(kind=k2, party=party, counterparty=cp2, role=DEFAULT_ROLE[k2],
                             others=_others(mentions, party, cp2, company), at=second.start(), who=cp2.label)
        w = None
    if w is not None:
        after = [m for m in orgs if w.end() <= m.start <= w.end() + 3]
        cp = _ref(after[0]) if after else _named(text, w.end())
        cp = cp if cp != party else None
        who = _WHO.match(text, w.end())
    role = DEFAULT_ROLE[kind]
    if kind == "lease" and cp is not None:
        if _leases(text, cp, mentions) or LANDLORD_PARTY.search(text):
            role = "tenant"
        elif TENANT_PARTY.search(text):
            role = "landlord"
    return Agreement(kind=kind, party=party, counterparty=cp, role=role, others=_others(mentions, party, cp, company),
                     at=v.start(), who=cp.label if cp is not None else (" ".join(who.group(1).split()) if w is not None and who else None),
                     also=also)


def _named(text: str, at: int) -> r.EntityRef | None:
    """The name of capitalised words at `at` (two words at least, or one of four letters or more), as
    an organisation; None when the words there are not a name."""
    m = _NAME.match(text, at)
    if m is None:
        return None
    words = m.group("n").split()
    legal = [bool(_NAME_END.search(" " + w)) for w in words]
    cut = next((i for i, w in enumerate(words) if i and legal[i] and w.endswith(".") and not all(legal[i + 1:])), None)
    # ("… to Lindqvist-Maes Logistics B.V. Under the lease, …": the name ends at its legal form's full stop)
    name = _NAME_END.sub("", " ".join(words[:cut + 1] if cut is not None else words)).strip(" ,")
    if len(name.split()) < 2 and len(name) < 4:
        return None
    return r.EntityRef(kind="Organization", label=name)


def _party(text: str, at: int, before, company):
    """The party of a clause whose verb is at `at`: the document's company when the clause's subject
    is "the Group", "the Company", "we" ("In ICT, the Group signed …": not the unit named before);
    else the first company named before the verb (a unit only when no company is), else the
    document's company."""
    if company is not None and _OWN_SUBJECT.search(text, 0, at):
        return company
    cos = [m for m in before if m.kind != "Segment"]
    return _ref(cos[0]) if cos else (_ref(before[0]) if before else company)


def _others(mentions, party, cp, company) -> tuple[r.EntityRef, ...]:
    """The other names of the opening sentence (the party's owner, a unit, the project, the asset
    sold): the agreement's mentions."""
    others: list[r.EntityRef] = []
    for m in mentions:
        if m.kind in MENTION_KINDS and _ref(m) not in (party, cp) and _ref(m) not in others:
            others.append(_ref(m))
    return tuple(others)   # (never the document's company unless named: "Rival KT signed a partnership with …" is no agreement of its)


def _leases(text: str, cp: r.EntityRef, mentions) -> bool:
    """Whether the counterparty is the one the sentence says will lease ("under which X will lease")."""
    for lm in LESSEE.finditer(text):
        named = [m for m in mentions if m.end <= lm.start() and lm.start() - m.end <= 8]
        # ("Tallmere will lease": the short name of "Tallmere Cloud Services", which another entity may also bear)
        if named and (_ref(named[-1]) == cp or cp.label.startswith(named[-1].text)):
            return True
    return False


# an indefinite article before an agreement noun: another agreement introduced ("… and (b) a supply agreement with X"),
# not the first one's defined name ("a Lease Agreement (the "Lease") with X")
_A_NEW = plain(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", re.I)
# a later sentence about another company's deal, named or not ("rival Quenneville Foods obtained …", "a competitor, X,
# announced …", "For comparison, earlier this month X sold …": kindcheck32/deals 01, 03, 02)
_RIVAL = plain(r"\b(?:rivals?|competitors?|for\s+comparison|by\s+comparison)\b", re.I)
# a determiner before a bare "agreement"/"contract": the agreement in force ("Under the agreement, …")
_DETERMINER = plain(r"\b(?:the|this|that|such|each)\s+$", re.I)


def _other_agreement(text: str, kind: str) -> str | None:
    """The kind of agreement a later sentence names before (or without) one of the kind in force:
    "The Supply Agreement has …" while a lease is in force; a bare "the agreement" is the one in force."""
    for n in NOUNS.finditer(text):
        k = _kind(n.group("noun"))
        if k == kind:
            return None
        if n.group("noun").lower() in ("agreement", "contract") and _DETERMINER.search(text, 0, n.start()):
            continue
        return k
    return None


_EACH = re.compile(r"\s+each\b", re.I)


def read_terms(text: str, moneys, kind: str, opening: bool, start: int = 0) -> list[tuple[str, str, object, str | None]]:
    """The terms a sentence states of an agreement of `kind`: (term, record name, value, holder)
    in text order; `opening` the sentence that opened it (else only the `later` records), its
    terms read from `start` (the opening verb) on."""
    if not _GATE.search(text):
        return []
    out, used = [], set()
    for t, rx, after in _TERMS_RX:
        if (t.kinds and kind not in t.kinds) or not (opening or t.later):
            continue
        if t.value == "money":
            for mo in moneys:
                if mo.start in used or mo.start < start or _EACH.match(text, mo.end):
                    continue   # (an amount "each" is per item, a class's threshold: "contracts worth more than $50 million each")
                if rx.search(text[max(0, mo.start - 120):mo.start]) is not None and (
                        after is None or after.match(text, mo.end) is not None):
                    used.add(mo.start)
                    out.append((mo.start, t.name, t.name, mo, None))
            continue
        for m in rx.finditer(text):
            if m.start("v") in used or m.start("v") < start or any(x[2] == t.name and t.name != "stake" for x in out):
                continue
            used.add(m.start("v"))
            holder = m.groupdict().get("holder")
            out.append((m.start("v"), t.name, t.name, " ".join(m.group("v").split()), holder))
            if m.groupdict().get("v2"):
                out.append((m.start("v2"), t.name, t.name, " ".join(m.group("v2").split()), m.group("holder2")))
    return [(term, name, v, holder) for _, term, name, v, holder in sorted(out, key=lambda x: x[0])]


def _value(term: str, v, holder: str | None) -> r.ClaimValue | None:
    if hasattr(v, "currency"):
        q = v.qualifier if v.qualifier in ("at_least", "at_most", "approx") else None
        return r.ClaimValue(role="amount", value=v.value, value_max=v.value_max, unit=v.currency, qualifier=q,
                            measure=term, text=v.text)
    if term == "stake":
        num = re.match(r"\d+(?:\.\d+)?", v)
        from decimal import Decimal
        return r.ClaimValue(role="percent", value=Decimal(num.group(0)), unit="percent", measure=term, text=v,
                            basis=" ".join(holder.split()) if holder else None)
    return r.ClaimValue(role="term", measure=term, text=v)


def terms(text: str, mentions, moneys, evidence: r.Evidence, state: AgreementState,
          company: r.EntityRef | None) -> list[r.Claim]:
    """The agreement-terms claim of a sentence (at most one), after noting the agreement it opens."""
    for m in mentions:
        if m.kind == "Company" and _DEFINED_OWN.match(text, m.end):
            state.own = _ref(m)
    company = state.own or company
    a = opened(text, mentions, company)
    opening = a is not None
    out: list[r.Claim] = []
    if a is not None:
        state.current = state.opened[a.kind] = a
        if a.also is not None:   # the sentence's second agreement: its counterparty stated, kept for the sentences naming it
            state.opened[a.also.kind] = a.also
            out += _claim(a.also, [r.ClaimValue(role="term", measure="counterparty", text=a.also.who)], evidence)
    a = state.current
    if a is None:
        return out
    if not opening:
        other = _other_agreement(text, a.kind)
        if other is not None:   # "The Supply Agreement has an initial term of four years": not the lease in force
            if other not in state.opened:
                return out
            a = state.current = state.opened[other]
        known = {a.party, a.counterparty, *a.others}
        if any(m.kind in ("Company", "Organization") and _ref(m) not in known for m in mentions):
            return out   # a later sentence naming another company: its terms are that company's ("a rival's $240 million contract")
        if _RIVAL.search(text):
            return out   # "a competitor, Pelorus Moulding Pte. Ltd., announced …", "For comparison, …": another's deal
    got = read_terms(text, moneys, a.kind, opening, a.at if opening else 0)
    vals = [cv for term, _n, v, holder in got if (cv := _value(term, v, holder)) is not None]
    if opening and a.who:   # the counterparty, a term of its own ("Who is the tenant?"), stated by the opening sentence
        vals.insert(0, r.ClaimValue(role="term", measure="counterparty", text=a.who))
    return _claim(a, vals, evidence) + out


def _claim(a: Agreement, vals: list, evidence: r.Evidence) -> list[r.Claim]:
    """The agreement-terms claim stating `vals` of agreement `a` (none without values)."""
    if not vals:
        return []
    rel = r.ClaimRelation(kind="agreement", target=a.counterparty, agent=a.party, detail=a.kind,
                          measure=a.role if a.counterparty is not None else None)
    others = tuple(x for x in (a.counterparty,) + a.others if x is not None)
    return [r.Claim(subject=a.party, predicate="agreement-terms", others=others, values=tuple(vals),
                    relations=(rel,), evidence=evidence)]
