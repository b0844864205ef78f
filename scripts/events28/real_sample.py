"""Write 40 SemEval-2025 English raw documents (1,200-5,000 bytes, drawn with a fixed seed) as JSONL for
``spinscope predict events``, so the events of real articles can be compared before and after a change.

Usage (from the project root)::

    python scripts/events28/real_sample.py OUT.jsonl [--seed 2828] [--n 40] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2828)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args(argv)
    folder = Path(args.shared) / "data" / "semeval2025_task10" / "EN" / "raw-documents"
    paths = sorted(p for p in folder.glob("*.txt") if 1200 <= p.stat().st_size <= 5000)
    chosen = random.Random(args.seed).sample(paths, min(args.n, len(paths)))
    with open(args.out, "w", encoding="utf-8") as out:
        for path in chosen:
            out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8", errors="ignore")}) + "\n")
    print(len(chosen), "documents of", len(paths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
