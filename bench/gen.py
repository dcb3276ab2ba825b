#!/usr/bin/env python3
"""Synthetic aikg graphs for benchmarks: N-Quads in aikg's own vocabulary and IRI scheme.

    python bench/gen.py --size 1m -o bench/data/kg-1m.nq        # ~1,000,000 quads
    python bench/gen.py --triples 25000 -o /tmp/small.nq

Deterministic for a given --seed (company i is generated from (seed, i) alone, so a bigger
size starts with the same companies as a smaller one). Layout, as `aikg ingest` writes it:

* one named graph per document (graph IRI = document IRI, id:doc/…), holding the document
  node (kg:Document, kg:fileName, kg:sha256, dcterms:identifier, rdfs:label, dcterms:title,
  dcterms:date) and every triple that document supports, including the types, labels and
  aliases of the entities it mentions;
* structural facts as plain triples (segment org:unitOf company + org:hasUnit, cost item
  kg:inSegment segment, model kg:developedBy / kg:family / kg:powers, skos:altLabel) plus a
  kg:Statement node (rdf:subject / rdf:predicate / rdf:object) with kg:evidence to its
  kg:Evidence node;
* n-ary facts (kg:Investment with kg:amount kg:Money nodes, kg:Restriction, quarterly
  kg:Observation figures, kg:MarketShare, kg:Role, kg:Competition, kg:Target,
  kg:DisclosureGap, kg:Initiative) typed kg:Fact, with kg:evidence to their kg:Evidence node;
* every kg:Evidence node has kg:quote, kg:charStart, kg:charEnd and prov:wasDerivedFrom its
  document, in that document's graph;
* about 15% of facts are stated again in a second document (the same fact node, a second
  piece of evidence), and some restated investments and figures carry a different value,
  so `conflicts` has something to find.

A JSON sidecar (`OUT.json`) records the quad count and sample entities (a mid-size company,
its model family, a person) for binding saved-query parameters.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from aikg.rdf import ID, NS, PREFIXES, doc_iri, entity_iri  # noqa: E402

SIZES = {"tiny": 2_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000, "5m": 5_000_000}

RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
SKOS = PREFIXES["skos"]
ORG = PREFIXES["org"]
PROV = PREFIXES["prov"]
DCT = PREFIXES["dcterms"]
XSD = PREFIXES["xsd"]

SYL = ["zor", "van", "ta", "qui", "lex", "mar", "no", "vi", "tek", "sol", "ra", "ky", "bel", "dro",
       "sen", "ox", "pa", "lu", "gri", "fen", "da", "mo", "cal", "is", "ver", "tu", "ha", "ri", "zen", "po"]
SUFFIX = ["Holdings", "Group", "Technologies", "Networks", "Systems", "Labs", "Digital", "Industries"]
COUNTRIES = ["China", "United States", "Singapore", "Japan", "South Korea", "Germany", "India", "France"]
SEGMENTS = ["Cloud Intelligence", "Commerce", "Digital Media", "Intelligent Devices", "Fintech Services",
            "Local Services", "Logistics", "Gaming", "Advertising", "Enterprise Software", "All Others"]
COST_GENERIC = ["AI model training", "GPU clusters", "data centre leases", "AI chips", "cloud infrastructure",
                "content moderation", "research and development", "network bandwidth", "model inference",
                "marketing", "customer acquisition", "server depreciation", "power and cooling"]
COST_OWN = ["{b} Maps", "{b} Pay", "{b} Music", "{b} Drive", "{b} Games", "{b} Mall", "{b} Health",
            "{b} Ads", "{b} Office", "{b} Travel", "{b} Stream", "{b} Chips"]
APPLICATIONS = ["chatbots", "coding assistants", "enterprise ai tools", "search", "customer service",
                "image generation", "productivity software", "recommendation engines"]
PRODUCTS = ["H20 accelerator", "A800 accelerator", "Ascend 910B", "HBM memory", "EUV lithography tools"]
MEASURES = [("revenue", "CNY"), ("capital expenditure", "CNY"), ("operating income", "CNY"),
            ("adjusted EBITA", "CNY"), ("net income", "CNY")]
MARKETS = ["global cloud market", "China public cloud market", "AI cloud market", "enterprise AI market"]
ROLES = [("CEO", "chief executive officer"), ("CFO", "chief financial officer"), ("chairman", "chairman"),
         ("president", "president"), ("CTO", "chief technology officer")]
FIRST = ["Lin", "Maya", "Chen", "Arjun", "Sofia", "Kenji", "Elena", "Omar", "Yuki", "Daniel", "Wei", "Priya"]
LAST = ["Zhao", "Hartmann", "Okafor", "Suzuki", "Moreau", "Patel", "Kowalski", "Tanaka", "Silva", "Nguyen"]
GAPS = [("AI spending", "the amount spent on AI infrastructure"), ("profitability", "the profitability of its AI business"),
        ("margins", "the operating margin of its cloud unit"), ("growth", "AI-related revenue growth")]
PLACES = ["Singapore", "Dubai", "Frankfurt", "Jakarta", "Riyadh", "Mexico City", "Kuala Lumpur", "Seoul"]
QUARTERS = [(y, q) for y in (2023, 2024) for q in (1, 2, 3, 4)]
QEND = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
QSTART = {1: "01-01", 2: "04-01", 3: "07-01", 4: "10-01"}
VERBS = ["reported", "said", "disclosed", "told analysts", "noted in its filing", "announced"]


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _typed(v, dt: str) -> str:
    return f'"{v}"^^<{XSD}{dt}>'


def _dec(x: float) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    if "." not in s:
        s += ".0"
    return _typed(s, "decimal")


def _digest(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _e(kind: str, label: str) -> str:
    return entity_iri(kind, label).value


class Doc:
    """One document's named graph, collected as N-Quads lines."""

    def __init__(self, doc_id: str, title: str, date: str):
        self.id = doc_id
        self.g = doc_iri(doc_id).value
        self.lines: list[str] = []
        self.seen_entities: set[str] = set()
        self.pos = 0
        g = self.g
        self.t(g, RDF + "type", f"<{NS}Document>")
        self.t(g, NS + "fileName", _lit(doc_id + ".txt"))
        self.t(g, NS + "sha256", _lit(hashlib.sha256(doc_id.encode()).hexdigest()))
        self.t(g, DCT + "identifier", _lit(doc_id))
        self.t(g, RDFS + "label", _lit(doc_id))
        self.t(g, DCT + "title", _lit(title))
        self.t(g, DCT + "date", _typed(date, "date"))

    def t(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"<{s}> <{p}> {o} <{self.g}> .\n")

    def entity(self, ent: "Entity") -> str:
        if ent.iri not in self.seen_entities:
            self.seen_entities.add(ent.iri)
            self.t(ent.iri, RDF + "type", f"<{NS}{ent.kind}>")
            self.t(ent.iri, RDFS + "label", _lit(ent.label))
            self.t(ent.iri, SKOS + "prefLabel", _lit(ent.label))
            for a in ent.aliases:
                self.t(ent.iri, SKOS + "altLabel", _lit(a))
            if ent.country is not None:
                self.entity(ent.country)
                self.t(ent.iri, NS + "country", f"<{ent.country.iri}>")
        return ent.iri

    def evidence(self, quote: str, about: str, pred: str | None = None, obj: str | None = None) -> str:
        start = self.pos
        end = start + len(quote)
        self.pos = end + 1
        ev = f"{ID}evidence/{_digest(self.id, start, end, about, pred or '', obj or '')}"
        self.t(ev, RDF + "type", f"<{NS}Evidence>")
        if pred is not None:  # a plain triple: its statement node carries the evidence
            o = obj if obj.startswith('"') else f"<{obj}>"
            st = f"{ID}statement/{_digest(about, pred, o)}"
            self.t(st, RDF + "type", f"<{NS}Statement>")
            self.t(st, RDF + "subject", f"<{about}>")
            self.t(st, RDF + "predicate", f"<{pred}>")
            self.t(st, RDF + "object", o)
            self.t(st, NS + "evidence", f"<{ev}>")
        self.t(ev, NS + "quote", _lit(quote))
        self.t(ev, NS + "charStart", _typed(start, "integer"))
        self.t(ev, NS + "charEnd", _typed(end, "integer"))
        self.t(ev, PROV + "wasDerivedFrom", f"<{self.g}>")
        return ev


class Entity:
    __slots__ = ("kind", "label", "iri", "aliases", "country")

    def __init__(self, kind: str, label: str, aliases=(), country: "Entity | None" = None):
        self.kind, self.label, self.aliases, self.country = kind, label, list(aliases), country
        self.iri = _e(kind, label)


_COUNTRY = {c: Entity("Country", c) for c in COUNTRIES + ["United Kingdom", "United Arab Emirates"]}
_APPS = [Entity("Application", a) for a in APPLICATIONS]
_PRODUCTS = [Entity("Product", p) for p in PRODUCTS]
_PLACES = [Entity("Place", p) for p in PLACES]
_REGULATORS = [Entity("Organization", "US Commerce Department", ["Bureau of Industry and Security"], _COUNTRY["United States"]),
               Entity("Organization", "European Commission", [], None)]


def company_name(i: int, rng: random.Random) -> tuple[str, str]:
    n = i
    parts = []
    for _ in range(3):
        parts.append(SYL[n % len(SYL)])
        n //= len(SYL)
    base = "".join(parts).capitalize() + (str(n) if n else "")
    return base, f"{base} {SUFFIX[i % len(SUFFIX)]}"


def gen_company(i: int, seed: int, all_names: list[str]) -> tuple[list[Doc], dict]:
    """All documents about company i."""
    rng = random.Random(f"{seed}-{i}")
    base, label = company_name(i, rng)
    country = _COUNTRY[COUNTRIES[rng.randrange(len(COUNTRIES))]]
    co = Entity("Company", label, [base, f"{label} Ltd.", f"{base} Inc."], country)
    docs: list[Doc] = []
    for (y, q) in QUARTERS:
        docs.append(Doc(f"{base.lower()}-{y}-q{q}", f"{label} results for the quarter ended {y}-{QEND[q]}",
                        f"{y + (q == 4)}-{'02' if q == 4 else f'{3 * q + 2:02d}'}-15"))
    for k in range(rng.randint(3, 6)):
        docs.append(Doc(f"{base.lower()}-news-{k:02d}", f"{label} {rng.choice(['expands', 'bets on', 'doubles down on', 'rethinks'])} AI",
                        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    news = docs[len(QUARTERS):]

    def pick(pool=None) -> list[Doc]:
        pool = pool or docs
        first = rng.choice(pool)
        if rng.random() < 0.15:
            second = rng.choice(docs)
            if second is not first:
                return [first, second]
        return [first]

    def say(*bits) -> str:
        return " ".join(str(b) for b in bits if b) + "."

    def binary(subj: Entity, pred: str, obj: Entity, quote: str, extra_inverse: str | None = None) -> None:
        for d in pick():
            d.entity(subj), d.entity(obj)
            d.t(subj.iri, pred, f"<{obj.iri}>")
            if extra_inverse:
                d.t(obj.iri, extra_inverse, f"<{subj.iri}>")
            d.evidence(quote, subj.iri, pred, obj.iri)

    def nary(kind: str, cls: str, key: tuple, flabel: str, props, quote: str, pool=None, vary=None) -> str:
        node = f"{ID}{kind}/{_digest(kind, *key)}"
        for n, d in enumerate(pick(pool)):
            d.t(node, RDF + "type", f"<{NS}{cls}>")
            d.t(node, RDF + "type", f"<{NS}Fact>")
            d.t(node, RDFS + "label", _lit(flabel))
            for p, o in (vary(d, n) if vary else props(d)):
                d.t(node, p, o)
            ev = d.evidence(quote, node)
            d.t(node, NS + "evidence", f"<{ev}>")
        return node

    # aliases (skos:altLabel facts with evidence)
    for a in co.aliases[:2]:
        d = rng.choice(docs)
        d.entity(co)
        d.evidence(f'{label}, also known as "{a}", {rng.choice(VERBS)} strong demand for AI services.', co.iri,
                   SKOS + "altLabel", _lit(a))
    # segments and cost items
    segs = []
    for name in rng.sample(SEGMENTS, rng.randint(3, 6)):
        seg = Entity("Segment", f"{base} {name}")
        segs.append(seg)
        binary(seg, ORG + "unitOf", co, say(label, rng.choice(VERBS), f"revenue for its {seg.label} segment grew"),
               extra_inverse=ORG + "hasUnit")
        items = rng.sample(COST_GENERIC, rng.randint(2, 5)) + [x.format(b=base) for x in rng.sample(COST_OWN, rng.randint(1, 4))]
        for it in items:
            item = Entity("CostItem", it)
            binary(item, NS + "inSegment", seg, say(f"Costs for {it} are booked in the {seg.label} segment, {label} said"))
    # models
    fam = Entity("ModelFamily", f"{base}LM")
    models = []
    for k in range(rng.randint(0, 4)):
        m = Entity("AIModel", f"{base}LM-{rng.choice([7, 14, 32, 72, 110])}B v{k + 1}")
        models.append(m)
        binary(m, NS + "developedBy", co, say(label, "released", m.label, "this quarter"))
        binary(m, NS + "family", fam, say(m.label, "belongs to the", fam.label, "family"))
        for app in rng.sample(_APPS, rng.randint(1, 2)):
            binary(m, NS + "powers", app, say(m.label, "powers", label + "'s", app.label))
    if models:
        binary(fam, NS + "developedBy", co, say(label, "develops the", fam.label, "model family"))
    # people and roles
    people = []
    for role, text in rng.sample(ROLES, rng.randint(1, 3)):
        pname = f"{rng.choice(FIRST)} {rng.choice(LAST)} {base[:3]}"
        person = Entity("Person", pname, [f"{pname.split()[0][0]}. {pname.split()[1]}"] if rng.random() < 0.4 else [])
        people.append(person)
        nary("role", "Role", (pname, label, role), f"{pname}, {role} of {label}",
             lambda d, person=person, role=role, text=text: [
                 (ORG + "member", f"<{d.entity(person)}>"), (ORG + "organization", f"<{d.entity(co)}>"),
                 (NS + "role", _lit(role)), (NS + "roleText", _lit(text))],
             say(person.label, f"{text} of", label, "said the company will keep investing"))
    # investments (some restated with a different USD conversion: a conflict)
    for k in range(rng.randint(2, 7)):
        cny = rng.randint(5, 400) * 1_000_000_000
        usd = round(cny / 7.1, -6)
        target = rng.choice(["cloud and AI infrastructure", "AI model development", "data centres", "AI chips"])
        t_ent = Entity("Company", rng.choice(all_names)) if rng.random() < 0.3 else None
        inv = f"{ID}investment/{_digest('investment', label, 'CNY', cny, k)}"
        docs_for = pick()
        for n, d in enumerate(docs_for):
            usd_here = usd if n == 0 else usd * rng.choice([1, 1, 1.05])
            for cur, val in (("CNY", cny), ("USD", usd_here)):
                money = f"{ID}money/{cur}-{int(val)}"
                d.t(money, RDF + "type", f"<{NS}Money>")
                d.t(money, NS + "value", _dec(val))
                d.t(money, NS + "currency", _lit(cur))
                d.t(money, RDFS + "label", _lit(f"{cur} {val / 1e9:g} billion"))
                d.t(inv, NS + "amount", f"<{money}>")
            d.t(inv, RDF + "type", f"<{NS}Investment>")
            d.t(inv, RDF + "type", f"<{NS}Fact>")
            d.t(inv, RDFS + "label", _lit(f"{label}: CNY {cny / 1e9:g} billion in {target}"))
            d.t(inv, NS + "investor", f"<{d.entity(co)}>")
            d.t(inv, NS + "investmentTarget", _lit(target))
            if t_ent is not None:
                d.t(inv, NS + "targetEntity", f"<{d.entity(t_ent)}>")
            d.t(inv, NS + "horizon", _typed(f"P{rng.randint(1, 5)}Y", "duration"))
            d.t(inv, NS + "announced", _typed(f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"))
            ev = d.evidence(say(label, "will invest", f"{cny / 1e9:g} billion yuan", f"(about ${usd_here / 1e9:.1f} billion)",
                                "in", target, "over the next three years"), inv)
            d.t(inv, NS + "evidence", f"<{ev}>")
    # restrictions
    for k in range(rng.randint(0, 2)):
        reg = rng.choice(_REGULATORS)
        prod = rng.choice(_PRODUCTS)
        rtype = rng.choice(["export control", "sanction", "licensing requirement"])
        nary("restriction", "Restriction", (reg.label, rtype, prod.label, label),
             f"{reg.label} {rtype} on {prod.label}",
             lambda d, reg=reg, prod=prod, rtype=rtype: [
                 (NS + "imposedBy", f"<{d.entity(reg)}>"), (NS + "restrictionType", _lit(rtype)),
                 (NS + "restricts", _lit("advanced AI chips")), (NS + "restrictsProduct", f"<{d.entity(prod)}>"),
                 (NS + "affects", f"<{d.entity(co)}>")],
             say(f"{rtype.capitalize()}s imposed by the {reg.label} limit", label + "'s access to", prod.label), pool=news)
    # quarterly figures for the company and each segment (restated with another value now and then)
    subjects = [co] + segs
    co_measures = MEASURES[:1] + rng.sample(MEASURES[1:], 2)
    for qi, (y, q) in enumerate(QUARTERS):
        d0 = docs[qi]
        for subj in subjects:
            measures = co_measures if subj is co else MEASURES[:1]
            for measure, unit in measures:
                if subj is not co and rng.random() < 0.5:
                    continue
                value = rng.randint(100, 90_000) * 1_000_000
                change = round(rng.uniform(-30, 80), 1)
                plabel = f"quarter ended {y}-{QEND[q]}"
                key = (subj.label, measure, y, q)
                node = f"{ID}observation/{_digest('observation', *key)}"
                targets = [d0] + ([rng.choice(news)] if rng.random() < 0.1 else [])
                for n, d in enumerate(targets):
                    v = value if n == 0 or rng.random() < 0.5 else value + 1_000_000 * rng.randint(1, 50)
                    d.t(node, RDF + "type", f"<{NS}Observation>")
                    d.t(node, RDF + "type", f"<{NS}Fact>")
                    d.t(node, RDFS + "label", _lit(f"{subj.label} {measure} {unit} {v / 1e9:g} billion ({change:+g}%), {plabel}"))
                    d.t(node, NS + "subject", f"<{d.entity(subj)}>")
                    d.t(node, NS + "measure", _lit(measure))
                    d.t(node, NS + "value", _dec(v))
                    d.t(node, NS + "unit", _lit(unit))
                    d.t(node, NS + "change", _dec(change))
                    d.t(node, NS + "changeUnit", _lit("percent"))
                    d.t(node, NS + "changeBasis", _lit("year-on-year"))
                    d.t(node, NS + "direction", _lit("increase" if change >= 0 else "decrease"))
                    d.t(node, NS + "periodStart", _typed(f"{y}-{QSTART[q]}", "date"))
                    d.t(node, NS + "periodEnd", _typed(f"{y}-{QEND[q]}", "date"))
                    d.t(node, NS + "periodLabel", _lit(plabel))
                    ev = d.evidence(say(subj.label, measure, "was", f"{v / 1e9:g} billion yuan in the", plabel,
                                        f"{'up' if change >= 0 else 'down'} {abs(change):g}% year-on-year"), node)
                    d.t(node, NS + "evidence", f"<{ev}>")
    # market shares, competition, targets, disclosure gaps, initiatives
    for market in rng.sample(MARKETS, rng.randint(1, 2)):
        share = round(rng.uniform(1, 35), 1)
        holder = rng.choice([co] + segs[:1])
        nary("market-share", "MarketShare", (holder.label, market, share), f"{holder.label}: {share:g}% of {market}",
             lambda d, holder=holder, market=market, share=share: [
                 (NS + "holder", f"<{d.entity(holder)}>"), (NS + "market", _lit(market)), (NS + "share", _dec(share)),
                 (NS + "periodLabel", _lit("2024")), (NS + "periodStart", _typed("2024-01-01", "date")),
                 (NS + "periodEnd", _typed("2024-12-31", "date"))],
             say(holder.label, "holds", f"{share:g}% of the", market), pool=news)
    for k in range(rng.randint(1, 3)):
        other = Entity("Company", rng.choice(all_names))
        if other.label == label:
            continue
        region = rng.choice(["China", "Southeast Asia", "globally"])
        a, b = sorted([label, other.label])
        nary("competition", "Competition", (a, b, region), f"{label} vs {other.label}",
             lambda d, other=other, region=region: [
                 (NS + "company", f"<{d.entity(co)}>"), (NS + "competitor", f"<{d.entity(other)}>"), (NS + "region", _lit(region))],
             say(label, "competes with", other.label, "in", region), pool=news)
    if rng.random() < 0.6:
        setter = people[0]
        val = rng.randint(10, 200)
        nary("target", "Target", (label, "AI revenue", val), f"{label} target: AI revenue",
             lambda d: [(NS + "company", f"<{d.entity(co)}>"), (NS + "setBy", f"<{d.entity(setter)}>"),
                        (NS + "measure", _lit("AI revenue")), (NS + "value", _dec(val * 1e9)), (NS + "unit", _lit("CNY")),
                        (NS + "horizon", _typed("P5Y", "duration"))],
             say(setter.label, "set a goal of", f"{val} billion yuan in AI revenue within five years"), pool=news)
    for topic, missing in rng.sample(GAPS, rng.randint(0, 2)):
        nary("disclosure-gap", "DisclosureGap", (label, missing), f"{label}: cannot determine {missing}",
             lambda d, topic=topic, missing=missing: [(NS + "subject", f"<{d.entity(co)}>"), (NS + "missing", _lit(missing)),
                                                     (NS + "topic", _lit(topic))],
             say("Investors cannot determine", missing, "from", label + "'s disclosures"), pool=news)
    for k in range(rng.randint(0, 2)):
        place = rng.choice(_PLACES)
        desc = rng.choice(["a global AI innovation hub", "new data centres", "a GPU cluster", "a regional cloud campus"])
        nary("initiative", "Initiative", (label, desc, place.label), f"{label}: {desc}",
             lambda d, place=place, desc=desc: [(NS + "company", f"<{d.entity(co)}>"), (NS + "description", _lit(desc)),
                                               (NS + "location", f"<{d.entity(place)}>")],
             say(label, "is launching", desc, "in", place.label), pool=news)
    info = {"company": co.iri, "companyLabel": label, "family": fam.iri if models else None,
            "person": people[0].iri, "personLabel": people[0].label, "segment": segs[0].iri,
            "segmentLabel": segs[0].label}
    return docs, info


def generate(target: int, out: Path, seed: int = 7, progress: bool = False) -> dict:
    """Write about `target` quads (whole companies) to `out`; returns the sidecar info."""
    out.parent.mkdir(parents=True, exist_ok=True)
    est_companies = max(2, target // 1800 + 2)
    all_names = [company_name(i, None)[1] for i in range(est_companies * 2)]
    n = 0
    docs = 0
    infos = []
    tmp = out.with_suffix(out.suffix + ".part")
    with open(tmp, "w", encoding="utf-8") as f:
        i = 0
        while n < target:
            cdocs, info = gen_company(i, seed, all_names[: max(2, min(len(all_names), est_companies))])
            infos.append(info)
            for d in cdocs:
                f.writelines(d.lines)
                n += len(d.lines)
            docs += len(cdocs)
            i += 1
            if progress and i % 100 == 0:
                print(f"  {i} companies, {n} quads", file=sys.stderr)
    n += _append_facts_graph(tmp)
    tmp.replace(out)
    mid = infos[len(infos) // 2]
    with_family = next((x for x in infos[len(infos) // 2:] + infos if x["family"]), mid)
    meta = {"quads": n, "companies": len(infos), "documents": docs, "seed": seed, "file": out.name,
            "sample": mid, "sample_family": with_family["family"], "sample_family_company": with_family["companyLabel"]}
    Path(str(out) + ".json").write_text(json.dumps(meta, indent=1))
    return meta


def _append_facts_graph(path: Path) -> int:
    """Append the facts graph aikg keeps beside the documents' graphs (every fact once, with
    kg:documentCount and kg:sampleEvidence), computed as `aikg load` does. -> quads added."""
    import pyoxigraph as ox
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from aikg.facts import REBUILD
    from aikg.rdf import FACTS_GRAPH
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.update(REBUILD)
    quads = sorted(store.quads_for_pattern(None, None, None, FACTS_GRAPH), key=str)
    with open(path, "a", encoding="utf-8") as f:
        f.writelines(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n" for q in quads)
    return len(quads)


def parse_size(text: str) -> int:
    t = text.strip().lower()
    if t in SIZES:
        return SIZES[t]
    mult = 1
    if t.endswith("k"):
        mult, t = 1_000, t[:-1]
    elif t.endswith("m"):
        mult, t = 1_000_000, t[:-1]
    return int(float(t) * mult)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="10k", help="tiny, 10k, 100k, 1m, 5m or a number like 250k")
    ap.add_argument("--triples", type=int, help="target number of quads (overrides --size)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--out", type=Path, required=True, help="output .nq file")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    target = a.triples or parse_size(a.size)
    meta = generate(target, a.out, a.seed, progress=not a.quiet)
    if not a.quiet:
        print(f"wrote {meta['quads']} quads, {meta['companies']} companies, {meta['documents']} documents to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
