#!/usr/bin/env python3
"""Where two versions of the attribution layer type speakers differently, on round 33's unseen pool articles.

    python scripts/sources33/changes.py dump OUT.json     # PYTHONPATH at one version's src
    python scripts/sources33/changes.py diff A.json B.json

The articles: round 33's draw pool (scripts/sources33/draw.py) minus its eight gold articles and their copies in
another folder, one copy of each (21).
Dump and diff are round 31's (scripts/sources31/changes.py). The dumps hold article text: keep them out of the
repository.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(n: int = 0, seed: int = 0) -> list[str]:
    draw = _load("draw33", HERE / "draw.py")
    candidates = draw.pool()
    # the pool keeps copies of one article in two folders where their texts differ at all (the SemEval-2023
    # subtask-1 and subtask-3 folders): one copy each, and none of the gold's eight
    seen = {Path(p).name for p in draw.draw(candidates=candidates)}
    out = []
    for p in candidates:
        if Path(p).name not in seen:
            seen.add(Path(p).name)
            out.append(p)
    return out


def main() -> None:
    round31 = _load("changes31", HERE.parent / "sources31" / "changes.py")
    round31.articles = articles
    sys.argv[0] = __file__
    round31.main()


if __name__ == "__main__":
    main()
