"""Round 21's decision (docs/EVALUATION.md, "Roles, round 21"): the longest run q00 ... qK of finished partitions,
D = mean of accuracy(blend) - accuracy(shipped), round 20's 90% paired article bootstrap (default_rng(20), 2,000
draws). Also prints the fine-tuned model alone and the per-role recall, which decide nothing.

Usage: python scripts/roles21/decide.py ROWS.pkl OUT.json PART.json [PART.json ...]
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles20")
sys.path.insert(0, "scripts/roles21")
from augment import bootstrap  # type: ignore[import-not-found]
from ft import ROLES, TAGS  # type: ignore[import-not-found]


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        mentions = pickle.load(f)["mentions"]
    parts: dict = {}
    for p in sys.argv[3:]:
        if Path(p).exists():
            parts.update(json.loads(Path(p).read_text()))
    done = []
    for tag in TAGS:
        if tag not in parts:
            break
        done.append(tag)
    arts = [m.article for m in mentions]
    gold = np.array([ROLES.index(m.main) for m in mentions])
    right = {t: {k: (np.asarray(parts[t][k]).argmax(1) == gold).astype(float) for k in ("shipped", "ft", "blend")}
             for t in done}
    diff = {t: right[t]["blend"] - right[t]["shipped"] for t in done}
    diff_ft = {t: right[t]["ft"] - right[t]["shipped"] for t in done}
    out: dict = {"partitions": done, "per_partition": {t: parts[t]["acc"] for t in done},
                 "recall": {t: parts[t]["recall"] for t in done}}
    if done:
        d = float(np.mean([v.mean() for v in diff.values()]))
        ci = bootstrap(diff, arts)
        out["D"] = round(d, 4)
        out["interval"] = ci
        out["D_ft_alone"] = round(float(np.mean([v.mean() for v in diff_ft.values()])), 4)
        out["interval_ft_alone"] = bootstrap(diff_ft, arts)
        out["mean"] = {k: round(float(np.mean([right[t][k].mean() for t in done])), 4)
                       for k in ("shipped", "ft", "blend")}
        out["decision"] = ("ship" if len(done) >= 3 and d >= 0.010 and ci["90"][0] > 0 else
                           "reject" if len(done) >= 3 else "too few partitions")
    print(json.dumps({k: v for k, v in out.items() if k != "recall"}, indent=1))
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
