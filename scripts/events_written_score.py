"""Score ``predict_events`` on a gold file of hand-coded sentences (default: tests/gold/events_written5.jsonl).

Each gold line is ``{"id", "text", "events": [{"source_code", "event", "target_code", "symmetric"?, "mode"?}]}``;
``target_code`` null means any target is accepted, ``symmetric`` accepts the swapped direction, ``mode`` is the
mode the event should carry (negated, hypothetical; otherwise any). Types are compared after the gold
standard's aliases (FIGHT = ASSAULT, DISAPPROVE = ACCUSE, DEMAND = REQUEST).

Printed: recall (a gold event found by some predicted event: type only; type, source and target), precision (a
predicted event that matches some gold event of its sentence: type only; type, source and target), and, for gold
events with a mode, how many predictions carry that mode.

Usage (from the project root)::

    python scripts/events_written_score.py [GOLD ...] [--show]

With several gold files, one line is printed per file (its name first) and a last line pools them all.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ALIASES = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}


def _type(label: str) -> str:
    return ALIASES.get(label, label)


def matches(gold: dict[str, Any], pred: dict[str, Any], *, full: bool) -> bool:
    if _type(pred["event"]) != _type(gold["event"]):
        return False
    if not full:
        return True
    pairs = [(gold["source_code"], gold["target_code"])]
    if gold.get("symmetric"):
        pairs.append((gold["target_code"], gold["source_code"]))
    return any(pred["source_code"] == src and (tgt is None or pred["target_code"] == tgt) for src, tgt in pairs)


def score(items: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    by_id = {p["id"]: p["events"] for p in predicted}
    n_gold = n_pred = 0
    rec_type = rec_full = prec_type = prec_full = mode_n = mode_ok = 0
    for item in items:
        preds = by_id.get(item["id"], [])
        golds = item["events"]
        n_gold += len(golds)
        n_pred += len(preds)
        for g in golds:
            rec_type += any(matches(g, p, full=False) for p in preds)
            hits = [p for p in preds if matches(g, p, full=True)]
            rec_full += bool(hits)
            if "mode" in g:
                mode_n += 1
                mode_ok += any(p.get("mode") == g["mode"] for p in hits)
        for p in preds:
            prec_type += any(matches(g, p, full=False) for g in golds)
            prec_full += any(matches(g, p, full=True) for g in golds)
    return {"sentences": len(items), "gold_events": n_gold, "predicted_events": n_pred,
            "recall_type": rec_type / max(n_gold, 1), "recall_full": rec_full / max(n_gold, 1),
            "precision_type": prec_type / max(n_pred, 1), "precision_full": prec_full / max(n_pred, 1),
            "mode_right": f"{mode_ok}/{mode_n}"}


def main(argv: list[str] | None = None) -> int:
    from spinscope.predict import predict_events

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", default=["tests/gold/events_written5.jsonl"])
    parser.add_argument("--show", action="store_true", help="print each sentence's gold and predicted events")
    args = parser.parse_args(argv)
    pooled_items: list[dict[str, Any]] = []
    pooled_pred: list[dict[str, Any]] = []
    for gold in args.gold:
        items = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines() if line.strip()]
        predicted = list(predict_events(items))
        if args.show:
            by_id = {p["id"]: p["events"] for p in predicted}
            for item in items:
                ok = all(any(matches(g, p, full=True) for p in by_id[item["id"]]) for g in item["events"])
                sys.stdout.write(f"{'ok ' if ok else 'BAD'} {item['id']} {item['text']}\n")
                for g in item["events"]:
                    sys.stdout.write(f"      gold {g['source_code']} {g['event']} {g['target_code']} "
                                     f"{g.get('mode', '')}\n")
                for p in by_id[item["id"]]:
                    sys.stdout.write(f"      pred {p['source_code']} {p['event']} {p['target_code']} {p['cameo']} "
                                     f"{p['mode']} ({p['source']} -> {p['target']})\n")
        result = score(items, predicted)
        if len(args.gold) > 1:
            result = {"file": Path(gold).name, **result}
        sys.stdout.write(json.dumps(result, indent=None) + "\n")
        pooled_items += items
        pooled_pred += predicted
    if len(args.gold) > 1:
        pooled = score(pooled_items, pooled_pred)
        n_full = round(pooled["recall_full"] * pooled["gold_events"])
        sys.stdout.write(json.dumps({"file": "pooled", "full": f"{n_full}/{pooled['gold_events']}", **pooled}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
