#!/usr/bin/env python3
"""Round 67: in every attributions_real* gold file, how many attributions have their cue inside another
attribution's content (a nested report). Counts of the gold files' structure only; no article text, no output.

    python scripts/attr67/lee_nested.py > scripts/attr67/lee_nested.txt      # from the worktree root
"""

from __future__ import annotations

import glob
import json


def main() -> None:
    print("Lee golds (dev and held): attributions whose cue stands inside another attribution's content")
    for name in sorted(glob.glob("tests/gold/attributions_real*.jsonl")):
        nested = total = 0
        with open(name, encoding="utf-8") as fh:
            for line in fh:
                rows = json.loads(line)["attributions"]
                for a in rows:
                    if not a["cue"]:
                        continue
                    total += 1
                    c0 = a["cue"][0][0]
                    nested += any(b is not a and any(s <= c0 < e for s, e in b["content"]) for b in rows)
        print(name.split("/")[-1], nested, "of", total)


if __name__ == "__main__":
    main()
