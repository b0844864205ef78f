"""Round 12 (roles12): train on what `analyze` reads. Cross-fitted, three partitions (scripts/roles11/folds.py).

The shipped recipe fits the annotated mentions only (one row each, its surface occurrences as context). `analyze`
scores an actor by the mean over its first 12 mentions, with every mention of the actor as context. Here the
training part of each fold also gets, for each annotated mention matched to a pipeline actor (scripts/roles12/
e2e_rows.py), the rows `analyze` builds for that actor, labelled with the annotated role, weighted W / n (n: the
actor's rows; so the actor's rows together weigh W, the annotated row 1). Printed per partition and W: accuracy of
the annotated mention alone (the `predict --subtask 1` path), of the analyze path (mean over the actor's rows) on
the gold mentions, per tuning/held half (sha1("tune:" + id) % 2), and the roles of every main actor of the
held-out articles.

Usage: python scripts/roles12/multi.py TRAIN_ROWS.pkl E2E.pkl W [W ...]   (W = 0: the shipped recipe)
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "roles11"))
import folds as F

from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows
from spinscope.training import semeval2025 as S


def training_part(rows: RoleRows, mentions: list, e2e: dict, tr: np.ndarray, w: float
                  ) -> tuple[RoleRows, list, np.ndarray]:
    """The fold's annotated rows, then the analyze rows of their actors (weighted w / n each)."""
    part = rows.take(list(tr))
    labels = [mentions[i] for i in tr]
    weights = [1.0] * len(tr)
    if w > 0:
        for i in tr:
            x = e2e["match"][i]
            if x is None:
                continue
            extra = e2e["rows"]["actor"][(mentions[i].article, x)]
            part.extend(extra)
            labels += [mentions[i]] * len(extra)
            weights += [w / len(extra)] * len(extra)
    return part, labels, np.array(weights)


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        train = pickle.load(f)
    with open(sys.argv[2], "rb") as f:
        e2e = pickle.load(f)
    rows, mentions = train["rows"], train["mentions"]
    match, actors = e2e["match"], e2e["actors"]
    gold = np.array([m.main for m in mentions])
    arts = [m.article for m in mentions]
    tune = np.array([int(hashlib.sha1(f"tune:{a}".encode()).hexdigest(), 16) % 2 == 0 for a in arts])
    for w in map(float, sys.argv[3:]):
        for part_name, folds in F.partitions(arts).items():
            alone = np.zeros((len(mentions), 3))
            analyze = np.full(len(mentions), "", dtype=object)
            shown: Counter = Counter()
            for tr, te in folds:
                part, labels, weights = training_part(rows, mentions, e2e, tr, w)
                fit = S.fit_roles(part, labels, F.PARAMS, fine=False, weights=weights)
                alone[te] = S._main_proba(fit.bundle, rows.take(list(te)))
                test_arts = {arts[i] for i in te}
                role = {key: MAIN_ROLES[int(S._main_proba(fit.bundle, r).mean(axis=0).argmax())]
                        for key, r in e2e["rows"]["actor"].items() if key[0] in test_arts}
                for i in te:
                    if match[i] is not None:
                        analyze[i] = role[(arts[i], match[i])]
                shown.update(r for (aid, k), r in role.items() if actors[aid][k]["main"])
            ok_alone = np.array(MAIN_ROLES)[alone.argmax(1)] == gold
            ok_analyze = analyze == gold
            print(f"W={w} {part_name}: annotated {ok_alone.mean():.4f} (tune {ok_alone[tune].mean():.4f} held "
                  f"{ok_alone[~tune].mean():.4f}); analyze {ok_analyze.mean():.4f} (tune {ok_analyze[tune].mean():.4f} "
                  f"held {ok_analyze[~tune].mean():.4f}), predicted {dict(Counter(analyze[analyze != '']))}; "
                  f"main actors P/A/I {shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}", flush=True)


if __name__ == "__main__":
    main()
