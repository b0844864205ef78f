"""Embed the paragraphs of the fr/de/it/ru SemEval-2023 training articles that no cache folder holds yet (round 9),
into /work/wt/cache_multi/shards_ml9: articles in a random order, round-robin over articles (each one's paragraphs
shuffled, so that at any stopping point every article has a random sample of its paragraphs), a shard every 256
paragraphs, stop after MAXMIN minutes (argument 1, default 25); resumable (skips every key any shards* folder
holds). Argument 2: the output folder (default shards_ml9); argument 3: paragraphs per shard (default 256). Run from
the project root with PYTHONPATH=src. Round 9 ran it for 24 minutes (2,304 paragraphs) after a first run in plain
article order stopped at 256; round 10 embedded the rest with `python scripts/ml9/embed.py 20
/work/wt/cache_multi/shards_ml10 128`."""
import glob, os, random, sys, time
import numpy as np
from spinscope.components.multilingual import Encoder, cut_paragraph, text_key
MAXMIN = float(sys.argv[1]) if len(sys.argv) > 1 else 25
OUT = sys.argv[2] if len(sys.argv) > 2 else "/work/wt/cache_multi/shards_ml9"
SHARD = int(sys.argv[3]) if len(sys.argv) > 3 else 256
PREFIX = os.path.basename(OUT.rstrip("/")).removeprefix("shards_")
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
for s in range(0, len(queue), SHARD):
    chunk = queue[s:s + SHARD]
    v = enc.encode(chunk)
    np.savez(f"{OUT}/{PREFIX}_{int(time.time()*1000)}.npz", keys=np.array([text_key(c) for c in chunk]), vecs=v)
    print(s + len(chunk), round(time.time() - t0), flush=True)
    if time.time() - t0 > MAXMIN * 60:
        print("stopped at time limit", flush=True); break
