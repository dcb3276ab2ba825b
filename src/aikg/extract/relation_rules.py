"""Relation phrasings as named rule records: segment membership read off rows under a unit
heading, what a product or tool runs on, and a unit named only as a partner.

Each record holds its pattern, the lower-case trigger words it cannot match without (`gate`, a
cheap test first), short invented examples (tests/test_relation_rules.py checks each is read) and
where the phrasing was met (`provenance`: documents of different sources). The code that applies
them is in `relations.py` (segment_rows, segment_membership, runs_on, segments).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain
from .entities import NAME_SEQ
from .firm_nouns import firm_nouns


@dataclass(frozen=True)
class RelationPattern:
    name: str
    pattern: re.Pattern
    gate: tuple[str, ...]
    examples: tuple   # invented sentences (or, for a rule whose test checks its reading, (sentence, expected …))
    provenance: tuple[str, ...]

    def gated(self, low: str) -> bool:
        return not self.gate or any(map(low.__contains__, self.gate))


# A heading or lead line that says the lines under it are the company's units: "Contribution by
# line of business (…)", "Segment revenue in the quarter:", "Results by division".
UNIT_HEADING = RelationPattern(
    name="unit-heading",
    pattern=plain(r"\b(?:(?:by|per)\s+(?:(?:business|operating|reporting)\s+)?(?:segments?|divisions?|units?|lines?\s+of\s+business|business(?:\s+lines?|\s+units?)?)"
                  r"|(?:segment|division|business[\s-]unit)\s+(?:revenue|sales|results|profit|income|contribution)s?)\b", re.I),
    gate=("segment", "division", "unit", "business"),
    examples=("Contribution by line of business (net profit, 2Q26, millions)",
              "Segment revenue in the quarter:"),
    provenance=("probe17 04 Credicorp: 'Contribution by line of business (net income attributable, 3Q25, S/ millions)'",
                "probe10 Blinkit/Eternal: 'Segment revenue in the quarter:'"),
)

# A row under a unit heading: the unit's name, what it holds in brackets, then its figure after a
# dot leader, a colon, a bar or a run of spaces. The names in the brackets are in the unit.
UNIT_ROW = RelationPattern(
    name="unit-row-members",
    pattern=plain(r"^\s*(?:[-*•·]\s*)?(?P<name>[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+|of\s+|for\s+|[a-z][\w-]*\s+(?=[A-Z]))?[A-Z][\w&'’-]*){0,4})\s*"
                  r"\((?P<inner>[^()]{2,90})\)\s*(?:\.{3,}\s*$|(?:\.{3,}|:|\||\s{2,}|[-–—])\s*(?:[A-Z]{3}\s?|[A-Z]{0,3}[$€£¥₹]|S/|Rs\.?)?\s*\d)"),
    gate=("(",),
    examples=("  Retail Banking (Norbank, Norbank Online) ........ 812",
              "- Travel (Jetwise): $1.2 billion, up 9%",
              "- Business (including eNorda): NOK 4.1 billion"),
    provenance=("probe17 04 Credicorp: '  Universal Banking (BCP Stand-alone, BCP Bolivia) ........ 1,202'",
                "probe10 Blinkit/Eternal: '- Quick commerce (Blinkit): ₹1,709 crore, up 122%'",
                "probe16 08 PLDT: 'By business, service revenues were:' then '- Enterprise (including ePLDT): PHP 49.5 billion'"),
)

# A row under a unit heading without members: its name is a unit the text may later place things
# in ("Other / eliminations ..... 28", then "Tenpo is reported within Other").
UNIT_ROW_NAME = RelationPattern(
    name="unit-row-name",
    pattern=plain(r"^\s*(?:[-*•·]\s*)?(?P<name>[A-Z][\w&'’-]*(?:\s*(?:/|&|and|of|for)?\s*[A-Z]?[\w&'’-]+){0,4}?)\s*(?:\.{3,}\s*$|(?:\.{3,}|\|)\s*(?:[A-Z]{0,3}[$€£¥₹]|S/|Rs\.?)?\s*\d)"),
    gate=("...", "|"),
    examples=("  Other / eliminations ...................... 31",),
    provenance=("probe17 04 Credicorp: '  Other / eliminations ..... 28' then 'Tenpo (Chile) and the Krealo fintech vehicle are reported within Other'",
                "probe12 Larsen & Toubro: 'it is reported within Others' (a unit named by the segment list first)"),
)

# "its results are reported within Y": the item is the clause's subject named at the sentence's
# start, like "it is reported within Y".
OWN_FIGURES = RelationPattern(
    name="own-figures-placed",
    pattern=plain(r"(?:its|their)\s+(?:results|figures|numbers|revenues?|sales|earnings|profits?)", re.I),
    gate=("its", "their"),
    examples=("Tally, the payments app, is run by Norbank and its results are reported within Retail Banking.",),
    provenance=("probe17 04 Credicorp: 'Yape, the digital wallet, is operated by … (BCP) and its results are reported within Universal Banking'",
                "probe12 Larsen & Toubro: '…; it is reported within Others', probe11 03 Panasonic: 'it is reported within Connect'"),
)

# "A and B run on MODEL", "an assistant built on MODEL": the model powers what the clause names
# before the verb. Only a model named right after the verb (no "its own", no hardware: the hardware
# relation is typed.py's).
RUNS_ON = RelationPattern(
    name="runs-on-model",
    pattern=plain(r"(?P<list>[^,;:()]{3,120}?)\s+(?:run|runs|running|is\s+built|are\s+built|built|is\s+powered|are\s+powered|powered)\s+(?:on|by)\s+(?:(?:the|[A-Z][\w&.-]*['’]s)\s+)?(?=[A-Z])"),
    gate=("run", "built", "powered"),
    examples=("The bank's fraud checker and its call summaries run on Orion 3 Mini through a cloud service.",
              "Its chatbot runs on Vega-2."),
    provenance=("probe17 04 Credicorp: 'the bank's internal coding assistant and customer-service summarisation run on Gemini 2.0 Flash through Vertex AI'",
                "probe13 OpenText: 'Content Aviator and the new Aviator Studio for building agents run on … Google's Gemini models'",
                "probe17 06 Systems: 'a platform for enterprise agents running on Microsoft Azure OpenAI (GPT-4.1 …)'"),
)

# "its collaboration with X", "its partnership with X": X is the partner, not a unit of the
# company, though "its" precedes it.
PARTNER_NOT_UNIT = RelationPattern(
    name="partner-not-unit",
    pattern=plain(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:collaboration|partnership|alliance|deal|agreement|contract|work|ties|relationship)s?\s+(?:with|alongside)\s+(?:[\w-]+\s+){0,2}?(?=[A-Z])"),
    gate=("collaborat", "partner", "alliance", "deal", "agreement", "contract", "work", "ties", "relationship"),
    examples=("Norbank widened its collaboration with Acme Cloud this year.",),
    provenance=("probe17 04 Credicorp: 'BCP expanded its collaboration with Google Cloud'",
                "probe12 Soitec: 'its SmartSiC collaboration with STMicroelectronics'",
                "probe7 03 Hitachi: 'its partnership with Nvidia to build …'"),
)

# 'launched "X", a … assistant': the quoted words right after the launch verb are the product's
# name, even where a shorter known name sits inside them (typed.relations, kind "launch").
QUOTED_LAUNCH = RelationPattern(
    name="quoted-launch-name",
    pattern=plain(r"\s+(?:(?:a|an|its|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:called|named)\s+)?[\"“](?P<name>[A-Z][^\"“”]{1,40}?)[\"”]"),
    gate=('"', "“"),
    examples=('Tally launched "Tally Plus", an assistant that splits bills.',
              'Orvane launched a new tool called "Orvane Scribe" in May.'),
    provenance=("probe17 04 Credicorp: 'Yape launched \"Yape IA\", a conversational assistant that …'",
                "probe13 Tietoevry: 'Create launched \"Tietoevry GenAI Studio\", a delivery framework built on …'"),
)

# "is a global partner of A and B", "as the official peripherals partner of the C": A, B and C are
# partners of the clause's subject (typed.relations, kind "partnership") when each is a known
# organisation; a name nothing recognises stays in the claim (probe17 Logitech's Esports World Cup:
# a typed partnership with it alone answered "which sponsorships" with one of the two).
PARTNER_OF = RelationPattern(
    name="partner-of",
    pattern=plain(r"\b(?:is|was|are|were|as|became|becomes|remains)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?partner\s+(?:of|to)\s+(?:the\s+)?"
                  r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})(?:\s+and\s+(?:the\s+)?(?P<name2>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4}))?"),
    gate=("partner of", "partner to"),
    examples=("Orvane signed a deal as the official cloud partner of Microsoft.",
              "Norbit is a global partner of Cisco and Microsoft."),
    provenance=("probe17 07 Logitech: 'signed a multi-year deal in 2025 as the official peripherals partner of the Esports World Cup'",
                "probe14 03 Datatec: 'Logicalis is a global partner of Cisco and Microsoft'"),
)

# "1.9 million users tried it", "31,000 merchants used it": the usage is of the product the
# paragraph launched, not of the company that says so (typed.relations, kind "usage").
USES_IT = RelationPattern(
    name="uses-it",
    pattern=plain(r"\b(?:tried|try|use|used|uses|using|downloaded|adopted)\s+it\b"),
    gate=(" it",),
    examples=("Tally said 2 million users tried it within a month.",),
    provenance=("probe17 04 Credicorp: 'Yape launched \"Yape IA\" … Yape said 1.9 million users tried it within six weeks'",
                "probe14 04 Locaweb: 'about 31,000 merchants used it in the quarter'",
                "probe13 OpenText: 'More than 60,000 business customers use it'"),
)

# "competes with A, B, C and D": a list of two or more capitalised names right after a competition
# cue, each item a name alone, ends at the clause ("," + lower case, "in …", ";", "."). Each name is a
# rival even where no list of names knows it (a discovered company); names the text already
# recognises are read as before (relations.competition).
_RIVAL_NAME = r"[A-Z][\w&.'’]*(?:-[A-Z0-9][\w&.'’]*)*(?:\s+(?:&\s+)?[A-Z0-9][\w&.'’]*(?:-[A-Z0-9][\w&.'’]*)*){0,4}"
RIVALS_LISTED = RelationPattern(
    name="rivals-listed",
    pattern=plain(rf"(?P<list>{_RIVAL_NAME}(?:,\s+{_RIVAL_NAME})*,?\s+and\s+{_RIVAL_NAME})"
                  r"(?=\s*(?:[.;]|$|,\s+(?:and\s+)?[a-z]|\s(?:in|for|on|among|as|across)\s))"),
    gate=("compet", "rival"),
    examples=("Orvane competes with Pellmark, Tessaly Systems and Quillon Data in Europe.",
              "The merged group would compete with Corvane, Brightwell and Harrow IT, and with the cloud providers."),
    provenance=("probe18 01 SoftwareOne/Crayon: 'the combined group would compete with … , … , … and …, and with the partner programmes of the hyperscalers'",
                "probe12 Larsen & Toubro: 'competes with … Projects, … Infrastructure and … Projects International; in data centres with …'",
                "probe16 02 Tower: 'competes with GlobalFoundries, UMC and Vanguard International Semiconductor'"),
)

# "a sixth segment, Banking Services, has been added", "The largest sibling, Management, houses …":
# the name between the commas is a unit of the company, the one a following "It contains …" means;
# a contents verb right after the apposition says what the unit holds. Only in a text that speaks of
# segments (a "line" or "sibling" is a unit only there).
UNIT_APPOSED = RelationPattern(
    name="ordinal-unit-apposition",
    pattern=plain(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|new|largest|smallest|biggest|remaining|last)\s+"
                  r"(?:(?:reporting|operating|business)\s+)?(?:segment|division|unit|business\s+line|line|sibling|business\s+unit)\s*,\s+"
                  r"(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'’/.-]*){0,4}),\s*(?P<rest>.*)$"),
    gate=("segment", "division", "unit", "line", "sibling"),
    examples=("From January a fifth segment, Payments Hub, has been added.",
              "The largest sibling, Core Banking, houses the billing platform and the HR tools."),
    provenance=("probe16 01 Netcompany: 'From the second quarter of 2025 a sixth segment, <unit>, has been added. It contains <company> …'",
                "probe12 04 Totvs/RD Station: 'The largest sibling, <unit>, houses the ERP franchise along with …' and 'The third line, <unit>, offers …'"),
)
APPOSED_HOLDS = plain(r"^(?:also\s+)?(?:houses|holds|contains|includes|covers|comprises|groups|bundles)\s+(?P<list>.+)$")

# "P Global, the international segment that bundles A, B and C, contributed …": the name before the
# apposition is a unit of the company, the apposition's list what it holds.
UNIT_THAT_HOLDS = RelationPattern(
    name="unit-apposition-that-holds",
    pattern=plain(r"(?:^|[.;:]\s+|,\s+(?:and\s+|while\s+)?)(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'’/.-]*){0,4}),\s+"
                  r"(?:the|its|our|their)\s+(?:[\w-]+\s+){0,3}?(?:segment|division|business\s+unit|unit)\s+(?:that|which)\s+(?:now\s+)?"
                  r"(?:bundles|houses|holds|includes|contains|groups|covers|combines|comprises)\s+(?P<list>[^;]+?)(?=\s+(?:—|–|--)\s|,\s+(?:contributed|generated|posted|recorded|reported|earned|made|grew|rose|fell|was|had)\b|[;.]\s|\.?$)"),
    gate=("segment that", "segment which", "unit that", "unit which", "division that", "division which"),
    examples=("Orvane Global, the international segment that bundles the carrier Norlink and the broker Telpay, contributed EUR 1.2 billion.",),
    provenance=("probe15 03 Proximus: '<unit>, the international segment that bundles the carrier business <A>, the communications-platform company <B> and the Indian messaging firm <C>, contributed EUR …'",
                "devset5 t07 Fujitsu: '<unit>, the segment that houses the company's consulting, system integration, cloud and managed-services businesses — including …'"),
)

# "the Technology segment (A, the collaboration tool B and C) recorded revenue of …": a unit named with
# its unit word, then a bracket listing what it holds, then the verb of its figure (issue47s).
UNIT_BRACKET_FIGURE = RelationPattern(
    name="unit-bracket-then-figure",
    pattern=plain(r"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?P<name>[A-Z][\w&'’/.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'’/.-]*){0,4}"
                  r"|[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}?)\s+(?P<word>segment|division|business\s+line|business\s+unit|business|unit)"
                  r"\s+\((?P<inner>[^()]{3,160})\),?\s+(?:recorded|posted|reported|generated|contributed|brought\s+in|booked|delivered|earned|"
                  r"made|had|grew|rose|increased|fell|declined|remained)\b"),
    gate=("(",),
    examples=("By segment, the Cloud segment (Orvane Cloud, the chat tool Orvane Talk and the reseller Orvane Hosting) recorded revenue of $5 million.",
              "The services business (maintenance and managed services) contributed $1.1 million."),
    provenance=("probe19 03 NHN (Korean daily in translation): 'By segment, the Technology segment (<A>, the collaboration tool <B> and "
                "the Japanese cloud reseller <C>) recorded revenue of 5,000 eok won'",
                "probe25 02 Metrodata (Indonesian daily in translation): 'while the services business (maintenance and managed "
                "services) contributed Rp 1,1 triliun'"),
)

# "The private cloud line includes A", "The consumer business covers A, B and C": a unit named in
# common words with its unit word opens the sentence, a contents verb says what it holds (issue47s).
UNIT_NOUN_HOLDS = RelationPattern(
    name="unit-noun-holds",
    pattern=plain(r"^(?:The|Its|Our|Their)\s+(?P<name>(?:[A-Z]{2,4}\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
                  r"(?P<word>segment|division|business|line|unit|business\s+line|business\s+unit)\s+(?:also\s+)?"
                  r"(?:includes|covers|comprises|contains|houses|spans|groups|bundles)\s+(?P<list>.+)$"),
    gate=("includes", "covers", "comprises", "contains", "houses", "spans", "groups", "bundles"),
    examples=("The private hosting line includes the Nimbo orchestration platform.",
              "The consumer business covers Orva phones, home routers and tablets."),
    provenance=("probe13 netweb_fy25_results_page: 'The private cloud line includes the <product> GPU-aggregation and orchestration platform.'",
                "probe10 zte_2024_results: 'The consumer business covers <A> and <B> smartphones, home broadband terminals and mobile internet devices.'",
                "probe3 r07_broadcom: 'The semiconductor solutions segment includes the custom AI accelerators …'"),
)

# "agreed to buy the Norwegian pharmacy software maker Apotekdata Norge for …", "to acquire
# data-streaming specialist Confluent", "buy Australian cyber-security firm The Missing Link": the
# words between the verb of acquiring and the name describe the target, a noun for a firm last; the
# name after that noun is the company bought (issue51b). `relations._acquired` matches it right
# after the trigger; no preposition may sit among the describing words ("bought back shares from the
# company X" describes no target).
FIRM_NOUNS = firm_nouns("group")
ACQUIRED_DESCRIBED = RelationPattern(
    name="acquired-described-target",
    pattern=plain(rf"\s+(?:the\s+|an?\s+)?(?:(?!(?:for|from|in|of|at|on|by|with|to|and|or|as|its|their)\s)[\w-]+\s+){{0,5}}?"
                  rf"{FIRM_NOUNS}\s+(?P<name>{NAME_SEQ})(?![\w$€£¥₩])"),   # (not the "A" of "A$98 million")
    gate=("compan", "firm", "consultancy", "specialist", "provider", "maker", "developer", "business", "operator",
          "start", "studio", "supplier", "integrator", "agency", "vendor", "manufacturer", "boutique", "distributor",
          "publisher", "retailer", "lender", "insurer", "group"),
    examples=("Orvane agreed to buy the Danish payroll software maker Kvist Lon for 90 million kronor.",
              "Pellmark will acquire data-labelling specialist Quorra for $40 million."),
    provenance=("probe36 07 Vitec (radio bulletin script): 'Vitec has agreed to buy the Norwegian pharmacy software maker <target> "
                "for three hundred and ten million kronor'",
                "probe2 q05 Infosys (news story): 'it agreed to buy Australian cyber-security firm <target> for A$98 million'",
                "devset5 t02 IBM (broker note): 'has agreed to acquire data-streaming specialist <target> for $31 per share'",
                "focusset27 05 Cellebrite (ethics profile): 'agreed in 2025 to buy the virtualisation company <target>'"),
)

RULES = (UNIT_HEADING, UNIT_APPOSED, UNIT_THAT_HOLDS, UNIT_BRACKET_FIGURE, UNIT_NOUN_HOLDS, UNIT_ROW, UNIT_ROW_NAME, OWN_FIGURES, RUNS_ON, PARTNER_NOT_UNIT, QUOTED_LAUNCH, PARTNER_OF, USES_IT, RIVALS_LISTED, ACQUIRED_DESCRIBED)
