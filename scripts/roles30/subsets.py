"""Round 30 diagnostic (decides nothing; run after the rule's decision): LAST's D on the fresh partitions split by
whether the mention's last-occurrence window differs from its own and from its first-occurrence window, by domain,
and per article (how many gain, lose, stay even, mean over the eight partitions).

Usage: python scripts/roles30/subsets.py ROWS.pkl DATA_DIR CACHE FRESH.probs.json OUT.json
"""
from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles30")
from lever import vectors  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import MAIN_ROLES
from spinscope.training import semeval2025 as S


def main() -> None:
    rows_path, data_dir, cache, probs_path, out_path = sys.argv[1:6]
    with open(rows_path, "rb") as f:
        mentions = pickle.load(f)["mentions"]
    texts = S.read_articles(S.language_dir(Path(data_dir), "EN") / "raw-documents")
    vec = vectors(texts, mentions, Path(cache))
    probs = json.loads(Path(probs_path).read_text())
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    diff = np.mean([(names[np.argmax(p["LAST"], 1)] == gold).astype(float)
                    - (names[np.argmax(p["base"], 1)] == gold).astype(float) for p in probs.values()], axis=0)
    last_own = np.array([np.array_equal(a, b) for a, b in zip(vec["own"], vec["last"], strict=True)])
    last_first = np.array([np.array_equal(a, b) for a, b in zip(vec["first"], vec["last"], strict=True)])
    cc = np.array(["_CC_" in m.article for m in mentions])
    groups = {"last is own": last_own, "last differs from own": ~last_own,
              "last differs from own and first": ~last_own & ~last_first, "CC": cc, "URW": ~cc}
    report: dict[str, object] = {g: {"mentions": int(s.sum()), "gained_a_partition": round(float(diff[s].sum()), 2)}
                                 for g, s in groups.items()}
    arts = sorted({m.article for m in mentions})
    per = {a: float(sum(diff[i] for i, m in enumerate(mentions) if m.article == a)) for a in arts}
    report["articles"] = {"gain": sum(v > 1e-9 for v in per.values()), "lose": sum(v < -1e-9 for v in per.values()),
                          "even": sum(abs(v) <= 1e-9 for v in per.values())}
    print(json.dumps(report, indent=1))
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
