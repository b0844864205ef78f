"""narr51: the lead and mean vectors of every SemEval-2025 subtask-2 article of one language, embedded as
`predict semeval2025 --subtask 2` embeds it (`article_vectors` on all the article's non-blank lines). No label is read.

    python scripts/narr51/embed_mean.py LANG OUT.npz
"""

import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import article_vectors

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2025_task10"


def main(lang: str, out: str) -> None:
    files = sorted((DATA / lang / "raw-documents").glob("*.txt"))
    names, leads, means = [], [], []
    start, cpu = time.time(), time.process_time()
    for n, path in enumerate(files):
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        v = article_vectors(lines)
        names.append(path.name)
        leads.append(v.lead)
        means.append(v.mean)
        if n % 20 == 19 or n == len(files) - 1:
            np.savez(out, names=np.array(names), lead=np.array(leads, dtype=np.float32),
                     mean=np.array(means, dtype=np.float32))
            print(f"{n + 1}/{len(files)} wall {time.time() - start:.1f}s cpu {time.process_time() - cpu:.1f}s",
                  flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
