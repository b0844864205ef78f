#!/usr/bin/env python3
"""Where two versions of the attribution layer type speakers differently, on round 34's unseen pool articles.

    python scripts/sources34/changes.py dump OUT.json     # PYTHONPATH at one version's src
    python scripts/sources34/changes.py diff A.json B.json

The articles: round 34's draw pool (scripts/sources34/draw.py) minus its eight gold articles (32).
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
    """The pool as drawn now, minus the eight articles draw.txt records (the pool may shrink as other branches name
    its stems, so the gold is read from the record, not drawn again)."""
    draw = _load("draw34", HERE / "draw.py")
    gold = {line.split()[0] for line in (HERE / "draw.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return [p for p in draw.pool() if p not in gold]


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "diff":
        import json

        a, b = (json.loads(Path(f).read_text(encoding="utf-8")) for f in sys.argv[2:4])
        # round 27's diff keys rows by span; where one span carries two speakers (an attribution and one of its
        # sources) it pairs them wrongly, so the whole dumps are compared first
        print(f"# dumps identical: {a == b} ({len(a)} and {len(b)} speakers)")
        if a == b:
            return
    round31 = _load("changes31", HERE.parent / "sources31" / "changes.py")
    round31.articles = articles
    sys.argv[0] = __file__
    round31.main()


if __name__ == "__main__":
    main()
