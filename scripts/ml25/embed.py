"""Round 25 (a copy of scripts/ml24/embed.py, cache folder /tmp/ml25/shards: the caches of round 24 were gone):
embed every cut paragraph of the fr/ge/it/po/ru SemEval-2023 training articles (the paragraphs of
each article's lead first: the genre lever reads the lead vector), then the title and
first paragraph of the English ones (as the committed heads were trained), round-robin over articles so that a
stopped run leaves a random sample of each article (as scripts/ml19/embed.py). The caches of rounds 15-23 were gone.

Writes npz shards {keys, vecs} keyed by text_key to /tmp/ml25/shards; resumable (skips what the folder holds).

    PYTHONPATH=src OMP_NUM_THREADS=1 nice -n 10 python scripts/ml25/embed.py [WORKER N]

With WORKER N (e.g. 0 2 and 1 2, run side by side) a worker takes every N-th chunk of 32 of the queue.
"""
import contextlib
import glob
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, lead_count, text_key

BASE = "/tmp/ml25/shards"


def keys_in(pattern: str) -> set[str]:
    keys: set[str] = set()
    for f in glob.glob(pattern):
        with contextlib.suppress(Exception):
            keys.update(np.load(f)["keys"].tolist())
    return keys


def articles(lang: str) -> dict[str, str]:
    seen: dict[str, str] = {}
    for f in sorted(glob.glob(f"/work/shared/data/semeval2023_task3/{lang}/train-articles-subtask-*/*.txt")):
        seen.setdefault(os.path.basename(f), Path(f).read_text(encoding="utf-8"))
    return seen


def round_robin(langs: list[str], done: set[str], part: str = "all") -> list[str]:
    """Cut paragraphs over the languages' articles, round-robin over articles; ``part`` "lead": only the paragraphs
    of each article's lead (lead_count: title and opening up to 700 characters), "all": every paragraph."""
    per_article = []
    for lang in langs:
        for name, text in articles(lang).items():
            lines = [x for x in text.split("\n") if x.strip()]
            if part == "lead":
                lines = lines[:lead_count(lines)]
            todo = []
            for x in lines[:2] if lang == "en" else lines:  # English: title and first paragraph
                c = cut_paragraph(x)
                if c and text_key(c) not in done:
                    done.add(text_key(c))
                    todo.append(c)
            random.Random(name + lang).shuffle(todo)
            per_article.append(todo)
    random.Random(24).shuffle(per_article)
    return [t[r] for r in range(max(map(len, per_article), default=0)) for t in per_article if r < len(t)]


if __name__ == "__main__":
    os.makedirs(BASE, exist_ok=True)
    done = keys_in(f"{BASE}/*.npz")
    five = ["fr", "ge", "it", "po", "ru"]  # the leads first (a stopped run still has every article's lead vector)
    queue = round_robin(five, done, "lead") + round_robin(five, done) + round_robin(["en"], done)
    print("todo", len(queue), flush=True)
    enc = Encoder()
    t0, stamp = time.time(), time.strftime("%H%M%S")
    worker, workers = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (0, 1)
    for s in range(32 * worker, len(queue), 32 * workers):
        chunk = queue[s:s + 32]
        np.savez(f"{BASE}/{stamp}w{worker}_{s:06d}.npz", keys=np.array([text_key(c) for c in chunk]),
                 vecs=enc.encode(chunk))
        print(s + len(chunk), round(time.time() - t0), flush=True)
