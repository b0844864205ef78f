"""Round 47 (leads47): the files of results/ that differ between two tags, line by line (figures only).

    python scripts/leads47/compare.py base final sources_dev        # or sources_held, actors_dev, actors_held
"""

from __future__ import annotations

import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str]) -> int:
    before_tag, after_tag, kind = argv
    before = (RESULTS / f"{kind}_{before_tag}.txt").read_text(encoding="utf-8").splitlines()
    after = (RESULTS / f"{kind}_{after_tag}.txt").read_text(encoding="utf-8").splitlines()
    if len(before) != len(after):
        print(f"{kind}: {len(before)} lines before, {len(after)} after")
    changed = [(b, a) for b, a in zip(before, after, strict=False) if b != a]
    for b, a in changed:
        print(f"{b}\n  -> {a}")
    print(f"{kind}: {len(before) - len(changed)} of {len(before)} identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
