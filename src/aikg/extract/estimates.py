"""Values that are someone's estimate, not a figure the company reported: the consensus, analysts'
forecasts, a broker's own estimates (its "FY3/26E" rows, "our $11.1 billion", "our FY26 revenue
estimate"). The figure readers (`figures.py`) type none of them as the company's figure: the
consensus and others' forecasts stay claims; the writer's own estimate (`own`) is typed as an
estimate ("revenue estimate"), which an estimate question asks for.

Each rule is a named record: the words the text before the value ends with (`before`, searched in
the `window` characters before it) and/or the words right after it (`after`), short invented
examples and the documents of different sources that show the phrasing. `estimate_rule(text,
start, end)` is the first rule that holds for the value at text[start:end], or None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..pattern_cache import plain

QUAL = r"(?:(?:about|around|roughly|some|nearly|approximately|an\s+estimated|more\s+than|over|at\s+least)\s+)?"
# a year or fiscal year marked as an estimate: "2026E", "FY3/26E", "CY26E", "FY27E"
ESTIMATE_YEAR = r"(?<![\w/])(?:FY|CY)?(?:\d{1,2}/)?(?:\d{2}|(?:19|20)\d{2})E\b"


@dataclass(frozen=True)
class EstimateRule:
    name: str
    before: str = ""               # the text before the value ends with this ("" = anything)
    after: str = ""                # the text after the value starts with this ("" = anything)
    window: int = 60               # how far back `before` may reach
    own: bool = False              # the writer's own estimate: kept as "<measure> estimate", not dropped
    consensus: bool = False        # the analysts' consensus (their average, a poll): kept as "<measure> consensus"
    examples: tuple[str, ...] = ()
    provenance: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "_before", plain(rf"(?:{self.before})$", re.I) if self.before else None)
        object.__setattr__(self, "_after", plain(self.after, re.I) if self.after else None)


RULES: tuple[EstimateRule, ...] = (
    EstimateRule("consensus-of", consensus=True,
                 before=r"(?:\bconsensus(?:\s+(?:estimate|forecast|view))?|\banalysts(?:['’])?\s+(?:average\s+|mean\s+)?(?:estimates?|forecasts?|expectations?)|"
                        r"\bestimates?\s+of|\bexpectations?\s+of)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?",
                 examples=("Profit was a little below the consensus of around 300 billion won.",),
                 provenance=("probe3 r05_naver: 'below the consensus of around 580 billion won'",
                             "probe5 04_schneider_analyst_note: 'slightly ahead of consensus of about EUR 10.0 billion'",
                             "probe9 g03_micron_fq4_2025: 'versus consensus of $11.9 billion'")),
    EstimateRule("consensus-label", consensus=True,
                 before=rf"\bconsensus\b(?:\s*\([^)]*\))?[^.;,:$€£¥]{{0,60}}:\s*{QUAL}",
                 examples=("Consensus (FactSet) FY26 operating profit: $4.1 billion",),
                 provenance=("probe10 tokyo_electron_note: 'Consensus (Bloomberg) FY3/26 operating income: ¥652 billion before the cut'",
                             "probe3 r05_naver and probe9 g03_micron_fq4_2025: the consensus named before its value")),
    # (issue41g) the consensus as the clause's subject, its figure after a copula or "has … at": kindcheck31 guidance 02
    # trevalyn 'Company-compiled analyst consensus for 2026 adjusted operating profit is £153.4 million', probe13
    # wiwynn 'Consensus 2025E EPS is NT$171.0', probe25 05_espressif 'Consensus has FY2026 revenue at RMB 3.0 billion',
    # probe19 07_mercadolibre 'Consensus compiled by … has fourth-quarter 2025 revenue at about US$8.1 billion'; or
    # right before the figure: probe30 05_atoss 'consensus on our data feed EUR 197.1m', 'vs consensus EUR 219m'
    EstimateRule("consensus-subject", consensus=True,
                 before=rf"\bconsensus\b[^.;:,$€£¥]*?\s(?:is|was|stands\s+at|stood\s+at|sits\s+at|"
                        rf"(?:has|had|sees|puts)\s+(?:[^.;:$€£¥]|\.(?=\d)){{0,60}}?\s(?:at|of))\s+{QUAL}"
                        rf"|\bconsensus\s+(?:(?:on|from|per)\s+(?:[^.;:,$€£¥\d\s]+\s+){{1,4}})?",
                 window=120,
                 examples=("Analyst consensus for 2027 revenue is $410 million.", "Consensus has FY2027 EBIT at EUR 52 million.",
                           "We model EUR 80m vs consensus EUR 78m."),
                 provenance=("kindcheck31 guidance 02_trevalyn_trading_update: 'analyst consensus for 2026 adjusted operating profit is £153.4 million'",
                             "probe13 wiwynn_2024_five_takeaways: 'Consensus 2025E EPS is NT$171.0'",
                             "probe25 05_espressif_reddit_thread: 'Consensus has FY2026 revenue at RMB 3.0 billion'",
                             "probe30 05_atoss_ndr_meeting_notes: 'consensus on our data feed EUR 197.1m' and 'vs consensus EUR 219m'")),
    EstimateRule("estimated-after", consensus=True,
                 after=r"\s*(?:that\s+|which\s+)?(?:(?:most|many|some|the)\s+)?(?:analysts|the\s+market|investors|economists)\s+(?:polled\s+by\s+[\w ]+\s+)?(?:had\s+)?"
                       r"(?:expected|forecast|estimated|anticipated|predicted|projected|modell?ed|pencill?ed\s+in)"
                       r"|\s*(?:compiled|polled|surveyed)\s+by\b|\s*(?:average|mean|median)\s+(?:of\s+)?(?:analysts?(?:['’])?\s+)?(?:estimates?|forecasts?)"
                       r"|\s*(?:\(|,\s*)?(?:according\s+to\s+)?(?:the\s+)?(?:analyst\s+)?consensus\b",
                 examples=("Sales beat the $2.1 billion analysts had expected.", "above the USD 400 million consensus"),
                 provenance=("probe9 g02_accenture_fy25q3: 'ahead of the $17.3 billion analysts had expected'",
                             "probe6 p6_01_palantir_q3_2025: 'the roughly $1.09 billion analysts had expected'",
                             "probe6 p6_03_arm_analyst_note: 'above the USD 1.19 billion consensus'",
                             "probe3 r05_naver: '580 billion won compiled by FnGuide'")),
    EstimateRule("benchmark-forecast-by", consensus=True,
                 before=rf"\b(?:above|below|ahead\s+of|short\s+of|beat(?:ing)?|missed|topped|exceeded)\s+the\s+{QUAL}",
                 after=r"\s*(?:forecast|expected|estimated|predicted|projected|anticipated)\s+by\b",
                 examples=("Net profit was above the 2.1 billion yuan forecast by analysts.",),
                 provenance=("probe9 g08_netease_q2_2025: 'above the 7.6 billion yuan forecast by analysts polled by LSEG'",
                             "probe9 g02_accenture_fy25q3 ('ahead of the $17.3 billion analysts had expected') and probe3 "
                             "r05_naver ('below the consensus of …'): a result set against the estimate after 'above/below/ahead of the'")),
    EstimateRule("estimator-clause", consensus=True,
                 before=r"\b(?:analysts|economists|wall\s+street|the\s+market)\b(?:\s+[\w-]+){0,3}?\s+(?:had\s+|have\s+|were\s+)?"
                        r"(?:expected|expecting|forecast|estimated|anticipated|predicted|projected|modell?ed|pencill?ed\s+in|looking\s+for)\b[^,;:]{0,70}",
                 window=110,
                 examples=("Analysts on average had expected revenue of about $3 billion.",),
                 provenance=("probe10 equinix_wire_feb2025: 'Analysts on average had expected about $9.25 billion'",
                             "probe5 01_snowflake_fq2_2026: 'Analysts on average had expected product revenue of about $1.04 billion'")),
    EstimateRule("analyst-estimates-future",
                 before=r"\banalysts?\b[^.;:]{0,60}?\s+(?:estimates?|expects?|forecasts?|projects?|predicts?|reckons?)\s+(?:that\s+)?"
                        r"[^.;:]{0,60}?\b(?:could|would|will|might|may)\s+(?:[\w-]+\s+){0,4}?" + QUAL,
                 window=170,
                 examples=("Analysts at a Bergen broker estimate the unit could reach $40 million of revenue by 2028.",
                           "A broker's analyst estimates the venture would be worth $2 billion by 2030."),
                 provenance=("probe13 telenor_ai_factory_feature: 'Analysts at the Oslo broker … estimate the AI Factory could reach NOK 300 million …'",
                             "probe11 p11_07_singtel_nxera_feature: '… Capital analyst … estimates Nxera could be worth S$7 billion by 2028'",
                             "probe9 g04_kddi_1h_fy2026: 'Analysts at Mizuho estimate KDDI will spend around ¥200 billion …'")),
    EstimateRule("relative-estimator",
                 before=rf"\b(?:who|which|analysts?|brokers?|brokerage|economists?)\b(?:[^.;:]{{0,90}}?\s)?"
                        rf"(?:estimates?|estimated|puts?|pegs?|pegged|values?|valued|forecasts?|sees?)\s+"
                        rf"[^.;:()]{{0,70}}?\s+at\s+{QUAL}",
                 window=200,
                 examples=("said a fund manager at a Taipei broker, who estimates the firm's 2026 profit at NT$9 billion",
                           "a consultancy, which puts the group's brand value at $40 billion"),
                 provenance=("probe14 06_advantech_computex_keynote: '… of Formosa Equity Partners, who estimates Advantech's 2025 earnings per share at …'",
                             "probe3 r08_deutsche_telekom: '… by Brand Finance, which put its brand value at $73 …'",
                             "probe14 05_indra_hispasat_wire: 'Analysts at …, a Madrid brokerage, kept a \"buy\" rating and estimated Indra's 2025 EBIT at …'")),
    EstimateRule("estimator-present",
                 before=r"(?<!\bwith\s)(?<!\bto\s)(?<!\btold\s)(?<!\bby\s)\b(?:analysts?|brokers?|brokerage|research\s+house)\b"
                        r"(?:(?!\b(?:told|tells|said|says|the\s+company|management|it|we|he|she|they)\b)[^.;:]){0,70}?"
                        r"\s(?:expect|expects|estimate|estimates|forecasts|projects|models)\s+"
                        r"(?!that\s+(?:the\s+company|it|management)\b)(?:[^.;:]|\.(?=\d)){0,90}?" + QUAL,
                 window=200,  # (not the past "forecast": a broker's forecast no sentence disclaims stays typed, issue 17p)
                 examples=("A Zurich broker rates the shares 'hold' and estimates full-year sales of $4.7 billion.",
                           "Analysts polled by a news service expect the rival to post revenue of about $3.0 billion."),
                 provenance=("probe17 07_logitech: 'Zurich broker Limmat Capital rates the shares \"hold\" and estimates full-year "
                             "Gaming sales of $1.38 billion and group sales of $4.71 billion'",
                             "probe19 04_jabil_tv_show_transcript: 'Analysts polled by BizNet expect Celestica to post third-quarter "
                             "revenue of about $3.0 billion'")),
    # (issue40o) a guidance the text says the company had given before, in the past perfect, is the
    # superseded guidance a later sentence replaces: no figure of the company's outlook (it stays a claim)
    EstimateRule("superseded-guidance",
                 before=r"\b(?:had|(?:it|we|the\s+(?:company|group))\s+previously)\s+(?:previously\s+|originally\s+|initially\s+|earlier\s+)?"
                        r"(?:guided|forecast|projected|expected|targeted|anticipated)\s+(?:to\s+|for\s+)?"
                        rf"(?:[^.;:$€£¥\d]{{0,60}}?\s(?:of|at|between)\s+)?{QUAL}",
                 window=120,
                 examples=("In March, the Company had guided to annual sales of $410 million to $430 million.",
                           "In June it had guided for 2 billion kronor."),
                 provenance=("probe8 f05_infineon_q4_fy25: 'now expects revenue … of around 1.5 billion euros in fiscal 2026 … "
                             "In May it had guided for 1 billion euros'",
                             "kindcheck30 filer 01 brindlecombe_10q: 'In July, the Company had guided to full-year revenue of $720 "
                             "million to $740 million. … the Company expects full-year 2026 revenue of $735 million to $750 million'")),
    EstimateRule("versus-our", own=True,
                 before=rf"\b(?:ahead\s+of|above|below|versus|vs\.?|against|beat(?:ing)?|missed|in\s+line\s+with)\s+our\s+{QUAL}",
                 examples=("Revenue of $5.2 billion was ahead of our $5.0 billion.", "EPS came in at $0.40 versus our $0.35 estimate."),
                 provenance=("probe9 g03_micron_fq4_2025: 'ahead of our $11.1 billion and consensus of $11.2 billion'",
                             "probe6 p6_03_arm_analyst_note: 'non-GAAP EPS came in at USD 0.39 versus our USD 0.33 estimate'")),
    EstimateRule("our-estimate", own=True,
                 before=rf"\bour\s+(?:[\w/&-]+\s+){{0,5}}?(?:estimates?|forecasts?|projections?)\s+(?:to|of|at|is|was)\s+{QUAL}",
                 examples=("We raise our FY26 revenue estimate to $12 billion.", "27 times our 2026 earnings per share estimate of EUR 8.0"),
                 provenance=("probe9 g03_micron_fq4_2025: 'We raise our FY26 revenue estimate to $51.2 billion from $44.0 billion'",
                             "probe5 04_schneider_analyst_note: 'our 2026 earnings per share estimate of EUR 10.0'")),
    EstimateRule("estimate-year", own=True,
                 before=rf"{ESTIMATE_YEAR}(?:[^.!?\n|]|\.(?=\d)){{0,80}}",
                 window=100,
                 examples=("FY27E revenue $4.0 billion; operating profit $900 million",
                           "based on 18x 2026E EPS of $6.10"),
                 provenance=("probe10 tokyo_electron_note: 'FY3/26E net sales ¥2,310 billion; operating income ¥551 billion'",
                             "probe9 g03_micron_fq4_2025: 'based on 11x CY26E EPS of $18.20'",
                             "probe7 p7_07_mediatek_note: 'based on 20x 2026E EPS of NT$87.5'")),
)


def estimate_of(text: str, start: int, end: int) -> EstimateRule | None:
    """The first rule by which the value at text[start:end] is an estimate, or None."""
    for rule in RULES:
        if rule._before is not None and rule._before.search(text[max(0, start - rule.window):start]) is None:
            continue
        if rule._after is not None and rule._after.match(text, end) is None:
            continue
        return rule
    return None


_YEAR_E = plain(rf"(?P<y>{ESTIMATE_YEAR})")
_YEAR_E_GAP = plain(r"(?:[^.!?\n|]|\.(?=\d)){0,80}$")


def estimated_year(text: str, start: int) -> str | None:
    """The year an estimate-marked label before the value names, as a period phrase the period
    reader knows ("FY3/26E" -> "FY26", "CY26E" -> "2026", "2026E" -> "2026"), or None.
    Of several labels the nearest one before the value is its own (nearest-estimate-year: "FY25E
    revenue of X and FY26E revenue of Y": Y is FY26's; probe14 08_happiest_minds_analyst_note
    'FY25E revenue of … and FY26E revenue of …', probe7 p7_07_mediatek_note '2025E revenue …;
    2026E revenue …')."""
    window = text[max(0, start - 100):start]
    m = None
    for m in _YEAR_E.finditer(window):
        pass
    if m is None or not _YEAR_E_GAP.match(window, m.end()):
        return None
    y = m.group("y")[:-1]
    if y.upper().startswith("CY"):
        return "20" + y[2:] if len(y) == 4 else y[2:]
    y = re.sub(r"^(FY)\d{1,2}/", r"\1", y, flags=re.I)  # "FY3/26": the fiscal year ending in March 2026
    return y


def estimate_rule(text: str, start: int, end: int) -> str | None:
    """The name of the first rule by which the value at text[start:end] is an estimate, or None."""
    rule = estimate_of(text, start, end)
    return rule.name if rule is not None else None


# --- disclaimed estimates: a sentence saying the figures before it are estimates -----------------

@dataclass(frozen=True)
class DisclaimerRule:
    """A sentence that says the figures just given are someone's estimates, not the company's
    ("These are our estimates, not company guidance."). The figures of the sentences before it in
    its paragraph that name an estimator (`speaker`: we, our, an analyst, a broker) are estimates:
    none is typed as the company's figure; the sentences stay claims. A sentence of the paragraph
    naming no estimator (the company's own guidance before the writer's numbers) keeps its figures."""
    name: str
    sentence: str                  # the disclaiming sentence starts with this
    speaker: str                   # a sentence before it whose figures the disclaimer covers names this
    examples: tuple[str, ...] = ()
    provenance: tuple[str, ...] = ()
    anywhere: bool = False         # the disclaimer may stand anywhere in the sentence (an aside), and
    # covers that sentence too when it names an estimator

    def __post_init__(self):
        object.__setattr__(self, "_sentence", plain(self.sentence, re.I))
        object.__setattr__(self, "_speaker", plain(self.speaker, re.I))

    def holds(self, text: str) -> bool:
        if not self.anywhere:
            return self._sentence.match(text) is not None
        return self._sentence.search(text) is not None and self._speaker.search(text) is not None


_ESTIMATOR = (r"\b(?:we|our|analysts?|brokers?|brokerage)\b[^.;]*?\b(?:forecasts?|estimates?|estimated|pencill?(?:ed)?\s+in|"
              r"models?|modell?ed|projects?|projected|expects?|predicts?|(?:price\s+)?targets?)\b"
              # the consensus and a poll of analysts are estimators too (unowned-estimates-disclaimer)
              r"|\bconsensus\b|\banalysts\s+(?:polled|surveyed)\b")

DISCLAIMERS: tuple[DisclaimerRule, ...] = (
    DisclaimerRule("estimates-not-the-company's",
                   # (after a discourse lead-in: "But to be clear, those are our estimates, not the company's")
                   sentence=r"\s*(?:(?:but|and|so|again|now)\s*,?\s+)?(?:(?:just\s+)?to\s+be\s+clear|for\s+the\s+record)?\s*,?\s*"
                            r"(?:these|those|all\s+these|the\s+above)\s+(?:figures\s+|numbers\s+)?are\s+"
                            r"(?:(?:our|(?:the\s+)?(?:broker|analyst|brokerage|house)(?:['’]s|s['’])|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+)?"
                            r"(?:own\s+)?(?:estimates|forecasts|projections|expectations)\b",
                   speaker=_ESTIMATOR,
                   examples=("We pencil in sales of $4 billion for next year. These are our estimates, not company guidance.",
                             "The consensus has next quarter's sales at $3 billion. Those are expectations; results come in May.",
                             "A broker's analyst forecast profit of 90 million euros. Those are the broker's estimates."),
                   provenance=("probe11 p11_02_lattice_q2_note: 'our FY2026 EPS estimate rises to $1.55 from $1.41. These are our "
                               "estimates, not company guidance.'",
                               "probe12 advantest_orderbook_note: 'For FY2026 we pencil in net sales of … These are Kestrel Harbour "
                               "estimates and should not be confused with reported results.'",
                               "probe12 kingdee_wire: 'Analyst … of Yunhai Securities … forecast 2025 revenue of … Those are the "
                               "broker's estimates, not company guidance.'",
                               # unowned-estimates-disclaimer: estimates named by no owner; the consensus or a poll as speaker
                               "probe16 02_tower_semiconductor_preview_and_results: 'The average of 11 analysts polled by … sits at "
                               "$396 million … These are estimates, not results.'",
                               "probe19 07_mercadolibre_season_wrap: 'Consensus compiled by … has fourth-quarter 2025 revenue at "
                               "about … Those are expectations; … will not publish its fourth-quarter results until …'",
                               # (a lead-in before it; an analyst's price target names the speaker an estimator)
                               "probe19 04_jabil_tv_show_transcript: 'We're at … in core EPS for fiscal 2026 and our price target "
                               "is …. But to be clear, those are our estimates, not the company's.'")),
    DisclaimerRule("not-company-forecast-aside",
                   sentence=r"\bnot\s+(?:a\s+|the\s+)?company(?:['’]s)?\s+(?:forecasts?|guidance|outlook|projections?)\b",
                   speaker=_ESTIMATOR,
                   anywhere=True,
                   examples=("A local broker (not a company forecast) estimates next year's sales at $2 billion.",
                             "We expect profit of 40 million euros, our estimate and not company guidance."),
                   provenance=("probe14 04_locaweb_results_table: 'Brokerage … (not a company forecast) estimates 2025 net revenue of …'",
                               "probe11 p11_02_lattice_q2_note: '… our FY2026 EPS estimate … These are our estimates, not company guidance.'",
                               "probe12 kingdee_wire: 'Those are the broker's estimates, not company guidance.'")),
)


def disclaimed(sentences) -> set[int]:
    """Indices of the sentences whose figures a later disclaimer of their paragraph calls estimates
    (DISCLAIMERS), the disclaimer included. `sentences`: objects with `.text` and `.paragraph`."""
    out: set[int] = set()
    for i, s in enumerate(sentences):
        rule = next((d for d in DISCLAIMERS if d.holds(s.text)), None)
        if rule is None:
            continue
        out.add(i)
        j = i - 1
        while j >= 0 and sentences[j].paragraph == s.paragraph:
            if rule._speaker.search(sentences[j].text):
                out.add(j)
            j -= 1
    return out
