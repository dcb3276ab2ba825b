"""Deal terms: what a takeover, merger or stake sale costs and on which terms, read as values with
roles on one claim per sentence, typed kg:DealTerm (a claim, like kg:StakeDeal) about the company
bought, with the buyer as its agent.

A term is read only when the document states ONE deal clearly (`Deal`, from the clause readings
of the sentences before: "X agreed to acquire Y", "X bought a 20% stake in Y", "an exchange offer
by X for all shares of Y"); a term in a document of no deal, or of two deals whose sentence names
neither side, stays the plain claim it was. The sentence must also speak of the deal (a deal noun:
offer, transaction, acquisition, …, or name its target or buyer): "the shares trade at 9x EBITDA"
or "net debt of 2.5 times EBITDA" are no deal's multiple.

The terms (`TERMS`, one registry): each a named phrasing around one value (a money, a percent, a
multiple, a period, a clause), with the text that must end right before the value (`before`) and
the text that must start right after it (`after`), the term's name (the value's measure), invented
examples (tests/test_deals.py reads each) and documents of different sources it was met in.
Pure functions; `DealState` is the document's running record of its deals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .. import records as r
from ..pattern_cache import name_rx, plain
from . import stake_phrase
from .values import fold

ORG_KINDS = ("Company", "Organization", "Segment")
_Q = r"(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|just\s+(?:over|under)|up\s+to|c\.)\s+)?"


@dataclass(frozen=True)
class DealTerm:
    """One phrasing of a deal term.

    name: the record's name; term: the term it states (the value's measure); kind: the value read
    ("money", "percent", "multiple", "when", "text"); before/after: regexes the text before the
    value ends with / after it starts with (any case); for "multiple", "when" and "text" `before`
    is the whole pattern, with groups v (the value) and base (what a multiple or premium is of);
    examples: (sentence, value text) of our own; seen_in: documents of different sources; own:
    the phrasing is a deal's term by itself (no deal noun or name of the target needed); party: the
    object of its verb (group obj) must name the deal's target ("bought 10,000 GPUs for $X" is no
    deal's price)."""
    name: str
    term: str
    kind: str
    before: str
    after: str = ""
    examples: tuple[tuple[str, str], ...] = ()
    seen_in: tuple[str, ...] = ()
    own: bool = False   # the phrasing names a deal's term by itself ("a premium of N% to", "a break fee of")
    party: bool = False  # the words the `before` group "obj" matched must name the deal's target ("buy Y for $X")


_SHARE = r"(?:[\w'’.-]+\s+){0,2}?(?:ordinary\s+)?share\b"
_END = r"(?=\s*(?:,(?!\d{3}\b)|[;(]|\.(?:\s|$)|$|\s+and\s+(?:a|an|the|to|is|will|would)\b|\s+(?:if|when|which|as)\b))"

TERMS: tuple[DealTerm, ...] = (
    DealTerm("price-per-share", "price per share", "money",
             rf"\b(?:receive|receiving|get|gets|getting|pay|pays|paying|paid|offer(?:s|ed|ing)?|price\s+(?:of|is|was|will\s+be)|priced\s+at|(?:implying|implies|imply)\s+(?:a\s+|an\s+)?(?:offer\s+)?value\s+of|worth|at)\s+{_Q}$",
             rf"^\s+(?:in\s+cash\s+)?(?:per|for\s+each|a)\s+{_SHARE}",
             examples=(("Holders of Norvane stock will receive $14.20 per share in cash under the offer.", "$14.20"),
                       ("The offer, implying a value of EUR 31 per Quillon share, was backed by the board.", "EUR 31")),
             seen_in=("probe24/05_darktrace (shareholders will receive US$8.10 per share)",
                      "probe18/softwareone_crayon_merger (implying a value of NOK 138 per Crayon share)"), own=True),
    # (issue45d) a tender offer's price on its own label line: "(2) Tender Offer price: 2,450 yen per common share"
    DealTerm("offer-price-label", "price per share", "money",
             rf"\b(?:tender\s+)?offer\s+price\s*:?\s+{_Q}$",
             rf"^\s+(?:in\s+cash\s+)?(?:per|for\s+each|a)\s+{_SHARE}",
             examples=(("Tender offer price: 1,980 yen per common share", "1,980 yen"),),
             seen_in=("probe33/01_kanemori_tob_opinion_notice (Tender Offer price                JPY 4,150 per common share)",
                      "kindcheck34/actions/02_sonogawa_tob_opinion ((2) Tender Offer price: 2,450 yen per common share)"), own=True),
    DealTerm("minor-unit-per-share", "price per share", "minor",
             r"(?:\b(?:receive|receiving|pay|pays|paying|paid|offer(?:s|ed|ing)?|price\s+of|priced\s+at|worth|at)\s+|\(\s*)(?P<q>" + _Q + ")"
             + rf"(?P<v>\d+(?:[.,]\d+)?)\s*(?P<base>pence|p|cents|øre|öre|sen|kopeks)\s+(?:in\s+cash\s+)?(?:per|for\s+each|a)\s+{_SHARE}",
             examples=(("Norvane holders will be paid 412 pence per share in cash.", "412"),),
             seen_in=("probe24/05_darktrace (approximately 615 pence per share: a price in a currency's minor unit)",
                      "(the per-share price of price-per-share, in a minor unit money does not read)"), own=True),
    DealTerm("shares-per-share", "exchange ratio", "ratio",
             r"(?<![\w.,])(?P<v>\d+(?:\.\d+)?)\s+(?P<base>(?:new\s+)?(?:[A-Z][\w&.-]*\s+){0,3}(?:ordinary\s+)?shares?)\s+"
             r"(?:(?P<cash>plus\s+[^,;]{1,60}?)\s+)?(?:for|per)\s+(?:each|every|one)\s+(?:[\w'’.-]+\s+){0,2}?(?:ordinary\s+)?share\b",
             examples=(("Quorra holders are to get 1.42 new Halvard shares for every Quorra share.", "1.42"),),
             seen_in=("probe18/softwareone_crayon_merger (0.8233 new SoftwareOne shares plus NOK 69 in cash for each Crayon share)",
                      "probe24/05_darktrace (the per-share consideration of price-per-share, here paid in the buyer's shares)"), own=True),
    DealTerm("premium-of-to", "premium", "percent",
             rf"\bpremium\s+of\s+{_Q}$",
             rf"^\s+(?:to|over|on)\s+(?P<base>(?:[^,;]|,(?=\d{{3}}\b))+?){_END}",
             examples=(("The price is a premium of 31% to the undisturbed share price on 4 March.", "31%"),),
             seen_in=("probe24/05_darktrace (a premium of 44.3% to Darktrace's three-month VWAP)",
                      "probe18/softwareone_crayon_merger (a premium of 19% to Crayon's closing price on 18 December 2024)"), own=True),
    DealTerm("percent-premium-to", "premium", "percent",
             r"(?:\b(?:a|an|of|represents|representing)\s+)$",
             rf"^\s+premium\s+(?:to|over|on)\s+(?P<base>(?:[^,;]|,(?=\d{{3}}\b))+?){_END}",
             examples=(("That is a 27.5% premium over the 30-day volume-weighted average price.", "27.5%"),),
             seen_in=("(the same premium and its base, the adjective order: see premium-of-to)",), own=True),
    DealTerm("enterprise-value", "enterprise value", "money",
             rf"\benterprise\s+value\s+(?:\(EV\)\s+)?(?:of|at)\s+{_Q}$",
             examples=(("The deal gives Quillon an enterprise value of about €2.4 billion.", "about €2.4 billion"),),
             seen_in=("probe24/05_darktrace (implies an enterprise value of approximately US$5.2 billion)",
                      "probe18/spark_nz_results (valuing the business at an enterprise value of NZ$486 million)"), own=True),
    DealTerm("equity-value", "equity value", "money",
             rf"\b(?:valu(?:es|ing|ed)\s+(?:[\w'’-]+\s+){{0,5}}?(?:equity|share\s+capital|shares)\s+at|equity\s+value\s+of)\s+{_Q}$",
             examples=(("The bid values Norvane's issued share capital at roughly £780 million.", "roughly £780 million"),),
             seen_in=("probe24/05_darktrace (The offer values Darktrace's fully diluted equity at approximately US$5.6 billion)",
                      "probe18/softwareone_crayon_merger (The offer values Crayon's entire share capital at approximately NOK 12.3 billion)"), own=True),
    DealTerm("consideration", "consideration", "money",
             rf"\b(?:(?:transaction|deal|acquisition|offer|takeover|merger|purchase)\s+valued\s+at|"
             rf"(?:total\s+)?(?:consideration|purchase\s+price)\s+(?:is|was|of|will\s+be|amounts\s+to|totals?)|"
             rf"(?:consideration|purchase\s+price)\s+of)\s+{_Q}$",
             examples=(("The total consideration is $610 million, payable in cash at closing.", "$610 million"),),
             seen_in=("probe24/05_darktrace (All-Cash Transaction Valued at Approximately US$5.6 Billion)",
                      "probe15/04_safaricom_competition_decision (The consideration is KES 9.6 billion in cash)"), own=True),
    DealTerm("bought-for", "consideration", "money",
             rf"\b(?:acquir(?:e|es|ed|ing)|buy|buys|bought|buying|purchas(?:e|es|ed|ing)|acquisition\s+of|sale\s+of|sell|sells|sold|selling|"
             rf"take\s+over|took\s+over)\b(?P<obj>(?:(?!\b(?:acquir|buy|bought|purchas|sale\s+of|sell|sold|take\s+over|took\s+over))(?:[^.;]|\.(?=\S))){{1,140}}?)"
             rf"\bfor\s+{_Q}$",
             r"^(?!\s+(?:in\s+cash\s+)?(?:per|a|for\s+each)\s+(?:[\w'’.-]+\s+){0,2}?share\b)",
             examples=(("Pellmark agreed to buy Quorra Labs, a maker of inference chips, for $2.3 billion in cash.", "$2.3 billion"),),
             seen_in=("probe21/01_megaport_podcast_shownotes (agreed to buy … Latitude.sh for US$65 million upfront)",
                      "devset5/t06_wipro (acquire DTS, the engineering services unit of …, for $375 million in cash)",
                      "probe8/f03_nec_analyst_note (agreed to acquire CSG Systems International, …, for about USD 2.9 billion)"),
             own=True, party=True),
    DealTerm("money-acquisition-of", "consideration", "money", r"",
             r"^\s+(?:(?:all-cash|cash|all-stock|all-share|planned|proposed|agreed)\s+)?(?:acquisition|takeover|purchase|buyout)\s+of\s+(?P<obj>[^,;]{1,60})",
             examples=(("Orvane closed its $1.2 billion acquisition of Brisk Labs in May.", "$1.2 billion"),),
             seen_in=("tests/data/probe p07_softbank (completed the $6.5 billion acquisition of Ampere Computing)",
                      "probe16 02_tower_semiconductor (its planned $5.4 billion acquisition of Tower)",
                      "devset5/t02_ibm ($6.4 billion purchase of HashiCorp); probe2/q04_sap (the $1.5 billion acquisition of WalkMe)"),
             own=True, party=True),
    DealTerm("earn-out", "earn-out", "money",
             r"\b(?:plus|and|with)\s+(?:up\s+to\s+|a\s+further\s+|an\s+additional\s+)?$",
             r"^\s+(?:of\s+|in\s+)?(?:(?:potential|contingent|deferred|additional)\s+)?(?:earn-?outs?|contingent\s+consideration|deferred\s+consideration)\b",
             examples=(("Orvane pays $80 million upfront plus up to $25 million of earn-out payments.", "up to $25 million"),),
             seen_in=("probe21/01_megaport_podcast_shownotes (US$65 million upfront plus up to US$35 million in earn-out payments)",
                      "the Melio purchase (US$2.5 billion upfront plus up to US$0.5 billion of earn-out; a design-pool set)"), own=True),
    DealTerm("break-fee", "break fee", "money",
             rf"\b(?:break(?:-up)?|termination|reverse\s+termination)\s+fee\s+of\s+{_Q}$",
             examples=(("Norvane owes a termination fee of $45 million should it walk away.", "$45 million"),),
             seen_in=("probe24/05_darktrace (will pay a break fee of US$56 million)",
                      "probe16/02_tower_semiconductor (Intel paid Tower a $353 million termination fee: fee-after)"), own=True),
    DealTerm("fee-after", "break fee", "money", r"", r"^\s+(?:break(?:-up)?|termination|reverse\s+termination)\s+fee\b",
             examples=(("Pellmark would owe a $90 million reverse termination fee if regulators block it.", "$90 million"),),
             seen_in=("probe16/02_tower_semiconductor (a $353 million termination fee)", "probe24/05_darktrace (see break-fee)"), own=True),
    DealTerm("debt-financing", "financing", "money", r"",
             r"^\s+(?:of\s+)?(?P<base>(?:(?:committed|senior|secured|unsecured|syndicated|bridge|acquisition|new|green)\s+){0,3}"
             r"(?:term\s+loans?|bridge\s+(?:loan|facility)|loan\s+facility|loan|credit\s+facility|facility|bonds?|notes))\b",
             examples=(("The purchase is funded by cash on hand and a €1.2 billion bridge loan from two banks.", "€1.2 billion"),),
             seen_in=("probe24/05_darktrace (financed with equity from … and a US$1.9 billion committed term loan)",
                      "probe15/07_dci_indonesia (funded by … bank loans; a Rp 2.5 trillion syndicated green loan)")),
    DealTerm("deal-multiple", "multiple", "multiple",
             r"(?<![\w.,])(?P<v>\d+(?:\.\d+)?)\s?(?:x|×|times)\b\**\s+(?P<base>(?:(?:(?:FY|fiscal\s+)?(?:19|20)\d\d(?:/\d\d)?|consensus|adjusted|trailing|forward|"
             r"current|next\s+year's|last\s+year's|annual|this\s+year's|its|the)\s+)*(?:EV\s*/\s*)?(?:revenue|sales|EBITDA|EBITDAaL|EBIT|earnings|ARR|"
             r"annual\s+recurring\s+revenue|recurring\s+revenue|net\s+income|profit))\b",
             examples=(("At that price the deal is worth 14.5x this year's EBITDA.", "14.5"),
                       ("The enterprise value implies 7 times forward revenue.", "7")),
             seen_in=("probe24/05_darktrace (The enterprise value implies multiples of: 8.4x revenue …; 38.5x FY2025 adjusted EBITDA)",
                      "probe12/elevenlabs_newsletter (A $6.6 billion price on $200 million ARR is 33 times revenue)")),
    DealTerm("base-then-multiple", "multiple", "multiple",
             r"(?P<base>EV\s*/\s*(?:adjusted\s+)?(?:EBITDA|EBIT|revenue|sales|ARR)|(?:EBITDA|EBIT|revenue|sales|earnings|ARR)\s+multiple)"
             r"\s+(?:multiple\s+)?(?:of\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+)?(?P<v>\d+(?:\.\d+)?)\s?(?:x|×|times)(?![\w])",
             examples=(("The price implies an EV/EBITDA multiple of 12.5x on this year's forecast.", "12.5"),),
             seen_in=("(the multiple of deal-multiple, its base named first: an analyst's 'EV/EBITDA NTM' column, probe sets' screens)",
                      "probe24/05_darktrace (EV/revenue and EV/EBITDA multiples the release lists)")),
    DealTerm("expected-close", "expected close", "when",
             r"\b(?:completion|closing|(?:the\s+)?(?:transaction|deal|acquisition|merger|offer|takeover|sale|purchase|combination|scheme)(?:\s+is|\s+are)?)\s+"
             r"(?:is\s+|are\s+)?(?:expected|anticipated|scheduled|due|set|targeted)\s+(?:to\s+(?:close|complete|be\s+completed|take\s+place|become\s+(?:effective|unconditional))\s+|for\s+)?"
             rf"(?P<v>(?:in|by|during|before|within|at|around|no\s+later\s+than)\s+(?:the\s+)?[^,;]+?){_END}",
             examples=(("Closing is anticipated by the end of the third quarter of 2027, after regulatory review.",
                        "by the end of the third quarter of 2027"),
                       ("The deal is expected to close in the first half of next year.", "in the first half of next year")),
             seen_in=("probe24/05_darktrace (Completion is expected in the first quarter of calendar 2026)",
                      "probe18/softwareone_crayon_merger (Completion is expected in the second quarter of 2025)")),
    DealTerm("subject-to-approvals", "conditions", "text",
             r"\b(?:subject\s+to|conditional\s+(?:up)?on|requires?|needs?)\s+(?P<v>[^.;:]*?\b(?:approvals?|clearances?|consent|sanction)\b[^.;:]*?)(?=\s*(?:[.;:]|$|,\s+(?:is|are|was|were|will|would|and\s+(?:is|will))\b|,\s+[\w\s]{1,40}?\s+said\b))",
             examples=(("The merger remains subject to antitrust clearance in the EU and approval by Norvane's shareholders.",
                        "antitrust clearance in the EU and approval by Norvane's shareholders"),),
             seen_in=("probe24/05_darktrace (subject to shareholder, court and regulatory approvals, including national-security clearance)",
                      "probe18/softwareone_crayon_merger (subject to a minimum acceptance level of 90%, approval by SoftwareOne shareholders … and merger-control clearances)")),
    # (issue45d) the target's board on the offer: "it resolved to express its opinion in support of the tender offer … and to
    # recommend that the Company's shareholders tender their shares" (the whole resolution: support, neutral or against)
    DealTerm("board-opinion", "board opinion", "text",
             r"\b(?:resolved|decided)\s+to\s+(?P<v>(?:express|state)\s+(?:an|its|the)\s+opinion\s+[^;]*?\b(?:offer|bid)\b[^;]*?)(?=\s*(?:;|\.?\s*$))",
             examples=(("Its board resolved to express an opinion in support of the tender offer and to recommend that shareholders tender their shares.",
                        "express an opinion in support of the tender offer and to recommend that shareholders tender their shares"),),
             seen_in=("probe33/01_kanemori_tob_opinion_notice (it resolved to express an opinion in support of the tender offer … and to recommend that the Company's shareholders tender)",
                      "kindcheck34/actions/02_sonogawa_tob_opinion (it resolved to express its opinion in support of the tender offer … and to recommend …)")),
    # (issue41d) a stake bought and whom from: the percent bought and the seller, terms of the stake deal
    DealTerm("stake-bought", "stake", "percent",
             r"\b(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|take|takes|took|taking)\s+(?:a|an)\s+(?:further\s+|additional\s+)?$",
             rf"^\s+{stake_phrase.STAKE_IN}\b",
             examples=(("Pellmark will acquire a 26% stake in Quorra Foods from its founders for $80 million.", "26%"),),
             seen_in=("kindcheck31/deals/03_akitsune (will acquire a 34% stake in PT Sari Kencana Pangan, …, from the founding Wirjo family)",
                      "an Iberian wire (Indra … agreed to buy an 89.68% stake in satellite operator Hispasat from grid operator Redeia)",
                      "a Turkish e-commerce story (acquired a 65.41% stake in Hepsiburada, …, from the Dogan family)"), own=True),
    DealTerm("stake-bought-from", "seller", "text",
             rf"\b(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\s+(?:a|an)\s+{stake_phrase.PERCENT_LOOSE}\s+"
             rf"{stake_phrase.STAKE_IN}\s+[^.;]{{1,120}}?\s+(?:partly\s+)?from\s+"
             r"(?P<v>(?:the\s+)?[^,;.()]+?)(?=\s+(?:for|at|in\s+a|in\s+an|and\s+other|and\s+others)\b|\s*[,;.(]|$)",
             examples=(("Pellmark will acquire a 26% stake in Quorra Foods from its founders for $80 million.", "its founders"),),
             seen_in=("kindcheck31/deals/03_akitsune (from the founding Wirjo family for ¥21.8 billion)",
                      "an Iberian wire (… stake in satellite operator Hispasat from grid operator Redeia for 725 million euros)",
                      "a Turkish e-commerce story (… stake in Hepsiburada, the Turkish e-commerce platform, from the Dogan family and other holders)"), own=True),
)


# the sentence speaks of the deal: one of these nouns, else it names the target or the buyer
DEAL_WORDS = plain(r"\b(?:offer|bid|bidder|buyer|acquirer|purchaser|transaction|deal|sale|scheme|acquisition|acquire[sd]?|takeover|take-private|merger|combination|"
                   r"purchase|buyout|scheme\s+of\s+arrangement|consideration|enterprise\s+value|completion|closing|"
                   r"financ\w+|funded|break(?:-up)?\s+fee|termination\s+fee)\b", re.I)
# a figure of the balance sheet or the market, not of the deal: "net leverage of 6.5x EBITDA", "trades at 9x"
NOT_DEAL_MULTIPLE = plain(r"\b(?:leverage|net\s+debt|debt|trades?|trading|traded|covenant|peers?)\b", re.I)
# a multiple is the deal's only where the sentence (or the list it opens) says it prices the deal
MULTIPLE_CONTEXT = plain(r"\b(?:multiples?|implies|implying|implied|values?|valuing|valued|price|paying|pays|paid|enterprise\s+value)\b", re.I)
MULTIPLE_INTRO = plain(r"\bmultiples?\s+of\s*:?\s*$|:\s*$", re.I)
# (issue45d) a sentence about another party's proposal states no term of the deal in force: "the Company also received a
# non-binding proposal from another business operator ("Candidate B") at JPY 3,900 per share" (probe33 01_kanemori); as a
# rival's or a competitor's deal is no term of the agreement in force (agreements.py, kindcheck32/deals 01 and 03)
OTHER_PARTY = plain(r"\b(?:another|competing|rival|alternative)\s+(?:[\w-]+\s+){0,2}?(?:operators?|bidders?|buyers?|offerors?|proposals?|offers?|bids?|parties|party|suitors?|acquirers?|candidates?)\b", re.I)
NOT_DEAL_PER_SHARE = plain(r"\b(?:dividends?|earnings|EPS|payout|buy-?backs?|repurchase)\b", re.I)

# The deal a clause states, where its clause reading gives no buyer and target: an offer "by X for
# (all the shares of) Y". Seen: probe18 softwareone_crayon_merger ("a recommended voluntary exchange
# offer by SoftwareOne for all outstanding shares of Crayon"), probe24 05_darktrace ("to acquire
# Darktrace": the acquire reading).
OFFER_BY_FOR = plain(r"\b(?:offer|bid|tender)\s+(?:by|from)\s+$", re.I)
# (issue45d) a tender offer "for the Company's (common) shares (…) by X": the target named first, the bidder after "by".
# Seen: probe33 01_kanemori ("the tender offer (the "Tender Offer") for the Company's common shares (the "Company Shares") by
# KS Holdings GK"), kindcheck34 actions 02_sonogawa ("the tender offer … for the Company's common shares by Kirishima Holdings").
OFFER_FOR_BEFORE = plain(r"\b(?:tender\s+)?(?:offer|bid)(?:\s+\([^()]{1,40}\))?\s+for\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?$", re.I)
SHARES_BY = plain(r"^(?:['’]s)?\s+(?:(?:outstanding|issued|common|ordinary)\s+)*(?:shares|stock)(?:\s+\([^()]{1,40}\))?\s+by\s+(?:the\s+)?$", re.I)
OFFER_FOR = plain(r"^\s+for\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:outstanding|issued|remaining|ordinary)\s+)*(?:(?:shares|stock|share\s+capital)\s+(?:of|in)\s+)?(?:the\s+)?$", re.I)
# "X said it will acquire Y", "X has agreed to buy all the shares of Y", "Y is to be acquired by X":
# the buyer and the target named around a verb of acquiring in one clause, where the clause
# readings gave none. Seen: probe24 05_darktrace ("Thoma Bravo … entered into a definitive
# agreement to acquire Darktrace"), probe6 p6_02_capgemini ("Capgemini announced an agreement to
# acquire WNS"), probe5 02_qualcomm ("… to acquire Alphawave").
ACQUIRE_BETWEEN = plain(r"^(?:\s+(?:Inc|Co|Corp|Ltd|plc|AG|SA|ASA|AB|NV|SE)\.?)?(?:,\s+[^,;.]{1,60},)?\s+(?:(?!and\b|but\b|while\b)[\w'’-]+\s+){0,8}?"
                        r"(?:acquire|buy|purchase|take\s+over)\s+(?:all\s+(?:of\s+)?(?:the\s+)?(?:(?:outstanding|issued|remaining)\s+)*(?:shares|stock)\s+(?:of|in)\s+)?(?:the\s+)?$", re.I)
ACQUIRED_BY_BETWEEN = plain(r"^(?:\s+(?:Inc|Co|Corp|Ltd|plc|AG|SA|ASA|AB|NV|SE)\.?)?(?:,\s+[^,;.]{1,60},)?\s+(?:is|are|will\s+be|would\s+be|is\s+to\s+be|has\s+agreed\s+to\s+be|agreed\s+to\s+be)\s+"
                            r"(?:acquired|bought|taken\s+over|purchased)\s+by\s+(?:the\s+)?$", re.I)
_ACQ_GATE = plain(r"\b(?:acquire|acquired|buy|bought|purchase|purchased|take\s+over|taken\s+over)\b", re.I)
_HEAD_PREDICATES = ("acquire", "buy-stake", "sell-stake", "merge")


@dataclass
class DealState:
    """The deals a document has stated so far: (buyer, target) pairs, in order; a list line's
    intro naming multiples ("The enterprise value implies multiples of:") as the line it was on."""
    deals: list[tuple[r.EntityRef | None, r.EntityRef]] = field(default_factory=list)
    sellers: dict[str, r.EntityRef] = field(default_factory=dict)   # target label -> seller, when a sale names it
    multiple_list: bool = False


@lru_cache(maxsize=None)
def _compiled(i: int) -> tuple[re.Pattern, re.Pattern | None]:
    t = TERMS[i]
    return (plain(t.before, re.I), plain(t.after, re.I) if t.after else None)


# a name used as a modifier of another noun ("a Riyadh-based Salesforce partner", "an Nvidia
# supplier"): the company bought is the one described, not the one named. Seen: probe17
# 06_systems_limited_liveblog ("the acquisition of a 55% stake in a Riyadh-based Salesforce partner");
# probe3 r06_tcs ("ListEngage, a US-based Salesforce consulting partner").
NAME_AS_MODIFIER = plain(r"^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:partners?|customers?|suppliers?|resellers?|distributors?|dealers?|"
                         r"consultanc(?:y|ies)|consultants?|integrators?|users?|rivals?|competitors?|affiliates?|specialists?|providers?|vendors?|shops?)\b")


def _modifier(text: str, target: r.EntityRef) -> bool:
    """Every naming of `target` in the sentence modifies another noun (NAME_AS_MODIFIER)."""
    hits = [m.end() for m in name_rx(rf"(?<![\w-]){re.escape(target.label)}(?![\w-])").finditer(text)]
    return bool(hits) and all(NAME_AS_MODIFIER.match(text[e:]) for e in hits)


def note_deals(text: str, mentions, claims: list[r.Claim], state: DealState) -> None:
    """Remember the deals the sentence states (its clause readings, an offer by X for Y)."""
    for c in claims:
        for x in c.relations:
            if x.kind == "stake_deal" and x.target is not None and x.target.kind in ORG_KINDS and not _modifier(text, x.target):
                _add(state, x.agent, x.target)
                if x.detail == "sell" and c.subject.kind in ORG_KINDS and c.subject.label != x.target.label:
                    state.sellers.setdefault(x.target.label, c.subject)
        if c.predicate in _HEAD_PREDICATES and not c.relations and c.subject.kind in ORG_KINDS and c.others \
                and c.others[0].kind in ORG_KINDS and c.predicate != "sell-stake":
            _add(state, c.subject, c.others[0])
    orgs = [m for m in mentions if m.kind in ORG_KINDS]
    if not state.deals and len(orgs) >= 2 and _ACQ_GATE.search(text):
        for a, b in zip(orgs, orgs[1:]):
            between = text[a.end:b.start]
            if ACQUIRE_BETWEEN.match(between):
                _add(state, r.EntityRef(kind=a.kind, label=a.label), r.EntityRef(kind=b.kind, label=b.label))
            elif ACQUIRED_BY_BETWEEN.match(between):
                _add(state, r.EntityRef(kind=b.kind, label=b.label), r.EntityRef(kind=a.kind, label=a.label))
    for i, m in enumerate(orgs):
        if OFFER_FOR_BEFORE.search(text[:m.start]):   # "a tender offer for the Company's shares by X"
            nxt = next((o for o in orgs[i + 1:] if o.label != m.label and SHARES_BY.match(text[m.end:o.start])), None)
            if nxt is not None:
                # ("the Company's": the sentence's own "the Company" names the filer, whatever the possessive was linked to)
                own = next((o for o in orgs if o.text == "Company"), m) if m.text.startswith("Company") else m
                _add(state, r.EntityRef(kind=nxt.kind, label=nxt.label), r.EntityRef(kind=own.kind, label=own.label))
        if OFFER_BY_FOR.search(text[:m.start]):
            nxt = next((o for o in orgs[i + 1:] if OFFER_FOR.fullmatch(text[m.end:o.start])), None)
            if nxt is not None:
                _add(state, r.EntityRef(kind=m.kind, label=m.label), r.EntityRef(kind=nxt.kind, label=nxt.label))


def _add(state: DealState, buyer, target) -> None:
    if buyer is not None and buyer.label == target.label:
        return
    pair = (buyer, target)
    if pair in state.deals:
        return
    # a buyer named later for a deal already met without one
    state.deals = [d for d in state.deals if not (d[1] == target and d[0] is None)]
    state.deals.append(pair)


def deal_for(text: str, mentions, state: DealState) -> tuple[r.EntityRef | None, r.EntityRef] | None:
    """The deal a sentence's terms are of: the one deal of the document, or the one deal whose
    target or buyer the sentence names; None when that is not clear."""
    if not state.deals:
        return None
    if len({d[1] for d in state.deals}) == 1:
        return state.deals[-1]
    hit = [d for d in state.deals if _names(text, mentions, d[1]) or _names(text, mentions, d[0])]
    return hit[0] if len(hit) == 1 else None


def _names(text: str, mentions, who: r.EntityRef | None) -> bool:
    """The sentence names `who`: a mention, else its label or the label's first word as a word
    ("Crayon shareholders" for Crayon Group Holding)."""
    if who is None:
        return False
    if any(m.label == who.label for m in mentions):
        return True
    first = who.label.split()[0]
    return any(name_rx(rf"(?<![\w-]){re.escape(w)}(?![\w-])").search(text) for w in {who.label, first} if len(w) > 2)


def _speaks_of_deal(text: str, mentions, deal) -> bool:
    return bool(DEAL_WORDS.search(text)) or _names(text, mentions, deal[1])


def read_terms(text: str, moneys, percents, state: DealState | None = None,
               party=None) -> list[tuple[str, str, int, object, str | None]]:
    """The deal terms a sentence states, as (term, record name, offset, value, base): the value a
    Money or Percent of the sentence, or the text of a multiple, a period or a clause (pure but
    the multiple-list flag on `state`). `party(words)`: whether words name the deal's target (a
    record with `party` reads nothing without it)."""
    out: list[tuple[str, str, int, object, str | None]] = []
    used: set[int] = set()
    for i, t in enumerate(TERMS):
        before, after = _compiled(i)
        if t.kind in ("money", "percent"):
            for v in (moneys if t.kind == "money" else percents):
                if v.start in used or (t.kind == "percent" and getattr(v, "unit", "percent") != "percent"):
                    continue
                bm = before.search(text[:v.start]) if t.before else None
                if t.before and bm is None:
                    continue
                am0 = after.match(text[v.end:]) if after is not None else None
                obj = bm.group("obj") if bm is not None and "obj" in bm.groupdict() else (
                    am0.group("obj") if am0 is not None and "obj" in am0.groupdict() else None)
                if t.party and (party is None or obj is None or not party(obj)):
                    continue
                am = after.match(text[v.end:]) if after is not None else None
                if after is not None and am is None:
                    continue
                if t.term == "price per share" and NOT_DEAL_PER_SHARE.search(text):
                    continue
                base = am.group("base").strip() if am is not None and "base" in am.groupdict() and am.group("base") else None
                used.add(v.start)
                out.append((t.term, t.name, v.start, v, base))
        elif t.kind in ("multiple", "ratio"):
            if t.kind == "multiple" and NOT_DEAL_MULTIPLE.search(text):
                continue
            if t.kind == "multiple" and not (MULTIPLE_CONTEXT.search(text) or (state is not None and state.multiple_list)):
                continue
            for m in before.finditer(text):
                if m.start("v") not in used:
                    used.add(m.start("v"))
                    base = " ".join(m.group("base").split())
                    if "cash" in m.groupdict() and m.group("cash"):   # "0.8233 new X shares plus NOK 69 in cash": the whole of it
                        base += " " + " ".join(m.group("cash").split())
                    out.append((t.term, t.name, m.start("v"), m.group("v"), base))
        elif t.kind == "minor":   # a price in a currency's minor unit ("412 pence"), which money does not read
            if NOT_DEAL_PER_SHARE.search(text):
                continue
            for m in before.finditer(text):
                if m.start("v") not in used:
                    used.add(m.start("v"))
                    out.append((t.term, t.name, m.start("v"), (m.group("v"), m.group("base"), m.group("q").strip()), None))
        else:
            m = before.search(text)
            if m is not None:
                out.append((t.term, t.name, m.start("v"), " ".join(m.group("v").split()), None))
    return sorted(out, key=lambda x: x[2])


def _value(term: str, v, base: str | None) -> r.ClaimValue | None:
    if isinstance(v, tuple):   # (number, minor unit)
        try:
            num = Decimal(v[0].replace(",", "."))
        except InvalidOperation:
            return None
        q = "approx" if v[2] and not re.match(r"(?:up\s+to|just\s+(?:over|under))", v[2], re.I) else None
        return r.ClaimValue(role="amount", value=num, unit=v[1], qualifier=q, measure=term, text=f"{v[2]} {v[0]} {v[1]}".strip())
    if isinstance(v, str):
        if term == "multiple":
            try:
                num = Decimal(v)
            except InvalidOperation:
                return None
            return r.ClaimValue(role="multiple", value=num, unit="multiple", basis=base, measure="multiple", text=f"{v}x")
        if term == "exchange ratio":
            try:
                num = Decimal(v)
            except InvalidOperation:
                return None
            return r.ClaimValue(role="count", value=num, unit="shares", measure=term, text=f"{v} {base}")
        return r.ClaimValue(role="date" if term == "expected close" else "term", measure=term, text=v)
    q = v.qualifier if v.qualifier in ("at_least", "at_most", "approx") else None
    if hasattr(v, "currency"):
        return r.ClaimValue(role="amount", value=v.value, value_max=v.value_max, unit=v.currency, qualifier=q,
                            basis=base, measure=term, text=v.text)
    return r.ClaimValue(role="percent", value=v.value, value_max=v.value_max, unit="percent", qualifier=q,
                        basis=base, measure=term, text=v.text)


def _multiple_period(got, periods):
    """The period of a sentence's multiples: the one period the sentence names (that of the figure
    the multiple is of: "38.5x FY2025 adjusted EBITDA", "29x … EBITDA for the fiscal year ending 30
    June 2026"), when every term the sentence states is a multiple; else None."""
    if not periods or any(term != "multiple" for term, *_ in got):
        return None
    from .relations import _period
    found = {_period(p) for p in periods}
    return found.pop() if len(found) == 1 else None


def terms(text: str, mentions, moneys, percents, claims: list[r.Claim], evidence: r.Evidence,
          state: DealState, periods=()) -> list[r.Claim]:
    """The deal-terms claim of a sentence (at most one), after noting the deals it states: about
    the deal's target, the buyer among its others, one value per term (its measure the term),
    typed kg:DealTerm with one relation per term; [] when no deal is clear or no term is stated."""
    note_deals(text, mentions, claims, state)
    was_list = state.multiple_list
    state.multiple_list = bool("multiple" in fold(text) and MULTIPLE_INTRO.search(text) and re.search(r"\bmultiples?\b", text, re.I)) or (
        was_list and bool(TERMS_MULTIPLE.search(text)))
    deal = deal_for(text, mentions, state)
    if deal is None or OTHER_PARTY.search(text):
        return []
    got = read_terms(text, moneys, percents, DealState(multiple_list=was_list),
                     party=lambda words: _names(words, (), deal[1]) or any(m.label == deal[1].label and m.text in words for m in mentions))
    priced = _PRICED.search(text) is not None   # "the price implies 12.5x EBITDA": a multiple of the deal's price
    if not got or not (was_list or _speaks_of_deal(text, mentions, deal)
                       or any(_OWN[name] or (term == "multiple" and priced) for term, name, _, _, _ in got)):
        return []
    buyer, target = deal
    vals, rels = [], []
    for term, _name, _at, v, base in got:
        cv = _value(term, v, base)
        if cv is None:
            continue
        vals.append(cv)
        rel = r.ClaimRelation(kind="deal_term", target=target, agent=buyer, detail=term)
        if rel not in rels:
            rels.append(rel)
    if not vals:
        return []
    seller = state.sellers.get(target.label)
    others = tuple(x for x in (buyer, seller) if x is not None)   # (the seller: kg:mentions)
    return [r.Claim(subject=target, predicate="deal-terms", others=others, values=tuple(vals), relations=tuple(rels),
                    period=_multiple_period(got, periods), evidence=evidence)]


_OWN = {t.name: t.own for t in TERMS}
_PRICED = plain(r"\b(?:price|priced|implies|implied|implying|values?|valuing|valued)\b", re.I)
TERMS_MULTIPLE = plain(TERMS[[t.name for t in TERMS].index("deal-multiple")].before, re.I)
