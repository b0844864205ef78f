"""Round 19 (narr19), variant `augall` (added after `aug`'s results on r4 and fresh, before any run of its own):
subtask 3's explanations as extra training rows of BOTH the narrative and the sub-narrative classifiers.

Per split (training part TR), each TR article with a subtask-3 row adds two pseudo-articles (aug_cache.py's mode
both: the explanation's text and MiniLM vector; the 2 sentences of the article closest to the explanation): for the
narrative classifiers labelled with the row's dominant narrative alone (where it is one of the split's narratives),
for the sub-narrative classifiers with its dominant sub-narrative alone (rows whose sub-narrative is "none" or not
among the split's labels add nothing there). Both one-vs-rest models (liblinear, C 2, balanced) are refitted on TR's
articles plus those rows; the domain and Other classifiers are unchanged. Mode none is refitted too and checked
equal to the cache.
Choice (one stage): the shipped grid (levers.choose 'base') is searched on the inner rows with the shipped
classifiers' outputs and with the augmented ones; the augmented model is taken when its best inner objective is
higher. The outer test articles score; per-article rows for scripts/narr16/pooled.py.
Same rule (a), (b) as scripts/narr19/RULE.md.
Usage: python scripts/narr19/augall.py CACHE.pkl REFITS.pkl OUT.npz (REFITS is built when missing)"""
import dataclasses
import pickle
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import levers as L
import sent_cache as SC
from aug_cache import TOP_K, explanation_texts
from sent_fine_cache import fine_labels
from sentev_cache import unit

from spinscope.components.semeval2025 import stack_features
from spinscope.training import semeval2025 as S


def subtask3(ids):
    path = SC.DATA / S.TASK_DIR / "EN" / "subtask-3-annotations.txt"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r[0]: (r[1].strip(), r[2].strip()) for r in rows if r[0] in set(ids)}


def refit(texts, dense, arts, tr, te, dom, vecs, texts_of):
    tr_arts = [arts[i] for i in tr]
    coarse_names, names = SC.coarse_labels(tr_arts), fine_labels(tr_arts)
    vec, x = S._fit_features([texts[i] for i in tr], dense[tr], 1.0, "narratives")
    xt = stack_features({"vectorizer": vec, "dense_weight": 1.0}, [texts[i] for i in te], dense[te])
    yc = np.array([[n in a.narratives for n in coarse_names] for a in tr_arts], dtype=int)
    yf = np.array([[f in a.subnarratives for f in names] for a in tr_arts], dtype=int)
    pt, pd, pc, pf = [], [], [], []
    for i in tr:
        a = arts[i]
        if a.id not in dom or a.id not in vecs:
            continue
        narrative, sub = dom[a.id]
        c = np.array([n == narrative for n in coarse_names], dtype=int)
        f = np.array([g == sub for g in names], dtype=int)
        rows = [(texts_of[a.id], vecs[a.id])]
        if a.vectors is not None and len(a.vectors):
            top = np.sort(np.argsort(-(unit(a.vectors) @ vecs[a.id]))[:TOP_K])
            rows.append((" ".join(a.text[a.sentences[k][0]:a.sentences[k][1]] for k in top),
                         a.vectors[top].mean(axis=0)))
        for t, d in rows:
            pt.append(t)
            pd.append(d)
            pc.append(c)
            pf.append(f)
    xp = stack_features({"vectorizer": vec, "dense_weight": 1.0}, pt, np.asarray(pd, dtype=np.float32))
    pc, pf = np.asarray(pc), np.asarray(pf)
    out = {}
    for mode in ("none", "both"):
        probs = []
        for y, p in ((yc, pc), (yf, pf)):
            keep = p.sum(axis=1) > 0 if mode == "both" else np.zeros(len(p), dtype=bool)
            xa = sparse.vstack([x, xp[np.where(keep)[0]]]).tocsr() if keep.any() else x
            ya = np.vstack([y, p[keep]]) if keep.any() else y
            model = S._ovr(2.0)
            model.fit(xa, ya)
            probs.append(np.asarray(model.predict_proba(xt)).reshape(len(te), y.shape[1]))
        out[mode] = tuple(probs)
    return out


def build(data):
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in data["ids"]]
    S.embed(arts, cache=SC.EMBED)
    texts, dense = S.narrative_rows(arts, S.label_vectors(), 0.0)
    ids = data["ids"]
    e = np.load("/tmp/narr19/expl.npz")
    vecs = {i: v / max(float(np.linalg.norm(v)), 1e-9) for i, v in zip(e["ids"].tolist(), e["vecs"], strict=True)}
    dom, texts_of = subtask3(ids), explanation_texts(ids)
    found = []
    for n, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = []
        for (itr, ite), arrays in zip(S._folds([ids[i] for i in tr]), fold["inner"], strict=True):
            b = refit(texts, dense, arts, tr[itr], tr[ite], dom, vecs, texts_of)
            assert np.allclose(b["none"][0], arrays[0].coarse, atol=1e-6)
            assert np.allclose(b["none"][1], arrays[0].fine, atol=1e-6)
            inner.append(b)
        b = refit(texts, dense, arts, tr, te, dom, vecs, texts_of)
        assert np.allclose(b["none"][1], fold["outer"][0].fine, atol=1e-6)
        found.append({"inner": inner, "outer": b})
        print(f"fold {n}: {time.time() - t0:.0f} s", flush=True)
    return found


def swapped(arrays, probs):
    a, top = arrays
    return dataclasses.replace(a, coarse=probs[0], fine=probs[1]), top


def main():
    cache, refits_path, out = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    data = pickle.loads(Path(cache).read_bytes())
    if not refits_path.is_file():
        refits_path.write_bytes(pickle.dumps(build(data)))
    refits = pickle.loads(refits_path.read_bytes())
    ids = data["ids"]
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    taken = 0
    for k, (fold, r) in enumerate(zip(data["folds"], refits, strict=True), 1):
        te = fold["test"]
        base_parts = [L.prepare(x, "base") for x in fold["inner"]]
        aug_parts = [L.prepare(swapped(x, b["both"]), "base") for x, b in zip(fold["inner"], r["inner"], strict=True)]
        (obj0, s0), _ = L.choose(base_parts, "base")
        (obj1, s1), _ = L.choose(aug_parts, "base")
        outer_base = L.prepare(fold["outer"], "base")
        outer_aug = L.prepare(swapped(fold["outer"], r["outer"]["both"]), "base")
        use = obj1 > obj0 + 1e-9
        taken += use

        def score(p, s):
            kept = L.kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], None)
            c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
            f = S._fine_f1(p.fine[s["fine"]], kept, np.array([s["tf"]]))[0]
            return c, f

        bc, bf = score(outer_base, s0)
        vc, vf = score(outer_aug, s1) if use else (bc, bf)
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        print(f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} inner "
              f"{obj0:.4f} vs augmented {obj1:.4f} ({'taken' if use else 'not taken'})", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  augall taken on {taken} of {len(data['folds'])} outer folds")
    for part in ("c", "f"):
        d = rows[f"var_{part}"] - rows[f"base_{part}"]
        rng = np.random.default_rng(19)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} augall {part}: shipped {rows[f'base_{part}'].mean():.4f} -> {rows[f'var_{part}'].mean():.4f} "
              f"gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, {np.percentile(means, 97.5):+.4f}] "
              f"P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
