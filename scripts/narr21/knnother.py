"""Round 21 (narr21): lever 2, `knnother` (scripts/narr21/RULE.md), offered to the inner CV of a fully nested run
beside the shipped rule. The Other veto reads P(Other) = (1 - b) x the shipped Other classifier's probability + b x
the share of gold-Other articles among the K nearest training articles (cosine of the mean MiniLM sentence vector;
inner rows: the inner training part; outer rows: the outer training part). Two stages as round 17's harness
(scripts/narr17/levers.py): the shipped grid chosen by the inner objective (coarse + fine samples-F1 on the inner
out-of-fold rows); then, with its coarse threshold, cue threshold, Other C, fine ratio and fine threshold held,
(b, Other threshold) taken only when the inner objective rises. Outer folds whose shipped rule has no Other
classifier keep it. The outer test articles score; per-article rows saved for scripts/narr16/pooled.py.
Usage: python scripts/narr21/knnother.py CACHE.pkl OUT.npz"""

import dataclasses
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
import levers as L
import sent_cache as SC

from spinscope.training import semeval2025 as S

K = 15
BLEND = (0.25, 0.5)
OTHER_T = tuple(t for t in S.OTHER_THRESHOLDS if t is not None)


def knn_share(unit, is_other, tr, te):
    """Per row of ``te``: the share of gold-Other articles among its K nearest rows of ``tr`` (cosine)."""
    sims = unit[te] @ unit[tr].T
    near = np.argsort(-sims, axis=1)[:, :K]
    return is_other[tr][near].mean(axis=1)


def kept_with(p, s, b, ot, share):
    other = {**p.a.other, s["oc"]: (1 - b) * p.a.other[s["oc"]] + b * share}
    a = dataclasses.replace(p.a, other=other)
    return S._kept_coarse(a, p.lifted, s["tc"], {}, s["tq"], s["oc"], ot, None)


def score(p, s, kept):
    c = S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(kept))
    f = S._fine_f1(p.fine[s["fine"]], kept, np.array([s["tf"]]))[0]
    return c, f


def main():
    cache, out = sys.argv[1], sys.argv[2]
    data = pickle.loads(Path(cache).read_bytes())
    ids = data["ids"]
    arts_all, _ = S.load_task(SC.DATA)
    arts = [arts_all[i] for i in ids]
    S.embed(arts, cache=SC.EMBED)
    _, dense = S.narrative_rows(arts, None, 0.0)
    unit = dense / np.maximum(np.linalg.norm(dense, axis=1, keepdims=True), 1e-9)
    is_other = np.array(["Other" in a.narratives for a in arts], dtype=np.float64)
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    taken = 0
    for k, fold in enumerate(data["folds"], 1):
        t0 = time.time()
        tr, te = fold["train"], fold["test"]
        inner = [L.prepare(x, "base") for x in fold["inner"]]
        shares = [knn_share(unit, is_other, tr[itr], tr[ite]) for itr, ite in S._folds([ids[i] for i in tr])]
        outer = L.prepare(fold["outer"], "base")
        outer_share = knn_share(unit, is_other, tr, te)
        (obj, s), _ = L.choose(inner, "base")
        best, choice = obj, None
        m = sum(len(p.lifted) for p in inner)
        if s["oc"] is not None and s["ot"] is not None:
            for b in BLEND:
                for ot in OTHER_T:
                    total = 0.0
                    for p, sh in zip(inner, shares, strict=True):
                        c, f = score(p, s, kept_with(p, s, b, ot, sh))
                        total += float(c.sum() + f.sum())
                    if total / m > best + 1e-9:
                        best, choice = total / m, (b, ot)
        base = L.kept_of(outer, s["tc"], s["tq"], s["oc"], s["ot"], None)
        bc, bf = score(outer, s, base)
        ref = S._fine_f1(outer.fine[s["fine"]], base, np.array([s["tf"]]))[0]
        assert np.allclose(ref, bf)
        vc, vf = (bc, bf) if choice is None else score(outer, s, kept_with(outer, s, *choice, outer_share))
        taken += choice is not None
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        print(
            f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} inner "
            f"{obj:.4f} -> {best:.4f} chosen {choice} (shipped oc {s['oc']} ot {s['ot']} tc {s['tc']}) "
            f"{time.time() - t0:.0f} s",
            flush=True,
        )
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  knnother taken on {taken} of {len(data['folds'])} outer folds")
    for part in ("c", "f"):
        d = rows[f"var_{part}"] - rows[f"base_{part}"]
        rng = np.random.default_rng(21)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(
            f"{cache} knnother {part}: shipped {rows[f'base_{part}'].mean():.4f} -> {rows[f'var_{part}'].mean():.4f}"
            f" gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, {np.percentile(means, 97.5):+.4f}] "
            f"P(<=0) {(means <= 0).mean():.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
