#!/usr/bin/env python3
"""Counts only: how often PolNeAR's development split (../shared/data/polnear_dev, brat files) marks a cue span
holding each of the words this round's conventions decide (no text printed but the words themselves).

    python scripts/attr95/cue_counts.py > scripts/attr95/cue_counts.txt
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ANN = Path(__file__).resolve().parents[2].parent / "shared/data/polnear_dev/attributions"
WORDS = ("charged", "accused", "comment", "reported", "hopes", "hope", "hoped", "cited", "forecast", "see", "sees",
         "foresaw", "expected", "expects", "agreed", "declined", "reiterated", "recommendation", "stated", "says")


def main() -> None:
    counts: Counter[str] = Counter()
    for path in sorted(ANN.glob("*.ann")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].startswith("Cue "):
                for w in re.findall(r"[a-z]+", parts[2].lower()):
                    if w in WORDS:
                        counts[w] += 1
    for w in WORDS:
        print(f"{w}\t{counts[w]}")


if __name__ == "__main__":
    main()
