"""Side check of techniques_gate52.v1 on SemEval-2023 English articles: ``python scripts/tech52/val52.py``.

``spinscope eval techniques`` reads the tagger without the pipeline's gates, so its ST3 / SI do not move; this
counts, on the validation split (91 articles as split_articles gives them) and the training part, the articles with a
furniture line (``techniques52.furniture_lines``) and the gold spans lying wholly inside one (a gold span there
would be a right finding the gate could remove). Counts only, no text."""

from __future__ import annotations

from pathlib import Path

from spinscope.components.techniques52 import furniture_lines
from spinscope.training.data import load_semeval2023, split_articles

train, val = split_articles(load_semeval2023(Path("../shared/data")))
for name, arts in (("validation", val), ("train", train)):
    hit = gold_in = lines_n = 0
    for a in arts:
        fl = furniture_lines(a.text)
        if not fl:
            continue
        hit += 1
        lines_n += len(fl)
        gold_in += sum(any(s <= g.start and g.end <= e for s, e in fl) for g in a.spans)
    print(f"{name}: articles {len(arts)}, with a furniture line {hit}, furniture lines {lines_n}, "
          f"gold spans wholly inside one {gold_in}")
