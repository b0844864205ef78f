"""Round 20 (roles20): the 560 annotated rows as `spinscope train roles` builds them (`role_rows`) and, for
`scripts/roles20/augment.py`, the extra rows: each annotated mention's other whole-word occurrences of its surface
in its article (`surface_mentions`), less any span overlapping an annotated mention of that article, the first CAP
in article order, featurised as roles.v1 featurises an entity's mentions (`entity_rows`, the entity's mentions
being every occurrence of the surface).

Usage: python scripts/roles20/build_aug.py OUT.pkl [DATA_DIR] [EMBEDDING_CACHE]
Writes {"rows", "mentions", "extra": RoleRows, "extra_of": [index of the annotated mention each extra row repeats]}.
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, entity_rows, surface_mentions
from spinscope.training import semeval2025 as S

CAP = 12


def extra_spans(text: str, m: S.Mention, annotated: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = [s for s in surface_mentions(text, m.start, m.end)
             if not any(s[0] < e and a < s[1] for a, e in annotated)]
    return spans[:CAP]


def main() -> None:
    out = Path(sys.argv[1])
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("../shared/data")
    cache = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/tmp/semeval2025-cache")
    t = time.time()
    articles, mentions = S.load_task(data)
    mentions = [m for m in mentions if m.main in MAIN_ROLES]
    used = [articles[a] for a in sorted({m.article for m in mentions})]
    S.embed(used, cache=cache, progress=lambda s: None)
    parsed = S.parse_articles(used)
    rows = S.role_rows(articles, mentions, parsed)
    annotated: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        annotated.setdefault(m.article, []).append((m.start, m.end))
    extra, extra_of = RoleRows(), []
    for i, m in enumerate(mentions):
        art = articles[m.article]
        spans = extra_spans(art.text, m, annotated[m.article])
        if not spans:
            continue
        assert art.vectors is not None
        extra.extend(entity_rows(art.text, art.sentences, art.vectors, parsed[m.article],
                                 surface_mentions(art.text, m.start, m.end), spans))
        extra_of += [i] * len(spans)
    with out.open("wb") as f:
        pickle.dump({"rows": rows, "mentions": mentions, "extra": extra, "extra_of": extra_of}, f)
    print(f"rows {len(rows)}, extra {len(extra)} of {len(set(extra_of))} mentions in {time.time() - t:.0f} s -> {out}")


if __name__ == "__main__":
    main()
