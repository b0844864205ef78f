"""Score the opinion label of ``analyze``'s claims on a gold file of hand-written sentences.

Each gold line is ``{"id", "text", "opinion": bool, "kind", "checkworthy"?: bool}``. Every sentence is analyzed
alone, as an article of one sentence, with the full default pipeline (or ``--components``); it is called an
opinion when a claim over it carries the label ``opinion`` (a sentence with no claim is not an opinion).

Printed: precision, recall and F1 of the opinion label, the confusion table (gold rows, predicted columns),
accuracy of ``checkworthy`` on the lines that give it, and, with ``--show``, every sentence the labels get wrong
with the evidence of its claim.

Usage (from the project root)::

    python scripts/claims_stance_score.py [GOLD] [--show] [--components segment.v1,entities.v1,...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import spinscope

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "claims_stance_written1.jsonl"


def predict(text: str, components: list[str] | None) -> dict[str, Any]:
    """The claim label, score and evidence ``analyze`` gives one sentence (label ``none`` without a claim)."""
    claims = spinscope.analyze(text, components=components).claims
    if not claims:
        return {"label": "none", "score": 0.0, "evidence": ""}
    claim = max(claims, key=lambda c: c.end - c.start)
    return {"label": claim.label, "score": claim.score, "evidence": claim.evidence}


def report(items: list[dict[str, Any]], preds: list[dict[str, Any]], *, show: bool) -> None:
    """Print opinion P/R/F1, the confusion table and the check-worthy accuracy; the errors with ``show``."""
    labels = ("checkworthy", "factual", "opinion", "none")
    table = {gold: dict.fromkeys(labels, 0) for gold in ("opinion", "not-opinion")}
    tp = fp = fn = cw_n = cw_ok = 0
    for item, pred in zip(items, preds, strict=True):
        gold = "opinion" if item["opinion"] else "not-opinion"
        table[gold][pred["label"]] += 1
        is_op = pred["label"] == "opinion"
        tp += is_op and item["opinion"]
        fp += is_op and not item["opinion"]
        fn += item["opinion"] and not is_op
        if "checkworthy" in item:
            cw_n += 1
            cw_ok += (pred["label"] == "checkworthy") == item["checkworthy"]
        if show and is_op != item["opinion"]:
            print(f"  {item['id']} [{item['kind']}] gold={gold} pred={pred['label']} {pred['score']:.2f} "
                  f"{pred['evidence']}\n      {item['text']}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"opinion: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn}; "
          f"{len(items)} sentences)")
    print(f"{'gold / predicted':<18}" + "".join(f"{label:>13}" for label in labels))
    for gold, row in table.items():
        print(f"{gold:<18}" + "".join(f"{row[label]:>13}" for label in labels))
    if cw_n:
        print(f"checkworthy (label == checkworthy) agrees with gold on {cw_ok}/{cw_n}")


def main() -> None:
    """Parse arguments, analyze every gold sentence and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show", action="store_true", help="print every sentence the opinion label gets wrong")
    parser.add_argument("--components", help="comma-separated components (default: the full pipeline)")
    args = parser.parse_args()
    components = args.components.split(",") if args.components else None
    items = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [predict(item["text"], components) for item in items]
    report(items, preds, show=args.show)


if __name__ == "__main__":
    main()
