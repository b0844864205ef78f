"""Round 11 (roles11): the main role of every actor in `analyze --format json` outputs, per file and in total.

Usage: python scripts/roles11/roles_of.py OUTDIR
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import Counter


def main() -> None:
    total: Counter[str] = Counter()
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
        with open(path) as f:
            doc = json.load(f)
        doc = doc[0] if isinstance(doc, list) else doc
        counts: Counter[str] = Counter()
        shown = []
        for actor in doc["actors"]:
            if actor.get("roles"):
                role = actor["roles"][0]
                counts[role["label"]] += 1
                shown.append(f"{actor['name']}={role['label'][:3]} {role['score']:.2f}")
        total.update(counts)
        print(os.path.basename(path)[:40], dict(counts), "; ".join(shown))
    print("TOTAL", dict(total))


if __name__ == "__main__":
    main()
