"""``spinscope.analyze`` on every ``*.txt`` under a folder, one line each: the file name, a tab, the whole result
as JSON with sorted keys (a byte-diff of two code versions: ``cmp`` the two files). CPU seconds on stderr.

Usage (from the worktree root): PYTHONPATH=<tree>/src python scripts/ci51/dump.py FOLDER OUT.tsv
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from spinscope import analyze


def main() -> None:
    start = time.process_time()
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for path in sorted(Path(sys.argv[1]).glob("*.txt")):
            data = analyze(path).model_dump(mode="json")
            data.get("meta", {}).pop("elapsed_ms", None)
            out.write(path.name + "\t" + json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n")
    print("cpu", round(time.process_time() - start, 2), file=sys.stderr)


if __name__ == "__main__":
    main()
