"""Round 13 (roles13): the probabilities a within-article decision is chosen and read on, by nested cross-fitting.

For each partition of scripts/roles11/folds.py (round 4's folds, fresh roles10 and roles11) and each outer fold, the
shipped recipe (`ROLE_GRID`'s one setting) is fitted
  * on the outer training part, and read on the held-out articles: their gold mentions (the `predict --subtask 1`
    path) and, with E2E.pkl (scripts/roles12/e2e_rows.py), every actor row of theirs (the `analyze` path);
  * on each inner fold of the training part (5 folds by sha1("inner13:" + article) % 5), read on the inner held-out
    gold mentions (and their actors' rows): out-of-fold probabilities of the training part only, on which a decision
    is chosen.
So a decision chosen on ``inner`` never sees the outer held-out articles.

Usage: python scripts/roles13/nested_probs.py ROWS.pkl OUT.pkl [E2E.pkl] [PARTITION ...]
Writes {partition: [{"tr", "te", "inner" (len(tr) x 3), "outer" (len(te) x 3), "actor" and "inner_actor"
{key: rows x 3}}]}.
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "roles11"))
import folds as F

from spinscope.training import semeval2025 as S


def inner_folds(arts: list[str], tr: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Grouped 5-fold of the training part ``tr`` (indices into ``arts``), by article."""
    fno = np.array([int(hashlib.sha1(f"inner13:{arts[i]}".encode()).hexdigest(), 16) % 5 for i in tr])
    return [(tr[fno != k], tr[fno == k]) for k in range(5)]


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    e2e = None
    if len(sys.argv) > 3 and sys.argv[3].endswith(".pkl"):
        with open(sys.argv[3], "rb") as f:
            e2e = pickle.load(f)["rows"]["actor"]
    wanted = [a for a in sys.argv[3:] if not a.endswith(".pkl")]
    rows, mentions = d["rows"], d["mentions"]
    arts = [m.article for m in mentions]
    out = {}
    for part, outer in F.partitions(arts).items():
        if wanted and part not in wanted:
            continue
        found = []
        for tr, te in outer:
            inner = np.zeros((len(tr), 3))
            inner_actor: dict[tuple[str, int], np.ndarray] = {}
            pos = {i: k for k, i in enumerate(tr)}
            for itr, ite in inner_folds(arts, tr):
                inner_fit = S.fit_roles(rows.take(list(itr)), [mentions[i] for i in itr], F.PARAMS, fine=False)
                inner[[pos[i] for i in ite]] = S._main_proba(inner_fit.bundle, rows.take(list(ite)))
                held = {arts[i] for i in ite}
                inner_actor.update({k: S._main_proba(inner_fit.bundle, r) for k, r in (e2e or {}).items()
                                    if k[0] in held})
            fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
            test_arts = {arts[i] for i in te}
            actor = {k: S._main_proba(fit.bundle, r) for k, r in (e2e or {}).items() if k[0] in test_arts}
            found.append({"tr": tr, "te": te, "inner": inner, "outer": S._main_proba(fit.bundle, rows.take(list(te))),
                          "actor": actor, "inner_actor": inner_actor})
            print(part, len(found), flush=True)
        out[part] = found
    with open(sys.argv[2], "wb") as f:
        pickle.dump(out, f)


if __name__ == "__main__":
    main()
