#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 33, issue 16).

Rounds 26-32 drew from 1,500 to 6,000 characters with three reporting cues at least ("said", "says", "according
to", "told", "stated") and their blind checks read much of what was left there; the band below 1,500 characters
holds one article those draws and the other golds left. So this round takes the stratum every earlier filter left
out: the same five folders, 1,500 to 3,000 characters, with exactly two cue words (articles whose other speakers
"added", "wrote", "claimed", "announced", ...; short enough to annotate every speaker within the round). Every
earlier pool stays out whole (round 32's ``read_before`` and its pool). An article is kept only when

- its text (whitespace-normalised) repeats no article an earlier draw read, excluded or pooled;
- its file stem occurs in no tracked file of the repository (``git grep``'s test in the brief: tests/gold, scripts,
  docs), this round's own gold and folder aside, and it is none of the 20 SemEval-2025 documents the lead's round 30
  read (listed there without their prefix, so written out here);
- its text repeats no other kept article;
- it shares no run of twelve words with an article any ``tests/gold/*real*.jsonl`` names.

Seed 33. The held-out three are fixed here, before any spinscope run: the last three of the draw's order.

    python scripts/sources33/draw.py [--n 8] [--seed 33]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import subprocess
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
HELD_OUT = 3
OWN_GOLD = "sources_real33"
LOW, HIGH = 1500, 3000
CUES_LOW, CUES_HIGH = 2, 2
LEAD30 = {f"EN_CC_{n}" for n in (100012, 100015, 100024, 100034, 100038, 100040, 100047, 100069, 100093, 100123,
                                  100172, 100211, 100232, 200007)} | {
    f"EN_UA_{n}" for n in (300032, 300035, 300036, 300037, 300041, 300044)} | {"EN_UA_DEV_26"}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"draw_{name}", ROOT / "scripts" / name / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tracked_text() -> str:
    """The text of every tracked file but this round's own gold and folder (where a stem may be written)."""
    names = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    parts = []
    for name in names:
        if name.startswith(("scripts/sources33/", f"tests/gold/{OWN_GOLD}")):
            continue
        path = ROOT / name
        if path.is_file() and path.stat().st_size < 20_000_000:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def pool() -> list[str]:
    draw32 = _load("sources32")
    draw31 = draw32._load("sources31")
    draw30 = draw31._round30()
    names = draw32.named_ids()
    seen = draw32.read_before(names) | {draw30._digest(draw30._read(SHARED / rel)) for rel in draw32.pool()}
    relayed = draw32.gold_runs()
    tracked = tracked_text()
    out, kept = [], set()
    for folder in draw31.POOLS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            text = draw30._read(path)
            digest = draw30._digest(text)
            if path.stem in names or path.stem in LEAD30 or digest in seen or digest in kept:
                continue
            if not (LOW <= len(text) <= HIGH and CUES_LOW <= len(draw31.CUES.findall(text)) <= CUES_HIGH):
                continue
            if draw32._runs(text) & relayed or path.stem in tracked:
                continue
            kept.add(digest)
            out.append(f"{folder}/{path.name}")
    return out


def draw(n: int = 8, seed: int = 33, candidates: list[str] | None = None) -> list[str]:
    return random.Random(seed).sample(pool() if candidates is None else candidates, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--seed", type=int, default=33)
    args = parser.parse_args()
    candidates = pool()
    paths = draw(args.n, args.seed, candidates)
    print(f"# pool {len(candidates)}; the last {HELD_OUT} are held out")
    for i, rel in enumerate(paths):
        print(rel + ("  # held out" if i >= len(paths) - HELD_OUT else ""))


if __name__ == "__main__":
    main()
