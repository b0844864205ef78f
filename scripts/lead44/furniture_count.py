"""Count the lines of the shared data's articles that the cleaner removes as boilerplate, by the alternative that
removes them (round 31's lead: promotions that only point to an address).

    python scripts/lead44/furniture_count.py [../shared/data]

Prints each removed line's first 80 characters with its count, most frequent first; no line is written anywhere.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from spinscope.ingest.clean import is_boilerplate

FOLDERS = ("semeval2025_task10/*/raw-documents", "semeval2023_task3/*/*", "ptc_semeval2020_task11/*-articles",
           "polnear_dev/text")


def main(root: Path) -> None:
    counts: Counter[str] = Counter()
    files = [p for pattern in FOLDERS for p in root.glob(f"{pattern}/*.txt")]
    for path in files:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if ("http" in line or "www." in line) and is_boilerplate(line.strip()):
                counts[line.strip()[:80]] += 1
    print(f"{len(files)} articles; lines with an address removed as boilerplate: {sum(counts.values())}")
    for line, n in counts.most_common():
        print(f"{n:5d}  {line}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
