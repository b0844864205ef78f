"""Round 41 rule check: `predict events` on the first N SemEval-2023 task 3 EN training articles (sorted by name),
one line per event, so that a base and a branch tree can be compared with `diff`.

    PYTHONPATH=SRC python scripts/events41/rule_check.py [N] > OUT
"""

from __future__ import annotations

import sys
from pathlib import Path

from spinscope.predict import predict_events

ROOT = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2023_task3" / "en" / \
    "train-articles-subtask-3"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    files = sorted(ROOT.glob("*.txt"))[:n]
    rows = [{"id": f.stem, "text": f.read_text(encoding="utf-8")} for f in files]
    for out in predict_events(rows):
        for e in out["events"]:
            print(out["id"], e["event"], e.get("cameo"), e["source_code"], e["target_code"], e["mode"])


if __name__ == "__main__":
    main()
