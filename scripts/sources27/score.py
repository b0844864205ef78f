#!/usr/bin/env python3
"""Score speaker typing on real articles with round 26's scorer: tests/gold/sources_real27.jsonl by default.

The same matching and fields as scripts/sources26/score.py (its docstring gives the annotation conventions); this
wrapper only chooses the gold file. Round 27's gold (10 articles, 86 speakers, drawn by scripts/sources27/draw.py)
was annotated and committed before spinscope was run on it.

    python scripts/sources27/score.py [--gold tests/gold/sources_real26.jsonl] [--errors] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources26"))
import score as round26

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "sources_real27.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="list each miss and each wrong field")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    if not round26.SHARED.is_dir():
        sys.exit("error: ../shared is absent; the gold's articles live there")
    result = round26.score(round26.load_gold(args.gold), errors=args.errors)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
