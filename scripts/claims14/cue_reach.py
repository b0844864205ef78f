"""Sentences of all English SemEval-2023/2025 articles whose opinion cues differ between two code trees.

A cheap reach check (no model, no pipeline): each article is split into sentences with a plain regular expression
and ``opinion_cues`` is called in both trees (``--old`` and ``--new`` source folders, each run in a subprocess).
Printed: every sentence whose cues differ, with the cues added or lost, and the count.

Usage (from the project root)::

    python scripts/claims14/cue_reach.py --old /path/to/main/src --new src
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[\"'\u201c\u2018]?[A-Z])|\n+")
_CUES = ("import json, sys\nfrom spinscope.components.claims import opinion_cues\n"
         "texts = json.load(open(sys.argv[1]))\nprint(json.dumps([opinion_cues(t) for t in texts]))")


def sentences() -> list[str]:
    """Every sentence of 20 characters or more of the English SemEval-2023 (subtask 1) and 2025 articles."""
    paths = sorted((DATA / "semeval2023_task3" / "en" / "train-articles-subtask-1").glob("*.txt")) + sorted(
        (DATA / "semeval2025_task10" / "EN" / "raw-documents").glob("*.txt"))
    out: list[str] = []
    for path in paths:
        for s in _SPLIT.split(path.read_text(encoding="utf-8")):
            s = " ".join(s.split())
            if len(s) >= 20:
                out.append(s)
    return out


def cues(src: str, texts_file: str) -> list[list[list[str]]]:
    """opinion_cues of each sentence, computed with the package under ``src``."""
    run = subprocess.run([sys.executable, "-c", _CUES, texts_file], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(src).resolve()), "PATH": "/usr/bin:/bin"})
    return json.loads(run.stdout)


def main() -> None:
    """Compare the cues of the two trees and print the differences."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", default="src")
    args = parser.parse_args()
    texts = sentences()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts, f)
    old, new = cues(args.old, f.name), cues(args.new, f.name)
    changed = 0
    for text, a, b in zip(texts, old, new, strict=True):
        sa, sb = {tuple(c) for c in a}, {tuple(c) for c in b}
        if sa != sb:
            changed += 1
            print(f"[{'added' if sb - sa else ''}{' lost' if sa - sb else ''}] +{sorted(sb - sa)} -{sorted(sa - sb)}"
                  f" (before: {len(sa)} cues)\n    {text[:240]}")
    print(f"{len(texts)} sentences; cues differ on {changed}")


if __name__ == "__main__":
    main()
