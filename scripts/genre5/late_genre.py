"""Leave-one-out over the late batch (EN ids 810M-900M, the PTC-test period, 17 articles), nested:
for each held-out late article, the late-batch weight w (and optionally prior offsets) are chosen by an inner
leave-one-out over the 16 other late articles; the model trains on all other EN articles + five languages with
the late ones weighted w. TF-IDF vocabulary fitted once on the English texts (labels unused)."""
import sys, numpy as np, pickle, time
args = sys.argv[1:]; sys.argv = sys.argv[:1]
from exp import *
E = {k: list(D["en_train"][k]) + list(D["en_val"][k]) for k in ("ids","texts")}
yE = np.concatenate([D["en_train"]["y"], D["en_val"]["y"]])
late = np.array([810_000_000 <= int(i) < 900_000_000 for i in E["ids"]])
cols = ALL if "s24" in args else S12
sw = 1.0 if "w1" in args else 0.3
C = 0.1 if "C0.1" in args else 0.3
m = np.vstack([np.hstack([D[g]["style"], D[g]["extra"]]) for g in ("en_train","en_val")])[:, cols]
S = z(m, m[~late])
v = TfidfVectorizer(ngram_range=(1,2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode", dtype=np.float32).fit(E["texts"])
XT = v.transform(E["texts"])
et, eS, ey = extra_rows(cols)
XE = sparse.hstack([XT, sparse.csr_matrix(S*sw)]).tocsr()
XX = sparse.hstack([sparse.csr_matrix((len(ey), XT.shape[1]), dtype=np.float32), sparse.csr_matrix(eS*sw)]).tocsr()
Xall = sparse.vstack([XE, XX]).tocsr(); yall = np.concatenate([yE, ey]); n_en = len(yE)
W = [1.0, 5.0, 20.0]
L = np.where(late)[0]
cw = np.bincount(yall, minlength=3)
def fit(train_idx, w):
    wt = np.ones(len(yall)); wt[L] = w
    keep = np.ones(len(yall), bool); keep[train_idx] = False  # train_idx = excluded
    y = yall[keep]; s = wt[keep]
    # class-balanced on the weighted counts
    cnt = np.array([s[y==k].sum() for k in range(3)]); s = s * (s.sum()/(3*cnt))[y]
    return LogisticRegression(C=C, max_iter=3000).fit(Xall[keep], y, sample_weight=s)
t0 = time.time()
# cache: model excluding a set (frozenset of late idx) per w
cache = {}
def pred(excl, w, target):
    key = (frozenset(excl), w)
    if key not in cache: cache[key] = fit(np.array(sorted(excl)), w)
    return cache[key].predict_proba(Xall[[target]])[0]
outer = {w: np.zeros((len(L),3)) for w in W}
chosen = np.zeros((len(L),3))
for a, i in enumerate(L):
    for w in W: outer[w][a] = pred({i}, w, i)
    if "nested" in args:
        inner = {w: np.array([pred({i, j}, w, j) for j in L if j != i]) for w in W}
        yin = yE[[j for j in L if j != i]]
        best = max(W, key=lambda w: (plain(inner[w], yin), -w))
        chosen[a] = outer[best][a]
        print(i, "chose", best, time.strftime("%X"), flush=True)
yl = yE[L]
semi = np.zeros((len(L),3)); ch=[]
for a in range(len(L)):
    o = np.arange(len(L)) != a
    best = max(W, key=lambda w: (plain(outer[w][o], yl[o]), -w)); ch.append(best); semi[a] = outer[best][a]
print(f"semi-nested w chosen {ch}: macro {plain(semi, yl):.3f} acc {(semi.argmax(1)==yl).mean():.2f} pred {np.bincount(semi.argmax(1), minlength=3)}")
for w in W: print(f"w={w}: macro {plain(outer[w], yl):.3f} acc {(outer[w].argmax(1)==yl).mean():.2f} pred {np.bincount(outer[w].argmax(1), minlength=3)}")
if "nested" in args: print(f"nested: macro {plain(chosen, yl):.3f} acc {(chosen.argmax(1)==yl).mean():.2f} pred {np.bincount(chosen.argmax(1), minlength=3)}")
print("gold", np.bincount(yl, minlength=3), "minutes", round((time.time()-t0)/60,1))
pickle.dump(dict(outer=outer, chosen=chosen, yl=yl), open(f"/tmp/genre5/late_{'_'.join(args)}.pkl","wb"))
