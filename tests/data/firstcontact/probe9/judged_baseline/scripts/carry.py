import json, sys
sys.path.insert(0,'.')
from verdicts_same_after import J as A
from verdicts import J as B
S=json.load(open('sample.json')); N=json.load(open('sample_after.json')); new=json.load(open('facts_after.json'))
key=lambda f:(f["doc"],f["kind"],tuple(f["props"]),tuple(f["values"]))
kA={}
for f in S: kA[key(f)]=A[f['n']]
# also changed rows: the new candidate equal to sampled-after text -> not auto
out={}
for f in N:
    if key(f) in kA: out[f['n']]=kA[key(f)]
print(len(out)); json.dump(out,open('/tmp/judge9b-carry.json','w'))
