"""Round-23 genre experiment (docs/EVALUATION.md, "Multilingual, round 23"; rule (G) of scripts/ml23/RULES.md): the
committed recipe choice against a soft vote of the same candidates, nested (scripts/ml11/genre.py's procedure: 5
outer folds by article over all fr/de/it/pl/ru articles; in each outer training part every candidate's C chosen as
the training command chooses it, on inner out-of-fold predictions over three fold draws).

- each candidate alone (its key), and ``auto`` (the one with the highest inner score: the committed procedure);
- ``vote``: the candidates' logits averaged (argmax equals that of the averaged log-probabilities, since each
  head's normaliser is the same for every class; the average is one linear head on the widest recipe's features).

The JSON has scripts/ml22/genre_pool.py's layout (``vote`` carries a dummy inner score), so the pooled decision is

    python scripts/ml23/genre_vote.py --store /tmp/ml22/items.pkl --pca-inside --outer-seed 8 \
        --recipes ms=mean+style,msx=mean+style+stylexl,msxm=mean+style+stylexl+meanxl16 --json /tmp/ml23/vote_s8.json
    python scripts/ml22/genre_pool.py --store /tmp/ml22/items.pkl --sets ms,msx,msxm vote \
        --draws 8=/tmp/ml23/vote_s8.json,9=/tmp/ml23/vote_s9.json,10=/tmp/ml23/vote_s10.json
"""
from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, load_items, outer_folds

from spinscope.training.data import GENRES

_spec = importlib.util.spec_from_file_location("genre11", Path(__file__).resolve().parent.parent / "ml11" / "genre.py")
assert _spec is not None and _spec.loader is not None
g11 = importlib.util.module_from_spec(_spec)  # scripts/ml11/genre.py
_spec.loader.exec_module(g11)

LANGS = g11.LANGS


def main() -> None:
    items = load_items(None, arg("--store") or "/tmp/ml22/items.pkl")
    g11.g10.set_language_style([it for it in items if it.language in LANGS])
    rows = [it for it in items if it.genre and it.language in LANGS]
    base = dict(kv.split("=") for kv in (arg("--recipes") or "").split(","))
    pca_ks = {int(b[6:]) for r in base.values() for b in r.split("+") if b.startswith("meanxl")}
    y = np.array([GENRES.index(it.genre) for it in rows])
    langs = np.array([it.language for it in rows])
    groups = [f"{it.language}:{it.id}" for it in rows]
    outer = outer_folds(groups, int(arg("--outer-seed") or 8))
    procs = (*base, "auto", "vote")
    preds = {p: np.zeros(len(rows), dtype=int) for p in procs}
    chosen: dict[str, list[Any]] = {p: [] for p in procs}
    for f in range(5):
        t0 = time.time()
        tr, te = np.flatnonzero(outer != f), np.flatnonzero(outer == f)
        for k in pca_ks:  # meanxl's components from the outer training part only (--pca-inside)
            g11.set_mean_pca([rows[i] for i in tr] if "--pca-inside" in sys.argv else rows, k)
        mats = {k: g11.matrix(rows, r) for k, r in base.items()}
        g_tr, l_tr = [groups[i] for i in tr], langs[tr]
        logits, inner_score = {}, {}
        for k in base:
            res = g11.inner(mats[k][tr], y[tr], g_tr, l_tr, True)
            m = g11.g10.fit(mats[k][tr], y[tr], res["C"], True, l_tr)
            logits[k] = mats[k][te] @ m.weight.T + m.bias
            preds[k][te] = logits[k].argmax(1)
            inner_score[k] = res["score"]
            chosen[k].append({"C": res["C"], "inner": round(res["score"], 4)})
        auto = max(base, key=lambda k: inner_score[k])
        preds["auto"][te] = preds[auto][te]
        chosen["auto"].append({"recipe": auto, "inner": 0.0})
        preds["vote"][te] = np.mean([logits[k] for k in base], axis=0).argmax(1)
        chosen["vote"].append({"inner": 0.0})
        print(f"fold {f}: auto {auto} inner { {k: round(v, 4) for k, v in inner_score.items()} } "
              f"[{time.time() - t0:.0f}s]", file=sys.stderr, flush=True)
    out: dict[str, Any] = {}
    for p in procs:
        per = {la: round(g11.macro(y[langs == la], preds[p][langs == la]), 4) for la in LANGS}
        out[p] = {"per_language": per, "mean": round(float(np.mean(list(per.values()))), 4), "chosen": chosen[p],
                  "pred": {groups[i]: GENRES[preds[p][i]] for i in range(len(rows))}}
        print(f"{p}: mean {out[p]['mean']:.3f} " + " ".join(f"{la} {per[la]:.3f}" for la in LANGS), flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
