"""List the word n-grams a written gold batch shares with the development gold and with tests/ (the check run on
batch 27 before its commit: no 6-gram shared with ../shared/data/{plover_gsr_dev,polnear_dev}, none of 7 words
with tests/).

Usage (from the project root)::

    python scripts/events27/ngram_check.py tests/gold/events_written27.jsonl [--n 6] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path


def grams(text: str, n: int) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch")
    parser.add_argument("--n", type=int, default=6)
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args(argv)
    batch = Path(args.batch)
    dev: set[str] = set()
    for name in ("plover_gsr_dev", "polnear_dev"):
        for path in (Path(args.shared) / "data" / name).rglob("*"):
            if path.is_file():
                dev |= grams(path.read_text(encoding="utf-8", errors="ignore"), args.n)
    tests: set[str] = set()
    for path in Path("tests").rglob("*"):
        if path.is_file() and path.resolve() != batch.resolve():
            tests |= grams(path.read_text(encoding="utf-8", errors="ignore"), args.n)
    shared = 0
    for line in batch.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        own = grams(item["text"], args.n)
        if own & dev or own & tests:
            shared += 1
            print(item["id"], "dev:", sorted(own & dev), "tests:", sorted(own & tests))
    print(f"{shared} sentences share a {args.n}-gram")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
