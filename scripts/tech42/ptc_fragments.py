"""How many rows of a ``predict ptc --task si`` output (PTC dev articles) are fragments by round 42's rule
(``techniques42``: a over a closing quotation mark, b inside a name), and what ``fragment_fix`` would do with them:
``python scripts/tech42/ptc_fragments.py SI_OUT.txt [SI_OUT2.txt ...]``. The output's rows are merged spans of
every kind of finding (the tagger's, the lexicon's, the rules'), so this counts fragments among what a user gets,
not among the tagger's spans alone. Counts only."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from spinscope.components.techniques42 import crosses_closing_quote, fragment_fix, inside_name

ARTICLES = Path("../shared/data/ptc_semeval2020_task11/dev-articles")
for out in sys.argv[1:]:
    c: Counter[str] = Counter()
    texts: dict[str, str] = {}
    for line in Path(out).read_text().splitlines():
        aid, s, e = line.split("\t")[:3]
        text = texts.setdefault(aid, (ARTICLES / f"article{aid}.txt").read_text(encoding="utf-8"))
        start, end = int(s), int(e)
        c["rows"] += 1
        qa, nb = crosses_closing_quote(text, start, end), inside_name(text, start, end)
        if qa or nb:
            c["fragments"] += 1
            c["a (closing quote)" if qa else "b (inside a name)"] += 1
            c["would be dropped" if fragment_fix(text, start, end) is None else "would be trimmed"] += 1
    print(f"{out}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
