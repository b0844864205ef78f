"""Round 22, a diagnostic on the five old splits (eo, h, t20a-c; no decision reads them): where the shipped
procedure's (round 21's ``ml02``) held-out labels go, by genre, by line position (line 0 is the title), by the
line's word count and by the number of labels the line gets."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech21"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech20"))

from decide import A, Fixed, halves
from st3_levers import _genre, load

from spinscope.training.data import TECHNIQUES


def main() -> None:
    b, val, hp, _, _ = load(A["scores"], A["train_vectors"], A["val_vectors"])
    r = Fixed(b, hp, val, dict(np.load(A["ml"])))
    k = len(TECHNIQUES)
    tally = {g: np.zeros((k, 3)) for g in ("opinion", "reporting")}
    pos = {}
    nlab = {}
    for salt in ("eo", "h", "t20a", "t20b", "t20c"):
        parts = halves(b, val, salt)
        for i, j in ((0, 1), (1, 0)):
            p, t, o, _, _ = r.procedure(parts[i], parts[j], "ml02")
            for a in parts[j]:
                pred = p[a.id] >= r.th(a, t, *o)
                g = b.gold[a.id]
                gen = _genre(a)
                tally[gen] += np.stack([(pred & g).sum(0), (pred & ~g).sum(0), (~pred & g).sum(0)], axis=1)
                words = r.words[a.id]
                for li in range(len(pred)):
                    c = np.array([(pred[li] & g[li]).sum(), (pred[li] & ~g[li]).sum(), (~pred[li] & g[li]).sum()])
                    key = (gen, "title" if li == 0 else ("short" if words[li] <= 20 else "body"))
                    pos[key] = pos.get(key, 0) + c
                    key2 = (gen, int(min(pred[li].sum(), 6)))
                    nlab[key2] = nlab.get(key2, 0) + c
    f = lambda c: round(2 * c[0] / max(1, 2 * c[0] + c[1] + c[2]), 4)  # noqa: E731
    for gen in ("opinion", "reporting"):
        print(gen, tally[gen].sum(0).astype(int).tolist(), f(tally[gen].sum(0)))
        for n, name in enumerate(TECHNIQUES):
            c = tally[gen][n].astype(int).tolist()
            if sum(c):
                print("  ", name, c)
    for key in sorted(pos):
        print("pos", key, pos[key].astype(int).tolist(), f(pos[key]))
    for key in sorted(nlab):
        print("nlab", key, nlab[key].astype(int).tolist())
    print("val genres", {g: sum(_genre(a) == g for a in val) for g in ("opinion", "reporting")})


if __name__ == "__main__":
    main()
