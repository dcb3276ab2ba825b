"""Which saved query a question is for: cue words and similarity to each query's examples."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .linking import Hit, norm
from .queries import catalogue
from .question import _words

# ------------------------------------------------------------------ intent cues
# (pattern, weight) per saved query; patterns run on the lower-cased question.
CUES: dict[str, list[tuple[str, float]]] = {
    "costs-by-segment": [(r"\bsegments?\b|\bdivisions?\b|\bcategory\b|\bunits?\b", 1.0),
                         (r"\b(?:include|includes|including|hold|holds|house|houses|contain|contains|sit|sits|booked?|books|put|puts|placed|inside|within|part\s+of|lumped|hidden|reports?\s+its|covers?|home\s+to|grouped|groups|makes|make|runs|run|operates|sells|produces|consists)\b", 1.5),
                         (r"\bwhich\s+(?:segment|division|unit)\b|\bwhat\s+(?:segment|division|unit)\b|\bin\s+which\s+segment\b", 1.5),
                         (r"\bcosts?\b.*\bsegments?\b|\bsegments?\b.*\bcosts?\b", 2.0),
                         (r"\bwhere\s+(?:does|do|did|is|are)\b.*\b(?:put|puts|book|books|booked|record|records|report|reports|hide|hides|hidden|sit|sits|classif\w*|account\w*)\b", 3.0)],
    "segments": [(r"\b(?:what|which|list)\s+(?:the\s+)?(?:segments|divisions|business\s+units|units)\b", 2.0),
                 (r"\bsegments\s+(?:does|do)\b|\breporting\s+structure\b", 1.5),
                 (r"\b(?:list|name|show)\b[^?]*\bsegments\b|['’]s\s+(?:reporting\s+)?segments\b|\bsegments\s+of\b", 2.5)],
    "investments": [(r"\binvest\w*|\bcommit\w*|\binject\w*|\bpledg\w*|\bstake\b|\bpa(?:y|id)\s+for\b|\bacqui\w*|\bspending\s+plan\b|\bbet\b", 2.5),
                    (r"\bannounc\w*", 0.8), (r"\bhow\s+much\s+will\b", 1.0),
                    (r"^(?!.*\b(?:capex|capital\s+expenditures?)\b).*\bplans?\s+to\s+(?:spend|invest)\b", 2.5),
                    (r"\btakeover\b|\boffer\s+for\b|\bbid\s+for\b|\bbuy(?:out|ing)?\b", 2.0),
                    (r"\bwill\b.*\bspend\b|\bhow\s+long\b.*\bspend", 2.5),
                    (r"\bover\s+how\s+many\s+years\b|\bover\s+what\s+(?:period|horizon|time)\b|\bhow\s+many\s+years\b", 2.0)],
    "restrictions": [(r"\brestrict\w*|\bexport\w*|\bsanction\w*|\bcontrols?\b|\bbans?\b|\bcurbs?\b|\bexport\s+licen[cs]\w*|\blicen[cs]ing\s+requirement\w*|\brequire\w*\s+(?:an?\s+)?(?:export\s+)?licen[cs]e|\bvalidated\s+end[- ]user|\bveu\b|\brevok\w*|\brules?\b|\bregulat\w*|\bblacklist\w*|\bentity\s+list\b|\b(?:which|what)\s+(?:[\w.-]+\s+){0,2}(?:list|blacklist|register)\b|\b(?:put|placed|added)\s+on\b", 2.5),
                     (r"\bchips?\b|\bsemiconductors?\b|\bgpus?\b", 1.5), (r"\bsupply\b|\baccess\b|\bin\s+doubt\b|\blimit\w*", 1.0)],
    "models": [(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}models?\b|\bmodels?\s+(?:is|are|does|do)\b", 1.5),
               (r"\bmodels?\b|\bllms?\b|\blarge\s+language\b|\bassistant\b|\bchatbot\b|\bapp\b|\bfoundation\b|\bmodel\s+family\b|\bcopilots?\b|\bai\s+agents?\b|\bagent(?:ic)?\s+platform\b|\bai\s+(?:platform|product|tool|service)s?\b", 2.0),
               (r"\bdevelop\w*|\brelease\w*|\blaunch\w*|\bupgrad\w*|\bbuil[dt]\b|\bmentioned\b|\bversions?\b|\bopen(?:ly)?[- ]?(?:source|licen[cs]ed)\b", 0.8)],
    "model-uses": [(r"\bpower(?:s|ed|ing)?\b|\bused\s+(?:for|in|to)\b|\buse\s+cases?\b|\bapplications?\b|\brun\s+on\b|\bwhat\s+does\s+\w+\s+do\b", 2.5)],
    "people": [(r"\bwho\b", 1.0), (r"\bceo\b|\bcfo\b|\bcoo\b|\bcto\b|\bchief\b|\bchair\w*|\bpresident\b|\bfound(?:er|ed|ers)\b|\bexecutives?\b|\bboss\b|\bhead(?:s|ed)?\b|\bleads?\b|\bleaders?\b|\bwho\s+runs\b|\bmanagement\b|\bdirector\b", 2.5)],
    "aliases": [(r"\bother\s+names?\b|\banother\s+name\b|\balso\s+known\b|\baka\b|\balias\w*|\bgo(?:es)?\s+by\b|\bknown\s+as\b|\bsame\s+(?:person|company|as)\b|\b(?:chinese|english|real|full|official)\s+name\b", 3.0), (r"\bcalled\b", 1.0)],
    "figures": [(r"\brevenues?\b|\bsales\b|\bincome\b|\bprofit\w*|\bloss(?:es)?\b|\blos[et]\b|\blosing\b|\bmargins?\b|\bcapex\b|\bcapital\s+expenditures?\b|\bexpenditures?\b|\bspen[dt]\b|\bspending\b|\bexpenses?\b|\bearn(?:ed|s|ings)?\b|\bgenerat(?:e|ed|es|ing)\b|\bearnings\b", 2.0),
                (r"\bgr[eo]w\w*|\bgrowth\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bincrease\w*|\bdecrease\w*|\bdecline\w*|\bjump\w*|\bmove[ds]?\b|\bchange[ds]?\b|\bhow\s+fast\b|\bpercentage\b|\bpercent\b|\byear[- ]on[- ]year\b|\byoy\b", 1.2),
                (r"\bhow\s+many\b(?!\s+years)|\bderivative\b", 2.5),
                (r"\bprices?\b|\bpricing\b|\bvaluation\b|\bvalued\b|\busers\b|\bsubscribers\b|\bobligations\b|\bbacklog\b|\brpo\b|\bcontract\s+value\b|\btcv\b|\bdeal\s+wins?\b|\bbookings\b|\border\s+(?:intake|book)\b|\bheadcount\b|\bemployees\b|\bdividends?\b|\bbuybacks?\b|\brepurchases?\b|\bcash\s+flow\b", 1.5),
                (r"\bhow\s+(?:much|many)\b|\bwhat\s+was\b|\bquarter\b|\bq[1-4]\b|\bfiscal\b|\bshares?\b|\bstock\b|\bguidance\b|\boutlook\b|\busers\b|\bderivative\b|\bpost(?:ed|s)?\b|\breport(?:ed|s)?\b", 0.8)],
    "market-shares": [(r"\bmarket\s+shares?\b|\bshares?\s+of\s+(?:the\s+)?(?:\w+\s+){0,5}market\b|\bmarket\b.*\bshare\b|\bshare\b.*\bmarket\b", 3.0),
                      (r"\bleads?\s+the\s+market\b|\bdominat\w*|\bmarket\s+leader\b", 1.5),
                      (r"\b(?:how\s+much|what\s+(?:portion|part|percentage|fraction|slice))\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}market\b", 3.0),
                      (r"\b(?:trail|trails|trailing|behind|ahead\s+of|leads?|ranks?|beats?|outpac\w*)\b.*\bmarket\b|\bmarket\b.*\b(?:trail\w*|behind|ahead|leads?)\b", 3.0)],
    "competitors": [(r"\bcompet\w*|\brivals?\b|\bpeers?\b|\bagainst\b|\bchallengers?\b", 3.0)],
    "targets": [(r"\btargets?\b|\bgoals?\b|\baims?\b|\bambitions?\b|\baspir\w*|\bobjective\b", 3.0)],
    "disclosure-gaps": [(r"\b(?:don't|do\s+not|doesn't|does\s+not|can't|cannot|couldn't|won't)\b.*\b(?:know|tell|see|determine|disclose|isolate|say)\b", 3.5),
                        (r"\bcannot\b|\bcan't\b|\bcan\s+not\b|\bunable\b|\bnot\s+(?:be\s+)?(?:determine|disclose|tell|know|see|isolate|assess)\w*|\bundisclosed\b|\bhidden\b|\bopaque\b|\bunknown\b|\bunclear\b|\bimpossible\b|\bunanswered\b|\bdisclosure\s+gaps?\b|\bdon't\s+know\b|\bdo\s+not\s+know\b|\bnot\s+broken\s+out\b|\bdoesn't\s+disclose\b|\bdoes\s+not\s+disclose\b", 3.5)],
    "initiatives": [(r"\bhub\b|\bdata\s+cent(?:er|re)s?\b|\bcampus\b|\bclusters?\b|\boffices?\b|\bexpan\w*|\bfacilit\w*", 2.0),
                    (r"\bwhere\b", 1.2), (r"\blaunch\w*|\bopen\w*|\bbuild\w*|\bsetting\s+up\b|\blocated\b", 0.8)],
    "sources": [(r"\bwhich\s+(?:documents?|articles?|sources?)\b|\bwhat\s+(?:documents?|articles?|sources?)\b|\bsources?\b|\bevidence\b|\bwho\s+(?:says|reports?|reported)\b|\bcited?\b|\bmention\w*", 2.0)],
    "conflicts": [(r"\bconflict\w*|\bdisagree\w*|\bcontradict\w*|\binconsisten\w*|\bdiffer\w*\s+(?:values|figures|numbers)", 3.5)],
    "documents": [(r"\b(?:list|which|what)\s+(?:the\s+)?(?:documents|articles|files)\b.*\b(?:ingested|in\s+the\s+graph|loaded|are\s+there|do\s+you\s+have)\b|\blist\s+(?:the\s+|all\s+)?(?:documents|articles)\b", 3.5)],
    "describe": [(r"\btell\s+me\s+about\b|\bdescribe\b|\bwhat\s+do\s+(?:we|you)\s+know\s+about\b|\boverview\s+of\b|\beverything\s+about\b", 3.0)],
}

# The types of answer each saved query gives (question.Question.wants): a question that wants a
# person is not answered by a list of restrictions.
ANSWERS = {
    "people": {"Person", "Role", "entity"},
    "aliases": {"Name", "entity"},
    "costs-by-segment": {"Segment", "CostItem", "Application", "Product", "Company"},
    "segments": {"Segment"},
    "investments": {"amount", "date", "duration", "percent", "Company"},
    "figures": {"amount", "change", "percent", "date"},
    "market-shares": {"percent", "Company", "Segment"},
    "targets": {"amount", "duration", "percent", "change"},
    "models": {"AIModel", "Product", "Application", "Company"},
    "model-uses": {"Application", "Product", "CostItem"},
    "restrictions": {"Restriction", "Product", "Company", "Place"},
    "competitors": {"Company"},
    "initiatives": {"Place", "date"},
    "disclosure-gaps": {"reason"},
    "describe": {"entity"},
    "sources": {"Document"},
    "documents": {"Document"},
    "conflicts": {"Document", "amount"},
}


# "List the versions of X", "which kinds of X": the listing query for X's type
LISTINGS = {"ModelFamily": "models", "Segment": "costs-by-segment", "Company": "segments"}


@dataclass
class Intent:
    name: str
    score: float


def score_intents(question: str, strip: list[Hit], qm=None) -> list[Intent]:
    q = question.lower()
    cat = catalogue()
    qwords = _words(_remove_spans(question, strip))
    scores = []
    for name, sq in cat.items():
        s = 0.0
        for pat, w in CUES.get(name, []):
            if re.search(pat, q):
                s += w
        best = 0.0
        for ex in sq.examples:
            ew = _words(ex)
            if ew and qwords:
                best = max(best, len(ew & qwords) / len(ew | qwords))
        s += 1.5 * best
        if qm is not None:
            s += _type_score(qm, name)
        scores.append(Intent(name, round(s, 4)))
    return sorted(scores, key=lambda i: (-i.score, i.name))


def _remove_spans(question: str, hits: list[Hit]) -> str:
    out = norm(question)
    for h in hits:
        out = out.replace(h.matched, " ")
    return out




def _type_score(qm, name: str) -> float:
    """What the question model adds: the answer type wanted, a goal, a question about what is not known."""
    s = 0.0
    if qm.wants:
        s += 1.5 if qm.wants in ANSWERS.get(name, ()) else -2.5
    if qm.goal and name == "targets" and qm.wants in ("amount", "duration", ""):
        s += 2.0
    if qm.wants == "reason" and name == "disclosure-gaps":
        s += 3.0
    if qm.form == "describe" and name == "describe":
        s += 4.0
    if qm.form == "list" and qm.about is not None and LISTINGS.get(qm.about.kind) == name:
        s += 4.0
    return s
