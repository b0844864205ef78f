"""Paired bootstrap (articles resampled, 2,000 draws) of the difference between two stored harness results on the
5-fold news macro-F1 and the late-batch macro-F1: how often the second recipe is ahead."""
import pickle, sys, numpy as np
import h
from spinscope.components.persuasion_models import shift_genre
TA, TB = (float(v) for v in (sys.argv[5] if len(sys.argv) > 5 else "1,1").split(","))
A, B = (pickle.load(open(f"/tmp/genre11/res_{x}.pkl", "rb"))["res"] for x in sys.argv[1:3])
oa = tuple(float(v) for v in sys.argv[3].split(",")) if len(sys.argv) > 3 else (0, 0, 0)
ob = tuple(float(v) for v in sys.argv[4].split(",")) if len(sys.argv) > 4 else (0, 0, 0)
rng = np.random.default_rng(0)
for key, yt, score in (("kf", h.y, h.news), ("late", h.y[h.L], h.plain)):
    pa, pb = shift_genre(A[key], oa, temperature=TA), shift_genre(B[key], ob, temperature=TB); d = []
    for _ in range(2000):
        i = rng.integers(0, len(yt), len(yt))
        if len(set(yt[i])) < 3: continue
        d.append(score(pb[i], yt[i]) - score(pa[i], yt[i]))
    d = np.array(d)
    print(f"{sys.argv[1]}{oa} -> {sys.argv[2]}{ob} {key}: diff {score(pb, yt) - score(pa, yt):+.3f}, bootstrap 90% [{np.percentile(d, 5):+.3f}, {np.percentile(d, 95):+.3f}], ahead in {np.mean(d > 0):.0%}")
