"""Round-26 Polish ST3 experiment, rule (M) of scripts/ml26/RULE.md: the committed linear head's cross-fitted
probabilities (round 25's files) blended half and half with a multi-label MLP's on the same features and outer folds.

    python scripts/ml26/st3_mlp.py --store /tmp/ml25/items_st3.pkl --base 8=/tmp/ml25/p_base_s8.npy,... \
        --probs /tmp/ml26/p [--mlp-seeds 0] [--blend 0.5] [--json OUT]

--mlp-seeds 0,1,2: the mean of those seeds' MLPs (the reference runs; rule M is seed 0 alone, blend 0.5).

The MLP's cross-fitted probabilities are cached as ``PROBS_mlp_sSEED.npy``. The statistic is st3_ctx.py's.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml19"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import arg, load_items, outer_folds
from st3_ctx import committed_rule, f1, rows
from st3_shape import LANGS, article_counts

from spinscope.training.multilingual import LANGXP_COMPONENTS, _mlp_train, paragraph_projection
from spinscope.training.multilingual import MLP_MAX_EPOCHS as MAX_EPOCHS

BLEND = 0.5


def _train(x: np.ndarray, y: np.ndarray, epochs: int, val: tuple[np.ndarray, np.ndarray] | None = None,
           seed: int = 0) -> tuple[Any, int]:
    """An MLP fitted for ``epochs`` epochs (with ``val``: early stopping on its BCE; returns the best epoch count):
    the training code's own ``_mlp_train``, which round 27 took from this script (same settings)."""
    return _mlp_train(x, y, epochs, seed, val)


def mlp_probs(x_tr: np.ndarray, y_tr: np.ndarray, groups_tr: list[str], x_te: np.ndarray, seed: int = 0
              ) -> tuple[np.ndarray, int]:
    import torch

    mu, sd = x_tr.mean(axis=0), x_tr.std(axis=0) + 1e-6
    z_tr, z_te = (x_tr - mu) / sd, (x_te - mu) / sd
    hold = np.array([int(hashlib.sha1(f"mlp:{g}".encode()).hexdigest(), 16) % 10 == 0 for g in groups_tr])
    _, epochs = _train(z_tr[~hold], y_tr[~hold], MAX_EPOCHS, (z_tr[hold], y_tr[hold]), seed)
    net, _ = _train(z_tr, y_tr, epochs, seed=seed)
    net.eval()
    with torch.no_grad():
        return torch.sigmoid(net(torch.tensor(z_te, dtype=torch.float32))).numpy().astype(np.float64), epochs


def main() -> None:
    import torch

    torch.set_num_threads(1)
    items = [it for it in load_items(None, arg("--store") or "/tmp/ml25/items_st3.pkl") if it.paragraphs]
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    x, y, groups, langs = rows(items, None, proj)
    base = {int(k): np.load(v) for k, v in (d.split("=") for d in (arg("--base") or "").split(","))}
    prefix = arg("--probs") or "/tmp/ml26/p"
    mlp_seeds = [int(s) for s in (arg("--mlp-seeds") or "0").split(",")]
    blend = float(arg("--blend") or BLEND)
    rows_of = {la: np.flatnonzero(langs == la) for la in LANGS}
    rng = np.random.default_rng(0)
    n_art = {la: len({groups[i] for i in r}) for la, r in rows_of.items()}
    idx = {la: rng.integers(0, n_art[la], (2000, n_art[la])) for la in LANGS}
    preds: dict[str, dict[int, np.ndarray]] = {"B": {}, "M": {}, "mlp": {}}
    logs: dict[str, dict[int, Any]] = {k: {} for k in preds}
    epochs_log: dict[int, list[int]] = {}
    for seed, p_lr in base.items():
        outer = outer_folds(groups, seed)
        outer[~np.isin(langs, LANGS)] = -1
        bag = []
        for ms in mlp_seeds:
            path = Path(f"{prefix}_mlp_s{seed}.npy" if ms == 0 else f"{prefix}_mlp{ms}_s{seed}.npy")
            if path.is_file():
                bag.append(np.load(path))
                continue
            p_mlp = np.zeros(y.shape)
            for f in range(5):
                t0 = time.time()
                tr, te = outer != f, outer == f
                p_mlp[te], ep = mlp_probs(x[tr], y[tr].astype(np.float32), [groups[i] for i in np.flatnonzero(tr)],
                                          x[te], ms)
                epochs_log.setdefault(seed, []).append(ep)
                print(f"draw {seed} (MLP seed {ms}) outer fold {f}: {ep} epochs [{time.time() - t0:.0f}s]",
                      file=sys.stderr, flush=True)
            np.save(path, p_mlp)
            bag.append(p_mlp)
        p_mlp = np.mean(bag, axis=0)
        for name, p in (("B", p_lr), ("M", (1 - blend) * p_lr + blend * p_mlp), ("mlp", p_mlp)):
            preds[name][seed], logs[name][seed] = committed_rule(p, y, langs, outer)
    out: dict[str, Any] = {"per_draw": {}, "change": {}, "tuned": {}, "thresholds": logs, "epochs": epochs_log,
                           "mlp_seeds": mlp_seeds, "blend": blend}
    for name in preds:
        out["per_draw"][name] = {str(s): {la: round(float(f1(article_counts(y, pr, groups, rows_of[la]).sum(0))), 4)
                                          for la in LANGS} for s, pr in preds[name].items()}
        out["tuned"][name] = {la: round(float(np.mean([g[f"tuned_{la}"] for lg in logs[name].values() for g in lg])),
                                        4) for la in LANGS}
        print(f"{name}: " + " | ".join(f"draw {s} " + " ".join(f"{la} {v:.4f}" for la, v in d.items())
                                      for s, d in out["per_draw"][name].items()), flush=True)
        print(f"{name} tuned (training parts, mean of 15): "
              + " ".join(f"{la} {v:.4f}" for la, v in out["tuned"][name].items()), flush=True)
    for v in ("M", "mlp"):
        res: dict[str, Any] = {}
        lang_boots = []
        for la in LANGS:
            boots, changes = [], []
            for seed in base:
                cb = article_counts(y, preds["B"][seed], groups, rows_of[la])
                cn = article_counts(y, preds[v][seed], groups, rows_of[la])
                changes.append(float(f1(cn.sum(0)) - f1(cb.sum(0))))
                boots.append(f1(cn[idx[la]].sum(1)) - f1(cb[idx[la]].sum(1)))
            d = np.mean(boots, axis=0)
            lang_boots.append(d)
            lo, hi = np.percentile(d, [2.5, 97.5])
            res[la] = {"change": round(float(np.mean(changes)), 4), "lo": round(float(lo), 4),
                       "hi": round(float(hi), 4)}
        m = np.mean(lang_boots, axis=0)
        lo, hi = np.percentile(m, [2.5, 97.5])
        res["mean"] = {"change": round(float(np.mean([res[la]["change"] for la in LANGS])), 4),
                       "lo": round(float(lo), 4), "hi": round(float(hi), 4)}
        res["adopt"] = bool(res["pl"]["lo"] > 0 and res["mean"]["change"] >= 0
                            and all(res[la]["change"] >= -0.005 for la in LANGS if la != "pl"))
        out["change"][v] = res
        print(f"{v} - B, mean over draws [paired 95%]{' (reference, not deciding)' if v == 'mlp' else ''}: "
              + " ".join(f"{k} {r['change']:+.4f} [{r['lo']:+.4f}, {r['hi']:+.4f}]" for k, r in res.items()
                         if k != "adopt") + (f" | adopt: {res['adopt']}" if v == "M" else ""), flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
