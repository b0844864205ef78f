"""Round-22 genre decision (docs/EVALUATION.md, "Multilingual, round 22"): the training command's recipe choice over
two candidate sets, scored nested over several outer fold draws at once. Each RESULT.json is one draw of
scripts/ml21/genre_writer.py (scripts/ml11/genre.py's nested procedure, outer seed given with it); in each outer
fold the recipe of a set with the highest inner score (ties: the first listed) gives that fold's predictions. Per
language: macro-F1 of each set per draw, and the change (second set - first) averaged over the draws with a paired
95% bootstrap interval (the same resampled articles of that language for both sets and every draw; 1,000 draws).

    python scripts/ml22/genre_pool.py --store /tmp/ml22/items.pkl --sets ms,msx,msxm ms,msx,msxmw \
        --draws 8=/tmp/ml22/genre_s8.json,9=/tmp/ml22/genre_s9.json,10=/tmp/ml22/genre_s10.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, load_items, outer_folds
from multilingual_round8 import st1_metric

LANGS = ("fr", "de", "it", "pl", "ru")


def auto(res: dict, subset: list[str], groups: list[str], outer: np.ndarray) -> list[str]:
    out = []
    for g, f in zip(groups, outer, strict=True):
        best = max(subset, key=lambda k: res[k]["chosen"][f]["inner"])
        out.append(res[best]["pred"][g])
    return out


def main() -> None:
    i = sys.argv.index("--sets")
    sets = [s.split(",") for s in sys.argv[i + 1:i + 3]]
    draws = {int(k): json.loads(Path(v).read_text()) for k, v in
             (d.split("=") for d in (arg("--draws") or "").split(","))}
    gold = {f"{it.language}:{it.id}": it.genre for it in load_items(None, arg("--store") or "/tmp/ml22/items.pkl")
            if it.genre}
    groups = list(next(iter(draws.values()))[sets[0][0]]["pred"])
    langs = np.array([g.split(":")[0] for g in groups])
    preds: dict[int, list[list[str]]] = {}
    for seed, res in draws.items():
        outer = outer_folds(groups, seed)
        preds[seed] = [auto(res, s, groups, outer) for s in sets]
        chosen = [[max(s, key=lambda k: res[k]["chosen"][f]["inner"]) for f in range(5)] for s in sets]
        print(f"draw {seed}: chosen {chosen}")
    rng = np.random.default_rng(0)
    summary = {}
    for la in LANGS:
        idx = np.flatnonzero(langs == la)
        per_draw = {seed: [st1_metric([(gold[groups[j]], p[s][j]) for j in idx]) for s in range(2)]
                    for seed, p in preds.items()}
        change = float(np.mean([v[1] - v[0] for v in per_draw.values()]))
        boots = []
        for _ in range(1000):
            r = idx[rng.integers(0, len(idx), len(idx))]
            boots.append(np.mean([st1_metric([(gold[groups[j]], p[1][j]) for j in r])
                                  - st1_metric([(gold[groups[j]], p[0][j]) for j in r]) for p in preds.values()]))
        lo, hi = np.percentile(boots, [2.5, 97.5])
        summary[la] = change
        print(f"{la}: " + " ".join(f"draw {s} {v[0]:.3f} -> {v[1]:.3f}" for s, v in per_draw.items())
              + f" | mean change {change:+.3f} [{lo:+.3f}, {hi:+.3f}]"
              + f" | mean {np.mean([v[0] for v in per_draw.values()]):.3f} -> "
                f"{np.mean([v[1] for v in per_draw.values()]):.3f}", flush=True)
    print(f"five-language mean change {np.mean(list(summary.values())):+.4f}")


if __name__ == "__main__":
    main()
