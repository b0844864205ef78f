"""Where the tagger's sentence-level spans land on the validation split (the split ``spinscope eval techniques``
reads), from saved scores (``scripts/tech40/val_scores.py``): ``python scripts/tech41/val_probe.py SCORES.npz``.
For every model span of a SENTENCE_LEVEL technique: its label, whether it covers its whole sentence, whether the
sentence holds a quote with its attribution or a verb of saying (``SAYS``), the article's genre; and whether a gold
span of its own label (right) or of any PTC technique (SI credit) overlaps it. Counts only, no text."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import (
    extract_spans,
    one_word_thresholds,
    sentence_level,
    span_thresholds,
    split_sentences,
)
from spinscope.training.data import SEMEVAL2023_TO_PTC, TECHNIQUES, load_semeval2023, split_articles
from spinscope.training.techniques import load_scores

SAYS = re.compile(r"\b(says?|said|saying|told|tells|according to|stated|added|argued?|claim(?:s|ed)?|insist(?:s|ed)?"
                  r"|warn(?:s|ed)?|wrote|writes)\b", re.IGNORECASE)
QUOTE = re.compile(r"[\"“”]|''|``|―")

_, val = split_articles(load_semeval2023(Path("../shared/data")))
st3 = [a for a in val if a.paragraph_labels is not None]
scores = load_scores(Path(sys.argv[1]))
config = TechniqueSpans().tagger.config  # type: ignore[union-attr]
thr = span_thresholds(TECHNIQUES, config["span_thresholds"])
sl = sentence_level(TECHNIQUES)
c: Counter[tuple] = Counter()
for a in st3:
    for s, e, k, _ in extract_spans(a.text, scores[a.id], TECHNIQUES, thr,
                                    one_word_thresholds=one_word_thresholds(TECHNIQUES, thr), sentence_labels=sl):
        if k not in sl:
            continue
        line = next(p for p in a.lines if p.start <= s < p.end)
        sents = split_sentences(a.text, line.start, line.end)
        whole = any(s <= x + 2 and e >= y - 2 for x, y in sents)
        seg = a.text[s:e]
        says = bool(SAYS.search(seg))
        quote = bool(QUOTE.search(seg))
        label = TECHNIQUES[k]
        right = any(g.technique == label and g.start < e and s < g.end for g in a.spans)
        any_ptc = any(g.technique in SEMEVAL2023_TO_PTC and g.start < e and s < g.end for g in a.spans)
        c[(label, whole, says, quote, a.genre or "-", "right" if right else ("other" if any_ptc else "none"))] += 1
for key in sorted(c, key=str):
    print(*key, c[key], sep="\t")
