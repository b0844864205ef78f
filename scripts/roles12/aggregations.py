"""Round 12 (roles12): ways to read an actor's role from its mentions' probabilities (probs.py), on the gold mentions
matched to an actor: mean (roles.v1), mean of logs, first mention, most confident mention, the mention farthest from
the prior (KL), mean of the 3 farthest, max of p / prior, max of p - prior; accuracy over all 560 gold mentions
(unmatched count wrong), per tuning/held half (sha1("tune:" + id) % 2), and the roles given to the actors roles.v1
casts (the "main" flag of E2E.pkl).

Usage: python scripts/roles12/aggregations.py E2E.pkl PROBS.pkl
"""
import pickle, sys, hashlib
import numpy as np
from collections import Counter
R = ("Protagonist", "Antagonist", "Innocent")
e2e = pickle.load(open(sys.argv[1], "rb")); P = pickle.load(open(sys.argv[2], "rb"))
mentions, match, actors = e2e["mentions"], e2e["match"], e2e["actors"]
gold = np.array([m.main for m in mentions])
prior = np.array([np.mean(gold == r) for r in R])
half = np.array([int(hashlib.sha1(f"tune:{m.article}".encode()).hexdigest(), 16) % 2 == 0 for m in mentions])
# position of the gold mention among the actor's mentions
pos = []
for m, x in zip(mentions, match):
    if x is None: continue
    ms = actors[m.article][x]["mentions"]
    ov = [max(0, min(a[1], m.end) - max(a[0], m.start)) for a in ms]
    pos.append((int(np.argmax(ov)), len(ms)))
print("gold mention index among actor mentions:", Counter(min(p, 12) for p, _ in pos).most_common(14))
print("actor mention counts of matched:", np.percentile([n for _, n in pos], [25, 50, 75, 90]))
def kl(p): return (p * np.log(np.clip(p, 1e-9, 1) / prior)).sum(axis=1)
AGG = {
 "mean": lambda p: p.mean(0),
 "meanlog": lambda p: np.exp(np.log(np.clip(p, 1e-9, 1)).mean(0)),
 "first": lambda p: p[0],
 "most_confident": lambda p: p[p.max(1).argmax()],
 "max_kl": lambda p: p[kl(p).argmax()],
 "top3_kl": lambda p: p[np.argsort(-kl(p))[:3]].mean(0),
 "max_ratio": lambda p: (p / prior).max(0),
 "mean_minus_prior_max": lambda p: (p - prior).max(0),
}
for part, D in P.items():
    line = []
    for name, f in AGG.items():
        pred = np.array([R[int(np.argmax(f(D["actor"][(m.article, x)])))] if x is not None else "" for m, x in zip(mentions, match)])
        shown = Counter(R[int(np.argmax(f(p)))] for k, p in D["actor"].items() if actors[k[0]][k[1]]["main"])
        line.append(f"{name}: {np.mean(pred == gold):.4f} tune {np.mean((pred == gold)[half]):.4f} held {np.mean((pred == gold)[~half]):.4f} main-actors P/A/I {shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}")
    g = np.array([R[int(np.argmax(D["gold"][i]))] for i in range(len(mentions))])
    print(part, f"gold-path {np.mean(g == gold):.4f}\n  " + "\n  ".join(line))
