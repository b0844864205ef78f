"""Round 23 (docs/EVALUATION.md, "Techniques, round 23"): two candidates against the shipped ST3 procedure
(round 21's ``ml02``) on fresh splits of the 87 English validation articles; the decision rule was committed before
this script produced any figure.

    python scripts/tech23/decide.py head --rep-weight 1 --train-only --out /tmp/tech23/ml_check.npz   # the check
    python scripts/tech23/decide.py head --rep-weight 3 --out /tmp/tech23/mlrep.npz                    # candidate A
    python scripts/tech23/decide.py run --lever mlrep --salts t23a0,t23a1 --out /tmp/tech23/a0.pkl
    python scripts/tech23/decide.py run --lever weak20 --salts t23b0,t23b1 --out /tmp/tech23/b0.pkl    # candidate B
    python scripts/tech23/decide.py combine /tmp/tech23/a*.pkl        # N, P and their intervals (round 21's)
    python scripts/tech23/decide.py genres /tmp/tech23/a*.pkl         # the reporting (9) and opinion (78) reading

``head``: the six-language technique head refitted with the committed recipe and C (``paragraph+mean+langxp+pshape``,
C = 0.001; the ``langxp`` projection from the fitting paragraphs' vectors) on the labelled paragraphs of
``/tmp/ml24/items_st3.pkl`` (every language's articles but the 87 English validation articles; ``--train-only``: the
training split only, as the committed head), the rows of articles whose ST1 genre is reporting repeated
``--rep-weight`` times; writes its probabilities for every line of the 87 articles (``embed_val.py``'s vectors).

Levers: ``mlrep`` = ``ml02`` with that head's probabilities in place of the committed head's (w = 0.2, thresholds and
offsets refitted on the fitting half); ``weak20`` = ``ml02`` with no label for a technique that has fewer than 20
positive lines in the fitting half (threshold 2), offsets then fitted; ``glob20`` = the same with the fitting half's
global threshold instead of no label (reported, not deciding); ``noquote`` (candidate D) = ``ml02`` with every
threshold of a line without a quotation mark raised by d, d chosen on the fitting half from :data:`QUOTE_GRID`.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech21"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech20"))

import decide as d21
from st3_levers import SHORT, T, _genre, f1c, load, logit_blend, shipped_rule

#: Candidate B: fewer positive lines than this in the fitting half -> no label (fixed a priori).
K = 20
#: Candidate D: the raise on lines without a quotation mark, chosen on the fitting half among these.
QUOTE_GRID = (0.0, 0.05, 0.1, 0.2)
QUOTE_MARKS = set('"\u201c\u201d\u00ab\u00bb\u201e')
RECIPE = "paragraph+mean+langxp+pshape"
C = 0.001


def fit_head(rep_weight: int, train_only: bool, items_path: Path, val_vecs: Path) -> dict[str, np.ndarray]:
    from spinscope.components.multilingual import features
    from spinscope.training.data import TECHNIQUES
    from spinscope.training.multilingual import LANGXP_COMPONENTS, fit_multilabel, paragraph_projection, sigmoid

    items = pickle.loads(items_path.read_bytes())  # round ml24's own cache of training items
    vv = pickle.loads(val_vecs.read_bytes())  # embed_val.py's output
    english_val = {aid for aid in vv}
    keep = [
        it
        for it in items
        if it.paragraphs
        and not (it.language == "en" and (it.validation or it.id in english_val))
        and not (train_only and it.validation)
    ]
    proj = paragraph_projection(keep, LANGXP_COMPONENTS)
    xs, ys = [], []
    n_rep = 0
    for it in keep:
        x = features(RECIPE, it.vectors, proj)
        times = rep_weight if it.genre == "reporting" else 1
        for _, row, labels in it.paragraphs:
            for _ in range(times):
                xs.append(x[row])
                ys.append([t in labels for t in TECHNIQUES])
            n_rep += times if it.genre == "reporting" else 0
    x, y = np.stack(xs), np.array(ys, dtype=np.int64)
    print(f"articles {len(keep)} rows {len(x)} reporting rows {n_rep} ({n_rep / len(x):.2f})", flush=True)
    head = fit_multilabel(x, y, C)
    out = {}
    for aid, vecs in vv.items():
        vecs.language = "en"
        out[aid] = sigmoid(features(RECIPE, vecs, proj) @ head.weight.T + head.bias).astype(np.float64)
    return out


class Levers(d21.Fixed):
    mlrep: ClassVar[dict[str, np.ndarray]] = {}

    def __init__(self, b: Any, hp: dict[str, np.ndarray], val: list[Any], ml: dict[str, np.ndarray]) -> None:
        super().__init__(b, hp, val, ml)
        #: 1 for each line without a quotation mark (candidate D)
        self.plain = {
            a.id: np.array([not (set(a.text[ln.start : ln.end]) & QUOTE_MARKS) for ln in a.lines], dtype=float)[:, None]
            for a in val
        }

    def procedure(self, fit: list[Any], test: list[Any], lever: str) -> Any:
        if lever == "mlrep":
            p0, _ = shipped_rule(self.b, self.hp, fit)
            pw = {k: logit_blend(v, self.mlrep[k], self.w) for k, v in p0.items()}
            pf, gf, _ = self.b.stack(fit, pw)
            tw = T.calibrate_thresholds(pf, gf)
            return pw, tw, self.offsets(fit, pw, tw, SHORT), {}, self.w
        if lever == "noquote":
            p, t, o, _, _ = super().procedure(fit, test, "ml02")

            def raises(d: float, arts: list[Any]) -> dict[str, Any]:
                return {a.id: d * self.plain[a.id] for a in arts}

            f = {d: f1c(self.cnt(fit, p, t, *o, raises(d, fit))) for d in QUOTE_GRID}
            d = max(QUOTE_GRID, key=lambda x: (f[x], -x))
            return p, t, o, raises(d, test), d
        if lever in ("weak20", "glob20"):
            p0, _ = shipped_rule(self.b, self.hp, fit)
            pw = {k: logit_blend(v, self.ml[k], self.w) for k, v in p0.items()}
            pf, gf, _ = self.b.stack(fit, pw)
            tw = T.calibrate_thresholds(pf, gf)
            weak = gf.sum(axis=0) < K
            if lever == "weak20":
                tw = np.where(weak, 2.0, tw)
            else:
                glob = max(T.THRESHOLD_GRID, key=lambda t: T._micro_f1(pf, gf, np.full(pf.shape[1], t)))
                tw = np.where(weak, glob, tw)
            return pw, tw, self.offsets(fit, pw, tw, SHORT), {}, int(weak.sum())
        return super().procedure(fit, test, lever)


def run(salts: list[str], out: Path, lever: str, mlrep: Path) -> None:
    b, val, hp, _, _ = load(d21.A["scores"], d21.A["train_vectors"], d21.A["val_vectors"])
    r = Levers(b, hp, val, dict(np.load(d21.A["ml"])))
    if lever == "mlrep":
        Levers.mlrep = dict(np.load(mlrep))
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
        print(
            g,
            len(ids),
            "ml02",
            cb.astype(int).tolist(),
            round(f1c(cb), 4),
            "-> new",
            cn.astype(int).tolist(),
            round(f1c(cn), 4),
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["head", "run", "combine", "genres"])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--salts", default="")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--lever", default="weak20", choices=["mlrep", "weak20", "glob20", "noquote"])
    ap.add_argument("--mlrep", type=Path, default=Path("/tmp/tech23/mlrep.npz"))
    ap.add_argument("--rep-weight", type=int, default=3)
    ap.add_argument("--train-only", action="store_true")
    ap.add_argument("--items", type=Path, default=Path("/tmp/ml24/items_st3.pkl"))
    ap.add_argument("--val-vecs", type=Path, default=Path("/tmp/tech23/val_vecs.pkl"))
    args = ap.parse_args()
    if args.mode == "head":
        np.savez(args.out, **fit_head(args.rep_weight, args.train_only, args.items, args.val_vecs))
    elif args.mode == "run":
        run(args.salts.split(","), args.out, args.lever, args.mlrep)
    elif args.mode == "genres":
        genres(args.paths)
    else:
        d21.combine(args.paths)


if __name__ == "__main__":
    main()
