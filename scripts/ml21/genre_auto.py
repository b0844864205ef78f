"""The training command's recipe choice over a subset of the recipes that scripts/ml21/genre_writer.py scored
(docs/EVALUATION.md, "Multilingual, round 16"): in each outer fold, the recipe of the subset with the highest inner
score (ties: the first listed, as the harness's ``auto``) gives that fold's predictions; per-language macro-F1 and,
against the first subset, the paired 95% bootstrap interval of the change (the same resampled articles for both).

    python scripts/ml21/genre_auto.py RESULT.json ms,msx,msxm ms,msx,msxm,msxmw,msxmwx \
        [--store /tmp/ml21/items.pkl] [--outer-seed 8]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, outer_folds
from multilingual_round8 import st1_metric

LANGS = ("fr", "de", "it", "pl", "ru")


def auto(res: dict, subset: list[str], groups: list[str], outer: np.ndarray) -> list[str]:
    out = []
    for g, f in zip(groups, outer, strict=True):
        best = max(subset, key=lambda k: res[k]["chosen"][f]["inner"])
        out.append(res[best]["pred"][g])
    return out


def main() -> None:
    res = json.loads(Path(sys.argv[1]).read_text())
    options = (arg("--outer-seed"), arg("--store"))
    subsets = [s.split(",") for s in sys.argv[2:] if not s.startswith("--") and s not in options]
    first_key = subsets[0][0]
    groups = list(res[first_key]["pred"])
    from common import load_items

    gold = {f"{it.language}:{it.id}": it.genre for it in load_items(None, arg("--store") or "/tmp/ml21/items.pkl")
            if it.genre}
    outer = outer_folds(groups, int(arg("--outer-seed") or 8))
    langs = np.array([g.split(":")[0] for g in groups])
    preds = [auto(res, s, groups, outer) for s in subsets]
    rng = np.random.default_rng(0)
    for s, p in zip(subsets, preds, strict=True):
        per = {}
        for la in LANGS:
            idx = np.flatnonzero(langs == la)
            units = [(gold[groups[i]], p[i]) for i in idx]
            base = [(gold[groups[i]], preds[0][i]) for i in idx]
            score = st1_metric(units)
            draws = []
            for _ in range(1000):
                r = rng.integers(0, len(idx), len(idx))
                draws.append(st1_metric([units[j] for j in r]) - st1_metric([base[j] for j in r]))
            per[la] = (score, score - st1_metric(base), np.percentile(draws, 2.5), np.percentile(draws, 97.5))
        chosen = [max(s, key=lambda k: res[k]["chosen"][f]["inner"]) for f in range(5)]
        print(f"{','.join(s)}: mean {np.mean([v[0] for v in per.values()]):.3f} "
              f"({np.mean([v[1] for v in per.values()]):+.3f}) " + " ".join(
                  f"{la} {v[0]:.3f} ({v[1]:+.3f} [{v[2]:+.3f},{v[3]:+.3f}])" for la, v in per.items())
              + f" chosen {chosen}")


if __name__ == "__main__":
    main()
