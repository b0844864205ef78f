"""Round 26, after both decisions (decides nothing): W2 pooled over the partitions of two ``levers.py`` runs (the
never-seen ones: the confirmation roles26c and the second rule's roles26d), and split by domain (URW / CC, from the
article id), from the per-mention probabilities that ``levers.py`` writes beside its reports.

Usage: python scripts/roles26/pool.py ROWS.pkl A.probs.json B.probs.json OUT.json
"""
from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles20")
from augment import bootstrap  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        mentions = pickle.load(f)["mentions"]
    probs = {**json.loads(Path(sys.argv[2]).read_text()), **json.loads(Path(sys.argv[3]).read_text())}
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    right = {t: {v: (names[np.asarray(p[v]).argmax(1)] == gold).astype(float) for v in ("base", "W2")}
             for t, p in probs.items()}
    diff = {t: r["W2"] - r["base"] for t, r in right.items()}
    report: dict = {"partitions": sorted(probs), "D": round(float(np.mean([d.mean() for d in diff.values()])), 4),
                    "interval": bootstrap(diff, arts)}
    for dom in ("UA", "CC"):
        keep = np.array([f"_{dom}_" in a for a in arts])
        report[dom] = {"mentions": int(keep.sum()),
                       "base": round(float(np.mean([r["base"][keep].mean() for r in right.values()])), 4),
                       "W2": round(float(np.mean([r["W2"][keep].mean() for r in right.values()])), 4)}
    pred = {v: np.mean([[np.sum(names[np.asarray(p[v]).argmax(1)] == role) for role in MAIN_ROLES]
                        for p in probs.values()], axis=0).round(1).tolist() for v in ("base", "W2")}
    report["predicted_P_A_I"] = pred
    per_article = {a: float(np.mean([d[[i for i, x in enumerate(arts) if x == a]].sum() for d in diff.values()]))
                   for a in sorted(set(arts))}
    report["articles_gaining_losing_even"] = [sum(v > 0 for v in per_article.values()),
                                              sum(v < 0 for v in per_article.values()),
                                              sum(v == 0 for v in per_article.values())]
    report["largest_article_gains"] = sorted((round(v, 2) for v in per_article.values()), reverse=True)[:6]
    report["gold_P_A_I"] = [int(np.sum(gold == role)) for role in MAIN_ROLES]
    print(json.dumps(report, indent=1))
    Path(sys.argv[4]).write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
