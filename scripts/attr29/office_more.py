#!/usr/bin/env python3
"""A second, larger look at the office change (round 29), beyond the committed rule's set: the office shape's grep
hits 16-75 by sorted name (the first 15 are in ``compare.py``'s set), main's ``src`` against the branch's.

    python scripts/attr29/office_more.py BASE_SRC BRANCH_SRC OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # the sibling script's runner and row keys


def main() -> None:
    base_src, branch_src, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    first = set(compare.files())
    pool = sorted([*(compare.SHARED / "ptc_semeval2020_task11" / "train-articles").glob("*.txt"),
                   *(compare.SHARED / "ptc_semeval2020_task11" / "dev-articles").glob("*.txt"),
                   *(compare.SHARED / "semeval2025_task10" / "EN" / "raw-documents").glob("*.txt"),
                   *(compare.SHARED / "semeval2023_task3").rglob("en/train-articles-subtask-1/*.txt")])
    shape = compare.SHAPES["office"]
    hits = [p for p in pool if shape.search(p.read_text(encoding="utf-8", errors="replace"))]
    paths = [p for p in dict.fromkeys(hits[15:75]) if p not in first]
    print(f"{len(paths)} files")
    base, branch = compare.run(base_src, paths, out / "base"), compare.run(branch_src, paths, out / "branch")
    for name in base:
        b, n = base[name], branch.get(name, {})
        if not b or not n:
            continue
        t = b["article"]["text"]
        old, new = compare._atts(b), compare._atts(n)
        for row in sorted(old - new, key=str):
            print(f"{name} ATT - {row}")
        for row in sorted(new - old, key=str):
            print(f"{name} ATT + {row}")
        for p in sorted({r[4] for r in old ^ new}):
            print(f"    ctx@{p}: {' '.join(t[max(0, p - 400):p + 150].split())}")


if __name__ == "__main__":
    main()
