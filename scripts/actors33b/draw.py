"""Draw six fresh SemEval-2023 task 3 EN training articles for the round-33b actor gold (seeded, reproducible).

Fresh per the round-30 brief: the file stem (``article<ID>``) and the bare ID appear in no file of the repository
at the base commit (3bbcd4bc), nor in the gold files of the round's other worktrees under /work/wt (checked at
draw time, so that two helpers do not annotate the same article). Articles of 200-450 words, so six can be
annotated by hand in the round. Held out (chosen before any score): the second and the fifth drawn.
The draw of 2026-12-04 ~20:55 UTC: article727405181, article730061195 (held), article718312499, article111111114,
article758469195 (held), article729670169 (other worktrees' gold added later may change a rerun's draw).
Usage: ``python scripts/actors33b/draw.py [--heldout | --dev]`` (from the repository root; texts from ../shared).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT.parent / "shared" / "data" / "semeval2023_task3" / "en" / "train-articles-subtask-1"
BASE = "3bbcd4bc"


def _used_text() -> str:
    files = subprocess.run(["git", "ls-tree", "-r", "--name-only", BASE], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    parts = []
    for name in files:
        if name.endswith((".jsonl", ".py", ".md", ".sh", ".json", ".txt", ".tsv", ".csv")):
            blob = subprocess.run(["git", "show", f"{BASE}:{name}"], cwd=ROOT, capture_output=True, check=False)
            parts.append(blob.stdout.decode("utf-8", "replace"))
    for gold in Path("/work/wt").glob("*/tests/gold/*.jsonl"):
        if ROOT.name not in gold.parts:
            parts.append(gold.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def main() -> None:
    used = _used_text()
    pool = []
    for path in sorted(ARTICLES.glob("article*.txt")):
        ident = path.stem.removeprefix("article")
        if path.stem in used or ident in used:
            continue
        if 200 <= len(path.read_text(encoding="utf-8").split()) <= 450:
            pool.append(path.stem)
    drawn = random.Random(3303).sample(pool, 6)
    held = {drawn[1], drawn[4]}
    for stem in drawn:
        if "--heldout" in sys.argv and stem not in held:
            continue
        if "--dev" in sys.argv and stem in held:
            continue
        print(f"data/semeval2023_task3/en/train-articles-subtask-1/{stem}.txt" + ("  HELD" if stem in held else ""))


if __name__ == "__main__":
    main()
