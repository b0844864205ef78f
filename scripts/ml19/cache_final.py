"""The one-file cache of round 15 (docs/EVALUATION.md, "Multilingual, round 15"): the vectors of every cut paragraph
of every fr/ge/it/po/ru SemEval-2023 article and of the title and first paragraph of every English one (as the
committed heads were trained), taken from the shard folders given (scripts/ml19/embed.py's /tmp/ml19/shards and
another helper's run over the same cut paragraphs), written to OUT/semeval2023.npz {keys, vecs}.

    python scripts/ml19/cache_final.py OUT SHARDS [SHARDS ...]
"""
import glob
import sys
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import cut_paragraph, text_key

out, folders = sys.argv[1], sys.argv[2:]
need = set()
for lang in ("po", "fr", "ge", "it", "ru", "en"):
    for f in sorted(glob.glob(f"/work/shared/data/semeval2023_task3/{lang}/train-articles-subtask-*/*.txt")):
        lines = [x for x in Path(f).read_text(encoding="utf-8").split("\n") if x.strip()]
        for x in lines[:2] if lang == "en" else lines:
            c = cut_paragraph(x)
            if c:
                need.add(text_key(c))
cache = {}
for f in [p for folder in folders for p in sorted(glob.glob(f"{folder}/*.npz"))]:
    d = np.load(f)
    for k, v in zip(d["keys"].tolist(), d["vecs"], strict=True):
        if k in need and k not in cache:
            cache[k] = v
keys = sorted(cache)
np.savez(f"{out}/semeval2023.npz", keys=np.array(keys), vecs=np.stack([cache[k] for k in keys]))
print(f"{len(keys)} of {len(need)} paragraphs")
