#!/usr/bin/env python3
"""sample.py FACTS OUTPREFIX SEED: fixed-seed sample of 50 Observations + 50 other typed facts,
round-robin over documents, and inside a document round-robin over kinds. Writes OUTPREFIX.json / OUTPREFIX.txt."""
import sys, json, random
facts_path, prefix, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
N_OBS, N_OTHER = 50, 50
facts = json.load(open(facts_path))
rng = random.Random(seed)
docs = sorted({f["doc"] for f in facts})

def queue_for(doc, want_obs):
    pool = [f for f in facts if f["doc"] == doc and (f["kind"] == "Observation") == want_obs]
    kinds = sorted({f["kind"] for f in pool})
    rng.shuffle(kinds)
    per = {k: [f for f in pool if f["kind"] == k] for k in kinds}
    for k in kinds: rng.shuffle(per[k])
    q = []
    while any(per.values()):
        for k in kinds:
            if per[k]: q.append(per[k].pop(0))
    return q

def round_robin(want_obs, n):
    queues = {d: queue_for(d, want_obs) for d in docs}
    out = []
    while len(out) < n and any(queues.values()):
        for d in docs:
            if queues[d] and len(out) < n: out.append(queues[d].pop(0))
    return out

sample = round_robin(True, N_OBS) + round_robin(False, N_OTHER)
for i, f in enumerate(sample, 1): f["n"] = i
json.dump(sample, open(prefix + ".json", "w"), indent=1, ensure_ascii=False)
with open(prefix + ".txt", "w") as fh:
    for f in sample:
        fh.write(f"#{f['n']} [{f['doc'][:3]}] {f['kind']} {f['id']}\n  " + " | ".join(f["props"]) + "\n")
        for v in f["values"]: fh.write("  V: " + v + "\n")
        for e in f["evidence"]: fh.write("  E: " + e + "\n")
print(len(sample), "sampled ->", prefix + ".json/.txt")
