"""Find text copied from the shared data into the lines a change adds.

Usage: python scripts/lead46/copycheck.py BASE [--shared ../shared] [--show]

Reads the lines added since BASE (`git diff BASE HEAD`, outside tests/gold and docs) and reports:
- every added line holding a 7-word run of the development gold (PLOVER GSR sentences, PolNeAR texts), which must
  never be copied into the project;
- every added file holding an 8-word run of a shared article (SemEval-2023/2025, PTC, SemEval-2021): test sentences
  are written in our own words. Scorer outputs under scripts/ quote speaker spans and show up here too.
Exit status 1 when a development-gold run is found.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

ARTICLE_ROOTS = ("semeval2023_task3", "semeval2025_task10", "ptc_semeval2020_task11", "semeval2021_task6")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def runs(text: str, n: int) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def added_lines(base: str) -> list[tuple[str, str]]:
    """(path, line) for each line added since BASE outside tests/gold and docs."""
    diff = subprocess.run(["git", "diff", base, "HEAD", "--", ".", ":!tests/gold", ":!docs"],
                          capture_output=True, text=True, check=True).stdout
    out, path = [], ""
    for line in diff.splitlines():
        if line.startswith("+++"):
            path = line[6:]
        elif line.startswith("+"):
            out.append((path, line[1:]))
    return out


def dev_gold_runs(data: Path) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for record in json.loads((data / "plover_gsr_dev" / "PLOVER_GSR_dev.json").read_text(encoding="utf-8")):
        found |= runs(record.get("text", ""), 7)
    for path in (data / "polnear_dev").rglob("*"):
        if path.is_file() and path.suffix in {".txt", ""}:
            found |= runs(path.read_text(encoding="utf-8", errors="replace"), 7)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--show", action="store_true", help="print each article run found, with its article")
    args = ap.parse_args()
    data = args.shared / "data"
    if not data.is_dir():
        print(f"copycheck: no data folder at {data}", file=sys.stderr)
        return 2
    lines = added_lines(args.base)
    gold = dev_gold_runs(data)
    gold_hits = [(p, line) for p, line in lines if runs(line, 7) & gold]
    for path, line in gold_hits:
        print(f"DEV-GOLD {path}: {line.strip()[:140]}")
    print(f"lines with a 7-word run of development gold: {len(gold_hits)}")
    wanted: dict[tuple[str, ...], str] = {}
    for path, line in lines:
        for run in runs(line, 8):
            wanted.setdefault(run, path)
    hits: dict[tuple[str, ...], str] = {}
    for root in ARTICLE_ROOTS:
        for article in sorted((data / root).rglob("*.txt")):
            for run in runs(article.read_text(encoding="utf-8", errors="replace"), 8) & wanted.keys():
                if run not in hits:
                    hits[run] = article.name
                    if args.show:
                        print(f"RUN {wanted[run]} <- {article.name}: {' '.join(run)}")
    for path, count in collections.Counter(wanted[run] for run in hits).most_common():
        print(f"ARTICLE-RUNS {count:4d} {path}")
    print(f"8-word runs added: {len(wanted)}, found in shared articles: {len(hits)}")
    return 1 if gold_hits else 0


if __name__ == "__main__":
    sys.exit(main())
