"""Round 12 (roles12): end-to-end estimate of the roles `analyze` shows, by cross-fitted models.

For each partition of the articles (round 4's folds, fresh roles10 and roles11, as scripts/roles11/folds.py), a
model is fitted (the shipped recipe, `ROLE_GRID`'s one setting) on the training rows (TRAIN_ROWS.pkl, from
scripts/roles11/build_rows.py) of the other folds' articles, and reads the held-out articles' rows built by
scripts/roles12/e2e_rows.py. Printed per partition, on the 560 gold mentions:
  * ``gold``: the gold mention scored as in training (the `predict --subtask 1` path);
  * ``actor_at_gold``: the matched actor's mentions as context, the one mention at the gold span scored;
  * ``analyze``: roles.v1 in `analyze`: the matched actor's first 12 mentions, the mean of their probabilities,
    for the actors that get a role: the CAP most mentioned actors of a role type (as roles.main_actors ranks
    them), each CAP given (``none``: every one; ``shown``: the actors roles.main_actors chose when E2E.pkl was
    built, with the code then on PYTHONPATH);
with accuracy over the gold mentions that get a role (``covered``), over all 560 (a gold entity with no role shown
counts as wrong), and the predicted distribution on the covered ones; then the roles shown for every actor that
gets one in the held-out articles (matched to gold or not).

Usage: python scripts/roles12/e2e_score.py TRAIN_ROWS.pkl E2E.pkl [CAP ...]   (default: 10 30 shown)
"""
from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "roles11"))
import folds as F

from spinscope.components.roles import ROLE_TYPES
from spinscope.components.semeval2025 import MAIN_ROLES
from spinscope.training import semeval2025 as S


def short(counter: Counter) -> str:
    return "/".join(str(counter.get(r, 0)) for r in MAIN_ROLES)


def ranks(actors: dict[str, list[dict]]) -> dict[tuple[str, int], int]:
    """Each role-typed actor's rank as roles.main_actors orders them (most mentioned first, then first mention)."""
    out = {}
    for aid, found in actors.items():
        typed = [i for i, a in enumerate(found) if a["type"] in ROLE_TYPES and a["mentions"]]
        typed.sort(key=lambda i: (-len(found[i]["mentions"]), found[i]["mentions"][0][0]))
        out.update({(aid, i): r for r, i in enumerate(typed)})
    return out


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        train = pickle.load(f)
    with open(sys.argv[2], "rb") as f:
        e2e = pickle.load(f)
    caps = [c if c == "shown" else None if c == "none" else int(c) for c in (sys.argv[3:] or ["10", "30", "shown"])]
    rows, mentions = train["rows"], train["mentions"]
    assert [(m.article, m.start) for m in mentions] == [(m.article, m.start) for m in e2e["mentions"]]
    match, actors, erows = e2e["match"], e2e["actors"], e2e["rows"]
    rank = ranks(actors)
    gold = np.array([m.main for m in mentions])
    arts = [m.article for m in mentions]
    print(f"gold mentions {len(mentions)} ({short(Counter(gold))} P/A/I): matched to an actor "
          f"{sum(x is not None for x in match)}")
    for part, folds in F.partitions(arts).items():
        gold_path = np.full(len(mentions), "", dtype=object)
        at_gold = np.full(len(mentions), "", dtype=object)
        actor_role: dict[tuple[str, int], str] = {}
        for tr, te in folds:
            fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], F.PARAMS, fine=False)
            test_arts = {arts[i] for i in te}
            for key, r in erows["actor"].items():
                if key[0] in test_arts:
                    actor_role[key] = MAIN_ROLES[int(S._main_proba(fit.bundle, r).mean(axis=0).argmax())]
            for i in te:
                gold_path[i] = MAIN_ROLES[int(S._main_proba(fit.bundle, erows["surface_at_gold"][i])[0].argmax())]
                if match[i] is not None:
                    at_gold[i] = MAIN_ROLES[int(S._main_proba(fit.bundle, erows["actor_at_gold"][i])[0].argmax())]
        print(part)
        print(f"  gold path: {np.mean(gold_path == gold):.4f} ({short(Counter(gold_path))})")
        ok = at_gold != ""
        print(f"  actor_at_gold: on the {ok.sum()} matched {np.mean(at_gold[ok] == gold[ok]):.4f} "
              f"({short(Counter(at_gold[ok]))}); the gold path on them {np.mean(gold_path[ok] == gold[ok]):.4f}")
        for cap in caps:
            shown = {k: r for k, r in actor_role.items() if k in rank and (
                actors[k[0]][k[1]]["main"] if cap == "shown" else cap is None or rank[k] < cap)}
            pred = np.array([shown.get((m.article, x), "") if x is not None else ""
                             for m, x in zip(mentions, match, strict=True)], dtype=object)
            cov = pred != ""
            print(f"  analyze, cap {cap}: covered {cov.sum()}, on them {np.mean(pred[cov] == gold[cov]):.4f} "
                  f"({short(Counter(pred[cov]))}; gold {short(Counter(gold[cov]))}; gold path on them "
                  f"{np.mean(gold_path[cov] == gold[cov]):.4f} ({short(Counter(gold_path[cov]))})); over all 560 "
                  f"{np.mean(pred == gold):.4f}; "
                  f"every actor given a role: {short(Counter(shown.values()))} P/A/I", flush=True)


if __name__ == "__main__":
    main()
