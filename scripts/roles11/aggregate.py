"""Round 11 (roles11): how `analyze` reads an actor's role from all its mentions, measured on the annotated entities.

Every annotated entity's surface mentions (its first 12, as roles.v1 scores them in `analyze`) are scored by the
shipped recipe fitted on the annotated mentions of the training folds (round 4's folds, fresh roles10 and roles11,
as scripts/roles11/folds.py); the entity's role is then read by (a) the mean of the mentions' probabilities (what
roles.v1 does) or (b) the same mean with the mentions whose own side numbers fire (role_context.SIDE_NAMES: agent or
patient of harm or help, sufferer, victim noun) weighted 3, the others 1. Also (c) the annotated mention alone
(what `predict semeval2025 --subtask 1` does), for reference.

Usage: python scripts/roles11/aggregate.py ROWS.pkl [DATA_DIR] [EMBEDDING_CACHE]
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import folds as F

from spinscope.components.role_context import NUMERIC_NAMES, SIDE_NAMES
from spinscope.components.roles import MAX_MENTIONS_SCORED
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, entity_rows, surface_mentions
from spinscope.training import semeval2025 as S


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("../shared/data")
    cache = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/tmp/semeval2025-cache")
    articles, _ = S.load_task(data)
    used = [articles[a] for a in sorted({m.article for m in mentions})]
    S.embed(used, cache=cache, progress=lambda s: None)
    parsed = S.parse_articles(used)
    every = RoleRows()
    owner: list[int] = []
    for i, m in enumerate(mentions):
        art = articles[m.article]
        surface = surface_mentions(art.text, m.start, m.end)
        scored = surface[:MAX_MENTIONS_SCORED]
        every.extend(entity_rows(art.text, art.sentences, art.vectors, parsed[m.article], surface, scored))
        owner += [i] * len(scored)
    owner_arr = np.array(owner)
    side = [NUMERIC_NAMES.index(s) for s in SIDE_NAMES]
    fires = (np.stack(every.numbers)[:, side] > 0).any(axis=1)
    weight = np.where(fires, 3.0, 1.0)
    print(f"{len(owner)} surface mentions scored for {len(mentions)} entities; side numbers fire on {int(fires.sum())}")
    gold = np.array([m.main for m in mentions])
    arts = [m.article for m in mentions]
    for name, folds in F.partitions(arts).items():
        mean = np.zeros((len(mentions), 3))
        weighted = np.zeros((len(mentions), 3))
        alone = np.zeros((len(mentions), 3))
        for tr, te in folds:
            fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
            alone[te] = S._main_proba(fit.bundle, rows.take(list(te)))
            sel = np.where(np.isin(owner_arr, te))[0]
            p = S._main_proba(fit.bundle, every.take(list(sel)))
            for i in te:
                k = owner_arr[sel] == i
                mean[i] = p[k].mean(axis=0)
                weighted[i] = (p[k] * weight[sel][k][:, None]).sum(axis=0) / weight[sel][k].sum()
        acc = {lab: round(float(np.mean(np.array(MAIN_ROLES)[q.argmax(1)] == gold)), 4)
               for lab, q in (("mean", mean), ("weighted", weighted), ("annotated", alone))}
        print(name, acc, flush=True)


if __name__ == "__main__":
    main()
