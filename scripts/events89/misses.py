#!/usr/bin/env python3
"""Round 89: the development records a guard run missed and its false events, from the predictions
`scripts/actors62/allevents.py` left in OUTDIR/events/sentences.out.jsonl (no new prediction run).

Held-out files are never read: only `tests/gold/events_realNN.jsonl` (no `_heldout`) are loaded, and the
predictions of any other sentence are ignored. The texts are printed to the terminal only (never committed).

    python scripts/events89/misses.py OUTDIR [--files events_real85.jsonl ...] [--no-text]
    python scripts/events89/misses.py OUTDIR --uncoded      # events with no coded source: right / wrong / spurious

A record counts as found as `../shared/eval/score.py plover` counts it (type after the aliases, a source code among
the gold's, a target code among the gold's; an empty gold list accepts any code).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
ALIAS = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}


def _e36() -> Any:
    spec = importlib.util.spec_from_file_location("e36", ROOT / "scripts" / "events36" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _hit(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if ALIAS.get(pred.get("event", ""), pred.get("event", "")) != ALIAS.get(gold["event"], gold["event"]):
        return False
    if gold["source"] and pred.get("source_code") not in gold["source"]:
        return False
    return not gold["target"] or pred.get("target_code") in gold["target"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--files", nargs="*", help="development gold names (default: every events_realNN.jsonl)")
    parser.add_argument("--no-text", action="store_true")
    parser.add_argument("--uncoded", action="store_true", help="count events whose source has no code")
    args = parser.parse_args()
    names = args.files or sorted(p.name for p in (ROOT / "tests" / "gold").glob("events_real*.jsonl"))
    names = [n for n in names if re.fullmatch(r"events_real\d+\.jsonl", n)]  # never a held-out file
    pred: dict[str, list[dict[str, Any]]] = {}
    for line in (args.outdir / "events" / "sentences.out.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            pred[obj["id"].split("|", 1)[1]] = obj.get("events", [])
    e36 = _e36()
    tally = {"right": 0, "wrong": 0, "spurious": 0}
    for name in names:
        for item in e36.load(ROOT / "tests" / "gold" / name, SHARED):
            evs = pred.get(item["id"], [])
            if args.uncoded:
                for p in evs:
                    if p.get("source_code"):
                        continue
                    kind = ("spurious" if not item["events"] else
                            "right" if any(_hit(g, p) for g in item["events"]) else "wrong")
                    tally[kind] += 1
                    sys.stdout.write(f"{kind}\t{item['id']}\t{p.get('event')}\t{p.get('source')} -> "
                                     f"{p.get('target_code')}\n")
                continue
            missed = [g for g in item["events"] if not any(_hit(g, p) for p in evs)]
            false = evs if not item["events"] else []
            if not missed and not false:
                continue
            sys.stdout.write(f"\n{name} {item['id']}" + ("" if args.no_text else f": {item['text']}") + "\n")
            for g in missed:
                sys.stdout.write(f"  MISSED {g['source']} {g['event']} {g['target']}\n")
            for p in evs:
                sys.stdout.write(f"  pred {p.get('source_code')} {p.get('event')} {p.get('target_code')} "
                                 f"({p.get('source')} -> {p.get('target')}, {p.get('mode')})"
                                 + (" FALSE" if false else "") + "\n")
    if args.uncoded:
        sys.stdout.write(f"events with no coded source on development: {tally}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
