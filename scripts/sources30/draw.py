#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 30, issue 16).

Rounds 26-29 drew from the SemEval-2023 subtask-1 articles and the SemEval-2025 raw documents of 1,500 to 3,000
characters, and their blind checks read the whole of what was left there (round 29 diffed round 28's remaining
pool of 87). This round widens the pool to those two folders plus the PTC (SemEval-2020 task 11) train and dev
articles, 1,500 to 3,500 characters with at least three reporting cues (round 27's filter, text only), and keeps an
article only when

- its text (whitespace-normalised) repeats no article of round 28's draw pool (scripts/sources28/draw.py: its
  gold and the 87 its blind checks read) nor any article that draw excluded (every earlier gold, round 26's list,
  round 27's 40 blind-check articles);
- its id is named nowhere in tests/gold/ or scripts/ (every gold, attributions and actors included, and every
  earlier script's list);
- its text repeats no other kept article.

Seed 30. The held-out three are fixed here, before any spinscope run: the last three of the draw's order.

    python scripts/sources30/draw.py [--n 8] [--seed 30]
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
POOLS = (
    "data/semeval2023_task3/en/train-articles-subtask-1",
    "data/semeval2025_task10/EN/raw-documents",
    "data/ptc_semeval2020_task11/train-articles",
    "data/ptc_semeval2020_task11/dev-articles",
)
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")
IDS = re.compile(r"article\d{6,}|EN_[A-Z]{2}_\d+")
HELD_OUT = 3


def _digest(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def named_ids() -> set[str]:
    """Every article id written anywhere under tests/gold/ and scripts/ (this round's own folder and gold files
    aside, so that the draw reproduces; a gold added later by another round changes the pool: the draw was made at
    this round's gold commit)."""
    out: set[str] = set()
    own = Path(__file__).resolve().parent
    for folder in (ROOT / "tests" / "gold", ROOT / "scripts"):
        for path in folder.rglob("*"):
            if path.name.startswith("sources_real30"):
                continue
            if path.is_file() and own not in path.parents and path.suffix in {".jsonl", ".json", ".txt", ".py", ".md"}:
                out.update(IDS.findall(_read(path)))
    return out


def _round28():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("draw28", ROOT / "scripts" / "sources28" / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_before() -> set[str]:
    """The digests of every article rounds 26-29 read: round 28's pool and everything its draw excluded."""
    draw28 = _round28()
    own = set()  # round 28's draw excludes every sources_real*.jsonl: this round's own gold stays out of that
    for gold in (ROOT / "tests" / "gold").glob("sources_real30*.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rel = json.loads(line)["path"]
                own.update({rel, Path(rel).name})
    excluded = draw28.excluded() - own
    draw28.excluded = lambda: excluded
    out = {_digest(_read(SHARED / rel)) for rel in draw28.pool()}
    for folder in draw28.POOLS:
        for path in (SHARED / folder).glob("*.txt"):
            if f"{folder}/{path.name}" in excluded or path.name in excluded:
                out.add(_digest(_read(path)))
    return out


def pool() -> list[str]:
    seen = read_before()
    names = named_ids()
    out, kept = [], set()
    for folder in POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            text = _read(path)
            digest = _digest(text)
            if path.stem in names or digest in seen or digest in kept:
                continue
            if 1500 <= len(text) <= 3500 and len(CUES.findall(text)) >= 3:
                kept.add(digest)
                out.append(f"{folder}/{path.name}")
    return out


def draw(n: int = 8, seed: int = 30) -> list[str]:
    return random.Random(seed).sample(pool(), n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--seed", type=int, default=30)
    args = parser.parse_args()
    paths = draw(args.n, args.seed)
    print(f"# pool {len(pool())}; the last {HELD_OUT} are held out")
    for i, rel in enumerate(paths):
        print(rel + ("  # held out" if i >= len(paths) - HELD_OUT else ""))


if __name__ == "__main__":
    main()
