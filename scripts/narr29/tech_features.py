"""Round 29 (narr29): per-article technique features for the stage-2 Other decision (scripts/narr29/RULE.md), read
from one `spinscope analyze --format jsonl -o DIR` pass over the SemEval-2025 English raw documents (one file per
article, named STEM-HASH.jsonl). No label is read.

Build the pass (one process, a few minutes on shared cores):
  nice -n 10 python -m spinscope analyze ../shared/data/semeval2025_task10/EN/raw-documents/ --format jsonl \
    --components language.v1,segment.v1,techniques.v1 -o /tmp/narr29/tech/
Usage: python scripts/narr29/tech_features.py /tmp/narr29/tech OUT.npz"""

import json
import math
import sys
from pathlib import Path

import numpy as np

from spinscope.training.data import TECHNIQUES


def names():
    return ["density", *(f"share:{t}" for t in TECHNIQUES)]


def features(result):
    """[density, share per technique] of one analyze result: density = log1p(spans per 1,000 characters), share =
    the technique's fraction of the article's spans (all 0 without spans)."""
    text = result["article"]["text"]
    labels = [t["label"] for t in result["techniques"]]
    unknown = set(labels) - set(TECHNIQUES)
    if unknown:
        raise ValueError(f"techniques outside the SemEval-2023 list: {sorted(unknown)}")
    n = len(labels)
    density = math.log1p(1000.0 * n / max(len(text), 1))
    return [density, *((labels.count(t) / n if n else 0.0) for t in TECHNIQUES)]


def main():
    folder, out = Path(sys.argv[1]), sys.argv[2]
    ids, rows = [], []
    for path in sorted(folder.glob("*.jsonl")):
        result = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        if result.get("errors"):
            print(f"  {path.name}: errors {result['errors']}")
        ids.append(path.name.rsplit("-", 1)[0] + ".txt")
        rows.append(features(result))
    x = np.array(rows, dtype=np.float64)
    assert x.shape[1] == len(names())
    np.savez(out, ids=np.array(ids), names=np.array(names()), x=x)
    print(f"{len(ids)} articles, {x.shape[1]} columns -> {out}; articles without a span: {(x[:, 0] == 0).sum()}; "
          f"mean density {x[:, 0].mean():.3f}")


if __name__ == "__main__":
    main()
