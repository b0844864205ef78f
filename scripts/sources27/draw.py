#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 27, issue 16).

The pools and cue filter of scripts/sources26/draw.py, 1,500 to 3,500 characters (so that all its speakers can be
annotated by hand within the round), minus round 26's exclusions, the 15 articles of
tests/gold/sources_real26.jsonl and every article of tests/gold/actors_real*.jsonl. Seed 27. The filter reads only
the article text, never a spinscope output.

    python scripts/sources27/draw.py [--n 10] [--seed 27]
    python scripts/sources27/draw.py --heldout    # the held-out batch: 5 articles, seed 2727, the fresh 10 excluded
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POOLS = ("data/semeval2023_task3/en/train-articles-subtask-1", "data/semeval2025_task10/EN/raw-documents")
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")


def excluded(heldout: bool = False) -> set[str]:
    out = set((ROOT / "scripts" / "sources26" / "exclude.txt").read_text(encoding="utf-8").split())
    gold_dir = ROOT / "tests" / "gold"
    golds = [gold_dir / "sources_real26.jsonl", *sorted(gold_dir.glob("actors_real*.jsonl"))]
    if heldout:
        golds.append(gold_dir / "sources_real27.jsonl")
    for gold in golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.add(row.get("path") or "")
                out.add(Path(row.get("path") or row.get("id", "")).name)
    return out


def pool(heldout: bool = False) -> list[str]:
    exclude = excluded(heldout)
    out = []
    for folder in POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            rel = f"{folder}/{path.name}"
            text = path.read_text(encoding="utf-8", errors="replace")
            if rel in exclude or path.name in exclude:
                continue
            if 1500 <= len(text) <= 3500 and len(CUES.findall(text)) >= 3:
                out.append(rel)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--heldout", action="store_true", help="the held-out batch (5 articles, seed 2727)")
    args = parser.parse_args()
    if args.heldout:
        args.n, args.seed = 5, 2727
    paths = pool(args.heldout)
    print(f"# pool {len(paths)}")
    for rel in random.Random(args.seed).sample(paths, args.n):
        print(rel)


if __name__ == "__main__":
    main()
