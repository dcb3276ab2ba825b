"""The verb-class lexicon of relations between two entities, as named data records.

One record per class of verbs that links two named entities (a buyer and what it buys, an owner and
what it owns, a supplier and its customer, a lender and what it finances): the trigger in active
voice ("X acquired Y"), the trigger in passive voice ("Y, owned by X"), which role the clause's
subject plays, where the other side is named, the entity kinds it may be, and what the reading
yields (`yields`): a typed fact or claim relation where the schema has one (kg:StakeDeal,
kg:StakeHeld, kg:Competition), else a kg:Claim with the class's normalised predicate and the
other side as its object. The reader is `clause_relations.py`; `tests/test_verb_classes.py`
checks that every example is read by its own record.

Triggers are verbs and their inflections, never names or corpus phrases; each record names two
documents of different sources where the phrasing was met (`provenance`).
"""
from __future__ import annotations

from dataclasses import dataclass

ORGS = ("Company", "Organization", "Segment")
THINGS = ("Product", "AIModel", "ModelFamily", "Application", "Project")


@dataclass(frozen=True)
class VerbClass:
    name: str                 # the class ("acquire", "own", …) and the claim's predicate when no kind fits
    gate: tuple[str, ...]     # lower-case text a trigger cannot match without (a cheap test first)
    active: str | None        # trigger, active voice: the clause's subject is the agent, the object follows
    passive: str | None       # trigger, passive voice ending in "by": the patient comes before, the agent after
    agent: str                # the agent's role ("buyer", "owner", "supplier", …)
    patient: str              # the other side's role ("target", "owned", "customer", …)
    object_after: str | None = None  # active voice: the object is named after this word ("to" the customer), else right after the verb
    patient_kinds: tuple[str, ...] = ORGS
    yields: str = "claim"     # "stake_deal", "stake_held", "competition" or "claim"
    examples: tuple[str, ...] = ()   # invented sentences: (sentence, agent, patient)
    provenance: tuple[str, ...] = ()


CLASSES: tuple[VerbClass, ...] = (
    VerbClass(
        "acquire", ("acqui", "bought", "buy", "took", "take", "paid", "pays", "paying", "purchase"),
        active=r"(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|t(?:ook|akes?|aking)\s+over|complet(?:ed|es|ing)\s+(?:the|its)\s+(?:acquisition|purchase|takeover)\s+of"
               r"|t(?:ook|akes?|aking)(?=\s+(?:a|an)\s+(?:[\w.%-]+\s+){0,3}?stake\b)|pa(?:id|ys|ying)\s+(?:[^,;]{1,40}?\s+)?for(?=\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d+(?:\.\d+)?\s?%\s+of\b))",
        passive=r"(?:acquired|bought|taken\s+over|purchased)\s+(?:in\s+\d{4}\s+)?by",
        agent="buyer", patient="target", yields="stake_deal",
        examples=(("Orvane Data acquired a 40% stake in Pellmark Systems last year.", "Orvane Data", "Pellmark Systems"),
                  ("Orvane Data paid about $90 million for roughly 12% of Pellmark Systems.", "Orvane Data", "Pellmark Systems"),
                  ("Orvane Data took a 3% stake in Pellmark Systems for $40 million.", "Orvane Data", "Pellmark Systems"),
                  ("Pellmark Systems was acquired by Orvane Data in 2021.", "Orvane Data", "Pellmark Systems"),
                  ("Brightwell, which bought Quillon Data in 2022, makes sensors.", "Brightwell", "Quillon Data")),
        provenance=("probe18 08 Teraco: '…, which acquired a 55% stake at an enterprise value of about …'",
                    "probe11 Altera: 'Silver Lake bought a 51% stake from Intel in a deal valuing Altera at …'",
                    "probe14 Coforge: 'PureSoftware, bought in 2024 at an enterprise value of …'",
                    "probe3 Sony: 'It paid about ¥50 billion for roughly 10% of …, and took a 2.5% stake in … for about …'",
                    "probe9 Cisco: '…, which Cisco bought for about $28 billion'; probe10 Blinkit: 'When Zomato bought the struggling grocery app Grofers'")),
    VerbClass(
        "sell", ("sell", "sold", "divest", "dispos", "offload"),
        active=r"(?:sell(?:s|ing)?|sold|divest(?:s|ed|ing)?|dispos(?:e|es|ed|ing)\s+of|offload(?:s|ed|ing)?)",
        passive=None, agent="seller", patient="target", object_after="to", yields="stake_deal",
        examples=(("Corvane agreed to sell a 60% stake in Tessaly Cloud to Harrow Partners.", "Harrow Partners", "Tessaly Cloud"),
                  ("Brightwell sold its printer unit to Quillon Data for $90 million.", "Quillon Data", None)),
        provenance=("probe18 06 Spark: 'agreed to sell a 75% stake in … to … in a deal valuing the business at …'",
                    "probe9 Telefonica: 'sold its Argentine unit to Telecom Argentina …, and agreed to sell its Uruguay business to Millicom'")),
    VerbClass(
        "own", ("owned", "controlled", "backed", "held by"),
        active=None,
        passive=r"(?:(?:\d+(?:\.\d+)?\s?%|majority|minority|wholly|jointly|partly|partially|fully)[\s-]+)?(?:owned|controlled|backed|held)\s+(?:since\s+\d{4}\s+|now\s+|also\s+)?by",
        agent="owner", patient="owned", yields="stake_held",
        examples=(("Skarn Data, a firm jointly owned by Orvane and Pellmark, runs the site.", "Orvane", "Skarn Data"),
                  ("Tessaly Cloud is majority owned by Brightwell Capital.", "Brightwell Capital", "Tessaly Cloud"),
                  ("Quillon, the lender controlled by investment firm Harrow Partners, grew 4%.", "Harrow Partners", "Quillon")),
        provenance=("probe13 Sakura/Skygard: 'Skygard, a company jointly owned by Telenor and the Oslo energy group Hafslund'",
                    "probe15 Telenet: 'Telenet, owned by Liberty Global, remains the main competitor'",
                    "probe8 Hexaware: 'the Mumbai-headquartered IT services company controlled by private equity firm Carlyle'",
                    "probe5/probe13 Humain: 'backed by Saudi Arabia's Public Investment Fund'",
                    "probe18 08 Teraco: 'has been majority owned since 2022 by …'")),
    VerbClass(
        "supply", ("suppl",),
        active=r"suppl(?:y|ies|ied|ying)", passive=r"supplied\s+by",
        agent="supplier", patient="customer", object_after="to",
        examples=(("Orvane supplies cooling units to Pellmark Systems.", "Orvane", "Pellmark Systems"),
                  ("The chips are supplied by Tessaly Semiconductor.", "Tessaly Semiconductor", None)),
        provenance=("probe13 Wistron: 'Wistron also supplies GPU baseboards to Wiwynn'",
                    "probe13 Netweb: 'Netweb supplies hardware to some of those providers'",
                    "probe3 Nvidia/Naver: 'Nvidia said it would supply more than 260,000 of its Blackwell GPUs to Korean companies'")),
    VerbClass(
        "finance", ("financ", "funded", "loan"),
        active=r"(?:signed|secured|raised|took\s+out|agreed|arranged)\s+(?:an?\s+)?(?:[^\s,;]+\s+){0,5}?(?:loan|facility|financing|credit\s+line)\s+(?:with\s+(?:[^\s,;]+\s+){1,6}?)?to\s+(?:fund|finance|build|refinance|pay\s+for)",
        passive=r"(?:financed|funded)\s+by",
        agent="financer", patient="financed",
        examples=(("In May the company signed a $900 million loan with four banks to fund Helix-2.", "the company", "Helix-2"),),
        provenance=("probe18 04 Start Campus: 'the company signed a €1.5 billion green loan with a group of banks to fund …'",
                    "probe15 DCI: 'In May DCI signed a Rp … loan … to …' and 'funded by operating cash flow and bank loans'",
                    "probe18 08 SolarAfrica: 'is financed by a consortium of South African lenders'")),
)

# A clause whose subject is a definite description of an asset ("The 120 MWp solar plant …", "The
# facility will …") is about the asset the paragraph named last ("its Sun Central cluster"):
# clause_relations reads it as the agent. Seen: probe18 08 SolarAfrica ('its Sun Central cluster …
# The 120 MWp solar photovoltaic plant near De Aar will supply electricity to Teraco'), probe9 KDDI
# ('… The facility will run on Nvidia GB200 NVL72 …'), probe3 Deutsche Telekom ('The facility will be
# run by T-Systems').
ASSET_NOUNS = ("plant", "campus", "facility", "cluster", "project", "site", "park", "farm", "data centre",
               "building", "complex", "fab", "factory")

# "a deal valuing the business at …", "which values Mistral at …", "at an enterprise value of …":
# the amount after it is the deal's value (kept on the stake deal's claim as its measure)
DEAL_VALUE = (r"(?:valu(?:ing|es|ed)\s+(?:[^\s,;]+\s+){0,5}?at|(?:at\s+)?an?\s+enterprise\s+value\s+of|(?:at\s+)?an?\s+valuation\s+of)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
DEAL_VALUE_PROVENANCE = ("probe18 06 Spark: 'in a deal valuing the business at an enterprise value of NZ$486 million'",
                         "probe5 Spirent: 'in a cash deal valuing the company at about £1.8 billion'",
                         "probe3 Mistral: 'which values Mistral at €11.7 billion after the money'",
                         "probe14 Coforge: 'bought in 2024 at an enterprise value of ₹779 crore'")

BY_CLASS = {c.name: c for c in CLASSES}
