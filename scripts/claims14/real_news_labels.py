"""Claim labels of 20 real English news articles, and the sentences whose label changed between two runs.

The 20 articles are drawn with a fixed seed: 10 from SemEval-2023 Task 3 English (subtask-1 training articles,
mostly opinion) and 10 from SemEval-2025 Task 10 English raw documents (news on Ukraine and climate). They are
read only to count and read the label changes a rule change makes; nothing is tuned on them.

Usage (from the project root, PYTHONPATH=src)::

    python scripts/claims14/real_news_labels.py run OUT.jsonl      # label every claim sentence
    python scripts/claims14/real_news_labels.py run OUT.jsonl --dir ../shared/data/polnear_dev/text  # every file
    python scripts/claims14/real_news_labels.py diff OLD.jsonl NEW.jsonl   # print the changes and their count
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
COMPONENTS = ["segment.v1", "entities.v1", "attributions.v1", "claims.v1"]
SEED = 14


def articles() -> list[Path]:
    """The 20 articles: 10 of each corpus, sampled with :data:`SEED` from the sorted file names."""
    rng = random.Random(SEED)
    semeval23 = sorted((DATA / "semeval2023_task3" / "en" / "train-articles-subtask-1").glob("*.txt"))
    semeval25 = sorted((DATA / "semeval2025_task10" / "EN" / "raw-documents").glob("*.txt"))
    return rng.sample(semeval23, 10) + rng.sample(semeval25, 10)


def run(out: Path, folder: Path | None = None) -> None:
    """Analyze each article (the 20, or every file of ``folder``) and write one line per claim: file, span, label,
    score, evidence, text."""
    import spinscope

    paths = sorted(p for p in folder.iterdir() if p.is_file()) if folder else articles()
    with out.open("w", encoding="utf-8") as f:
        for path in paths:
            result = spinscope.analyze(path.read_text(encoding="utf-8"), components=COMPONENTS)
            for c in result.claims:
                f.write(json.dumps({"file": path.name, "start": c.start, "end": c.end, "label": c.label,
                                    "score": c.score, "evidence": c.evidence,
                                    "text": " ".join(result.article.text[c.start:c.end].split())}) + "\n")


def diff(old: Path, new: Path) -> None:
    """Print every claim sentence whose label differs between two runs, and the count by change."""
    def load(p: Path) -> dict[tuple[str, int, int], dict[str, object]]:
        rows = (json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
        return {(r["file"], r["start"], r["end"]): r for r in rows}

    a, b = load(old), load(new)
    changes: Counter[str] = Counter()
    for key in sorted(a.keys() & b.keys()):
        if a[key]["label"] != b[key]["label"]:
            changes[f"{a[key]['label']} -> {b[key]['label']}"] += 1
            print(f"{key[0]} {a[key]['label']} -> {b[key]['label']} {b[key]['evidence']}\n    {b[key]['text']}")
    print(f"{len(a.keys() & b.keys())} sentences in both runs ({len(a)} / {len(b)}); "
          f"{sum(changes.values())} changed: {dict(changes)}")


def main() -> None:
    """Parse arguments and run or diff."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("--dir", type=Path, help="analyze every file of this folder instead of the 20 articles")
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "run":
        run(args.out, args.dir)
    else:
        diff(args.old, args.new)


if __name__ == "__main__":
    main()
