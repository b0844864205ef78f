"""Round 12 (roles12): the analyze path over the SemEval-2025 English articles, matched to the gold entity mentions.

Each article with subtask-1 labels goes through segment.v1, entities.v1 and actors.v1 on its text exactly as read
(offsets kept, as `predict semeval2025` does); every gold mention is matched to the actor of the pipeline with a
mention overlapping it (the largest overlap). For every matched actor the feature rows are built as roles.v1 builds
them in `analyze` (`entity_rows` over the actor's own mentions, its first MAX_MENTIONS_SCORED scored), and also
the variants that isolate one difference from training at a time:

  * ``actor``: roles.v1 now (all the actor's mentions as its context, its first 12 mentions scored);
  * ``actor_at_gold``: the actor's mentions as its context, the one mention overlapping the gold mention scored;
  * ``surface_at_gold``: training's rows (the gold span's surface occurrences as context, the gold mention scored).

Usage: python scripts/roles12/e2e_rows.py OUT.pkl [DATA_DIR] [EMBEDDING_CACHE]
Writes {"mentions", "match", "actors", "rows"} for scripts/roles12/e2e_score.py.
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from spinscope.components.persuasion import _sentences
from spinscope.components.roles import MAX_MENTIONS_SCORED, main_actors
from spinscope.components.semeval2025 import MAIN_ROLES, RoleRows, entity_rows, surface_mentions
from spinscope.document import ArticleInput, Document
from spinscope.pipeline import Pipeline
from spinscope.training import semeval2025 as S


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main() -> None:
    out = Path(sys.argv[1])
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/shared/data")
    cache = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/tmp/semeval2025-cache")
    t = time.time()
    articles, mentions = S.load_task(data)
    mentions = [m for m in mentions if m.main in MAIN_ROLES]
    used = sorted({m.article for m in mentions})
    S.embed([articles[a] for a in used], cache=cache, progress=lambda s: None)
    pipeline = Pipeline.from_names(("segment.v1", "entities.v1", "actors.v1"))
    # per article: the actors (name, type, mentions, main?) and the rows of each actor
    actors: dict[str, list[dict]] = {}
    rows: dict[str, dict[tuple[str, int], RoleRows]] = {"actor": {}}
    for n, aid in enumerate(used, 1):
        art = articles[aid]
        doc = pipeline.run(Document(text=art.text, meta=ArticleInput(text=art.text, source=aid), language="en"))
        if _sentences(doc) != [tuple(s) for s in art.sentences]:
            print(f"{aid}: the pipeline's sentences differ from the cached ones", flush=True)
        chosen = set(main_actors(doc.actors, art.text, doc.parsed))  # the actors roles.v1 casts
        actors[aid] = [{"name": a.name, "type": a.type, "code": a.code, "country": a.country,
                        "mentions": [(m.start, m.end) for m in a.mentions], "main": i in chosen}
                       for i, a in enumerate(doc.actors)]
        for i, a in enumerate(actors[aid]):
            ms = a["mentions"]
            if ms:
                rows["actor"][(aid, i)] = entity_rows(art.text, art.sentences, art.vectors, doc.parsed, ms,
                                                      ms[:MAX_MENTIONS_SCORED])
        art.parsed = doc.parsed  # type: ignore[attr-defined]
        if n % 20 == 0:
            print(f"{n}/{len(used)} articles, {time.time() - t:.0f} s", flush=True)
    match: list[int | None] = []
    rows["actor_at_gold"], rows["surface_at_gold"] = {}, {}
    for k, m in enumerate(mentions):
        art = articles[m.article]
        span = (m.start, m.end)
        best, best_ov, best_m = None, 0, None
        for i, a in enumerate(actors[m.article]):
            for ms in a["mentions"]:
                ov = overlap(ms, span)
                if ov > best_ov:
                    best, best_ov, best_m = i, ov, ms
        match.append(best)
        rows["surface_at_gold"][k] = entity_rows(art.text, art.sentences, art.vectors, art.parsed,
                                                 surface_mentions(art.text, m.start, m.end), [span])
        if best is not None:
            ms = actors[m.article][best]["mentions"]
            rows["actor_at_gold"][k] = entity_rows(art.text, art.sentences, art.vectors, art.parsed, ms, [best_m])
    with out.open("wb") as f:
        pickle.dump({"mentions": mentions, "match": match, "actors": actors, "rows": rows}, f)
    print(f"{len(mentions)} gold mentions, {sum(x is not None for x in match)} matched, {time.time() - t:.0f} s")


if __name__ == "__main__":
    main()
