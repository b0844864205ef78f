"""Round 19 (narr19): variant `sentev` (sentence-level evidence supervised by subtask 3's explanations, appended to
the sub-narrative classifiers' features; scripts/narr19/sentev_cache.py) offered to the inner CV of a fully nested
run beside the shipped rule, through round 18's harness (scripts/narr18/decode.py: two stages, the shipped grid's
choice by the inner objective, coarse + fine samples-F1 on the inner out-of-fold rows, then, its coarse, cue and
Other settings fixed, (g, fine ratio, fine threshold) taken only when the inner objective rises; the outer test
articles score). As a shipped model would, the narratives' lift reads the refitted sub-narrative classifiers, so the
coarse decision is rescored for each g at the stage-1 coarse settings (round 18's `fineC` path).

DECISION RULE (written 11:08 UTC 2026-12-03, before any nested result of `sentev`; also scripts/narr19/RULE.md):
adopt `sentev` only if ALL hold, over the four partitions r4, fresh, n15 (rounds 15-18) and n19 (new this round,
sha1("narr19:" + id) % 5, scripts/narr19/cache_n19.py):
 (a) pooled (each article's gain over the shipped rule averaged over the four partitions, then 2000 bootstrap draws
     over the 319 articles, scripts/narr16/pooled.py: a paired interval): the fine gain's 95% interval lies above 0
     and the coarse mean gain is >= 0;
 (b) on no partition does coarse or fine fall by more than 0.005.
If it fails, nothing in src changes; the figures are written up. The head's settings (TOP_K 2, TOP_POOL 3, HEAD_C 1)
are fixed a priori; only g (0.5, 1, 2) is chosen, by the inner CV, beside g 0 = the shipped classifiers.
Added 11:17 UTC, before any nested result (scripts/narr19/RULE.md): variant `aug`, subtask 3's explanations as
extra training rows of the sub-narrative classifiers (scripts/narr19/aug_cache.py; modes expl, sent, both chosen by
the inner CV beside none), held to the same rule (a), (b); at most one of the two is adopted (the larger pooled
fine gain). The cache file's keys (g, or mode) are the options; the shipped one (g 0.0, mode "none") is skipped.
Usage: SENTEV=/tmp/narr19/PARTITION_{sentev,aug}.pkl python scripts/narr19/decode.py CACHE.pkl OUT.npz"""
import dataclasses
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr18"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr17"))
import decode as D
import levers as L

from spinscope.training import semeval2025 as S


def kept_for(p, s, key=None):
    """D.kept_for, with the lift read from the refitted classifiers for a ("G", g) key."""
    key = s["fine"] if key is None else key
    if key[1] is not None and key[1][0] == "G":
        return S._kept_coarse(p.a, p.lifted_by[key[1]], s["tc"], {}, s["tq"], s["oc"], s["ot"], None)
    return L.kept_of(p, s["tc"], s["tq"], s["oc"], s["ot"], None)


D.kept_for = kept_for


def prepare(arrays, refit):
    p = L.prepare(arrays, "base")
    p.lifted_by = {}
    for g, fine in refit.items():
        if g in (0.0, "none"):
            continue  # the shipped classifiers (checked equal to the cache by sentev_cache.py)
        a = dataclasses.replace(p.a, fine=fine)
        p.lifted_by[("G", g)] = S._lifted(a, L.LIFT)
        for ratio in S.FINE_RATIO:
            p.fine[(ratio, ("G", g))] = dataclasses.replace(p.a, fine=S._ratio_fine(a, ratio))
    return p


def main():
    cache, out = sys.argv[1], sys.argv[2]
    data = pickle.loads(Path(cache).read_bytes())
    refits = pickle.loads(Path(os.environ["SENTEV"]).read_bytes())
    name = "aug" if "aug" in Path(os.environ["SENTEV"]).name else "sentev"
    ids = data["ids"]
    n = len(ids)
    rows = {k: np.full(n, np.nan) for k in ("base_c", "base_f", "var_c", "var_f")}
    taken = 0
    for k, (fold, refit) in enumerate(zip(data["folds"], refits, strict=True), 1):
        t0 = time.time()
        te = fold["test"]
        inner = [prepare(x, r) for x, r in zip(fold["inner"], refit["inner"], strict=True)]
        outer = prepare(fold["outer"], refit["outer"])
        (objective, chosen), (shipped_obj, shipped) = D.choose(inner, "sentev")
        bc, bf = D.outer_rows(outer, shipped)
        vc, vf = D.outer_rows(outer, chosen)
        ref = S._fine_f1(outer.fine[shipped["fine"]], kept_for(outer, shipped), np.array([shipped["tf"]]))[0]
        assert np.allclose(ref, bf), "decoder differs from training/semeval2025.py:_fine_f1"
        taken += chosen != shipped
        rows["base_c"][te], rows["base_f"][te], rows["var_c"][te], rows["var_f"][te] = bc, bf, vc, vf
        print(f"  fold {k}: shipped {bc.mean():.4f} / {bf.mean():.4f} -> {vc.mean():.4f} / {vf.mean():.4f} inner "
              f"{shipped_obj:.4f} -> {objective:.4f} chosen {chosen['fine']} tf {chosen['tf']} "
              f"(shipped {shipped['fine']} tf {shipped['tf']}) {time.time() - t0:.0f} s", flush=True)
    np.savez(out, ids=np.array(ids), **rows)
    print(f"  {name} taken on {taken} of {len(data['folds'])} outer folds")
    for part in ("c", "f"):
        d = rows[f"var_{part}"] - rows[f"base_{part}"]
        rng = np.random.default_rng(19)
        means = d[rng.integers(0, n, size=(2000, n))].mean(axis=1)
        print(f"{cache} {name} {part}: shipped {rows[f'base_{part}'].mean():.4f} -> "
              f"{rows[f'var_{part}'].mean():.4f} gain {d.mean():+.4f} [{np.percentile(means, 2.5):+.4f}, "
              f"{np.percentile(means, 97.5):+.4f}] P(<=0) {(means <= 0).mean():.3f}", flush=True)


if __name__ == "__main__":
    main()
