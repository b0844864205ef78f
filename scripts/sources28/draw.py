#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 28, issue 16).

Round 27's pools and cue filter (scripts/sources27/draw.py), 1,500 to 3,000 characters, minus every article that
an earlier round read: round 26's exclusions, every article of tests/gold/sources_real*.jsonl and
tests/gold/actors_real*.jsonl (round 28's own two files aside, so that the draw reproduces), the 40 articles of
round 27's blind check (scripts/sources27/changes.py, seed 2728), and any article whose text repeats one of those
under another id. Seed 28. The filter reads only the article text, never a spinscope output.

The held-out three are fixed here, before any spinscope run: the last three of the draw's order.

    python scripts/sources28/draw.py [--n 10] [--seed 28]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POOLS = ("data/semeval2023_task3/en/train-articles-subtask-1", "data/semeval2025_task10/EN/raw-documents")
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")
HELD_OUT = 3


def _round27_blind() -> list[str]:
    """The 40 articles round 27's blind check read (its own draw, replayed)."""
    import importlib.util

    path = ROOT / "scripts" / "sources27" / "draw.py"
    spec = importlib.util.spec_from_file_location("draw27", path)
    assert spec is not None and spec.loader is not None
    draw27 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(draw27)
    held = ROOT / "tests" / "gold" / "sources_real27_heldout.jsonl"
    skip = {json.loads(line)["path"] for line in held.read_text(encoding="utf-8").splitlines() if line.strip()}
    return list(random.Random(2728).sample([p for p in draw27.pool(heldout=True) if p not in skip], 40))


def _digest(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def excluded() -> set[str]:
    out = set((ROOT / "scripts" / "sources26" / "exclude.txt").read_text(encoding="utf-8").split())
    gold_dir = ROOT / "tests" / "gold"
    golds = [*sorted(gold_dir.glob("sources_real*.jsonl")), *sorted(gold_dir.glob("actors_real*.jsonl"))]
    for gold in (g for g in golds if not g.name.startswith("sources_real28")):  # this draw itself: kept in
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.add(row.get("path") or "")
                out.add(Path(row.get("path") or row.get("id", "")).name)
    out.update(_round27_blind())
    return out


def pool() -> list[str]:
    exclude = excluded()
    seen_texts = set()
    candidates = []
    for folder in POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            rel = f"{folder}/{path.name}"
            text = path.read_text(encoding="utf-8", errors="replace")
            if rel in exclude or path.name in exclude:
                seen_texts.add(_digest(text))
                continue
            if 1500 <= len(text) <= 3000 and len(CUES.findall(text)) >= 3:
                candidates.append((rel, _digest(text)))
    out, kept = [], set()
    for rel, digest in candidates:
        if digest not in seen_texts and digest not in kept:  # no repeat of a read article, nor of a drawn one
            kept.add(digest)
            out.append(rel)
    return out


def draw(n: int = 10, seed: int = 28) -> list[str]:
    return random.Random(seed).sample(pool(), n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--seed", type=int, default=28)
    args = parser.parse_args()
    paths = draw(args.n, args.seed)
    print(f"# pool {len(pool())}; the last {HELD_OUT} are held out")
    for i, rel in enumerate(paths):
        print(rel + ("  # held out" if i >= len(paths) - HELD_OUT else ""))


if __name__ == "__main__":
    main()
