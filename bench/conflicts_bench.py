"""CPU ms of two versions of the conflicts query on one store, raw pyoxigraph (warm: median of 5 runs),
first page and every row, and whether they give the same rows in the same order.

    git show c6324bfc:queries/conflicts.rq > /tmp/old.rq
    python bench/conflicts_bench.py STORE /tmp/old.rq [NEW.rq]

A store made before kg:slot gets its figures' slots (facts graph only) with bench/add_slots.py
(branch issue49k; results in bench/results-conflicts-slot-49k.md)."""
import sys, time, re
OLD = sys.argv[2]
import pyoxigraph as ox
st = ox.Store.read_only(sys.argv[1])
def body(path, page=True):
    q = "\n".join(l for l in open(path).read().splitlines() if not l.startswith('#+'))
    return q if page else re.sub(r"LIMIT \d+  # page", "", q)
def run(q, n=5):
    ts = []
    for i in range(n):
        t = time.process_time(); rows = [tuple(str(x) for x in r) for r in st.query(q)]; ts.append(time.process_time() - t)
    ts.sort(); return rows, ts[len(ts)//2]*1000, ts[0]*1000
for page in (True, False):
    ro, mo, bo = run(body(OLD, page))
    rn, mn, bn = run(body(sys.argv[3] if len(sys.argv) > 3 else 'queries/conflicts.rq', page))
    print(f"{'page 100' if page else 'every row'}: old {len(ro)} rows median {mo:.0f} ms (min {bo:.0f}); new {len(rn)} rows median {mn:.0f} ms (min {bn:.0f}); same rows in order: {ro == rn}")
cnt = lambda q: int(list(st.query("PREFIX kg: <https://aikg.dev/ns#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:aikg:facts> { " + q + " } }"))[0][0].value)
print("observations", cnt("?f a kg:Observation"), "slots", cnt("?f kg:slot ?s"), "facts-graph quads", cnt("?s ?p ?o"))
