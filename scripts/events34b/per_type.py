"""Per-type full-correct counts for the events layer: on written gold batches, and on the PLOVER tuning half.

Written batches (``--written GOLD ...``): for each gold event type (after the gold standard's aliases), how many
gold events some prediction matches in type, source and target (the ``events_written_score.py`` metric).
PLOVER (``--plover``): the tuning half only (even SHA-1 parity, as ``scripts/plover_dev_halves.py``), per type the
number of records fully correct under ``../shared/eval/score.py plover``'s rule. Only counts are printed; no text.

Usage (from the project root)::

    python scripts/events34b/per_type.py --written tests/gold/events_written*.jsonl [--plover] [--half tuning]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events_written_score import _type, matches
from plover_dev_halves import half


def written(paths: list[str]) -> tuple[Counter[str], Counter[str]]:
    from spinscope.predict import predict_events

    total: Counter[str] = Counter()
    full: Counter[str] = Counter()
    for path in paths:
        items = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        by_id = {p["id"]: p["events"] for p in predict_events(items)}
        for item in items:
            for g in item["events"]:
                t = _type(g["event"])
                total[t] += 1
                full[t] += any(matches(g, p, full=True) for p in by_id.get(item["id"], []))
    return total, full


def plover(shared: Path, which: str) -> tuple[Counter[str], Counter[str]]:
    from spinscope.predict import predict_events

    records = json.loads((shared / "data" / "plover_gsr_dev" / "PLOVER_GSR_dev.json").read_text(encoding="utf-8"))
    recs = [r for r in records if half(r["id"]) == which and r.get("event") != "DOCUMENT"]
    by_id = {p["id"]: p["events"] for p in predict_events([{"id": r["id"], "text": r["text"]} for r in recs])}
    total: Counter[str] = Counter()
    full: Counter[str] = Counter()
    for r in recs:
        t = _type(r["event"])
        gsrc = {a.get("code", "") for a in r.get("source", []) if isinstance(a, dict)}
        gtar = {a.get("code", "") for a in r.get("target", []) if isinstance(a, dict)}
        total[t] += 1
        full[t] += any(_type(e.get("event", "")) == t and (not gsrc or e.get("source_code") in gsrc)
                       and (not gtar or e.get("target_code") in gtar) for e in by_id.get(r["id"], []))
    return total, full


def _print(name: str, total: Counter[str], full: Counter[str]) -> None:
    sys.stdout.write(f"== {name}: full {sum(full.values())}/{sum(total.values())}\n")
    for t in sorted(total, key=lambda k: (full[k] / total[k], k)):
        sys.stdout.write(f"  {t:<12} {full[t]:>3}/{total[t]:<3} {full[t] / total[t]:.2f}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--written", nargs="*", default=[])
    parser.add_argument("--plover", action="store_true")
    parser.add_argument("--half", default="tuning", choices=["tuning", "held-out"])
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args(argv)
    if args.written:
        _print("written (pooled)", *written(args.written))
    if args.plover:
        _print(f"PLOVER {args.half} half", *plover(Path(args.shared), args.half))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
