"""Embed every cut paragraph of the fr/ge/it/po/ru SemEval-2023 articles and the title and first paragraph of the
English ones into /tmp/ml19/shards (round 15: the cache folders of rounds 4-10 were gone): worker W of N (arguments
1 and 2; round 15 ran two), a random sample of every article's paragraphs at any stopping point (round-robin over
articles, as scripts/ml9/embed.py), resumable (skips what /tmp/ml19/shards holds), and skipping what another
helper's run over the same cut paragraphs (/tmp/genre15/shards) already holds. Then scripts/ml19/cache_final.py.

    PYTHONPATH=src nice -n 10 python scripts/ml19/embed.py 0 2 &
    PYTHONPATH=src nice -n 10 python scripts/ml19/embed.py 1 2
"""
import contextlib
import glob
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, text_key

W, N = int(sys.argv[1]), int(sys.argv[2])
OUT = "/tmp/ml19/shards"


def keys_in(pattern: str) -> set[str]:
    """The keys of every readable shard matching the pattern."""
    keys: set[str] = set()
    for f in glob.glob(pattern):
        with contextlib.suppress(Exception):  # a shard another run is still writing
            keys.update(np.load(f)["keys"].tolist())
    return keys


done = keys_in(f"{OUT}/*.npz")
per_article = []
for lang in ["po", "fr", "ge", "it", "ru", "en"]:
    seen: dict[str, str] = {}
    for f in sorted(glob.glob(f"/work/shared/data/semeval2023_task3/{lang}/train-articles-subtask-*/*.txt")):
        seen.setdefault(os.path.basename(f), Path(f).read_text(encoding="utf-8"))
    for name, text in seen.items():
        lines = [x for x in text.split("\n") if x.strip()]
        todo = []
        for x in lines[:2] if lang == "en" else lines:  # English: title and first paragraph, as the committed heads
            c = cut_paragraph(x)
            if c and text_key(c) not in done:
                done.add(text_key(c))
                todo.append(c)
        random.Random(name + lang).shuffle(todo)  # any stopping point leaves a random sample of each article
        per_article.append(todo)
random.Random(9).shuffle(per_article)
queue = [t[r] for r in range(max(map(len, per_article))) for t in per_article if r < len(t)][W::N]
print("todo", len(queue), flush=True)
enc = Encoder()
t0 = time.time()
for s in range(0, len(queue), 128):
    skip = keys_in("/tmp/genre15/shards/*.npz")
    chunk = [c for c in queue[s:s + 128] if text_key(c) not in skip]
    if not chunk:
        continue
    v = enc.encode(chunk)
    np.savez(f"{OUT}/q{W}_{s:06d}.npz", keys=np.array([text_key(c) for c in chunk]), vecs=v)
    print(s + len(chunk), round(time.time() - t0), flush=True)
