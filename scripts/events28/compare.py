"""Print the events that differ between two ``spinscope predict events`` outputs of the same input (before and
after a change), item by item, with the item's text around each changed trigger.

Usage (from the project root)::

    python scripts/events28/compare.py INPUT.jsonl BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _events(path: str) -> dict[str, list[dict[str, Any]]]:
    return {d["id"]: d["events"] for d in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines())}


def _key(e: dict[str, Any]) -> tuple[Any, ...]:
    return (e.get("source_code"), e["event"], e.get("target_code"), e.get("cameo"), e.get("mode"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args(argv)
    texts = {d["id"]: d["text"] for d in map(json.loads, Path(args.input).read_text(encoding="utf-8").splitlines())}
    before, after = _events(args.before), _events(args.after)
    n_before = sum(len(v) for v in before.values())
    n_after = sum(len(v) for v in after.values())
    changed = 0
    for item, text in texts.items():
        old = sorted(map(_key, before.get(item, [])), key=str)
        new = sorted(map(_key, after.get(item, [])), key=str)
        if old == new:
            continue
        changed += 1
        print(f"== {item}: {text[:300]!r}")
        for k in old:
            if k not in new:
                print("   -", k)
        for k in new:
            if k not in old:
                print("   +", k)
    print(f"events before {n_before}, after {n_after}; items changed {changed} of {len(texts)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
