#!/usr/bin/env python3
"""Print the figures of scripts/sources34/results/r*_TAG.txt (and h*_TAG.txt) side by side for the given tags.

    python scripts/sources34/table.py main branch
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
FIELDS = ("speakers", "matched", "found", "type_acc", "country_acc", "named_acc", "name_acc")


def figures(path: Path) -> dict[str, object] | None:
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    if "{" not in text:
        return None  # a run still writing
    start = text.rfind("\n{")
    return json.loads(text[start + 1:] if start >= 0 else text[text.index("{"):])


def main() -> None:
    tags = sys.argv[1:]
    print("set  tag          " + " ".join(f"{f:>11}" for f in FIELDS))
    for prefix in ("r", "h"):
        for r in ("26", "27", "28", "30", "31", "32", "33", "34"):
            for tag in tags:
                got = figures(RESULTS / f"{prefix}{r}_{tag}.txt")
                if got is not None:
                    print(f"{prefix}{r}  {tag:12} " + " ".join(f"{got.get(f)!s:>11}" for f in FIELDS))
    for tag in tags:
        tune = RESULTS / f"tune_{tag}.txt"
        if tune.is_file():
            print(f"tune {tag:12} {tune.read_text(encoding='utf-8').strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
