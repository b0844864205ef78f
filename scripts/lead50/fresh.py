"""List the English articles no gold or doc of this repository has used, by stem **and** by text (lead, round 37).

SemEval-2023 EN reuses PTC texts under other stems and SemEval-2025 EN holds byte-identical copies under two names,
so a stem found in no file is not enough: an article is fresh only if its stem is in no tracked file of the given
revision and its text (whitespace-normalised characters 200-600) is that of no used article. Prints one line per
fresh article: pool, stem, characters of the raw file as read (UTF-8). No article text is printed.

    python scripts/lead50/fresh.py [--rev main] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

POOLS = {"s25": "semeval2025_task10/EN/raw-documents", "s23": "semeval2023_task3/en/train-articles-subtask-3",
         "ptc-dev": "ptc_semeval2020_task11/dev-articles", "ptc-train": "ptc_semeval2020_task11/train-articles"}
STEM = r"(EN|RU)_(UA|CC)_[A-Za-z0-9_]+|article[0-9]{6,}"  # git grep -E (POSIX: no "(?:")


def used_stems(rev: str) -> set[str]:
    """Every stem named in a tracked file of ``rev`` (golds, scripts, docs)."""
    out = subprocess.run(["git", "grep", "-hoE", STEM, rev], capture_output=True, text=True, check=False)
    return {s.removesuffix(".txt") for s in out.stdout.split()}


def text_key(path: Path) -> tuple[str, int]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return " ".join(text.split())[200:600], len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="main")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    used = used_stems(args.rev)
    files = [(pool, p) for pool, folder in POOLS.items() for p in sorted((args.data / folder).glob("*.txt"))]
    keys = {p: text_key(p) for _, p in files}
    used_texts = {keys[p][0] for _, p in files if p.stem in used}
    seen: set[str] = set()
    for pool, p in files:
        key, chars = keys[p]
        if p.stem in used or key in used_texts or key in seen:
            continue
        seen.add(key)
        print(pool, p.stem, chars)


if __name__ == "__main__":
    main()
