"""Keep the rows that answer what the question asks for (a measure, a period, a role, a market,
an amount); say why when none do."""
from __future__ import annotations

import re
from decimal import Decimal

from .year_earlier_asked import misdated_earlier, with_year_earlier
from .pattern_cache import plain
from .estimates import ESTIMATE_ASKED, estimated, forward_rows
from .extract.qualifiers import CONNECTIVE, RESTRICTED_PART
from .growth_basis import by_basis
from .figure_terms_asked import by_terms
from .asked_span import FISCAL_SAID, in_asked_span, latest_of_part, part_fits, part_without_year
from .period_fit import split_year_asked, split_year_fits, TRAILING_YEAR, trailing_year, begun_after, outside_fiscal_window, measure_quarter, quarter_of, other_fiscal_year, fiscal_label, fiscal_parts, in_period, label_parts, part_of_year, undated, whole_year, year_fits
from .wording import _dec, _s
from .linking import Hit, norm
from .answer_check import names_narrowing
from .question import (value_and_change, invested_object, narrowing as narrowing_of, modified_measure, coordinated_measures, RATE_ASKED, FIGURE_VERBS, _PHRASE_END, GROWTH, REPLACED_CUE, ROLE_EQUIV, ROLE_WORDS, asked_roles, _question_amounts, question_periods, _words,
                       asked_status, asked_statuses, committee_role_fits, excluded_party, place_asked,
                       measures_named, open_measure, without_names,
                       OUTLOOK_ASKED, OUTLOOK_MEASURE, REPORTED)

# the words a question names its period with are not measure modifiers ("third-quarter revenue")
PERIOD_TEXT = plain(r"\b(?:first|second|third|fourth|quarter(?:ly)?|half|fiscal|full-year|annual|year|months?|q[1-4]|h[12]|fy\s?\d{2,4}|(?:19|20)\d\d)\b", re.I)
RATIO_ASKED = plain(r"\bmargins?\b|\brates?\b|\bratios?\b|\bshares?\b|\bper\s*cent\w*|\bportion\b|\bproportion\b|\bfraction\b|%")
GUIDANCE = plain(r"\bguidance\b|\bguid(?:e|es|ed|ing)\s+(?:to|for|at)\b|\boutlook\b|\bforecasts?\b(?!\s+(?:to|that))"
                      r"|\b(?:is|are)\s+(?:[\w.&'’-]+\s+){1,3}(?:forecasting|projecting|expecting)\b"
                      r"|\b(?:does|do|did|will)\s+(?:[\w.&'’-]+\s+){1,3}expect\b|\bexpects\b|\bis\s+expected\s+to\b")
# what a figure came from, asked ("revenue did X earn from AI workloads", "sales it gets from
# cloud"): the rows must name it; "revenue from operations" is the measure's own name
SOURCE_ASKED = plain(r"\b(?:revenue|sales|income|profit|earn(?:s|ed|ing)?|generat(?:e|es|ed|ing)|ma(?:k|d)e|makes|gets?|got|"
                     r"c(?:o|a)mes?|derive[sd]?|brings?\s+in|brought\s+in)\b[^?]*?\bfrom\s+"
                     r"((?:[\w&'’.-]+\s+){0,5}?[\w&'’.-]+?)\s*(?=\b(?:in|during|for|by|over|last|this|since|between)\b|[?.,]|$)")
# the same asked before the measure, for the AI topic words ("how much AI revenue did X
# generate" = revenue from AI): a company's total revenue does not answer it (probe17 p17-02-q10,
# Reply, which states no AI revenue; as "revenue from AI workloads" of SOURCE_ASKED); a row whose
# measure, subject or sentence names the topic does ("AI revenue", "Cloud & AI" segment)
SOURCE_BEFORE = plain(r"\b((?:generative\s+)?ai|genai)\s+(?:revenue|sales)\b")
SOURCE_OWN = {"operations", "continuing", "its", "their", "his", "her", "the", "a", "an", "all", "sales", "customers", "clients"}
UNIT_NAMED = plain(r"(?:'s|’s)\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)\s+(segment|division|unit|business)\b")
# a full year asked: a quarter's or a half's figure is another period
FULL_YEAR = plain(r"\bfull[-\s]year\b|\bwhole\s+year\b|\bfor\s+the\s+year\b|\bannual\b")
GUIDED = plain(r"outlook|forecast|guid|expect|target|plan|project", re.I)
SPENT_ON = plain(r"\bspen(?:d|ds|t|ding)\s+on\b")
# "how many customers generate over $1 million in revenue": the count of what is counted; a
# measure named after it qualifies them
COUNTED = plain(r"^\s*how\s+many\b")
# the name of a rate asked ("what is the churn rate of …", "what was X's employee attrition
# rate"): the word before it. Seen: probe12 p12-04-q10 (a churn rate, a software feature) and
# probe8 p8-04-q10 (an attrition rate, an IT-services results story)
NAMED_RATE = plain(r"\b([\w-]+)\s+rates?\b")
# words of a measure phrase that name no measure of their own ("the total", "key figures"), as
# `_words` gives them (stemmed: a plain set of surface words never matched "figures")
OPEN_IGNORED = _words("total number numbers amount figure figures value size level latest current planned new "
                      "key main headline financial financials results")

# the units of a value that is not a count: a currency code or a percentage
MONEY_OR_PERCENT = plain(r"[A-Z]{3}$|percent$")
# an acronym a document defines in brackets after the words it stands for ("(cRPO)", "(ARR)")
BRACKETED = plain(r"\(\s*([A-Za-z][A-Za-z&-]{1,7})\s*\)")


# the unit a quantity is counted per ("dividend per share", "revenue per user"): not the quantity
# (probe8 p8-08-q10 "dividend per share" answered by a share price; answer_check.PER_UNIT's
# "what dividend per share will Sony pay")
PER_UNIT_ASKED = plain(r"\s+(?:per|a|each)\s+[\w-]+$")


def initials(words: str) -> str:
    """The acronym of a name or measure of two or more words ("current remaining performance
    obligations" -> "crpo", "annual recurring revenue" -> "arr"); '' for one word (pure)."""
    ws = re.findall(r"[a-z0-9]+", words.lower().replace("-", " "))
    return "".join(w[0] for w in ws) if len(ws) >= 2 else ""


def measure_names(row: dict) -> set[str]:
    """The words a figure's measure is named with: its words, its initials, and the acronyms
    its sentence defines in brackets ("current remaining performance obligations (cRPO)")."""
    measure = _s(row, "measure")
    out = _words(measure)
    if initials(measure):
        out.add(initials(measure))
    quote = _s(row, "quote")
    for m in BRACKETED.finditer(quote):   # the words before the bracket spell it, one of them the measure's
        acronym = m.group(1).lower()
        spelled = " ".join(re.findall(r"[A-Za-z0-9]+", quote[:m.start()].replace("-", " "))[-len(acronym):])
        if initials(spelled) == acronym and _words(spelled) & out:
            out.add(acronym)
    return out


# The title words of an organisation's officers, and the ways a sentence ties a title to the
# organisation: "X's chief executive", "X president", "chief executive of X" ("as the new chief
# executive of SK Telecom", probe5 06), "X is led by" ("Shopee is led by president Chris Feng",
# probe9 g07; "the venture ... is led by Telstra executive ...", probe8 f08)
OFFICER_TITLE = r"(?:chief\s+executive|ceo|president|head|chief|managing\s+director|general\s+manager|chair\w*|boss|leader|founder)"


def officer_of(org: str, quote: str) -> bool:
    """Whether `quote` ties an officer's title to the organisation `org` (by its name)."""
    o = norm(org)
    if not o:
        return False
    q = norm(quote)
    n = re.escape(o)
    return bool(re.search(rf"\b{n}(?:\s+s)?\s+(?:[\w-]+\s+){{0,2}}?{OFFICER_TITLE}\b"
                          rf"|\b{OFFICER_TITLE}(?:\s+officer)?\s+(?:of|at)\s+(?:the\s+)?{n}\b"
                          rf"|\b{n}\s+(?:is|was|has\s+been|will\s+be|are)\s+(?:now\s+)?(?:led|run|headed|managed|overseen)\s+by\b", q))


# The holders a stake's sentence names beside the one its fact was read for: the coordinated
# subject of the holding clause ("X and Y each hold 50% of Z", probe9 g04, the only seen
# document with two holders in one sentence) or a "together with Y" after it. Structure, not a
# phrase: any capitalised name coordinated with the holder's.
_NAME = r"([A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|&|of|de))*)"
_BESIDE = (r"{x}\s+and\s+" + _NAME, _NAME + r"\s+and\s+{x}\b", r"{x}\b.*?\b(?:together|jointly|along)\s+with\s+" + _NAME,
           r"{x}\s*,\s*" + _NAME + r"\s*,?\s+and\s+")


def co_holders(quote: str, excl: str, held: set[str]) -> list[str]:
    """The names a stake's sentence gives beside holder `excl` (a label), not the company held."""
    out: list[str] = []
    for pat in _BESIDE:
        for m in re.finditer(pat.format(x=re.escape(excl)), quote):
            name = m.group(1).strip(" .'’") + ("." if m.group(1).endswith(".") and len(m.group(1).split()[-1]) <= 5 else "")
            if norm(name) and norm(name) != norm(excl) and norm(name) not in held and name not in out:
                out.append(name)
    return out


def _co_holders(rows: list[dict], excl: Hit, others: list[Hit]) -> tuple[list[dict], str]:
    """The holders of the company asked about other than the party named beside it ("who owns
    X together with Y"): their stakes, else Y's stake in X with the co-owners its sentence names."""
    import pyoxigraph as ox
    gone = {norm(excl.label), norm(excl.matched)}
    held = {n for h in others for n in (norm(h.label), norm(h.matched))}
    of_held = [r for r in rows if not held or norm(_s(r, "companyLabel")) in held]
    kept = [r for r in of_held if norm(_s(r, "holderLabel")) not in gone]
    if kept:
        return kept, ""
    named = []
    for r in of_held:
        names = co_holders(_s(r, "quote"), _s(r, "holderLabel"), held) or co_holders(_s(r, "quote"), excl.matched, held)
        if names:
            named.append({**r, "coHolderLabel": ox.Literal(", ".join(names))})
    if named:
        return named, ""
    what = others[0].label if others else "it"
    return [], f"The documents name no holder of {what} other than {excl.label}."


def replaced_person(q: str, hits: list[Hit]) -> Hit | None:
    """The person the question names as the one replaced ("who will succeed X", "X's successor")."""
    qn = norm(q)
    for h in hits:
        if h.kind != "Person":
            continue
        at = qn.find(norm(h.matched))
        if at >= 0 and (REPLACED_CUE.search(qn[:at]) or re.match(r"(?:'s|’s|s)?\s+successor\b", qn[at + len(norm(h.matched)):])):
            return h
    return None


def _by_succession(q: str, rows: list[dict], hits: list[Hit]) -> tuple[list[dict], str]:
    """The rows of the person asked about in the role as the question asks: a successor of the
    person named as replaced (not that person's own role), and of the status asked (interim,
    outgoing, incoming, former); a former holder only when asked for."""
    gone = replaced_person(q, hits)
    if gone is not None:
        rows = [r for r in rows if norm(gone.label) in norm(_s(r, "predecessorLabel"))]
        if not rows:
            return [], f"The documents name no successor of {gone.label}."
    statuses = asked_statuses(q)
    if "nominated" not in statuses:   # (one status asked, the first the question's words give, as before issue45p)
        statuses = {asked_status(q)} - {None}
    if statuses:
        kept = [r for r in rows if statuses & set(_s(r, "status").split(" / "))]
        return kept or rows, ""   # (a successor already in office answers "who is replacing X")
    # (issue45p) one put up for election holds no seat yet: named only when asked for (as a former holder)
    current = [r for r in rows if _s(r, "status") not in ("former", "nominated")]
    return current or rows, ""


# (issue45p) "who signed X's letter / announcement": the person of a signature block, whose role's evidence is the
# block's lines (the name's line first: extract.relations._signed); asked in p33-02-q09 ("Who signed Techno
# Electric's clarification letter"), p24-04-q08, kindcheck34 people q01/q06
_SIGNED_ASKED = plain(r"\bsign(?:ed|s|atory|atories|er|ers)\b")


def _signers(q: str, rows: list[dict]) -> list[dict]:
    """The rows of a signature block's signer when the question asks who signed; else `rows`."""
    if _SIGNED_ASKED.search(q) is None:
        return rows
    signed = [r for r in rows if "\n" in _s(r, "quote") and _s(r, "quote").lstrip().startswith(_s(r, "personLabel"))]
    return signed or rows


def parts_asked(q: str) -> bool:
    """Whether question `q` names a fiscal quarter or half by its label only."""
    return bool(fiscal_parts(q))


def _labelled_periods(q: str) -> list:
    """The periods question `q` names by their label only (no dates: a fiscal quarter)."""
    from .extract import values as v
    from .question import period_text
    try:
        return [p for p in v.find_periods(period_text(q), None) if not (p.start or p.end) and p.label]
    except Exception:
        return []


# the adjective of a gazetteer country's people, for "which Chinese rivals" (reference words, no fact)
DEMONYMS = {"chinese": "china", "american": "united states", "us": "united states", "singaporean": "singapore",
            "japanese": "japan", "indian": "india", "british": "united kingdom", "uk": "united kingdom",
            "taiwanese": "taiwan", "korean": "korea", "german": "germany", "french": "france", "dutch": "netherlands",
            "canadian": "canada", "malaysian": "malaysia", "indonesian": "indonesia", "thai": "thailand",
            "vietnamese": "vietnam", "saudi": "saudi arabia", "emirati": "united arab emirates",
            "australian": "australia", "brazilian": "brazil", "mexican": "mexico", "russian": "russia",
            "israeli": "israel", "irish": "ireland", "swiss": "switzerland", "filipino": "philippines"}


def asked_country(ql: str, hits) -> str:
    """The country a question names (a linked Country, a place after "in", or its people's adjective), lower case."""
    for h in hits:
        if getattr(h, "kind", "") == "Country":
            return h.label.lower()
    m = re.search(r"\b(?:in|inside|within)\s+([a-z]+(?:\s+[a-z]+)?)", ql)
    if m:
        for country in set(DEMONYMS.values()):
            if m.group(1).startswith(country):
                return country
    for w in re.findall(r"[a-z]+", ql):
        if w in DEMONYMS and w != "us":
            return DEMONYMS[w]
    return ""


def _narrow(intent: str, q: str, rows: list[dict], hits: list[Hit], published=None, focus=None) -> tuple[list[dict], str]:
    """Keep the rows that answer what the question asks for; explain when none do. `published`
    ({document: date}) places fiscal periods of unknown dates (period_fit.reported_fits).
    Measures asked together ("revenue and EBITDA", question.coordinated_measures): the rows of
    each, narrowed with that one as `focus`, then joined."""
    ql = q.lower()
    if not rows:
        return rows, ""
    if intent == "figures" and focus is None and (together := coordinated_measures(without_names(ql, hits))):
        out: list[dict] = []
        for m in together:
            got, _ = _narrow(intent, q, rows, hits, published, focus=(m, [o for o in together if o is not m]))
            out += [r for r in got if all(r is not o for o in out)]
        if out:
            return out, ""
    if intent in ("people", "successions"):
        rows, why = _by_succession(q, rows, hits)
        if not rows:
            return rows, why
    if intent == "people":
        rows = _signers(ql, rows)
        wanted = asked_roles(ql)
        if wanted:
            ok = set()
            for w in wanted:
                ok |= ROLE_EQUIV.get(w, {w})
            kept = [r for r in rows if _s(r, "role") in ok or any(committee_role_fits(w, _s(r, "role")) for w in wanted)]
            if not kept:
                org = next((h.label for h in hits if h.kind in ("Company", "Segment", "Organization")), None)
                role = " or ".join(sorted(wanted))
                return [], f"The documents name no {role}" + (f" of {org}." if org else ".")
            # people who match several of the wanted roles first
            if len(wanted) > 1:
                score: dict[str, int] = {}
                for r in kept:
                    score[_s(r, "personLabel")] = score.get(_s(r, "personLabel"), 0) + 1
                top = max(score.values())
                kept = [r for r in kept if score[_s(r, "personLabel")] == top] or kept
            if "leader" in wanted:
                # who runs an organisation: its own officer, the one its sentence ties the title
                # to ("X is led by president Y", "X's chief executive Y"), before a title its
                # sentence gives without the organisation (the parent's CEO who spoke of it)
                tied = [r for r in kept if officer_of(_s(r, "orgLabel"), _s(r, "quote"))]
                kept = tied or kept
            rows = kept
        return rows, ""
    if intent == "figures":
        rows, why = _used_part(ql, rows, hits)
        if not rows:
            return rows, why
        rows, why = _whole_asked(ql, rows, hits)
        if not rows:
            return rows, why
        rows = _own_subject(ql, rows, hits)
        asked = [ql, *(h.label for h in hits)]
        if any(peer_figure(r, asked) for r in rows):
            # a peer's figure filed under the company asked (PEER_FIGURE): not the company's
            rows = [r for r in rows if not peer_figure(r, asked)]
            if not rows:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
                return [], "The documents state that figure only for a peer" + (f", not for {subj}." if subj else ".")
        # a period named in the question keeps the rows of that period (dates, else label) and
        # the undated ones: a figure whose sentence gave no period is read as of its sentence's
        # time, so it answers only a period the documents speak of (some figure is dated in
        # it); undated rows are dropped again below if a dated row of the wanted measure survives
        qp = with_year_earlier(q, question_periods(q))   # ("… in 3Q25 vs a year earlier?": both periods, year_earlier_asked.py)
        if qp:
            dated = [r for r in rows if in_period(r, qp, published)]
            # an undated row whose measure names its quarter ("fourth-quarter revenue outlook"):
            # of that quarter (period_fit.measure_quarter)
            asked_q = {quarter_of(p) for p in qp} - {None}
            named = [r for r in rows if undated(r) and measure_quarter(r) in asked_q]
            if dated:
                # an undated row is read as of its own document's time: it stays only when its
                # document speaks of the period asked (a row of it is dated there), never as the
                # period's figure on another document's date
                spoken = {_s(r, "doc") for r in dated}
                rows = dated + [r for r in rows if undated(r) and (measure_quarter(r) in asked_q
                                                                   or measure_quarter(r) is None and _s(r, "doc") in spoken)]
            elif named:
                rows = named
            elif any(not undated(r) for r in rows):
                rows = [r for r in rows if not undated(r)]   # other periods only: rejected below
        elif (split := split_year_asked(q)) is not None:
            # a split year asked ("Q3 2025/26", "the full financial year 2025/26"): the rows of that part of
            # the fiscal year ending in its second year (period_fit.SPLIT_YEAR_ASKED); none: not stated
            # an undated row stays as in a dated period asked: when its document speaks of that period, or none does
            fits = [r for r in rows if split_year_fits(r, split)]
            spoken = {_s(r, "doc") for r in fits}
            rows = fits + [r for r in rows if undated(r) and (not fits or _s(r, "doc") in spoken)]
            if not rows:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
                return [], f"The documents state no figure for {split[2]}" + (f" of {subj}." if subj else ".")
        else:
            # a fiscal quarter of unknown dates ("the fourth fiscal quarter of 2025"): the rows
            # of that quarter, when some are
            parts = fiscal_parts(q)
            if parts and any(outside_fiscal_window(r, q) for r in rows):
                # a dated row the fiscal part asked cannot be (period_fit.FISCAL_WINDOW): another period;
                # none left: the period asked is stated by no figure, not answered by the nearest
                rows = [r for r in rows if not outside_fiscal_window(r, q)]
                if not rows:
                    label = next((p.label for p in _labelled_periods(q)), "the period asked")
                    subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
                    return [], f"The documents state no figure for {label}" + (f" of {subj}." if subj else ".")
            if parts:   # (a calendar period is not compared with a fiscal one)
                kept = [r for r in rows if not (fiscal_label(r) and label_parts(_s(r, "periodLabel")))
                        or parts & label_parts(_s(r, "periodLabel"))]
                # a quarter or half asked: a whole year's figure ("FY2025") is another period
                kept = [r for r in kept if not whole_year(r)] or kept
                rows = kept or rows
            if (part := part_without_year(q)):
                # a part asked without its year ("Q3 rev?", "opex 9M?"): rows of that part, of the
                # latest year given (asked_span.PART_WITHOUT_YEAR); none: not stated
                fiscal = bool(FISCAL_SAID.search(ql))
                fits = [(r, part_fits(part, r, fiscal)) for r in rows]
                kept = [r for r, f in fits if f or f is None and measure_quarter(r) in (None, part)]
                if not kept:
                    subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
                    return [], f"The documents state no figure for {part.upper()}" + (f" of {subj}." if subj else ".")
                rows = latest_of_part(kept)
        if (qp or parts_asked(q)) and REPORTED.search(ql) and not OUTLOOK_ASKED.search(ql) and not GUIDANCE.search(ql) \
                and any(begun_after(r, published) for r in rows):
            # a reported figure of a period asked: not a row whose period had not begun when its
            # document was written (period_fit.NOT_YET_BEGUN: a misread date or a forecast)
            rows = [r for r in rows if not begun_after(r, published)]
            if not rows:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
                return [], "The documents state no reported figure of the period asked" + (f" for {subj}." if subj else ".")
        rows = by_basis(ql, rows)   # the reported growth unless the question names a basis (growth_basis.py)
        rows = misdated_earlier(q, rows)   # "A year earlier, X had been …" dated as the period asked (year_earlier_asked.py)
        fy = re.search(r"\b(?:fiscal(?:\s+year)?\s*|fy\s*)((?:19|20)\d\d)\b", ql)
        if fy and not re.search(r"\bquarter\b|\bq[1-4]\b|\bhalf\b|\bmonths\b", ql):
            kept = [r for r in rows if year_fits(r, int(fy.group(1))) or fy.group(1) in _s(r, "periodLabel") or undated(r)]
            rows = kept or rows
        # measures named, most specific first; a measure read inside another's words ("income" in
        # "net income") is not a second measure, so no net income is not answered by revenue
        named = measures_named(without_names(ql, hits), nested=False)
        # the unit a quantity is counted per is no measure asked ("share" in "dividend per share")
        per = [m.span(1) for m in re.finditer(r"\bper\s+([\w-]+)", without_names(ql, hits))]
        named = [m for m in named if not any(a <= m[2][0] < b for a, b in per)]
        if focus is not None:
            named = [m for m in named if m[2] == focus[0][2]]
        wanted, spans = [(w, stems) for w, stems, _ in named], [span for _, _, span in named]
        # the measure in the question's own words: what is spent on ("spend on research and
        # development": not any spending), or the phrase counted or owned when no measure word is
        phrase, (ps, pe) = open_measure(ql)
        if phrase and (SPENT_ON.search(ql) or COUNTED.search(ql)):
            wanted = [w for w, (a, b) in zip(wanted, spans) if ps <= a and b <= pe]
        if phrase and not wanted and not GROWTH.search(q):
            # (a quantity per unit is its head's: "dividend per share" is no share price)
            own = _words(PER_UNIT_ASKED.sub("", phrase)) - OPEN_IGNORED
            for h in hits:
                own -= _words(h.label) | _words(h.matched)
            if own:
                rows = [r for r in rows if own & measure_names(r)]
                if not rows:
                    subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                    return [], f"The documents state no {phrase}" + (f" for {subj}." if subj else ".")
        rate = NAMED_RATE.search(ql) if RATE_ASKED.search(ql) and not wanted and not GROWTH.search(q) else None
        if rate:
            # a rate asked by its name ("the churn rate", "employee attrition rate"): a row of a
            # measure of that name, not the company's other figures
            own = _words(rate.group(1)) - OPEN_IGNORED
            for h in hits:
                own -= _words(h.label) | _words(h.matched)
            if own and not any(own & measure_names(r) for r in rows):
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], f"The documents state no {rate.group(0)}" + (f" for {subj}." if subj else ".")
        if wanted:
            kept = []
            for words, stems in wanted:
                kept = [r for r in rows if any(s in _s(r, "measure").lower() for s in stems) and not cost_of(words, _s(r, "measure"))]
                if kept:
                    break
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                when = f" for the period asked ({qp[0].text})" if qp else ""   # (the rows were kept to it, above)
                return [], f"The documents state no {wanted[0][0]}" + (f" for {subj}" if subj else "") + when + "."
            kind = _kind_asked(without_names(ql, hits))
            if kind:
                # "what gross margin does X earn": an EBITDA margin is another measure (a row
                # naming no kind of margin may be the one asked)
                kept = [r for r in kept if not (k := _measure_kinds(_s(r, "measure"))) or kind[0] in k]
                if not kept:
                    subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                    return [], f"The documents state no {kind[1]}" + (f" for {subj}." if subj else ".")
            if not ANNUALISED["asked"].search(ql):
                # the revenue of a period asked: an annualised value (a run-rate, programme wins'
                # annualised revenue) is another measure, when a row of the period's own is there
                kept = [r for r in kept if not ANNUALISED["measure"].search(_s(r, "measure"))] or \
                    [r for r in kept if not ANNUALISED["stock"].search(_s(r, "measure"))]
                if not kept:   # rule recurring-is-no-revenue: ARR alone is no period's revenue
                    subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                    return [], "The documents state only recurring revenue (ARR), no revenue of a period" + (f" for {subj}." if subj else ".")
            subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
            kept, why = by_terms(ql, kept, wanted[0][0], subj)   # reported, not adjusted; in the currency asked
            if why:
                return [], why
            rows = kept
        # a value its own sentence gives as a charge ("a JPY 9.5 billion write-down of inventory")
        # is that charge's, not the measure the row was filed under (ONE source so far: probe21
        # 02_renesas_tse_notice, an inventory write-down filed as operating profit)
        kept = [r for r in rows if not charged_value(r)]
        if rows and not kept:
            subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
            return [], "The documents state no figure of that" + (f" for {subj}." if subj else ".")
        rows = kept
        # a measure narrowed by a modifier ("cloud revenue", question.MODIFIED_MEASURE): the rows
        # that carry it, when some do (none: ask._misfit says it is not stated)
        part = modified_measure(ql, hits)
        if part:
            kept = ([r for r in rows if names_narrowing(r, part, quote=False)]
                    or [r for r in rows if names_narrowing(r, part, quote=False, some=True)]
                    or [r for r in rows if names_narrowing(r, part)] or rows)
            # a unit's row named by the modifier ("Automotive – license and services" for "X's
            # license and services revenue"): the company's own rows stay beside it, so the answer
            # is still of the company asked (candidates.fits_type)
            asked = {h.iri for h in hits}
            if not any(_s(r, "subject") in asked for r in kept):
                kept += [r for r in rows if _s(r, "subject") in asked and all(r is not k for k in kept)]
            rows = kept
        elif wanted and not narrowing_of(ql, hits)[0]:
            # the whole measure asked ("what revenue did X report"): a row of a part of it ("revenue
            # from data-centre power distribution", PART_OF_MEASURE) is not it, when a row of the
            # whole is there for the same subject
            whole = {_s(r, "subject") for r in rows if not PART_OF_MEASURE["pattern"].search(_s(r, "measure"))}
            rows = [r for r in rows if not (PART_OF_MEASURE["pattern"].search(_s(r, "measure")) and _s(r, "subject") in whole)]
        place = place_asked(q, hits)
        if place is not None:
            # a market's figure asked ("revenue in Japan"): a row naming that market, not the
            # company's other figures
            names = {norm(place.label), norm(place.matched)}
            rows = [r for r in rows if any(n and n in norm(_s(r, "measure") + " " + _s(r, "subjectLabel") + " " + _s(r, "quote"))
                                           for n in names)]
            if not rows:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                what = wanted[0][0] if wanted else "figure"
                return [], f"The documents state no {what}" + (f" of {subj}" if subj else "") + f" for {place.label}."
        if not ESTIMATE_ASKED.search(ql):
            # an analyst's estimate or the consensus is not a reported figure
            kept = [r for r in rows if not estimated(r)]
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], "The documents state no reported figure of that" + (f" for {subj}" if subj else "") + ", only estimates."
            rows = kept
        rows = forward_rows(q, rows)   # the consensus asked or the company's outlook (estimates.forward_rows)
        if COUNTED.search(ql) and not GROWTH.search(ql):
            # "how many customers": a count, not an amount of money or a percentage of them
            kept = [r for r in rows if r.get("value") is not None and not MONEY_OR_PERCENT.match(_s(r, "unit"))]
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], f"The documents state no count of {phrase or 'that'}" + (f" for {subj}." if subj else ".")
            rows = kept
        if not qp and (kept := [r for r in rows if not other_fiscal_year(q, r)]) != rows:
            # (issue46a) a fiscal year asked without dates ("for FY2028"): a row of a whole fiscal year labelled otherwise
            # (FY2025, FY2026) is another year's figure (as the investments and guidance lanes read it; kindcheck34
            # tables 02 Orchidwell, FY2028 asked of a plan table; probe18 05 sarvam FY2024-25 asked)
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], "The documents state no figure" + (f" for {subj}" if subj else "") + " for that fiscal year."
            rows = kept
        if qp and not any(undated(r) for r in rows) and not any(in_period(r, qp, published) for r in rows):
            # the measure asked is dated, but never in the period asked: not another period's figure
            subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
            return [], "The documents state no figure" + (f" for {subj}" if subj else "") + f" for {qp[0].text}."
        unit = UNIT_NAMED.search(ql)
        if unit:
            # "Broadcom's infrastructure software segment", a unit the graph has no entity for:
            # a figure of it names it (a word of it) in its subject or measure
            own = _words(unit.group(1))
            # (partly) an entity linked: that one is bound, unless it is only an item listed inside a
            # segment ("the data-centre and cloud business" among a segment's members, a CostItem)
            # that no row is of: then the unit stays unbound
            linked = any(own & _words(h.matched) and (h.kind != "CostItem"
                                                      or any(_s(r, "subjectLabel") == h.label for r in rows))
                         for h in hits)
            owner = re.search(r"([\w.&-]+)(?:'s|’s)\s*$", ql[:unit.start() + 2])
            owned = owner and any(owner.group(1) in h.matched.split() for h in hits)   # "Broadcom's": linked
            if own and owned and not linked:
                rows = [r for r in rows if own & _words(_s(r, "subjectLabel") + " " + _s(r, "measure"))]
                if not rows:
                    return [], f"The documents state no figure of the {unit.group(1)} {unit.group(2)}."
        src, src_text = _source_words(q, hits)
        if src:
            # "revenue from AI workloads": a row that names what it came from (in its measure,
            # subject or sentence), not the company's other revenue
            # (a unit linked inside the source asked, "from government and public-sector customers" of the
            # row "Government and public sector": a figure of that unit is from it; issue47s)
            inside = {h.label for h in hits if h.kind == "Segment" and h.matched and h.matched in norm(src_text)}
            kept = [r for r in rows if src & _words(_s(r, "measure") + " " + _s(r, "subjectLabel"))
                    or _source_in_quote(src, _s(r, "quote")) or _s(r, "subjectLabel") in inside]
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                what = wanted[0][0] if wanted else "figure"
                return [], f"The documents state no {what} from {src_text}" + (f" for {subj}." if subj else ".")
            rows = kept
        if REPORTED.search(ql) and not GUIDANCE.search(ql) and not OUTLOOK_ASKED.search(ql):
            # what was reported asked: not a figure the company expects
            kept = [r for r in rows if not OUTLOOK_MEASURE.search(_s(r, "measure"))]
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], "The documents state no reported figure of that" + (f" for {subj}" if subj else "") + ", only an outlook."
            rows = kept
        if GUIDANCE.search(ql):
            # guidance asked: a figure the company expects, not one it reported
            rows = [r for r in rows if GUIDED.search(_s(r, "measure") + " " + _s(r, "quote"))]
            # (issue41g) of a fiscal year asked, not the outlook of the company's other year ("guidance for FY2027"
            # when only FY2026's is given: probe30 07_elmos 'Elmos has not issued guidance for fiscal year 2027')
            rows = [r for r in rows if not (OUTLOOK_MEASURE.search(_s(r, "measure")) and other_fiscal_year(q, r))]
            if not rows:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], "The documents state no guidance" + (f" for {subj}." if subj else ".")
        if FULL_YEAR.search(ql):
            rows = [r for r in rows if not part_of_year(r)]
            if not rows:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                return [], "The documents state no full-year figure" + (f" for {subj}." if subj else ".")
        if rows and not (kept := in_asked_span(q, rows)):
            # a whole year asked: a quarter's or a half's figure is another period's (asked_span)
            subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
            return [], "The documents state no full-year figure" + (f" for {subj}" if subj else "") + ", only figures of parts of the year."
        rows = kept or rows
        if (qp or fy) and any(not undated(r) for r in rows):
            rows = [r for r in rows if not undated(r)]
        if TRAILING_YEAR["asked"].search(ql):
            rows = [r for r in rows if trailing_year(r)] or rows   # the twelve months to the date asked (period_fit.TRAILING_YEAR)
        amounts = _question_amounts(q)
        if amounts:
            kept = [r for r in rows if _dec(r.get("value")) in amounts]
            rows = kept or rows
        if not RATIO_ASKED.search(ql) and not GROWTH.search(q) and not (GUIDANCE.search(ql) and not wanted):
            # an amount asked ("what quarterly revenue …"): a percentage of it is another figure
            # (the guidance asked with no measure named is every figure it sets, a margin too)
            kept = [r for r in rows if _s(r, "unit") != "percent"]
            rows = kept or rows
        # measure modifiers named in the question ("international e-commerce", "total", "adjusted")
        qwords = _words(PERIOD_TEXT.sub(" ", q)) - {"revenue", "growth", "grow", "much", "fast", "rise", "percentage"}
        for h in hits:
            qwords -= _words(h.label) | _words(h.matched)
        for w, _, _ in (focus[1] if focus is not None else ()):
            qwords -= _words(w)   # the other measures asked together are not modifiers of this one
        if GUIDANCE.search(ql):
            qwords -= {"outlook"}   # the outlook axis (guidance, forecast: question.SYNONYMS) was read above, no modifier
        if qwords:
            restricted_asked = re.search(rf"\b(?:{CONNECTIVE})\s", ql) is not None

            def overlap(r):
                # a measure's restriction ("revenue from public cloud products") is matched only by
                # a question that asks for one ("revenue from …"): "the cloud unit's revenue" is the unit's
                measure = _s(r, "measure")
                mw = _words(measure if restricted_asked else RESTRICTED_PART.sub("", measure))
                hit = len(mw & qwords)
                return hit - 0.1 * len(mw - qwords) if hit else 0
            best = max(overlap(r) for r in rows)
            both = [r for r in rows if overlap(r) > 0 and _words(_s(r, "measure")) <= qwords] \
                if BOTH_BASES.search(ql) else []
            if len(both) >= 2:
                rows = both   # rule both-bases-asked: "GAAP and non-GAAP gross margins": each figure the question names wholly
            elif best > 0:
                rows = [r for r in rows if overlap(r) == best]
            elif len(owned := _owned_modifiers(ql, hits, named)) >= 2 and not any(
                    owned & _words(_s(r, "measure") + " " + _s(r, "subjectLabel")) for r in rows):
                # "Snowflake's net revenue retention rate": a measure of two or more words of its
                # own that no row names is another measure than the rows' (revenue); unless a
                # row's own sentence says all of them of its figure ("ARR from cloud
                # subscriptions" asked as "cloud subscription ARR": the measure kept its head)
                said = [r for r in rows if owned <= _words(_s(r, "quote"))]
                if not said:
                    subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "AIModel", "ModelFamily")), None)
                    return [], f"The documents state no {_phrase_owned(ql)} figure" + (f" for {subj}." if subj else ".")
                rows = said
        if GROWTH.search(q):
            kept = [r for r in rows if "change" in r]
            if kept and RATIO_ASKED.search(ql):
                kept = kept + _levels_of(kept, rows)
            elif kept and value_and_change(ql) and all(r.get("value") is not None or _levels_of([r], rows) for r in kept):
                # the level asked beside its change (question.VALUE_AND_CHANGE), when every change kept
                # carries its value or has its level stored apart (else which change's level is asked
                # is unclear and the sentence lanes read it: p31-04-q02 "ARR … and how fast was it
                # growing", a bare ARR change beside a "net new ARR" pair)
                kept = kept + _levels_of(kept, rows)
            rows = kept or rows
        return rows, ""
    if intent == "stakes":
        excl = excluded_party(q, hits)
        if excl is not None:
            return _co_holders(rows, excl, [h for h in hits if h is not excl])
        return rows, ""
    if intent == "market-shares":
        for word, pat in (("global", r"\bglobal\b|\bworld\w*"), ("china", r"\bchina\b|\bchinese\b")):
            if re.search(pat, ql):
                kept = [r for r in rows if word in _s(r, "market").lower()]
                rows = kept or rows
        # the market named ("the smartphone market", "market share in cloud") must be the rows' market
        named = _market_words(ql, hits)
        if named:
            # a ranking's market is as its sentence states it ("ranked first in PLM with 17%")
            kept = [r for r in rows if named <= _words(_s(r, "market") if "rank" not in r else _s(r, "rankMarket") + " " + _s(r, "quote"))]
            if not kept:
                return [], f"The documents state no share of a {' '.join(sorted(named))} market" + (
                    f" for {hits[0].label}." if hits else ".")
            rows = kept
        shared = _share_of_words(ql, hits)
        if shared:
            # "X's share of Korean mobile subscriptions": a share of that, said in the market or the sentence
            kept = [r for r in rows if shared <= _words(_s(r, "market") + " " + _s(r, "quote"))]
            if not kept:
                return [], f"The documents state no share of {' '.join(sorted(shared))}" + (
                    f" for {hits[0].label}." if hits else ".")
            rows = kept
        return rows, ""
    if intent == "competitors":
        if re.search(r"\bglobal(?:ly)?\b|\bworldwide\b|\binternational(?:ly)?\b", ql):
            kept = [r for r in rows if _s(r, "region") == "global"]
            return (kept or rows), ""
        if re.search(r"\bhome\s+(?:market|country|turf)\b|\bdomestic(?:ally)?\b|\bat\s+home\b", ql):
            # its home market: the rivals named for a country or as domestic, not the global ones
            kept = [r for r in rows if _s(r, "region") not in ("global", "")]
            return (kept or rows), ""
        # the rivals of one country, named as a place ("in China") or by its people's adjective ("which Chinese
        # companies"); "in AI and cloud" names no place and narrows nothing (probe35 p35-par-11; the
        # seed's "competitors in China")
        reg = asked_country(ql, hits)
        if reg:
            kept = [r for r in rows if reg in _s(r, "region").lower() or _s(r, "region") in ("domestic",)]
            rows = kept or rows
        return rows, ""
    if intent == "investments":
        # a period named in the question ("in April 2025") drops a deal the documents date
        # otherwise ("acquired in 2021 for …"); undated deals stay
        qp = question_periods(q)
        if qp:
            rows = [r for r in rows if undated(r) or in_period(r, qp, published)]
            if not rows:
                return [], "The documents report no investment in that period."
        # a fiscal year asked without dates ("raise in FY2025"): a plan of the company's other
        # fiscal year is not it (probe20 p20-06-q09: FY2026's private funding given for FY2025)
        if (kept := [r for r in rows if not other_fiscal_year(q, r)]) != rows:
            if not kept:
                return [], "The documents report no investment in that fiscal year."
            rows = kept
        # what the money goes into, as the question says it: a row naming half its words or more
        said, obj = invested_object(q, hits)
        if obj:
            kept = [r for r in rows if 2 * len(obj & _words(" ".join(_s(r, k) for k in ("targetEntityLabel", "target", "quote")))) >= len(obj)]
            if not kept:
                return [], f"The documents report no investment in {said}."
            rows = kept
        amounts = _question_amounts(q)
        if not amounts:
            nums = [Decimal(x.replace(",", "")) for x in re.findall(r"\b\d[\d,]*(?:\.\d+)?\b", q)]
            scaled = []
            for n in nums:
                scaled += [n, n * 10 ** 6, n * 10 ** 9]
            amounts = scaled
        if amounts:
            keep_inv = {r["investment"].value for r in rows if _dec(r.get("amount")) in amounts}
            if keep_inv:
                rows = [r for r in rows if r["investment"].value in keep_inv]
        # two companies named ("How much did Tencent invest in Alibaba?"): an investment between
        # them, the other one being the target or named in the sentence; not each one's own
        named = [h for h in hits if h.kind in ("Company", "Segment")]
        if len(named) > 1:
            def between(r):
                parties = [h for h in named if norm(h.label) in norm(_s(r, "investorLabel"))]
                others = [h for h in named if h not in parties]
                where = norm(" ".join(_s(r, k) for k in ("targetEntityLabel", "target", "quote")))
                return bool(parties) and any(norm(h.label) in where or norm(h.matched) in where for h in others)
            kept = [r for r in rows if between(r)]
            if not kept:
                return [], f"The documents report no investment between {named[0].label} and {named[1].label}."
            rows = kept
        return rows, ""
    if intent == "costs-by-segment":
        # (SEGMENT_CONTENTS_ASKED) a company named after the first is an item asked ("Which Acme segment includes Pellmark?")
        firms = [h for h in hits if h.kind == "Company"]
        items = [h for h in hits if h.kind not in ("Company", "Segment", "Country")] + firms[1:]
        if items:
            kept = [r for r in rows if any(h.label == _s(r, "itemLabel") for h in items)]
            if not kept:  # the company's own wording: "food delivery" vs "food-delivery service"
                kept = [r for r in rows if any(_words(h.label) <= _words(_s(r, "itemLabel")) for h in items)]
            if kept:
                segs = {r["segment"].value for r in kept}
                rows = [r for r in rows if r["segment"].value in segs] if len(items) > 1 else kept
            elif firms[1:]:
                return [], f"The documents place {firms[1].label} in no segment" + (f" of {firms[0].label}." if firms else ".")
        elif not any(h.kind == "Segment" for h in hits) and not SEGMENT_CONTENTS_ASKED["words"].search(ql):
            return [], "The question asks for no unit's contents."   # ("Which Acme switch chip moves 102.4 Tb/s?")
        return rows, ""
    if intent == "usage-metrics":
        return _used_part(ql, rows, hits)
    if intent == "restrictions":
        return rows, ""
    if intent == "reasons":
        return _reasons_asked(ql, rows, hits)
    if intent == "guidance-changes":
        # a change of the guidance of the measure asked ("product revenue forecast"): not a
        # change whose values were read as another measure
        named = measures_named(without_names(ql, hits), nested=False)
        if named:
            claims = {_s(r, "claim") for r in rows
                      if any(st in _s(r, "measure").lower() for st in named[0][1])}
            kept = [r for r in rows if _s(r, "claim") in claims]
            if not kept:
                subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
                return [], f"The documents report no change of {named[0][0]} guidance" + (f" for {subj}." if subj else ".")
            rows = kept
        return rows, ""
    return rows, ""


# A cost or expense line named after what it is the cost of ("cost of sales", "cost of revenues",
# "sales and marketing expenses") holds the word of the revenue, but is no revenue: it answers a
# question of revenue, sales or turnover only when the question names the cost too. Seen: probe34
# p34-03-q01 (03_cwg forecast table: "Turnover" answered by "Cost of sales"); the lines of every
# results table of probe8 and probe11 ("Cost of revenue", "Sales and marketing").
COST_OF = {
    "name": "cost-line-is-no-revenue",
    "line": plain(r"\bcosts?\s+of\s+(?:sales|revenues?|turnover|goods)\b|\b(?:sales|revenues?|turnover)\b[\w\s&-]*?\b(?:expenses?|costs?)\b"),
    "asked": plain(r"\bcosts?\b|\bexpenses?\b"),
    "examples": ("cost of sales outlook", "sales and marketing expenses", "cost of revenues"),
}


def cost_of(asked: str, measure: str) -> bool:
    """Whether a row's `measure` is the cost line of a revenue (COST_OF) and the measure words `asked` name no cost (pure)."""
    return COST_OF["line"].search(measure) is not None and COST_OF["asked"].search(asked) is None


# What a unit holds is answered for a question that names the unit or the item, or asks with a word
# of units or of holding ("Which costs sit in which segment?"); another company named after the
# first is the item asked, and a segment list that does not place it does not answer. Seen
# (issue47s): probe3 r07-q03 "Which Broadcom segment includes VMware?" (the other segment's items
# answered once the text's contents were read), r07-q08 "Which Broadcom Ethernet switch chip moves
# 102.4 terabits per second?" (a unit's item list answered a product asked by its feat).
SEGMENT_CONTENTS_ASKED = {
    "name": "segment-contents-asked",
    "words": plain(r"\b(?:segments?|divisions?|units?|business(?:es)?|lines?|arms?|sits?|sitting|book(?:s|ed)?|includ\w*|compris\w*|"
                   r"hold(?:s|ing)?|hous\w*|contain\w*|cover\w*|inside|within|part\s+of|made\s+up|make\s+up|belong\w*|where|which\s+costs?)\b"),
    "examples": ("Which Orvane segment includes Pellmark?", "Which costs sit in which segment?"),
}


def _levels_of(changes: list[dict], rows: list[dict]) -> list[dict]:
    """How a ratio changed ("how did the EBITDA margin change"): a change in points is read
    with the level it reached, so a level row of the same subject, measure and period as a
    change kept (stored apart from it) goes with it. Seen in two documents: a segment's
    margin change asked (probe12 p12-04-q04, a Brazilian software feature) and a gross margin
    "and how much did it change" (p12-01-q06, a French chipmaker's MD&A).
    (issue48q, rule move-between-levels) A level the change's own sentence states of the same subject and
    measure goes with it whatever its date: "from a closing price of $14.20 on Monday to an intraday high
    of $17.05 …, an increase of 20.1%" (probe35 04 Objective's ASX price query, the levels dated apart from
    the change: p35-04-q02 "OCL share price move"); the same shape, a move and the level reached in one
    sentence, in probe6 p6_05_kakao ("Shares of Kakao rose 4.1% to 61,300 won") and p6_04_rakuten_symphony
    ("shares rose 3.2% to 875 yen")."""
    key = lambda r: (_s(r, "subjectLabel"), _s(r, "measure"), _s(r, "periodLabel"))
    said = lambda r: (_s(r, "subjectLabel"), _s(r, "measure"), _s(r, "quote"))
    have = {key(r) for r in changes}
    stated = {said(r) for r in changes if _s(r, "quote")}
    return [r for r in rows if "change" not in r and r.get("value") is not None and (key(r) in have or said(r) in stated)]


RISKS_ASKED = plain(r"\brisks?\b")
_ASKED_UP = plain(r"\b(?:rise|rose|risen|rising|grow|grew|grown|growth|increase[sd]?|gain(?:ed|s)?|jump(?:ed)?|surge[sd]?|climb(?:ed)?|"
                       r"improve[sd]?|accelerat\w*|higher|up|beat|raise[sd]?|upgrade[sd]?|lift(?:ed)?|boost(?:ed)?)\b")
_ASKED_DOWN = plain(r"\b(?:fall|fell|fallen|falling|drop(?:ped)?|decline[sd]?|decrease[sd]?|slip(?:ped)?|slide|slid|shrink|shrank|"
                         r"lower|down|loss|miss(?:ed)?|cut|lowered|collapse[sd]?|slump(?:ed)?|plunge[sd]?|tumble[sd]?|weak\w*|slow\w*)\b")


def _reasons_asked(ql: str, rows: list[dict], hits) -> tuple[list[dict], str]:
    """The reasons for the change asked: a risk question keeps the risks listed; a question
    naming a measure keeps the reasons for a change of that measure, else the reasons whose
    sentence names no measure but names the unit asked about (or, with no unit asked, any);
    never another measure's reason."""
    subj = next((h.label for h in hits if h.kind in ("Company", "Segment")), None)
    of = f" of {subj}." if subj else "."
    if RISKS_ASKED.search(ql) and not re.search(r"^\s*why\b", ql):
        kept = [r for r in rows if _s(r, "kind") == "risk"]
        return (kept, "") if kept else ([], "The documents list no risks" + (f" for {subj}." if subj else "."))
    rows = [r for r in rows if _s(r, "kind") != "risk"]
    # a rise is not explained by the reason for a fall ("why did ARPU fall" when it rose)
    up, down = _ASKED_UP.search(ql), _ASKED_DOWN.search(ql)
    asked = "increase" if up and not down else "decrease" if down and not up else None
    if asked:
        moved = [r for r in rows if _s(r, "direction") in ("", asked)]
        if rows and not moved:
            return [], f"The documents give no reason for a {'rise' if asked == 'increase' else 'fall'}" + of
        rows = moved
    named = measures_named(without_names(ql, hits), nested=False)
    if not named:
        return rows, ""
    stems = named[0][1]
    kept = [r for r in rows if any(st in _s(r, "measure").lower() for st in stems)]
    if not kept and asked:
        # the measure asked by its own modifier ("royalty revenue") when the reason names it
        # otherwise ("royalty growth"), in the direction asked
        mods = {w for w in _owned_modifiers(ql, hits, named) if not (_ASKED_UP.search(w) or _ASKED_DOWN.search(w))}
        kept = [r for r in rows if mods and _s(r, "direction") == asked and mods & _words(_s(r, "measure").lower())]
    if not kept:
        # a change whose sentence names no measure ("the networking gain was driven by …") answers
        # for the unit it names, when the question asks about that unit
        units = [h for h in hits if h.kind == "Segment"]
        kept = [r for r in rows if not _s(r, "measure") and units
                and any(_unit_named(h.label, _s(r, "quote")) for h in units)]
    if not kept:
        return [], f"The documents give no reason for the {named[0][0]}" + of
    return kept, ""


# A margin or profit asked "on" a part of the business ("what gross margin does X earn on its
# edge products", "the operating margin on X's AI business"): the part is what the figure came
# from, as "revenue from …" (the company's own margin is another figure). Seen: probe13 (an AI
# server maker's systems business), probe14 (an industrial-PC maker's edge products).
MARGIN_ON = {
    "name": "margin-on-part",
    "pattern": plain(r"\b(?:margins?|profit(?:s|ability)?)\b[^?]*?\bon\s+((?:[\w&'’.-]+\s+){0,5}?[\w&'’.-]+?)\s*(?=\b(?:in|during|for|by|over|last|this|since|between)\b|[?.,]|$)"),
    "generic": {"business", "businesses", "products", "product", "operations", "segment", "unit", "division", "arm", "sales", "basis"},
    "examples": ("What operating margin does the chipmaker earn on its automotive products?",
                 "What's the gross margin on the retailer's grocery business?"),
    "provenance": "probe13 p13 Netweb AI systems margin; probe14 p14-06-q10 (06_advantech_computex_keynote)",
}


def _source_words(q: str, hits: list[Hit]) -> tuple[set[str], str]:
    """The words of what a figure asked came from ("from AI workloads" -> {ai, workload}; a
    margin "on its edge AI products": MARGIN_ON) and the phrase as asked, without the names the
    question links and the measure's own "from operations"."""
    m = SOURCE_ASKED.search(q.lower()) or SOURCE_BEFORE.search(q.lower())
    generic: set[str] = set()
    if not m:
        m = MARGIN_ON["pattern"].search(q.lower())
        if not m or re.search(r"\bbasis\b", m.group(1)):   # "on an adjusted basis": how, not from what
            return set(), ""
        generic = MARGIN_ON["generic"]
    words = _words(m.group(1)) - _words(" ".join(SOURCE_OWN)) - generic
    for h in hits:
        words -= _words(h.label) | _words(h.matched)
    return words, q[m.start(1):m.end(1)]


# in a figure's sentence, what the figure came from may be said anywhere ("revenue from AI
# servers", "China accounted for 42% of sales", "the deal to generate revenue"), but not as where
# the company's products went ("as its chips shipped into AI servers"): a word of the source said
# only after "into" is no source of the figure
_DESTINATION_BEFORE = plain(r"\b(?:into|onto)\s+(?:[\w&'’-]+\s+){0,2}$", re.I)


def _source_in_quote(src: set[str], quote: str) -> bool:
    """Whether the sentence names the source asked (a word of `src`) other than as a destination."""
    for m in re.finditer(r"[\w&'’-]+", quote):
        if _words(m.group(0)) & src and not _DESTINATION_BEFORE.search(quote[:m.start()]):
            return True
    return False


# A figure's sentence names what caused its change after a cause connective ("margin fell to
# 17% because of investment in the new services unit", "revenue rose 30%, driven by its cloud
# business"): a unit named there only is the cause, not whose the figure is. Seen: probe14
# (08_happiest_minds_analyst_note, a unit's start-up costs), probe6 (p6_08_nebius, a core
# business driving the company's revenue).
CAUSE_CLAUSE = {
    "name": "unit-named-as-cause",
    "connective": plain(r"\bbecause\b|\bdue\s+to\b|\bowing\s+to\b|\bdriven\s+by\b|\bthanks\s+to\b|\bas\s+a\s+result\s+of\b|\bon\s+the\s+back\s+of\b", re.I),
    "examples": ("Operating margin slipped to 11% because of hiring for the new robotics unit.",
                 "Sales rose 40%, driven by its payments business."),
    "provenance": "probe14 08_happiest_minds_analyst_note; probe6 p6_08_nebius",
}


def named_for_figure(row: dict, label: str, matched: str = "") -> bool:
    """Whether a row names the entity (its label or the words asked) as whose its figure is: in
    a field of the row, or in its sentence before a cause connective (CAUSE_CLAUSE), not only as
    what caused the change."""
    names = [n for n in (norm(label), norm(matched)) if n]
    for k, t in row.items():
        if k != "quote" and t is not None and hasattr(t, "value") and any(n in norm(str(t.value)) for n in names):
            return True
    quote = _s(row, "quote")
    cause = CAUSE_CLAUSE["connective"].search(quote)
    return any(n in norm(quote[:cause.start()] if cause else quote) for n in names)


def _unit_named(label: str, quote: str) -> bool:
    """Whether the quote names the unit: its label, or its last words ("Cloud Music" for
    "NetEase Cloud Music"), in any case."""
    words, q = label.lower().split(), quote.lower()
    return any(re.search(r"(?<![\w-])" + re.escape(" ".join(words[i:])) + r"(?![\w-])", q) for i in range(max(1, len(words) - 1)))


MARKET_GENERIC = {"global", "world", "worldwide", "china", "chinese", "domestic", "overall", "total", "whole",
                  "entire", "share", "market", "biggest", "largest", "bigger", "larger", "slice", "much", "control"}


UNIT_NOUNS = {"segment", "division", "unit", "business", "group", "arm", "company", "firm"}
# a measure phrase also ends where the question says how it moved or when ("X's licensing revenue
# grow last quarter", "X's cloud sales rise this year"): those words are not part of the measure
_MOVED_OR_WHEN = ("grow|grew|grown|rise|rose|risen|fall|fell|fallen|increase|increased|decrease|decreased"
                  "|decline|declined|jump|jumped|climb|climbed|drop|dropped|change|changed|expand|expanded"
                  "|shrink|shrank|last|this|next|previous|prior"
                  "|growing|rising|falling|increasing|decreasing|declining|expanding|shrinking"
                  "|been|being|is|are|was|were|has|have|had|did|does|do|will|would")
_OWNED = plain(r"[\w.-](?:'s|’s|s')\s+((?:[\w&-]+\s+){0,5}?[\w&-]+)"
                    r"(?:(?=\s+(?:" + _MOVED_OR_WHEN + r")\b)|" + _PHRASE_END + ")")


def _phrase_owned(ql: str) -> str:
    m = _OWNED.search(ql)
    return m.group(1) if m else "such"


# the thing used, named as a part of its owner after a verb of use: "use X's AI features"
USED_THING = plain(r"\b(?:use|uses|used|using|tried|try|tries|access(?:es|ed)?|adopt(?:s|ed)?)\s+(?:the\s+)?"
                   r"([\w.&-]+(?:'s|’s|s'))\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)")
USAGE_WORDS = {"user", "users", "usage", "active", "daily", "monthly", "weekly", "paying", "people", "customers", "customer"}


def _used_part(ql: str, rows: list[dict], hits) -> tuple[list[dict], str]:
    """"how many users use X's AI features": the users of that part of X, named by the row (its
    measure or metric, whose it is, or its sentence); X's own users are another figure."""
    used = USED_THING.search(ql)
    part = _owned_modifiers(ql[used.start(1):], hits, []) - USAGE_WORDS if used else set()
    if not part:
        return rows, ""
    kept = [r for r in rows if part <= _words(" ".join(_s(r, k) for k in ("measure", "usageMetric", "subjectLabel", "ofLabel", "quote")))]
    if kept:
        return kept, ""
    subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "Product", "AIModel", "ModelFamily", "Application")), None)
    return [], "The documents report no usage figure of " + (f"{subj}'s " if subj else "") + f"{' '.join(ql[used.start(2):].rstrip(' ?.!').split())}."


# The whole asked ("how many customers does X have in total", "the total number of its
# employees"): a row whose measure is a part, named by a qualifier the question does not say
# ("customers on saas", "employees in india"), is not the total. Seen: probe21 p21-04-q10 (a
# SaaS customer count answered a total-customers question) and p21-07-q10 (total employees);
# probe20 p20-04-q02 asks a total claimed ("how much did X claim in total") of a sum of parts.
WHOLE_ASKED = {
    "name": "whole-asked",
    "asked": plain(r"\bin\s+total\b|\btotal\s+(?:number|count|amount)\s+of\b|\baltogether\b|\ball\s+told\b"),
    "part": plain(r"\b(?:on|in|from|at|for|via|through|outside|excluding)\s+(?!(?:total|all|the\s+(?:year|quarter|period))\b)([a-z][\w+&-]*(?:\s+[a-z][\w+&-]*)?)\s*$"),
    "after": plain(r"^(?:\s+[a-z]+)?\s+(?:on|in|from|at|via|through|outside|excluding)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
                   r"(?!(?:total|all|each|every|year|years|quarter|half|period|month|months|fiscal|fy\d*|q[1-4]|h[12])\b)([a-z][\w+&-]*)"),
    "examples": ("How many customers does Pellam have in total?", "What is the total number of stores Rivo runs?"),
    "not": ("How many customers does Pellam have on its cloud platform?",),
}


def part_stated(ql: str, row: dict) -> bool:
    """A total asked (WHOLE_ASKED) and the row a part of it: its measure ends in a qualifier the
    question does not say, or its sentence qualifies its value so ("1,100 customers on SaaS+")."""
    if not WHOLE_ASKED["asked"].search(ql):
        return False
    asked = _words(ql)
    m = WHOLE_ASKED["part"].search(_s(row, "measure").lower())
    if m and not _words(m.group(1)) & asked:
        return True
    value, quote = _s(row, "valueText"), _s(row, "quote")
    at = quote.find(value) if value else -1
    if at < 0:
        return False
    after = quote[at + len(value):].lower()
    m = WHOLE_ASKED["after"].match(after)
    return bool(m) and not _words(m.group(1)) & asked


# The company asked, not its units: "what was X's revenue" is X's own figure when the graph has
# one of the measure asked; its segments' or regions' figures (which the saved query also
# returns) answer only a question naming a unit or asking for a breakdown. Seen: probe21
# p21-01-q01 (Megaport's regions' revenue, and another company's regions sharing their names,
# answered its own FY2025 revenue) and probe22 p22-02-q03 (another company's gross margins).
UNITS_ASKED = plain(r"\b(?:segments?|regions?|divisions?|units?|businesses|business\s+(?:groups?|lines?)|product\s+lines?|breakdown|split|each|geograph\w*|by\s+(?:segment|region|market|country|product))\b")


# A figure its sentence gives as a named peer's ("By comparison, ASX-listed peer Coorong
# Diagnostics reported EBITDA of A$4.8 million", "local rival NetSol Technologies reported
# quarterly revenue of …") is that peer's, not the figure of the company the row was filed under,
# when the sentence names no word of that company. Seen: kindcheck28/ask 03_wirrabara (a peer's
# EBITDA filed on the company that "does not report EBITDA"), and the same comparison shape in
# probe24 01 (Intelbras: "The domestic rival Multilaser … had net revenue of"), probe15 02 (FPT:
# "listed peer CMC Corporation reported"), probe21 08 (Nemetschek: "US peer Bentley Systems
# reported"), probe17 06 (Systems Limited: "local rival NetSol Technologies reported").
# (issue46c) also the peer's name after a comma or with a lower-case legal form, its verb in a relative clause or
# after "said … that it": "Our competitor Sýn hf., which reported Q3 revenue of ISK 6,214 million" (probe34 07),
# "one of your competitors, Vocantis, said last week that it grew revenue to $52 million" (probe34 06), "its larger
# domestic competitor, Compagnia Dati Lagunare, which reported revenue of €610 million" (kindcheck27 entities 02),
# "Among listed peers, Infotel reported third-quarter revenue" (probe32 05), "Among peers, Lumentum reported revenue"
# (probe22 02), "Among rivals, Nintendo said last week that it had sold" (probe3 r04)
# rule both-bases-asked (issue46c): a question asking a measure on a basis and on its "non-" basis ("What were X's GAAP and
# non-GAAP gross margins?", p34-06-q04; the pair as documents state it: probe23 04/06, probe24 08, probe34 06) asks both
# figures: the modifier overlap keeps each row whose measure the question names wholly, not only the one of most words
BOTH_BASES = plain(r"\b([a-z]{2,})\s+(?:and|&)\s+non-?\s?\1\b")


PEER_FIGURE = {
    "name": "peer-figure",
    "pattern": plain(r"\b(?:peers?|rivals?|competitors?|counterparts?),?\s+(?P<name>[A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})"
                     r"(?:\s+[a-z]{1,4}\.)?(?:,[^,]{0,80},|,?\s+(?:which|that|who)\b)?"
                     r",?\s+(?:said(?:\s+(?:last|this|on)\s+\w+)?\s+that\s+(?:it|they)\s+)?"
                     r"(?:reported|posted|booked|had|recorded|generated|made|earned|delivered|achieved|grew|increased|raised)\b"),
    # a sentence opened by "For <Name>," says whose the figure after it is ("For Ravenmoor, the Osmund ramp meant
    # revenue of $3.2 billion": kindcheck32/periods 03_kiritsubo_h1_news, filed under the article's company; "For
    # Korbinger, the Velmark ramp meant revenue of €412.7 million": kindcheck31/focus 03_korbinger, the company's own)
    "owner_opening": plain(r"^\s*For\s+(?P<name>[A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3}),\s"),
    "examples": ("By comparison, ASX-listed peer Coorong Diagnostics reported EBITDA of A$4.8 million for the March quarter.",
                 "For Vellmark, the chip ramp meant revenue of $2.1 billion in its June quarter.",
                 "Our competitor Vellmark hf., which reported Q3 revenue of ISK 4,100 million, partners abroad.",
                 "One of your competitors, Quorvant, said last week that it grew revenue to $41 million."),
}


# A value annualised (a run-rate, "an estimated $410 million in annualised revenue when fully
# ramped") is not the revenue of the period a question asks, unless it asks for it. Seen:
# probe27 08a/08b (Plexus: programme wins "in annualised revenue" listed with the quarter's
# revenue, p27-08-q01), probe9 g03 (Micron: "annualized revenue run rate"), probe6 p6_08 (Nebius
# "ARR run-rate"), probe5 01 (Snowflake).
ANNUALISED = {
    "name": "annualised-measure",
    "measure": plain(r"\bannuali[sz]ed\b|\brun[- ]?rate\b|\brecurring\b|\barr\b", re.I),
    "asked": plain(r"\bannuali[sz]\w*|\brun[- ]?rate\b|\brecurring\b|\barr\b|\bwins?\b|\bbookings\b|\bprogram+e", re.I),
    # annual recurring revenue is a stock at a date, never a period's revenue, even when no other row
    # is there (probe28 03 commvault: 'Total annual recurring revenue (ARR) of $1,117 million at March
    # 31, 2026' answered the fourth quarter's revenue, which the proxy does not state; read after
    # first contact; ARR beside revenue in 17 seen documents of 12 sets)
    "stock": plain(r"\brecurring\b|\barr\b", re.I),
    "examples": ("What revenue did Brenmoor report for fiscal Q2 2026?",),
}


# A measure named as a part of another by its source ("revenue from data-centre power
# distribution", "sales from AI servers"): not the whole measure a question asks without a
# source. Seen: probe27 08a/08b (Plexus: "revenue from data-centre power distribution" listed
# beside the quarter's revenue for "What revenue did Plexus report"); documents naming parts so
# beside the whole: probe10 zte_2024_results, probe13 netweb_fy25_results_page (28 seen documents
# write "revenue from <part>").
PART_OF_MEASURE = {
    "name": "part-of-measure",
    "pattern": plain(r"^(?:[\w-]+\s+){0,3}?(?:revenues?|sales|income|profit)\s+from\s+(?!(?:the\s+)?(?:operations|continuing|contracts?|"
                     r"customers|clients|sales|ordinary|core|its|their|all)\b)\S", re.I),
    "examples": ("revenue from data-centre power distribution",),
    "not": ("revenue from operations", "revenue from contracts with customers"),   # the whole (probe13 netweb)
}


def peer_figure(row: dict, asked=()) -> bool:
    """Whether a row's sentence gives its value as a named peer's (PEER_FIGURE) and names no word
    of the row's own subject. `asked`: the question and its names (linking hits' labels): a peer the
    question names is the company asked, and its figure is kept ("What Q3 revenue did Sýn report?",
    where no node is named Sýn)."""
    quote = _s(row, "quote")
    m = (PEER_FIGURE["pattern"].search(quote) or PEER_FIGURE["owner_opening"].match(quote)) if quote else None
    if m is None:
        return False
    from .subject_asked import GENERIC
    peer = set(norm(m.group("name")).split()) - GENERIC
    if peer and any(peer & set(norm(a).split()) for a in asked):
        return False
    own = set(norm(_s(row, "subjectLabel")).split()) - GENERIC
    return bool(own) and not own & set(norm(quote).split())


def _own_subject(ql: str, rows: list[dict], hits) -> list[dict]:
    """The rows of the company asked when it has one of the measure asked (UNITS_ASKED aside)."""
    companies = {h.iri for h in hits if h.kind == "Company"}
    if len(companies) != 1 or any(h.kind not in ("Company", "Country", "Place") for h in hits) or UNITS_ASKED.search(ql):
        return rows   # (two companies named: "what did X contribute to Y", the unit may be either's)
    if narrowing_of(ql, hits)[0]:
        return rows   # a part of the measure asked ("e-commerce revenue", "revenue from X"): a unit's row may be it
    named = measures_named(without_names(ql, hits), nested=False)
    if not named:
        return rows
    own = [r for r in rows if _s(r, "subject") in companies]
    if any(any(st in _s(r, "measure").lower() for st in named[0][1]) for r in own):
        return own
    return rows


def part_said(ql: str, sentence: str) -> bool:
    """A total asked (WHOLE_ASKED) and every count the sentence gives is qualified as a part
    ("more than 1,100 customers on SaaS+") by words the question does not say."""
    if not WHOLE_ASKED["asked"].search(ql):
        return False
    asked = _words(ql)
    counts = list(_COUNT_THEN.finditer(sentence.lower()))
    return bool(counts) and all((m := WHOLE_ASKED["after"].match(sentence.lower()[c.end():])) and not _words(m.group(1)) & asked
                                for c in counts)


_COUNT_THEN = plain(r"\d[\d,.]*(?:\s*(?:million|thousand|m|k|bn|billion))?\s+[a-z]+")


def _whole_asked(ql: str, rows: list[dict], hits) -> tuple[list[dict], str]:
    """A total asked (WHOLE_ASKED): the rows whose measure is not a part the question leaves unsaid."""
    if not WHOLE_ASKED["asked"].search(ql):
        return rows, ""
    kept = [r for r in rows if not part_stated(ql, r)]
    if kept:
        return kept, ""
    subj = next((h.label for h in hits if h.kind in ("Company", "Segment", "Organization")), None)
    return [], "The documents state only parts, not the total asked" + (f" for {subj}" if subj else "") + "."


def _owned_modifiers(ql: str, hits: list[Hit], named) -> set[str]:
    """The words of the measure a question owns ("X's net revenue retention rate") besides the
    measure words named (revenue), the period, the entities and generic words."""
    m = _OWNED.search(ql)
    if not m:
        return set()
    words = _words(PERIOD_TEXT.sub(" ", m.group(1))) - OPEN_IGNORED - UNIT_NOUNS - _words(FIGURE_VERBS)
    for w, _, _ in named:
        words -= _words(w)
    for h in hits:
        words -= _words(h.label) | _words(h.matched)
    return words


# The kind of a profit measure (gross, operating, net, EBITDA …) named right before its head
# ("what gross margin", "X's operating loss"): a row of another kind is another measure. Asked
# of a company whose documents state another kind only: probe13 (an EBITDA margin band, a gross
# margin asked), probe11 (a newsletter on a start-up's losses, its gross margin asked); the
# seed's operating margin of a business no document gives one for
MEASURE_KIND = plain(r"\b(?P<k>gross|operating|net|ebitda(?:al)?|ebita|ebit|pre-?tax|contribution)\s+(?P<h>margins?|profits?|income|loss(?:es)?)\b")


# the charges a value may be given as in its own sentence, right after it
CHARGED_VALUE = {
    "name": "charged-value",
    "provenance": "probe21 02_renesas_tse_notice (a write-down of inventory filed as operating profit)",
    "nouns": plain(r"^\s*(?:write-?downs?|write-?offs?|impairments?|provisions?|charges?|fines?|settlements?)\b"),
    "examples": ("a EUR 40 million write-down of legacy stock", "a USD 12 million impairment charge"),
}


def charged_value(row: dict) -> bool:
    """Whether the row's sentence gives its value as a charge (CHARGED_VALUE) its measure does not name (pure)."""
    text, quote, measure = _s(row, "valueText"), _s(row, "quote"), _s(row, "measure").lower()
    at = quote.find(text) if text else -1
    if at < 0:
        return False
    m = CHARGED_VALUE["nouns"].search(quote[at + len(text):])
    return bool(m) and m.group(0).strip().lower().rstrip("s")[:6] not in measure


def _kind_asked(ql: str) -> tuple[str, str] | None:
    """(the kind, its words) of the profit measure a question names with a kind word, or None."""
    m = MEASURE_KIND.search(ql)
    return (_kind_of(m.group("k")), m.group(0)) if m else None


def _kind_of(word: str) -> str:
    w = word.lower().replace("-", "")
    return "ebitda" if w.startswith("ebitda") else w


def _measure_kinds(measure: str) -> set[str]:
    """The kinds of profit measure a row's measure names ("adjusted ebitda margin": {"ebitda"})."""
    return {_kind_of(m.group("k")) for m in MEASURE_KIND.finditer(measure.lower())}


def _share_of_words(ql: str, hits: list[Hit]) -> set[str]:
    """Content words of what a share is of when the question names no market ("share of Korean
    web search queries"), less the entities named and generic words."""
    if re.search(r"\bmarkets?\b", ql):
        return set()
    m = re.search(r"\bshare\s+of\s+(?:the\s+)?([\w\s'’.-]+?)(?:\s+(?:in|for|during|as|after|before|since|at|by|on|did|does|do|was|were|is|are|has|have|had)\b|[?.!,]|$)", ql)
    if not m:
        return set()
    names = set()
    for h in hits:
        names |= _words(h.label) | _words(h.matched)
    # "share of each / of them": the companies named, no thing a share is of (probe35 p35-par-15)
    return {w for w in _words(m.group(1)) - names - MARKET_GENERIC - REFERRING if not w.isdigit()}


REFERRING = {"each", "them", "both", "these", "those", "every", "one", "theirs", "it", "either"}


def _market_words(ql: str, hits: list[Hit]) -> set[str]:
    """Content words naming the market: before 'market' ("the smartphone market") or after
    'market share in' ("market share in cloud"), less the entities named and generic words."""
    names = set()
    for h in hits:
        names |= _words(h.label) | _words(h.matched)
    found = set()
    m = re.search(r"((?:[\w'’.-]+\s+){0,4})market\b(?!\s+share\s+(?:in|of)\b)", ql)
    if m:
        before = re.split(r"\b(?:of|the|in|does|did|do|is|what|which|how|has|have|a|an|its|their)\b", m.group(1))[-1]
        found |= _words(before)
    m = re.search(r"\bmarket\s+shares?\s+(?:in|of)\s+(?:the\s+)?([\w\s'’.-]+?)(?:\s+(?:market|in|for|during|as)\b|[?.!,]|$)", ql)
    if m:
        found |= _words(m.group(1))
    return {w for w in found - names - MARKET_GENERIC if not w.isdigit()}
