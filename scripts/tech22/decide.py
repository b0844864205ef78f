"""Round 22 (docs/EVALUATION.md, "Techniques, round 22"): ``rep10``, the shipped procedure (round 21's ``ml02``)
with every threshold of an article the genre model calls "reporting" raised by 0.1 (fixed), against ``ml02`` on
fresh splits of the 87 validation articles. The genre labels come from ``genre_val.py`` (the genre recipe fitted on
the English train articles only).

    python scripts/tech22/decide.py run --genre /tmp/tech22/genre_val.json --salts t22r0,t22r1 --out /tmp/tech22/p0.pkl
    python scripts/tech22/decide.py combine /tmp/tech22/p*.pkl      # round 21's figures (N, P, intervals)
    python scripts/tech22/decide.py run --lever repw05 --salts t22w0,... --out /tmp/tech22/w0.pkl   # candidate 2
    python scripts/tech22/decide.py genres --genre /tmp/tech22/genre_val.json --salts t22r0,...   # by genre

The decision rule is in docs/EVALUATION.md, committed before this script produced any figure.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech21"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech20"))

import decide as d21
from st3_levers import _genre, f1c, load, logit_blend

RAISE = 0.1
#: candidate 2 (``repw05``): the multilingual blend's weight on articles called reporting
REPORTING_W = 0.5


class Genre(d21.Fixed):
    """``rep10``: ``ml02`` fitted on the fitting half, plus :data:`RAISE` on every threshold of a ``test`` article
    whose genre label is reporting."""

    reporting: ClassVar[set[str]] = set()
    raise_: float = RAISE

    def procedure(self, fit: list[Any], test: list[Any], lever: str) -> Any:
        if lever == "repw05":  # candidate 2: w 0.5 instead of 0.2 on test articles called reporting, same cut
            p, t, o, _, w = super().procedure(fit, test, "ml02")
            p0, _ = d21.shipped_rule(self.b, self.hp, fit)
            p = dict(p)
            for a in test:
                if a.id in self.reporting:
                    p[a.id] = logit_blend(p0[a.id], self.ml[a.id], REPORTING_W)
            return p, t, o, {}, REPORTING_W
        if lever != "rep10":
            return super().procedure(fit, test, lever)
        p, t, o, _, w = super().procedure(fit, test, "ml02")
        return p, t, o, {a.id: self.raise_ for a in test if a.id in self.reporting}, w


def run(salts: list[str], out: Path, genre: Path, lever: str = "rep10") -> None:
    b, val, hp, _, _ = load(d21.A["scores"], d21.A["train_vectors"], d21.A["val_vectors"])
    r = Genre(b, hp, val, dict(np.load(d21.A["ml"])))
    labels = json.loads(genre.read_text())
    Genre.reporting = {aid for aid, x in labels.items() if x["label"] == "reporting"}
    res = {}
    for salt in salts:
        parts = d21.halves(b, val, salt)
        ab, an = {}, {}
        for i, j in ((0, 1), (1, 0)):
            p0, t0, o0, e0, _ = r.procedure(parts[i], parts[j], "ml02")
            p1, t1, o1, e1, _ = r.procedure(parts[i], parts[j], lever)
            for a in parts[j]:
                ab[a.id] = r.cnt([a], p0, t0, *o0, e0)
                an[a.id] = r.cnt([a], p1, t1, *o1, e1)
        res[salt] = {"base": ab, "new": an, "chosen": [r.raise_ if lever == "rep10" else REPORTING_W]}
        print(salt, round(f1c(sum(ab.values())), 4), "->", round(f1c(sum(an.values())), 4), flush=True)
    out.write_bytes(pickle.dumps(res))


def genres(paths: list[Path]) -> None:
    """Plain micro-F1 of base and ``rep10`` on the reporting and the opinion articles, pooled over the splits."""
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
            "base",
            cb.astype(int).tolist(),
            round(f1c(cb), 4),
            "-> rep10",
            cn.astype(int).tolist(),
            round(f1c(cn), 4),
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["run", "combine", "genres"])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--salts", default="")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--lever", default="rep10", choices=["rep10", "repw05"])
    ap.add_argument("--genre", type=Path, default=Path("/tmp/tech22/genre_val.json"))
    ap.add_argument("--raise", dest="raise_", type=float, default=RAISE, help="diagnostics only: another raise")
    args = ap.parse_args()
    Genre.raise_ = args.raise_
    if args.mode == "run":
        run(args.salts.split(","), args.out, args.genre, args.lever)
    elif args.mode == "genres":
        genres(args.paths)
    else:
        d21.combine(args.paths)


if __name__ == "__main__":
    main()
