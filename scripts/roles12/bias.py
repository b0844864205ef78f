"""Round 12 (roles12): log-biases for Protagonist and Innocent added to the analyze path's mean probabilities
(and to the gold path's), grid 0..1; the six best on the tuning half, with the held half beside.

Usage: python scripts/roles12/bias.py E2E.pkl PROBS.pkl
"""
import pickle, sys, hashlib, itertools
import numpy as np
R = ("Protagonist", "Antagonist", "Innocent")
e2e = pickle.load(open(sys.argv[1], "rb")); P = pickle.load(open(sys.argv[2], "rb"))
mentions, match, actors = e2e["mentions"], e2e["match"], e2e["actors"]
gold = np.array([R.index(m.main) for m in mentions])
tune = np.array([int(hashlib.sha1(f"tune:{m.article}".encode()).hexdigest(), 16) % 2 == 0 for m in mentions])
ok = np.array([x is not None for x in match])
def macro(y, p):
    f=[]
    for c in range(3):
        tp=((y==c)&(p==c)).sum(); fp=((y!=c)&(p==c)).sum(); fn=((y==c)&(p!=c)).sum()
        f.append(2*tp/max(1,2*tp+fp+fn))
    return np.mean(f)
grid=[0,0.2,0.4,0.6,0.8,1.0]
for part, D in P.items():
    A = np.array([D["actor"][(m.article, x)].mean(0) if x is not None else [0,1,0] for m, x in zip(mentions, match)])
    G = np.array([D["gold"][i] for i in range(len(mentions))])
    res=[]
    for bp,bi in itertools.product(grid,grid):
        b=np.array([bp,0,bi])
        pa=(np.log(A)+b).argmax(1); pg=(np.log(G)+b).argmax(1)
        res.append((bp,bi,(pa==gold)[tune].mean(),(pa==gold)[~tune].mean(),macro(gold[tune],pa[tune]),(pg==gold)[tune].mean(),(pg==gold)[~tune].mean(), np.bincount(pa[ok],minlength=3)))
    res.sort(key=lambda r:-r[2])
    print(part)
    for r in [x for x in res if x[0]==0 and x[1]==0]+res[:6]:
        print("  bias P %.1f I %.1f analyze tune %.4f held %.4f macro-tune %.3f | gold-path tune %.4f held %.4f | pred %s"%r)
