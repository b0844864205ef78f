"""Aggregate figures of ``russian_eval`` per split, and the error lists of the development half only (the held-out
half's errors stay unread until the last change).

    python scripts/ru25/summary.py tests/gold/russian_written5.jsonl [--errors]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spinscope.training.russian_eval import evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", action="store_true", help="print the development half's error lists")
    parser.add_argument("--heldout-errors", action="store_true", help="print the held-out half's error lists too")
    args = parser.parse_args()
    out = evaluate(args.gold)
    for split, res in out.items():
        att, act = res["attributions"], res["actors"]
        print(f"{split}: gold/pred {att['gold']}/{att['predicted']} overlap F1 {att['overlap']['f1']} exact F1 "
              f"{att['exact']['f1']} speaker {att['speaker_accuracy']} cue {att['cue_accuracy']} kind "
              f"{att['kind_accuracy']} type {att['type_accuracy']} state {att['state_accuracy']} | actors P/R "
              f"{act['precision']}/{act['recall']}")
        if (split == "development" and args.errors) or (split == "heldout" and args.heldout_errors):
            for key in ("misses", "spurious"):
                for line in att[key]:
                    print(f"  {key}: {line}")
            for key in ("wrong", "missed"):
                for line in act[key]:
                    print(f"  actors {key}: {line}")


if __name__ == "__main__":
    main()
