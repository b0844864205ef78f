"""Genre round 23 (issue 15): the decision rule (temperature, offsets) chosen on one inner seed or five at once.

Rule: ``scripts/genre23/RULE.md`` (committed before any figure). Harness: round 22's nested time blocks
(``scripts/genre22/measure.py``) over round 12's feature cache (``python scripts/genre12/measure.py cache --work
DIR``).

``python scripts/genre23/measure.py run --work DIR --out OUT``
    For each of the 5 English id blocks held out, the six-language inner out-of-fold predictions at seeds 100-139;
    rule ``single`` (first seed of each set of five) and ``bag5`` (the five seeds of the set) applied to the held-out
    block. Writes ``OUT/probs.npz`` and JSON lines (per replicate and the decision).

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import numpy as np


def _load(name: str, folder: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


g22 = _load("g22", "genre22")
g12 = g22.g12

SETS = [tuple(range(100 + 5 * k, 105 + 5 * k)) for k in range(8)]


def bag_rule(inners: list[np.ndarray], ilang: np.ndarray, yy: np.ndarray) -> tuple[float, tuple[float, float]]:
    """Temperature and offsets chosen on several inner seeds at once (criteria averaged over the seeds)."""
    en = ilang == "en"
    t = min(
        g12.TEMPERATURES,
        key=lambda t: float(np.mean([g12.balanced_logloss(g12.shift(p[en], [0, 0, 0], t), yy[en]) for p in inners])),
    )

    def mean_f1(o: tuple[float, float]) -> tuple[float, float]:
        f = [
            np.mean([g12.plain(q[ilang == g], yy[ilang == g]) for g in ("en", *g12.LANGS)])
            for q in (g12.shift(p, [0.0, *o], t) for p in inners)
        ]
        return float(np.mean(f)), -abs(o[0]) - abs(o[1])

    return t, max(g12.OFFSET_GRID, key=mean_f1)


def run(work: Path, out_dir: Path) -> None:
    started = time.time()
    h = g22.Harness22(work, "english")
    r = g22.recipe(g22.SHIPPED)
    last = h.g == 4
    others = np.arange(len(h.oy))
    k_sets = len(SETS)
    single = np.zeros((k_sets, h.n, 3))
    bag = np.zeros((k_sets, h.n, 3))
    chosen: list[dict[str, Any]] = []
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        yy = np.concatenate([h.y[train], h.oy])
        raw = h.held(g22.SHIPPED, frozenset({v}))[test]
        for k, seeds in enumerate(SETS):
            runs = [h.six_oof(r, train, others, seed=s) for s in seeds]
            ilang = runs[0][1]
            t1, o1 = g12.choose_rule(runs[0][0], ilang, yy)
            tb, ob = bag_rule([p for p, _ in runs], ilang, yy)
            single[k, test] = g12.shift(raw, [0.0, *o1], t1)
            bag[k, test] = g12.shift(raw, [0.0, *ob], tb)
            chosen.append({"block": v, "set": k, "single": [t1, list(o1)], "bag5": [tb, list(ob)]})
            print(json.dumps({"block": v, **chosen[-1], "s": round(time.time() - started)}), flush=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez(out_dir / "probs.npz", single=single, bag=bag, y=h.y, groups=h.g)
    figs: dict[str, dict[str, list[float]]] = {}
    for name, probs in (("single", single), ("bag5", bag)):
        figs[name] = {
            "P": [round(g12.news(p, h.y), 4) for p in probs],
            "L": [round(g12.news(p[last], h.y[last]), 4) for p in probs],
        }
        print(json.dumps({"rule": name, **figs[name]}), flush=True)
    decision: dict[str, Any] = {}
    for f in ("P", "L"):
        s, b = np.array(figs["single"][f]), np.array(figs["bag5"][f])
        decision[f] = {
            "mean_single": round(float(s.mean()), 4),
            "mean_bag5": round(float(b.mean()), 4),
            "change": round(float(b.mean() - s.mean()), 4),
            "sd_single": round(float(s.std(ddof=1)), 4),
            "sd_bag5": round(float(b.std(ddof=1)), 4),
            "range_single": round(float(np.ptp(s)), 4),
            "range_bag5": round(float(np.ptp(b)), 4),
            "mean_ok": bool(b.mean() - s.mean() >= -0.01),
            "spread_ok": bool(b.std(ddof=1) <= 0.75 * s.std(ddof=1)),
        }
    decision["passes_1_and_2"] = all(decision[f]["mean_ok"] and decision[f]["spread_ok"] for f in ("P", "L"))
    decision["seconds"] = round(time.time() - started)
    print(json.dumps({"decision": decision}), flush=True)


def diagnostics(work: Path) -> None:
    """After the decision (cannot ship): the same 40 seeds as every single seed (40 replicates) and bagged by 5, 10,
    20 and 40, to see how the spread on the last block falls with the number of seeds."""
    h = g22.Harness22(work, "english")
    r = g22.recipe(g22.SHIPPED)
    last = h.g == 4
    others = np.arange(len(h.oy))
    seeds = list(range(100, 140))
    sizes = (1, 5, 10, 20, 40)
    out = {m: np.zeros((40 // m, h.n, 3)) for m in sizes}
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        yy = np.concatenate([h.y[train], h.oy])
        raw = h.held(g22.SHIPPED, frozenset({v}))[test]
        runs = [h.six_oof(r, train, others, seed=s) for s in seeds]
        ilang = runs[0][1]
        for m in sizes:
            for k in range(40 // m):
                t, o = bag_rule([p for p, _ in runs[k * m : (k + 1) * m]], ilang, yy)
                out[m][k, test] = g12.shift(raw, [0.0, *o], t)
                if m >= 20:
                    print(json.dumps({"block": v, "bag": m, "k": k, "T": t, "offsets": list(o)}), flush=True)
    for m in sizes:
        p_ = np.array([g12.news(q, h.y) for q in out[m]])
        l_ = np.array([g12.news(q[last], h.y[last]) for q in out[m]])
        print(
            json.dumps(
                {
                    "diagnostic": f"bag{m}",
                    "replicates": len(p_),
                    "P_mean": round(float(p_.mean()), 4),
                    "P_sd": round(float(p_.std(ddof=1)), 4) if len(p_) > 1 else None,
                    "L_mean": round(float(l_.mean()), 4),
                    "L_sd": round(float(l_.std(ddof=1)), 4) if len(l_) > 1 else None,
                    "P": [round(float(x), 4) for x in p_] if len(p_) <= 8 else None,
                    "L": [round(float(x), 4) for x in l_] if len(l_) <= 8 else None,
                }
            ),
            flush=True,
        )


SETS20 = [tuple(range(140 + 20 * k, 160 + 20 * k)) for k in range(6)]


def run20(work: Path, out_dir: Path) -> None:
    """Second candidate (rule in RULE.md, committed before this ran): ``bag20`` on fresh seeds 140-259 (six sets of
    20) against ``single`` at every one of those 120 seeds."""
    started = time.time()
    h = g22.Harness22(work, "english")
    r = g22.recipe(g22.SHIPPED)
    last = h.g == 4
    others = np.arange(len(h.oy))
    seeds = [s for group in SETS20 for s in group]
    single = np.zeros((len(seeds), h.n, 3))
    bag = np.zeros((len(SETS20), h.n, 3))
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        yy = np.concatenate([h.y[train], h.oy])
        raw = h.held(g22.SHIPPED, frozenset({v}))[test]
        runs = [h.six_oof(r, train, others, seed=s) for s in seeds]
        ilang = runs[0][1]
        for i, (p, _) in enumerate(runs):
            t, o = g12.choose_rule(p, ilang, yy)
            single[i, test] = g12.shift(raw, [0.0, *o], t)
        for k in range(len(SETS20)):
            t, o = bag_rule([p for p, _ in runs[20 * k : 20 * (k + 1)]], ilang, yy)
            bag[k, test] = g12.shift(raw, [0.0, *o], t)
            print(json.dumps({"block": v, "set": k, "bag20": [t, list(o)], "s": round(time.time() - started)}))
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez(out_dir / "probs20.npz", single=single, bag=bag, y=h.y, groups=h.g)
    decision: dict[str, Any] = {}
    for f in ("P", "L"):
        m = last if f == "L" else np.ones(h.n, bool)
        a = np.array([g12.news(q[m], h.y[m]) for q in single])
        b = np.array([g12.news(q[m], h.y[m]) for q in bag])
        decision[f] = {
            "bag20": [round(float(x), 4) for x in b],
            "mean_single": round(float(a.mean()), 4),
            "mean_bag20": round(float(b.mean()), 4),
            "change": round(float(b.mean() - a.mean()), 4),
            "sd_single": round(float(a.std(ddof=1)), 4),
            "sd_bag20": round(float(b.std(ddof=1)), 4),
            "range_single": round(float(np.ptp(a)), 4),
            "range_bag20": round(float(np.ptp(b)), 4),
            "mean_ok": bool(b.mean() - a.mean() >= -0.01),
            "spread_ok": bool(b.std(ddof=1) <= 0.75 * a.std(ddof=1)),
        }
    decision["passes_1_and_2"] = all(decision[f]["mean_ok"] and decision[f]["spread_ok"] for f in ("P", "L"))
    decision["seconds"] = round(time.time() - started)
    print(json.dumps({"decision20": decision}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("run", "diagnostics", "run20"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre22"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/genre23"))
    args = parser.parse_args()
    if args.step == "diagnostics":
        diagnostics(args.work)
    elif args.step == "run20":
        run20(args.work, args.out)
    else:
        run(args.work, args.out)


if __name__ == "__main__":
    main()
