"""Round 13 (roles13): a within-article decision on the role model's probabilities, chosen by nested cross-fitting.

Reads scripts/roles13/nested_probs.py's output. A decision sees the main-role probabilities (and the side numbers of
role_context: harm, help, suffering, each the mean over the entity's mentions) of every actor of one article at once
and may change their roles. Two paths:
  * ``gold``: the `predict --subtask 1` path, the article's annotated mentions;
  * ``analyze``: the actors roles.v1 casts in `analyze` (scripts/roles12/e2e_rows.py: each the mean of its first 12
    mentions' probabilities), scored on the gold mentions they match (as scripts/roles12/e2e_score.py ``shown``);
    the decision fitted either on the gold path's inner probabilities (``from gold``) or on the analyze path's
    (``from analyze``: the inner held-out articles' cast actors, labelled by the gold mentions they match).
Families:
  * ``base``: the argmax, unchanged;
  * ``rule`` / ``ratio``: the article's most victim-like (helper-like) actor by P(Innocent) (P(Protagonist)), or by
    its ratio to P(Antagonist), is cast Innocent (Protagonist) when that is at least a threshold; ``every``: always,
    ``none``: only when no actor of the article has that role yet; a grid of thresholds, each role's rule may be off;
  * ``relative``: multinomial logistic regression over the log-probabilities, their differences from the article's
    mean and whether the actor is the article's most likely for each role;
  * ``sides``: ``relative`` with the side numbers and their differences from the article's mean.
Each family is fitted on the outer training part's inner out-of-fold items only; ``nested`` picks the family by a
grouped 5-fold of those inner items, so no choice sees the outer held-out articles. Main-role accuracy is printed
per partition.

Usage: python scripts/roles13/within.py ROWS.pkl E2E.pkl NESTED.pkl [NESTED.pkl ...]
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from itertools import product

import numpy as np
from sklearn.linear_model import LogisticRegression

from spinscope.components.role_context import NUMERIC_NAMES, SIDE_NAMES
from spinscope.components.semeval2025 import MAIN_ROLES

PRO, ANT, INN = 0, 1, 2
GRID = [None, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]
RATIO_GRID = [None, -2.0, -1.5, -1.0, -0.5, 0.0]
SIDES = [len(NUMERIC_NAMES) + NUMERIC_NAMES.index(n) for n in SIDE_NAMES]  # the means over the entity's mentions


@dataclass
class Items:
    """Actors of some articles: probabilities, side numbers, gold (-1: none), article of each."""

    p: np.ndarray
    s: np.ndarray
    y: np.ndarray
    art: list[str]

    def take(self, idx: np.ndarray) -> Items:
        return Items(self.p[idx], self.s[idx], self.y[idx], [self.art[i] for i in idx])

    def groups(self) -> list[np.ndarray]:
        by: dict[str, list[int]] = {}
        for k, a in enumerate(self.art):
            by.setdefault(a, []).append(k)
        return [np.array(v) for v in by.values()]


def apply_rule(it: Items, t_p, t_i, mode: str, ratio: bool) -> np.ndarray:
    pred = it.p.argmax(1)
    lp = np.log(np.clip(it.p, 1e-6, 1))
    for g in it.groups():
        for role, t in ((INN, t_i), (PRO, t_p)):
            if t is None or (mode == "none" and (pred[g] == role).any()):
                continue
            score = lp[g, role] - lp[g, ANT] if ratio else it.p[g, role]
            k = int(score.argmax())
            if score[k] >= t:
                pred[g[k]] = role
    return pred


def accuracy(pred: np.ndarray, y: np.ndarray) -> float:
    ok = y >= 0
    return float(np.mean(pred[ok] == y[ok])) if ok.any() else 0.0


class Rule:
    ratio = False

    def fit(self, it: Items):
        grid = RATIO_GRID if self.ratio else GRID
        best = (-1.0, None)
        for mode, t_p, t_i in product(("none", "every"), grid, grid):
            acc = accuracy(apply_rule(it, t_p, t_i, mode, self.ratio), it.y)
            if acc > best[0] + 1e-9:
                best = (acc, (t_p, t_i, mode))
        self.setting = best[1]
        return self

    def predict(self, it: Items) -> np.ndarray:
        return apply_rule(it, *self.setting, self.ratio)


class Ratio(Rule):
    ratio = True


def relative_x(it: Items, sides: bool) -> np.ndarray:
    lp = np.log(np.clip(it.p, 1e-6, 1))
    x = np.zeros((len(it.p), 10 + 12 * sides))
    for g in it.groups():
        top = np.zeros((len(g), 3))
        top[it.p[g].argmax(0), np.arange(3)] = 1
        parts = [lp[g], lp[g] - lp[g].mean(0), top, np.full((len(g), 1), np.log(len(g)))]
        if sides:
            parts += [it.s[g], it.s[g] - it.s[g].mean(0)]
        x[g] = np.hstack(parts)
    return x


class Relative:
    sides = False

    def fit(self, it: Items):
        ok = it.y >= 0
        self.lr = LogisticRegression(C=1.0, max_iter=3000).fit(relative_x(it, self.sides)[ok], it.y[ok])
        return self

    def predict(self, it: Items) -> np.ndarray:
        return self.lr.predict(relative_x(it, self.sides))


class Sides(Relative):
    sides = True


class Base:
    def fit(self, it: Items):
        return self

    def predict(self, it: Items) -> np.ndarray:
        return it.p.argmax(1)


FAMILIES = {"base": Base, "rule": Rule, "ratio": Ratio, "relative": Relative, "sides": Sides}


def choose(it: Items) -> str:
    """The family whose grouped 5-fold accuracy over the inner items is highest (ties: the first listed)."""
    fno = np.array([int(hashlib.sha1(f"within13:{a}".encode()).hexdigest(), 16) % 5 for a in it.art])
    scores = {}
    for name, fam in FAMILIES.items():
        pred = np.zeros(len(it.y), int)
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            pred[te] = fam().fit(it.take(tr)).predict(it.take(te))
        scores[name] = accuracy(pred, it.y)
    return max(FAMILIES, key=lambda n: (round(scores[n], 9), -list(FAMILIES).index(n)))


def actor_items(probs: dict, numbers: dict, actors: dict, label: dict) -> tuple[Items, list]:
    keys = sorted(k for k in probs if actors[k[0]][k[1]]["main"])
    p = np.array([probs[k].mean(0) for k in keys]).reshape(-1, 3)
    s = np.array([numbers[k][0, SIDES] for k in keys]).reshape(-1, len(SIDES))
    y = np.array([label.get(k, -1) for k in keys], dtype=int)
    return Items(p, s, y, [k[0] for k in keys]), keys


def load(path: str) -> dict:
    with open(path, "rb") as f:
        return pickle.load(f)  # type: ignore[no-any-return]


def main() -> None:
    rows, e2e = (load(p) for p in sys.argv[1:3])
    mentions = rows["mentions"]
    arts = [m.article for m in mentions]
    y = np.array([MAIN_ROLES.index(m.main) for m in mentions])
    gold_s = np.stack(rows["rows"].numbers)[:, SIDES]
    match, actors = e2e["match"], e2e["actors"]
    numbers = {k: np.stack(r.numbers) for k, r in e2e["rows"]["actor"].items()}
    # an analyze actor's label: the gold role of a mention it matches (the first, if several)
    label: dict = {}
    for i, x in enumerate(match):
        if x is not None:
            label.setdefault((arts[i], x), int(y[i]))
    paths = ("gold", "analyze from gold", "analyze from analyze")
    for path in sys.argv[3:]:
        for part, folds in load(path).items():
            pred = {(pa, n): np.full(len(y), -1) for pa in paths for n in [*FAMILIES, "nested"]}
            chosen: dict[str, list[str]] = {pa: [] for pa in paths}
            for f in folds:
                tr, te = f["tr"], f["te"]
                inner = Items(f["inner"], gold_s[tr], y[tr], [arts[i] for i in tr])
                outer = Items(f["outer"], gold_s[te], y[te], [arts[i] for i in te])
                inner_a, _ = actor_items(f["inner_actor"], numbers, actors, label)
                outer_a, keys = actor_items(f["actor"], numbers, actors, label)
                for pa, fit_on in zip(paths, (inner, inner, inner_a), strict=True):
                    pick = choose(fit_on)
                    chosen[pa].append(pick)
                    for name, fam in FAMILIES.items():
                        model = fam().fit(fit_on)
                        if pa == "gold":
                            out = model.predict(outer)
                            got = dict(zip(te, out, strict=True))
                        else:
                            role = dict(zip(keys, model.predict(outer_a), strict=True))
                            got = {i: role.get((arts[i], match[i]), -1) for i in te if match[i] is not None}
                        for i, r in got.items():
                            pred[(pa, name)][i] = r
                            if name == pick:
                                pred[(pa, "nested")][i] = r
            print(part)
            for pa in paths:
                print(f"  {pa}: chosen per outer fold {chosen[pa]}")
                for name in [*FAMILIES, "nested"]:
                    q = pred[(pa, name)]
                    cov = q >= 0
                    d = Counter(MAIN_ROLES[k][0] for k in q[cov])
                    print(f"    {name:9s} covered {cov.sum()}: {np.mean(q[cov] == y[cov]):.4f} "
                          f"({d['P']}/{d['A']}/{d['I']}), over 560 {np.mean(q == y):.4f}", flush=True)


if __name__ == "__main__":
    main()
