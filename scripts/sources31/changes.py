#!/usr/bin/env python3
"""Where two versions of the attribution layer type speakers differently, on round 31's unseen pool articles.

    python scripts/sources31/changes.py dump OUT.json [--n 30 --seed 3131]   # PYTHONPATH at one version's src
    python scripts/sources31/changes.py diff A.json B.json                   # one line per changed speaker

The articles: round 31's draw pool (scripts/sources31/draw.py: every article an earlier gold or check read, and
repeats of them, left out) minus round 31's eight, ``--n`` of them with ``random.Random(seed)`` (77: the whole
rest). The diff
is round 27's (scripts/sources27/changes.py): each changed speaker with its sentence, for a reader to judge. The
dumps hold article text: keep them out of the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(n: int, seed: int) -> list[str]:
    draw = _load("draw31", HERE / "draw.py")
    fresh = set(draw.draw())
    return list(random.Random(seed).sample([p for p in draw.pool() if p not in fresh], n))


def dump(out: Path, n: int, seed: int) -> None:
    round26 = _load("score26", HERE.parent / "sources26" / "score.py")
    rows = []
    for rel in articles(n, seed):
        text, preds = round26.predictions(round26.SHARED / rel)
        for r in preds:
            left = text.rfind("\n", 0, r["start"]) + 1
            rows.append({**r, "path": rel, "context": text[max(left, r["start"] - 120):r["end"] + 80]})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "diff"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=3131)
    args = parser.parse_args()
    if args.mode == "dump":
        dump(args.files[0], args.n, args.seed)
    else:
        _load("changes27", HERE.parent / "sources27" / "changes.py").diff(args.files[0], args.files[1])


if __name__ == "__main__":
    main()
