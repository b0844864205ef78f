#!/usr/bin/env python3
"""Where two versions of the attribution layer type speakers differently, on articles no gold holds.

    python scripts/sources27/changes.py dump OUT.json [--n 40 --seed 2728]   # with PYTHONPATH at one version's src
    python scripts/sources27/changes.py diff A.json B.json                   # one line per changed speaker

The articles: the draw pool of scripts/sources27/draw.py (every gold article left out),
``--n`` of them with ``random.Random(seed)``. Each changed speaker is printed with its sentence so a reader can
judge the change (a blind check of the rules' precision on articles they were never tuned on).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dump(out: Path, n: int, seed: int) -> None:
    round26 = _load("score26", HERE.parent / "sources26" / "score.py")
    draw = _load("draw27", HERE / "draw.py")
    SHARED, pool = draw.SHARED, draw.pool

    held = Path(__file__).resolve().parents[2] / "tests" / "gold" / "sources_real27_heldout.jsonl"
    skip = {json.loads(line)["path"] for line in held.read_text(encoding="utf-8").splitlines() if line.strip()}
    rows = []
    for rel in random.Random(seed).sample([p for p in pool(heldout=True) if p not in skip], n):
        text, preds = round26.predictions(SHARED / rel)
        for r in preds:
            left = text.rfind("\n", 0, r["start"]) + 1
            rows.append({**r, "path": rel, "context": text[max(left, r["start"] - 120):r["end"] + 80]})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


def diff(a: Path, b: Path) -> None:
    old = {(r["path"], r["start"], r["end"]): r for r in json.loads(a.read_text(encoding="utf-8"))}
    new = json.loads(b.read_text(encoding="utf-8"))
    changed = 0
    for r in new:
        o = old.get((r["path"], r["start"], r["end"]))
        if o is None:
            continue
        fields = [k for k in ("type", "country", "named") if o[k] != r[k]]
        if fields:
            changed += 1
            print(f"{Path(r['path']).name} {r['text']!r}: " + "; ".join(f"{k} {o[k]!r} -> {r[k]!r}" for k in fields))
            print("    " + " ".join(r["context"].split()))
    print(f"# {changed} changed of {len(new)} speakers")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "diff"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2728)
    args = parser.parse_args()
    if args.mode == "dump":
        dump(args.files[0], args.n, args.seed)
    else:
        diff(args.files[0], args.files[1])


if __name__ == "__main__":
    main()
