"""Round 11 (roles11): the role model's feature rows of the 560 English subtask-1 mentions, built as
`spinscope train roles` builds them (`role_rows` over the segment.v1 parse), with the code first on PYTHONPATH.

Usage: python scripts/roles11/build_rows.py OUT.pkl [DATA_DIR] [EMBEDDING_CACHE]
(DATA_DIR defaults to ../shared/data, EMBEDDING_CACHE to /tmp/semeval2025-cache, the cache of `train roles --cache`).
Writes {"rows": RoleRows, "mentions": [Mention]} for scripts/roles11/folds.py.
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from spinscope.components.semeval2025 import MAIN_ROLES
from spinscope.training import semeval2025 as S


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
    with out.open("wb") as f:
        pickle.dump({"rows": rows, "mentions": mentions}, f)
    print(f"rows {len(rows)} in {time.time() - t:.0f} s -> {out}")


if __name__ == "__main__":
    main()
