#!/usr/bin/env python3
"""Diff two ``scripts/ru25/wide_check.py`` outputs (base and branch), leaving out the held-out articles of rounds
26-29 (never studied): the attribution lines removed and added per article, and which other layers changed.

    PYTHONPATH=<base src> python scripts/ru25/wide_check.py /tmp/wide_base.jsonl
    PYTHONPATH=src python scripts/ru25/wide_check.py /tmp/wide_new.jsonl
    python scripts/ru29/wide_diff.py /tmp/wide_base.jsonl /tmp/wide_new.jsonl
    python scripts/ru29/wide_diff.py BASE NEW --held RU-URW-1011,RU-URW-1064,RU-URW-1125   # round 30: also its held out
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HELD = {"RU-URW-1012", "RU-URW-1113", "RU-URW-1153", "RU-URW-1021", "RU-URW-1029", "RU-URW-1114", "RU-URW-1063",
        "RU-URW-1164", "RU-URW-1134", "RU-URW-1158"}


def load(path: str) -> dict[str, dict]:  # type: ignore[type-arg]
    return {(r := json.loads(line))["article"]: r for line in Path(path).read_text(encoding="utf-8").splitlines()}


def main() -> None:
    args = sys.argv[1:]
    if len(args) == 4 and args[2] == "--held":
        HELD.update(s for s in args[3].split(",") if s)
        args = args[:2]
    if len(args) != 2:
        sys.exit(__doc__)
    base, new = load(args[0]), load(args[1])
    removed = added = 0
    other: Counter[str] = Counter()
    for name in sorted(base):
        if name.split(".")[0] in HELD or name not in new:
            continue
        for key in base[name]:
            if key not in ("article", "attributions") and base[name][key] != new[name].get(key):
                other[key] += 1
        rm = Counter(base[name]["attributions"]) - Counter(new[name]["attributions"])
        ad = Counter(new[name]["attributions"]) - Counter(base[name]["attributions"])
        removed += sum(rm.values())
        added += sum(ad.values())
        for line in rm:
            print(f"{name} - {line[:150]}")
        for line in ad:
            print(f"{name} + {line[:150]}")
    print(f"attribution lines removed {removed}, added {added}; other layers changed: {dict(other) or 'none'}")


if __name__ == "__main__":
    main()
