"""Score the validation split (the split `spinscope eval techniques` reads) with the shipped tagger once and save the
scores: ``python scripts/tech40/val_scores.py /tmp/tech40/val_scores.npz``."""

from __future__ import annotations

import sys
from pathlib import Path

from spinscope.components.persuasion import TechniqueSpans
from spinscope.training.data import load_semeval2023, split_articles
from spinscope.training.techniques import save_scores

_, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [a for a in val if a.paragraph_labels is not None]
tagger = TechniqueSpans().tagger
assert tagger is not None
save_scores({a.id: tagger.score(a.text, [(p.start, p.end) for p in a.lines]) for a in st3}, Path(sys.argv[1]))
print(len(st3))
