#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 32, issue 16).

Round 31's pool (85 articles of 1,500 to 4,500 characters with three reporting cues at least, from the SemEval-2023
subtask-1 and subtask-3 folders, the SemEval-2025 EN raw documents and the PTC train and dev articles) was partly
read by its gold and its blind check, so this round leaves it out whole, with everything it excluded, and takes the
same folders in the next length band, 4,500 to 6,000 characters (three reporting cues at least). An article is kept
only when

- its text (whitespace-normalised) repeats no article round 31's draw read, excluded or pooled;
- its id is named nowhere in tests/gold/ or scripts/ (this round's own gold and folder aside);
- its text repeats no other kept article;
- it shares no run of twelve words with an article any ``tests/gold/*real*.jsonl`` names (the same story relayed
  by another site, as round 31's held-out photo story is, is not fresh).

Seed 32. The held-out three are fixed here, before any spinscope run: the last three of the draw's order.

    python scripts/sources32/draw.py [--n 8] [--seed 32]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
HELD_OUT = 3
OWN_GOLD = "sources_real32"
LOW, HIGH = 4500, 6000


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"draw_{name}", ROOT / "scripts" / name / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def named_ids() -> set[str]:
    """Every article id written under tests/gold/ and scripts/, this round's gold files and folder aside."""
    draw31 = _load("sources31")
    out: set[str] = set()
    own = Path(__file__).resolve().parent
    for folder in (ROOT / "tests" / "gold", ROOT / "scripts"):
        for path in folder.rglob("*"):
            if path.name.startswith(OWN_GOLD) or not path.is_file() or own in path.parents:
                continue
            if path.suffix in {".jsonl", ".json", ".txt", ".py", ".md"}:
                out.update(draw31.IDS.findall(path.read_text(encoding="utf-8", errors="replace")))
    return out


def own_gold_paths() -> set[str]:
    """The paths (and file names) of this round's own gold: kept out of the earlier draws' exclusions."""
    out: set[str] = set()
    for gold in (ROOT / "tests" / "gold").glob(f"{OWN_GOLD}*.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rel = json.loads(line)["path"]
                out.update({rel, Path(rel).name})
    return out


def read_before(ids: set[str]) -> set[str]:
    """Digests of every article rounds 26-31 read, excluded or pooled."""
    draw31 = _load("sources31")
    draw31.named_ids = lambda: ids  # keep this round's own files out of round 31's exclusions
    own = own_gold_paths()
    round30 = draw31._round30

    def round30_without_own() -> ModuleType:
        # round 28's draw excludes every sources_real*.jsonl: this round's own gold stays out of that, as round 30
        # keeps its own out
        draw30 = round30()
        round28 = draw30._round28

        def round28_without_own() -> ModuleType:
            draw28 = round28()
            excluded = draw28.excluded
            draw28.excluded = lambda: excluded() - own
            return draw28

        draw30._round28 = round28_without_own
        return draw30

    draw31._round30 = round30_without_own
    draw30 = draw31._round30()
    seen = draw31.read_before()
    return seen | {draw30._digest(draw30._read(SHARED / rel)) for rel in draw31.pool()}


RUN = 12


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def gold_runs() -> set[tuple[str, ...]]:
    """Every twelve-word run of the articles the real-article golds name (this round's own aside)."""
    draw30 = _load("sources31")._round30()
    out: set[tuple[str, ...]] = set()
    for gold in sorted((ROOT / "tests" / "gold").glob("*real*.jsonl")):
        if gold.name.startswith(OWN_GOLD):
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out |= _runs(draw30._read(SHARED / json.loads(line)["path"]))
    return out


def pool() -> list[str]:
    draw31 = _load("sources31")
    draw30 = draw31._round30()
    names = named_ids()
    seen = read_before(names)
    relayed = gold_runs()
    out, kept = [], set()
    for folder in draw31.POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            text = draw30._read(path)
            digest = draw30._digest(text)
            if path.stem in names or digest in seen or digest in kept:
                continue
            if LOW <= len(text) <= HIGH and len(draw31.CUES.findall(text)) >= 3 and not _runs(text) & relayed:
                kept.add(digest)
                out.append(f"{folder}/{path.name}")
    return out


def draw(n: int = 8, seed: int = 32, candidates: list[str] | None = None) -> list[str]:
    return random.Random(seed).sample(pool() if candidates is None else candidates, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--seed", type=int, default=32)
    args = parser.parse_args()
    candidates = pool()
    paths = draw(args.n, args.seed, candidates)
    print(f"# pool {len(candidates)}; the last {HELD_OUT} are held out")
    for i, rel in enumerate(paths):
        print(rel + ("  # held out" if i >= len(paths) - HELD_OUT else ""))


if __name__ == "__main__":
    main()
