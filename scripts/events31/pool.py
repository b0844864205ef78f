"""Pool the summary lines that ``sh scripts/events26/all_batches.sh DIR`` prints (one ``name {json}`` line a
batch): full matches, gold events, predictions and right predictions, over all batches or without some.

Usage (from the project root)::

    python scripts/events31/pool.py SUMMARY.txt [--skip events_written31 ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("summary")
    parser.add_argument("--skip", nargs="*", default=[])
    args = parser.parse_args(argv)
    path = Path(args.summary)
    if not path.is_file():
        sys.stderr.write(f"error: {path} not found\n")
        return 1
    full = gold = pred = right = 0
    batches = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, blob = line.partition(" ")
        if not blob.startswith("{") or name in args.skip:
            continue
        d = json.loads(blob)
        batches += 1
        gold += d["gold_events"]
        pred += d["predicted_events"]
        full += round(d["recall_full"] * d["gold_events"])
        right += round(d["precision_full"] * d["predicted_events"])
    sys.stdout.write(f"{batches} batches: full {full}/{gold} = {full / max(gold, 1):.4f}; "
                     f"{pred} predictions, {right} right ({right / max(pred, 1):.4f})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
