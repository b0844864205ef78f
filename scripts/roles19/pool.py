"""Round 19 (roles19): round 18's ``blend`` (the mean of the shipped main-role P and the fine-role sub-class
multinomial's P(main), `scripts/roles18/levers.py` RUN=sub), pooled against the shipped recipe over TWELVE fresh
partitions of the 560 English subtask-1 mentions.

Both recipes are fixed (the shipped one chooses nothing: `ROLE_GRID` has one setting, no second stage, no bias;
``blend`` adds the sub-class fit with the same features and C, and chooses nothing either), so grouped 5-fold by
article is each recipe's own nested procedure. Rows: round 16's `/tmp/roles17/rows_base.pkl` (= `/tmp/roles16/
rows.pkl`, `scripts/roles11/build_rows.py` on the shipped code), read only; the fits are `levers.sub_proba`'s.

Partitions: sha1("roles19p00:" + id) % 5 ... sha1("roles19p11:" + id) % 5 (12 new tags; rounds 9-18 used `_folds`,
roles9, roles10, roles11, narr15, roles16a-c, roles18a-c, and inner13-18 / inner16 for inner folds).

Decision rule, written 2026-12-03 11:07 UTC before this script ran (committed before the run):
    Let d_p = accuracy(blend) - accuracy(shipped) on partition p (main-role accuracy, 560 mentions), and D the
    mean of d_p over the 12 partitions. Interval: 90% paired percentile bootstrap over ARTICLES (2000 draws of the
    164 articles with replacement, numpy default_rng(19), the same draw for all 12 partitions; the statistic on a
    draw is the mean over partitions of (right mentions of blend - of shipped) / mentions drawn).
    SHIP ``blend`` iff D > 0 AND the lower end of that 90% interval is > -0.002.
    Otherwise nothing ships in src and the round is written up as a rejection. Nothing else decides: the 95%
    interval, per-partition signs and the sub model's own figures are printed for the record only. If it passes,
    it ships only if it also fits the brief's hard limits (model files +3 MB at most, speed under 2.5x the floor);
    failing those is reported as "passed the rule, not shippable", never as a reason to change the rule.

Usage: python scripts/roles19/pool.py ROWS.pkl OUT.json
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys

import numpy as np

sys.path.insert(0, "scripts/roles18")
from levers import sub_proba  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES
from spinscope.training import semeval2025 as S

# Since this round's decision the shipped fit_roles adds the sub-class model itself (MAIN_SUBCLASSES); the base of
# this comparison is the three-class model alone, as when the script ran (added after the run, to reproduce it).
S.MAIN_SUBCLASSES = False

TAGS = tuple(f"roles19p{k:02d}" for k in range(12))
DRAWS = 2000


def bootstrap(right: dict[str, np.ndarray], base: dict[str, np.ndarray], arts: list[str]
              ) -> dict[str, list[float]]:
    names = sorted(set(arts))
    where = {a: np.array([i for i, x in enumerate(arts) if x == a]) for a in names}
    rng = np.random.default_rng(19)
    diff = {p: right[p] - base[p] for p in right}
    stats = []
    for _ in range(DRAWS):
        pick = np.concatenate([where[names[j]] for j in rng.integers(0, len(names), len(names))])
        stats.append(np.mean([diff[p][pick].sum() / len(pick) for p in diff]))
    return {"90": [float(x) for x in np.percentile(stats, [5, 95])],
            "95": [float(x) for x in np.percentile(stats, [2.5, 97.5])]}


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    right: dict[str, np.ndarray] = {}
    base_right: dict[str, np.ndarray] = {}
    report: dict[str, object] = {}
    for tag in TAGS:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        pb, ps = np.zeros((len(mentions), 3)), np.zeros((len(mentions), 3))
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            pb[te], ps[te] = sub_proba(rows, mentions, tr, te)
        base_right[tag] = (names[pb.argmax(1)] == gold).astype(float)
        right[tag] = (names[((pb + ps) / 2).argmax(1)] == gold).astype(float)
        report[tag] = {"base": round(float(base_right[tag].mean()), 4), "blend": round(float(right[tag].mean()), 4),
                       "sub": round(float(np.mean(names[ps.argmax(1)] == gold)), 4),
                       "mentions_gained": int(right[tag].sum() - base_right[tag].sum())}
        print(tag, json.dumps(report[tag]), flush=True)
        with open(sys.argv[2] + ".partial", "wb") as f:
            pickle.dump({"right": right, "base_right": base_right}, f)
    gains = {p: float(right[p].mean() - base_right[p].mean()) for p in right}
    mean_gain = float(np.mean(list(gains.values())))
    iv = bootstrap(right, base_right, arts)
    ok = mean_gain > 0 and iv["90"][0] > -0.002
    report["decision"] = {"gains": gains, "mean_gain": mean_gain, "interval90": iv["90"], "interval95": iv["95"],
                          "mean_base": float(np.mean([base_right[p].mean() for p in TAGS])),
                          "mean_blend": float(np.mean([right[p].mean() for p in TAGS])),
                          "verdict": "SHIP" if ok else "REJECT"}
    print(json.dumps(report["decision"]), flush=True)
    with open(sys.argv[2], "w") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
