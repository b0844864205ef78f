#!/usr/bin/env python3
"""Seeded draw of real articles for the source-typing gold (round 26, issue 16).

Pool: SemEval-2023 English subtask-1 articles and SemEval-2025 English raw documents, minus the files already
annotated for actors (scripts/sources26/exclude.txt, from tests/gold/actors_real*.jsonl on the actors branches).
Kept: 1,500 to 4,500 characters (so that every attribution can be annotated by hand in the round) with at least
three reporting cues (" said", " says", "according to", " told ", " stated"), so the draw holds attributions.
The filter reads only the article text, never a spinscope output.

    python scripts/sources26/draw.py [--n 15] [--seed 26]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POOLS = ("data/semeval2023_task3/en/train-articles-subtask-1", "data/semeval2025_task10/EN/raw-documents")
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")


def pool() -> list[str]:
    exclude = set((Path(__file__).parent / "exclude.txt").read_text(encoding="utf-8").split())
    out = []
    for folder in POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            rel = f"{folder}/{path.name}"
            text = path.read_text(encoding="utf-8", errors="replace")
            if rel not in exclude and 1500 <= len(text) <= 4500 and len(CUES.findall(text)) >= 3:
                out.append(rel)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=15)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    paths = pool()
    print(f"# pool {len(paths)}")
    for rel in random.Random(args.seed).sample(paths, args.n):
        print(rel)


if __name__ == "__main__":
    main()
