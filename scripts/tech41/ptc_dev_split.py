"""PTC dev SI of ``smoke.sh``'s two runs split by what the tagger saw: ``python scripts/tech41/ptc_dev_split.py
WORK``. The 75 PTC dev articles are SemEval-2023 training articles too; ``split_articles`` puts 15 of them in the
validation split (the tagger never trained on them) and 60 in the training split (it did). Scores WORK/si_main.txt
and WORK/si_branch.txt against the derived dev gold on each part. Figures only."""

from __future__ import annotations

import sys
from pathlib import Path

from spinscope.training.data import load_semeval2023, split_articles
from spinscope.training.scorers import si_scores

DATA = Path("../shared/data")
work = Path(sys.argv[1])
train, val = split_articles(load_semeval2023(DATA))
dev = {p.stem.removeprefix("article") for p in (DATA / "ptc_semeval2020_task11" / "dev-articles").glob("*.txt")}


def load(path: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for line in path.read_text().splitlines():
        aid, start, end = line.split("\t")[:3]
        out.setdefault(aid, []).append((int(start), int(end)))
    return out


gold = load(DATA / "ptc_semeval2020_task11" / "dev-task1-SI.labels.derived")
for side in ("main", "branch"):
    pred = load(work / f"si_{side}.txt")
    for name, ids in (("validation split (tagger never trained on them)", {a.id for a in val} & dev),
                      ("training split (tagger trained on them)", {a.id for a in train} & dev)):
        s = si_scores({k: v for k, v in gold.items() if k in ids}, {k: v for k, v in pred.items() if k in ids})
        print(f"{side}: {name}, {len(ids)} articles: SI F1 {s.f1:.4f} P {s.precision:.4f} R {s.recall:.4f}")
