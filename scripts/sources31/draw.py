#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 31, issue 16).

Round 30's pool (the SemEval-2023 subtask-1 articles, the SemEval-2025 EN raw documents and the PTC train and dev
articles of 1,500 to 3,500 characters with three reporting cues at least) was read whole: its gold took 8 and its
blind check the other 26. This round keeps the same folders and filter but widens the length band to 3,500-4,500
characters and adds the SemEval-2023 subtask-3 folder (articles the subtask-1 folder lacks), and keeps an article
only when

- its text (whitespace-normalised) repeats no article round 30's draw read or excluded (its pool and everything
  its ``read_before`` returns: every earlier round's pool and gold);
- its id is named nowhere in tests/gold/ or scripts/ (this round's own gold and folder aside);
- its text repeats no other kept article.

Seed 31. The held-out three are fixed here, before any spinscope run: the last three of the draw's order.

    python scripts/sources31/draw.py [--n 8] [--seed 31]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POOLS = (
    "data/semeval2023_task3/en/train-articles-subtask-1",
    "data/semeval2023_task3/en/train-articles-subtask-3",
    "data/semeval2025_task10/EN/raw-documents",
    "data/ptc_semeval2020_task11/train-articles",
    "data/ptc_semeval2020_task11/dev-articles",
)
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")
IDS = re.compile(r"article\d{6,}|EN_[A-Z]{2}_\d+")
HELD_OUT = 3
OWN_GOLD = "sources_real31"


def _round30() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draw30", ROOT / "scripts" / "sources30" / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def named_ids() -> set[str]:
    """Every article id written under tests/gold/ and scripts/, this round's gold files and folder aside."""
    out: set[str] = set()
    own = Path(__file__).resolve().parent
    for folder in (ROOT / "tests" / "gold", ROOT / "scripts"):
        for path in folder.rglob("*"):
            if path.name.startswith(OWN_GOLD):
                continue
            if path.is_file() and own not in path.parents and path.suffix in {".jsonl", ".json", ".txt", ".py", ".md"}:
                out.update(IDS.findall(path.read_text(encoding="utf-8", errors="replace")))
    return out


def read_before() -> set[str]:
    """Digests of every article rounds 26-30 read: round 30's pool and all its draw excluded."""
    draw30 = _round30()
    # round 30's exclusions read every id under tests/gold and scripts: keep this round's own files out of them
    ids = named_ids()
    draw30.named_ids = lambda: ids
    seen = draw30.read_before()
    return seen | {draw30._digest(draw30._read(SHARED / rel)) for rel in draw30.pool()}


def pool() -> list[str]:
    draw30 = _round30()
    seen = read_before()
    names = named_ids()
    out, kept = [], set()
    for folder in POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            text = draw30._read(path)
            digest = draw30._digest(text)
            if path.stem in names or digest in seen or digest in kept:
                continue
            if 1500 <= len(text) <= 4500 and len(CUES.findall(text)) >= 3:
                kept.add(digest)
                out.append(f"{folder}/{path.name}")
    return out


def draw(n: int = 8, seed: int = 31) -> list[str]:
    return random.Random(seed).sample(pool(), n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--seed", type=int, default=31)
    args = parser.parse_args()
    paths = draw(args.n, args.seed)
    print(f"# pool {len(pool())}; the last {HELD_OUT} are held out")
    for i, rel in enumerate(paths):
        print(rel + ("  # held out" if i >= len(paths) - HELD_OUT else ""))


if __name__ == "__main__":
    main()
