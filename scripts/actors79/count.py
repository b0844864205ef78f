"""Count a pattern's occurrences in the development actors golds' articles and say, for each, whether the gold lists
an actor with a mention over it (and which, with its code), round 79. Development golds only (``*_heldout`` skipped).

    python scripts/actors79/count.py 'REGEX' [GROUP]      # GROUP: the regex group whose span is looked up (default 0)
"""

from __future__ import annotations

import glob
import re
import sys
from pathlib import Path

from spinscope.training.actor_eval import _occurrences, read_real_gold


def main() -> None:
    pattern = re.compile(sys.argv[1])
    group = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    listed = unlisted = 0
    for name in sorted(glob.glob("tests/gold/actors_real*.jsonl")):
        if "heldout" in name:
            continue
        for item in read_real_gold(Path(name), Path("../shared")):
            text = item["text"]
            for hit in pattern.finditer(text):
                s, e = hit.span(group)
                over = [f"{g['name']} ({g['code']})" for g in item["actors"]
                        if any(a < e and s < b for m in g["mentions"]
                               for a, b in _occurrences(text, m, whole_words=True))]
                listed += bool(over)
                unlisted += not over
                print(f"{Path(name).stem} {item['id']} {text[s:e]!r} -> {over or 'no actor'}")
    print(f"listed {listed}, not listed {unlisted}")


if __name__ == "__main__":
    main()
