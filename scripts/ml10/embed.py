"""Embed the paragraphs of the fr/de/it/ru SemEval-2023 training articles that no cache folder holds yet (round 10:
the remainder round 9 left), into /work/wt/cache_multi/shards_ml10: the same order as round 9 (articles shuffled,
round-robin, each one's paragraphs shuffled), a shard every 128 paragraphs, stop after MAXMIN minutes (argument 1,
default 25); resumable (skips every key any shards* folder holds). Run from the project root with PYTHONPATH=src."""
import glob
import os
import random
import sys
import time

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, text_key

MAXMIN = float(sys.argv[1]) if len(sys.argv) > 1 else 25
OUT = "/work/wt/cache_multi/shards_ml10"
done = set()
for f in glob.glob("/work/wt/cache_multi/shards*/*.npz"):
    done.update(np.load(f)["keys"].tolist())
D23 = "/work/shared/data/semeval2023_task3"
arts = []
for l in ["fr", "ge", "it", "ru"]:
    seen = {}
    for f in sorted(glob.glob(f"{D23}/{l}/train-articles-subtask-*/*.txt")):
        seen.setdefault(os.path.basename(f), open(f, encoding="utf-8").read())
    arts += [(l, n, t) for n, t in seen.items()]
random.Random(9).shuffle(arts)
per_article = []
for l, n, t in arts:
    todo = []
    for x in t.split("\n"):
        c = cut_paragraph(x)
        k = text_key(c) if c else None
        if c and k not in done:
            done.add(k); todo.append(c)
    random.Random(n + l).shuffle(todo)  # a random sample of each article's paragraphs at any stopping point
    per_article.append(todo)
queue = [todo[r] for r in range(max(map(len, per_article))) for todo in per_article if r < len(todo)]
print("todo", len(queue), flush=True)
enc = Encoder()
t0 = time.time()
for s in range(0, len(queue), 128):
    chunk = queue[s:s + 128]
    v = enc.encode(chunk)
    np.savez(f"{OUT}/ml10_{int(time.time()*1000)}.npz", keys=np.array([text_key(c) for c in chunk]), vecs=v)
    print(s + len(chunk), round(time.time() - t0), flush=True)
    if time.time() - t0 > MAXMIN * 60:
        print("stopped at time limit", flush=True); break
