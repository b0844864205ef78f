"""Round 12 (roles12): what the analyze path reads that training does not.

(1) Mean of the context numbers (role_context.NUMERIC_NAMES, own mention) over the training rows (the annotated
mentions, TRAIN_ROWS.pkl), the analyze rows at the annotated mention, and every analyze row of every actor (E2E.pkl).
(2) The actors after the ten most mentioned (ranks 10-29 by roles.main_actors' order): how many, how many annotated,
how many shown in a deed (role_context.SIDE_NAMES on one of their first 12 mentions), and per partition the accuracy
and roles of the cross-fitted model on them (PROBS.pkl from probs.py).

Usage: python scripts/roles12/skew.py TRAIN_ROWS.pkl E2E.pkl PROBS.pkl
"""
from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e2e_score import ranks

from spinscope.components.role_context import NUMERIC_NAMES, SIDE_NAMES
from spinscope.components.semeval2025 import MAIN_ROLES


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        train = pickle.load(f)
    with open(sys.argv[2], "rb") as f:
        e2e = pickle.load(f)
    with open(sys.argv[3], "rb") as f:
        probs = pickle.load(f)
    n = len(NUMERIC_NAMES)
    gold = np.stack(train["rows"].numbers)[:, :n]
    at_gold = np.vstack([np.stack(r.numbers) for r in e2e["rows"]["actor_at_gold"].values()])[:, :n]
    every = np.vstack([np.stack(r.numbers) for r in e2e["rows"]["actor"].values()])[:, :n]
    for j, name in enumerate(NUMERIC_NAMES):
        print(f"{name:18s} annotated {gold[:, j].mean():6.3f}  analyze at the annotated {at_gold[:, j].mean():6.3f}  "
              f"every analyze row {every[:, j].mean():6.3f}")
    mentions, match, actors = e2e["mentions"], e2e["match"], e2e["actors"]
    rank = ranks(actors)
    side = [NUMERIC_NAMES.index(s) for s in SIDE_NAMES]
    deed = {k: bool((np.stack(r.numbers)[:, side] > 0).any()) for k, r in e2e["rows"]["actor"].items()}
    annotated: dict[tuple[str, int], list[str]] = {}
    for m, x in zip(mentions, match, strict=True):
        if x is not None:
            annotated.setdefault((m.article, x), []).append(m.main)
    top = [k for k, r in rank.items() if r < 10]
    extra = [k for k, r in rank.items() if 10 <= r < 30]
    print(f"ten most mentioned: {len(top)} actors, {sum(k in annotated for k in top)} annotated; ranks 10-29: "
          f"{len(extra)} actors, {sum(k in annotated for k in extra)} annotated, {sum(deed[k] for k in extra)} shown in "
          f"a deed, {sum(deed[k] and k in annotated for k in extra)} of those annotated")
    for part, d in probs.items():
        for label, chosen in (("ranks 10-29", extra), ("ranks 10-29 shown in a deed", [k for k in extra if deed[k]])):
            roles = {k: MAIN_ROLES[int(d["actor"][k].mean(axis=0).argmax())] for k in chosen}
            pairs = [(g, roles[k]) for k in chosen for g in annotated.get(k, [])]
            acc = np.mean([g == p for g, p in pairs]) if pairs else float("nan")
            shown = Counter(roles.values())
            print(f"{part} {label}: {len(pairs)} annotated mentions, accuracy {acc:.3f}; roles P/A/I "
                  f"{shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}")


if __name__ == "__main__":
    main()
