"""Round 24 (docs/EVALUATION.md, "Techniques, round 24"): two threshold candidates against the shipped ST3
procedure (round 21's ``ml02``) on fresh splits of the 87 English validation articles; the decision rule was
committed before this script produced any figure.

    python scripts/tech24/decide.py run --lever bag25 --salts t24a0,t24a1,t24a2,t24a3 --out /tmp/tech24/a0.pkl
    python scripts/tech24/decide.py run --lever nest --salts t24b0,t24b1,t24b2,t24b3 --out /tmp/tech24/b0.pkl
    python scripts/tech24/decide.py combine /tmp/tech24/a0.pkl /tmp/tech24/a1.pkl   # N, P, intervals (round 21's)
    python scripts/tech24/decide.py genres /tmp/tech24/a0.pkl /tmp/tech24/a1.pkl    # reporting (9) / opinion (78)

Caches (round 20's, rebuilt into /tmp/tech24 by ``scripts/tech24/build.sh``).

Levers (both on top of ``ml02``: the blend at w = 0.2 of the fitting half, the line-length offsets chosen after the
thresholds on the fitting half as ``ml02`` does):

* ``bag25``: each of the 23 thresholds is the median over :data:`ROUNDS` bootstrap resamples (of whole articles of
  the fitting half, with replacement; seed :data:`SEED`) of the thresholds ``calibrate_thresholds`` fits on the
  resample. Nothing chosen.
* ``cap3`` (candidate C): ``ml02`` as fitted, then a line keeps at most :data:`CAP` labels, those with the
  largest margin (probability minus the line's threshold, offsets included; ties to the earlier label).
* ``fearpair`` (candidate D): ``ml02`` as fitted, then a line with Loaded_Language and without fear gets fear iff a
  pair head (trained on the training articles' lines whose gold holds either, target fear) says at least tau, tau
  chosen on the fitting half from :data:`TAUS` (ties to the higher; off highest).
* ``nest``: per technique, its own threshold or the fitting half's global threshold, chosen by the fitting half's
  inner even/odd cross-fit: own thresholds and the global one fitted on one inner half, TP / FP / FN of each
  technique counted on the other at both, both ways pooled; a technique takes the global threshold iff switching
  it alone (all others own) raises the pooled inner micro-F1 (ties to own). The final own and global thresholds are
  fitted on the whole fitting half.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech21"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech20"))

import decide as d21  # scripts/tech21/decide.py
from st3_levers import SHORT, T, _genre, f1c, load, logit_blend, shipped_rule

D = Path("/tmp/tech24")
d21.A.update(
    scores=D / "val_scores.pkl",
    train_vectors=D / "train_sent.npz",
    val_vectors=D / "val_sent.npz",
    ml=D / "ml_val.npz",
)
#: ``bag25``: bootstrap resamples and their seed (fixed a priori).
ROUNDS = 25
SEED = 2424
#: ``cap3``: the most labels a line keeps (fixed a priori from the training articles' gold).
CAP = 3
#: ``fearpair``: the pair head's cut-offs (None: off), chosen on the fitting half.
TAUS = (0.3, 0.4, 0.5, 0.6, 0.7, None)
FEAR, LOADED = T.TECHNIQUES.index("Appeal_to_Fear-Prejudice"), T.TECHNIQUES.index("Loaded_Language")


def bagged_thresholds(probs: np.ndarray, gold: np.ndarray, groups: np.ndarray, rounds: int = ROUNDS,
                      seed: int = SEED) -> np.ndarray:
    """Median over ``rounds`` bootstrap resamples of whole groups (articles) of ``calibrate_thresholds``."""
    rng = np.random.default_rng(seed)
    ids = np.unique(groups)
    rows = [np.flatnonzero(groups == g) for g in ids]
    fitted = []
    for _ in range(rounds):
        pick = np.concatenate([rows[i] for i in rng.integers(0, len(ids), len(ids))])
        fitted.append(T.calibrate_thresholds(probs[pick], gold[pick]))
    return np.asarray(np.median(np.vstack(fitted), axis=0))


def global_threshold(p: np.ndarray, g: np.ndarray) -> float:
    return float(max(T.THRESHOLD_GRID, key=lambda t: T._micro_f1(p, g, np.full(p.shape[1], t))))


def per_label(p: np.ndarray, g: np.ndarray, th: np.ndarray) -> np.ndarray:
    """(labels x 3) TP / FP / FN."""
    pred = p >= th
    return np.stack([(pred & g).sum(0), (pred & ~g).sum(0), (~pred & g).sum(0)], axis=1).astype(float)


class Levers(d21.Fixed):
    pair: dict[str, np.ndarray]

    def cap(self, a: Any, p: np.ndarray, t: np.ndarray, o: tuple[float, float]) -> np.ndarray:
        """Raises (lines x labels) that drop every label of a line past its :data:`CAP` largest margins."""
        margin = p - self.th(a, t, *o)
        raise_ = np.zeros_like(p)
        for i, row in enumerate(margin):
            on = np.flatnonzero(row >= 0)
            if len(on) > CAP:
                keep = on[np.argsort(-row[on], kind="stable")[:CAP]]
                raise_[i, np.setdiff1d(on, keep)] = 2.0
        return raise_

    def blend(self, fit: list[Any]) -> dict[str, np.ndarray]:
        p0, _ = shipped_rule(self.b, self.hp, fit)
        return {k: logit_blend(v, self.ml[k], self.w) for k, v in p0.items()}

    def procedure(self, fit: list[Any], test: list[Any], lever: str) -> Any:
        if lever == "bag25":
            pw = self.blend(fit)
            pf, gf, _ = self.b.stack(fit, pw)
            groups = np.concatenate([np.full(len(pw[a.id]), i) for i, a in enumerate(fit)])
            tw = bagged_thresholds(pf, gf.astype(bool), groups)
            return pw, tw, self.offsets(fit, pw, tw, SHORT), {}, ROUNDS
        if lever == "cap3":
            p, t, o, _, _ = super().procedure(fit, test, "ml02")
            caps = {a.id: self.cap(a, p[a.id], t, o) for a in test}
            return p, t, o, caps, int(sum((c > 0).sum() for c in caps.values()))  # labels removed
        if lever == "fearpair":
            p, t, o, _, _ = super().procedure(fit, test, "ml02")

            def adds(tau: float | None, arts: list[Any]) -> dict[str, np.ndarray]:
                out = {}
                for a in arts:
                    e = np.zeros_like(p[a.id])
                    if tau is not None:
                        on = p[a.id] >= self.th(a, t, *o)
                        add = on[:, LOADED] & ~on[:, FEAR] & (self.pair[a.id] >= tau)
                        e[add, FEAR] = -2.0
                    out[a.id] = e
                return out

            f = {tau: f1c(self.cnt(fit, p, t, *o, adds(tau, fit))) for tau in TAUS}
            best = max(f.values())
            tau = next(x for x in reversed(TAUS) if f[x] >= best - 1e-12)  # ties: off, then the higher tau
            return p, t, o, adds(tau, test), tau
        if lever == "nest":
            pw = self.blend(fit)
            inner = [fit[0::2], fit[1::2]]
            own, glob = np.zeros((len(T.TECHNIQUES), 3)), np.zeros((len(T.TECHNIQUES), 3))
            for i, j in ((0, 1), (1, 0)):
                pi, gi, _ = self.b.stack(inner[i], pw)
                pj, gj, _ = self.b.stack(inner[j], pw)
                gi, gj = gi.astype(bool), gj.astype(bool)
                ti = T.calibrate_thresholds(pi, gi)
                own += per_label(pj, gj, ti)
                glob += per_label(pj, gj, np.full(len(ti), global_threshold(pi, gi)))
            base = f1c(own.sum(0))
            switch = np.array([f1c(own.sum(0) - own[k] + glob[k]) > base + 1e-12 for k in range(len(own))])
            pf, gf, _ = self.b.stack(fit, pw)
            gf = gf.astype(bool)
            tw = np.where(switch, global_threshold(pf, gf), T.calibrate_thresholds(pf, gf))
            return pw, tw, self.offsets(fit, pw, tw, SHORT), {}, int(switch.sum())
        return super().procedure(fit, test, lever)


def pair_head(train: list[Any], vx: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Candidate D's head: fitted on the training articles' lines with gold fear or Loaded_Language (target fear);
    its probability for every line of the validation articles (``vx``: their paragraph-head features)."""
    from spinscope.training.multilingual import fit_multilabel, sigmoid
    from spinscope.training.technique_paragraphs import C, article_features, paragraph_gold

    tv = dict(np.load(d21.A["train_vectors"]))
    x = np.vstack([article_features(a, tv[a.id]) for a in train])
    g = paragraph_gold(train)
    rows = g[:, FEAR] | g[:, LOADED]
    head = fit_multilabel(x[rows], g[rows][:, [FEAR]].astype(np.int64), C)
    print("pair head rows", int(rows.sum()), "fear", int(g[rows, FEAR].sum()), flush=True)
    return {k: sigmoid(v @ head.weight.T + head.bias)[:, 0] for k, v in vx.items()}


def run(salts: list[str], out: Path, lever: str) -> None:
    b, val, hp, train, vx = load(d21.A["scores"], d21.A["train_vectors"], d21.A["val_vectors"])
    r = Levers(b, hp, val, dict(np.load(d21.A["ml"])))
    if lever == "fearpair":
        r.pair = pair_head(train, vx)
    res = {}
    for salt in salts:
        parts = d21.halves(b, val, salt)
        ab, an, chosen = {}, {}, []
        for i, j in ((0, 1), (1, 0)):
            p0, t0, o0, e0, _ = r.procedure(parts[i], parts[j], "ml02")
            p1, t1, o1, e1, ch = r.procedure(parts[i], parts[j], lever)
            chosen.append(ch)
            for a in parts[j]:
                ab[a.id] = r.cnt([a], p0, t0, *o0, e0)
                an[a.id] = r.cnt([a], p1, t1, *o1, e1)
        res[salt] = {"base": ab, "new": an, "chosen": chosen}
        if lever == "fearpair":  # held-out fear TP / FP / FN, base and lever (the same fits again)
            fc = {"ml02": np.zeros(3), lever: np.zeros(3)}
            for i, j in ((0, 1), (1, 0)):
                for name in fc:
                    p, t, o, e, _ = r.procedure(parts[i], parts[j], name)
                    for a in parts[j]:
                        lim = r.th(a, t, *o, e.get(a.id, 0.0))
                        pr, gd = p[a.id][:, FEAR] >= lim[:, FEAR], b.gold[a.id][:, FEAR].astype(bool)
                        fc[name] += [(pr & gd).sum(), (pr & ~gd).sum(), (~pr & gd).sum()]
            print(salt, "fear TP/FP/FN", {k: v.astype(int).tolist() for k, v in fc.items()}, flush=True)
        new, old = round(f1c(sum(an.values())), 4), round(f1c(sum(ab.values())), 4)
        print(salt, old, "->", new, "chosen", chosen, flush=True)
    out.write_bytes(pickle.dumps(res))


def genres(paths: list[Path]) -> None:
    res: dict[str, Any] = {}
    for p in paths:
        res.update(pickle.loads(p.read_bytes()))  # this script's own output
    _, val, _, _, _ = load(d21.A["scores"], d21.A["train_vectors"], d21.A["val_vectors"])
    for g in ("reporting", "opinion"):
        ids = [a.id for a in val if _genre(a) == g]
        cb = sum(res[s]["base"][i] for s in res for i in ids)
        cn = sum(res[s]["new"][i] for s in res for i in ids)
        print(g, len(ids), "ml02", cb.astype(int).tolist(), round(f1c(cb), 4), "-> new", cn.astype(int).tolist(),
              round(f1c(cn), 4), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["run", "combine", "genres"])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--salts", default="")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--lever", default="bag25", choices=["bag25", "nest", "cap3", "fearpair"])
    args = ap.parse_args()
    if args.mode == "run":
        run(args.salts.split(","), args.out, args.lever)
    elif args.mode == "genres":
        genres(args.paths)
    else:
        d21.combine(args.paths)


if __name__ == "__main__":
    main()
