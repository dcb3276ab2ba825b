"""The quantity registry: what a counted number measures, read from its unit or the noun it counts.

A number followed by a unit of measure ("26 megawatts (MW)", "1.2 GW") or by the noun it counts
("4,096 H100 GPUs", "about 13 billion parameters", "a 120-billion-parameter model", "12,000
employees") is a quantity when a record's words match its unit or the counted noun's head word (the
noun phrase's last word): power in MW/GW is capacity, parameters are a model's size,
GPUs/accelerators are compute, tokens are usage, users/subscribers/customers are users,
employees/staff are headcount, data centres are sites. A unit's value is stored with its record's
measure ("capacity"); a counted noun's with the noun itself ("mobile subscribers"). A noun no
record names ("10 Indian languages") keeps no measure.

Each record is data: its name (the measure), the unit label a value is stored with, the words
(regex) of its unit or head noun, the documents (of different sources) showing the phrasing, and
short invented examples. kV (a line's voltage) and MWh/GWh have no record: the seen documents show
each in one source only.

`quantity(noun)` gives the record for a counted noun (or unit word), `measure_of(noun, rec)` the
measure its value is stored with (a unit's record name, else the counted noun itself), `shown(text,
noun, rec)` the value with its unit as written ("26 megawatts", "13 billion parameters"). ("people"
has no record: "2.9 million people" is as often a population as a headcount.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    name: str                       # the measure the quantity is a figure of
    unit: str                       # the unit label a value is stored with
    words: str                      # regex: the unit word, or the counted noun's head word
    provenance: tuple[str, ...]     # documents of different sources showing the phrasing
    examples: tuple[str, ...] = ()  # short invented sentences
    unit_word: bool = False         # a unit of measure (MW), not a counted noun (GPUs)

    def __post_init__(self):
        object.__setattr__(self, "_rx", re.compile(rf"(?:{self.words})", re.I))


REGISTRY: tuple[Quantity, ...] = (
    Quantity("capacity", "MW", r"mw|megawatts?", unit_word=True,
             provenance=("probe18 start_campus_sines_local: 'The building has … megawatts (MW) of IT capacity'",
                         "probe14 07_vnet_week_in_review: 'wholesale capacity was … MW'",
                         "probe5 06 (SK Telecom): 'with an initial capacity of … megawatts'"),
             examples=("The hall has 18 megawatts of IT capacity.",)),
    Quantity("capacity", "GW", r"gw|gigawatts?", unit_word=True,
             provenance=("probe18 start_campus_sines_local: '… gigawatts (GW) of capacity by 2030'",
                         "probe6 p6_08 (Nebius): 'power for about … of capacity'"),
             examples=("The campus is to reach 0.9 gigawatts by 2030.",)),
    Quantity("model size", "parameters", r"parameters?",
             provenance=("probe18 sarvam_committee_hearing: 'a … language model of about … billion parameters'",
                         "probe5 05 (NTT tsuzumi 2): '… billion parameters'", "probe6 p6_07 (Zhipu): '… billion parameters'"),
             examples=("The model has 13 billion parameters.", "It is building a 70-billion-parameter model.")),
    Quantity("compute", "GPUs", r"gpus?|accelerators?|superchips?",
             provenance=("probe18 sarvam_committee_hearing: 'access to 4,096 Nvidia H100 GPUs'",
                         "probe3 r05 (Naver): '… GPUs'", "probe3 r08 (Deutsche Telekom): '… Nvidia GPUs'"),
             examples=("The lab trained its model on 2,048 H100 GPUs.",)),
    Quantity("tokens", "tokens", r"tokens?",
             provenance=("probe6 p6_07 (Zhipu): '… tokens'", "probe8 f06 (Moonshot Kimi): '… tokens'"),
             examples=("The service processes 40 billion tokens a day.",)),
    Quantity("employees", "employees", r"employees|staff|workers|headcount",
             provenance=("probe3 r06 (TCS): '… employees'", "probe5 07 (HCLTech): '… employees'"),
             examples=("The group employs 12,000 people.",)),
    Quantity("users", "users", r"users|subscribers|customers",
             provenance=("probe5 06 (SK Telecom): '… million users'", "probe6 p6_06 (Jio): '… million users'"),
             examples=("The app has 30 million monthly users.",)),
    # (issue52k) a volume of water in cubic metres: "shall not exceed 90.000 m³" (probe37 07_solaria), "would use up to
    # … m³ of water a year" (focusset27 held 25_nabiax), "Total water withdrawal was … cubic metres" (probe20
    # 05_atnorth_esg-report): stored as 'water' when its clause names water (water_measure), else 'volume'
    Quantity("volume", "m³", r"cubic\s+met(?:re|er)s|m³|m3", unit_word=True,
             provenance=("probe37 07_solaria_planning_register_decision: 'water consumption … shall not exceed … m³'",
                         "focusset27 held 25_nabiax_ngocampaign: 'would use up to … m³ of water a year'",
                         "probe20 05_atnorth_esg-report: 'Total water withdrawal was … cubic metres'"),
             examples=("The plant may draw 40,000 m³ of water a year.",)),
    Quantity("data centres", "data centres", r"data\s*cent(?:re|er)s|facilities|campuses",
             provenance=("probe7 p7_08 (OVHcloud): '… data centers'", "probe13 khazna: '… data centres'",
                         "probe18 teraco_solarafrica_release: '… data centres'"),
             examples=("The operator runs 14 data centres.",)),
)

def _stem(words: str) -> set[str]:
    """The literal start of each top-level alternative of a head-word pattern ("gpus?" -> "gpu",
    "data\\s*cent(?:re|er)s" -> "data")."""
    alts, depth, cur = [], 0, ""
    for ch in words:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alts.append(cur)
            cur = ""
        else:
            cur += ch
    out = set()
    for alt in [*alts, cur]:
        m = re.match(r"[a-z]+", alt.lower())
        if m:
            out.add(m.group(0)[:-1] if alt[m.end():m.end() + 1] in ("?", "*") else m.group(0))
    return out


# the literal start of each head word: a text holding none of them holds no counted noun of the
# registry (a cheap gate for values' spelled counts)
HEAD_STEMS: tuple[str, ...] = tuple(sorted(set().union(*(_stem(q.words) for q in REGISTRY)) - {""}))


# the counted noun's head word: its last word ("h100 gpus" -> "gpus"), or the phrase ("data centres")
_HEAD = re.compile(r"(?:data\s*cent(?:re|er)s|cubic\s+met(?:re|er)s|[\w-]+)$", re.I)


def quantity(noun: str | None) -> Quantity | None:
    """The record whose unit or head word the counted noun `noun` ends with, or None."""
    if not noun:
        return None
    m = _HEAD.search(noun.strip())
    if m is None:
        return None
    head = m.group(0)
    return next((q for q in REGISTRY if q._rx.fullmatch(head)), None)


def measure_of(noun: str | None, rec: Quantity | None) -> str | None:
    """The measure a quantity's value is stored with: a unit of measure gives its record's name
    ("26 megawatts" -> "capacity"); a counted noun is its own measure, its head word kept ("58.9
    million mobile subscribers" -> "mobile subscribers", "4,096 H100 GPUs" -> "h100 gpus"), so a
    question naming the noun finds it and one naming another noun does not."""
    if rec is None or not noun:
        return None
    return rec.name if rec.unit_word else " ".join(noun.split())


_WATER = re.compile(r"\bwater\b", re.I)


def water_measure(clause: str, rec: Quantity | None) -> str | None:
    """'water' for a volume whose clause names water ("water consumption … 90.000 m³", "m³ of water"), else None.

    >>> water_measure("the annual water consumption shall not exceed 90.000 m³", quantity("cubic metres"))
    'water'
    >>> water_measure("the tank holds 400 m³", quantity("cubic metres")) is None
    True
    """
    return "water" if rec is not None and rec.name == "volume" and _WATER.search(clause) else None


def shown(value_text: str, noun: str | None, rec: Quantity | None) -> str | None:
    """The value as written with its unit ("26 megawatts", "13 billion parameters") for a quantity
    of a registered unit or counted noun; None for any other count (its text stays as it is)."""
    if rec is None or not noun:
        return None
    return f"{value_text} {noun}"


# unit-word-no-measure: a counted "noun" that is a currency, a scale word or a unit of measure is the
# number's unit, never what it measures ("292 mkr" read as measure 'mkr', "4 mdr kr" as 'kr', "3,600-3,700
# MHz band" as 'mhz band'); a value whose only noun is such a word has no measure and stays a plain claim.
# Sources: probe24 02_fortnox_swedish_daily ('mkr', 'kr'), probe24 04_mobifone_spectrum_decision ('mhz band'),
# probe22 03_retelit_italian_translation (a currency lost, 'destined'); the scale words of scale_words.py and
# the ISO codes of currencies.py are the registries read.
def _unit_words() -> re.Pattern:
    from .currencies import CURRENCIES
    from .scale_words import ALL_WORDS, FUSED
    words = {w.rstrip(".").lower() for w in FUSED if " " not in w}
    # every scale word of the one registry ("mio", "triliun", "tỷ", "crore", "eok"), but the one-letter forms
    # and the ones that are English words of their own ("man", "jo")
    words |= {re.escape(s.rstrip(".").lower()) for w in ALL_WORDS if not w.needs_currency_word for s in w.spellings
              if " " not in s and (len(s) > 1 or not s.isascii())
              and s not in ("thousand", "million", "billion", "trillion", "mil")}   # ("3 million users": read before the noun)
    words |= {c.code.lower() for c in CURRENCIES if not c.word}
    words |= {"kr", "kronor", "kroner", "krone", "mn", "mln", "bn", "mld", "mdr", "crores", "lakhs",
              "euros?", "dollars?", "yen", "yuan", "won", "rupees?", "reais"}
    words -= {"man", "jo", "cho", "yi", "wan"}
    units = r"[kmgtp]?hz|(?:kilo|mega|giga|tera|peta)?hertz|[kmgtpe]i?b|[kmgtp]bps|(?:kilo|mega|giga|tera|peta|exa)bytes?"
    return re.compile(rf"^(?:{'|'.join(sorted(words, key=len, reverse=True))}|{units})\.?(?![\w&-])", re.I)


_UNIT_WORD = _unit_words()


def unit_not_measure(noun: str | None) -> bool:
    """Whether a counted noun starts with a currency, scale word or unit symbol, so is the number's unit
    and names no measure.

    >>> unit_not_measure("mkr"), unit_not_measure("MHz band"), unit_not_measure("kr"), unit_not_measure("petabytes")
    (True, True, True, True)
    >>> unit_not_measure("customers"), unit_not_measure("GPUs"), unit_not_measure("engineers")
    (False, False, False)
    """
    return bool(noun) and _UNIT_WORD.match(noun.strip()) is not None
