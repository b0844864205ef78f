"""Round 22: finish round 16's cache (copied from /tmp/ml21 to /tmp/ml22): every cut paragraph a retrain
needs; the fr/ge/it/ru second pieces are left out. Round 16's docstring follows.

Embed what round 16's two experiments need (docs/EVALUATION.md, "Multilingual, round 16"), Polish first: the
caches of earlier rounds were gone and the shared cores gave about 2.5 vectors a second, so the order is

  1. every cut paragraph of the Polish SemEval-2023 training articles, then the **second piece** of every Polish
     paragraph longer than the cut (the text after ``cut_paragraph``, stripped and cut again: lever (b));
  2. every cut paragraph of the fr/ge/it/ru articles and the title and first paragraph of the English ones (as
     the committed heads were trained), round-robin over articles (any stopping point leaves a random sample of
     each article, as scripts/ml19/embed.py);
  3. the second pieces of the fr/ge/it/ru paragraphs, round-robin likewise.

Cut paragraphs go to /tmp/ml21/shards, second pieces to /tmp/ml21/rest (npz {keys, vecs}, keyed by text_key of
the embedded text); resumable (skips what both folders hold).

    PYTHONPATH=src OMP_NUM_THREADS=2 nice -n 10 python scripts/ml21/embed.py
"""
import contextlib
import glob
import os
import random
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, text_key

BASE, REST = "/tmp/ml22/shards", "/tmp/ml22/rest"


def second_piece(text: str) -> str:
    """The paragraph's second piece: what follows its cut, cut again ('' when the paragraph is not cut)."""
    text = text.strip()
    return cut_paragraph(text[len(cut_paragraph(text)):])


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


def round_robin(langs: list[str], piece: str, done: set[str]) -> list[tuple[str, str]]:
    """(folder, text) over the languages' articles, round-robin over articles."""
    per_article = []
    for lang in langs:
        for name, text in articles(lang).items():
            lines = [x for x in text.split("\n") if x.strip()]
            todo = []
            for x in lines[:2] if lang == "en" else lines:  # English: title and first paragraph
                c = cut_paragraph(x) if piece == "base" else second_piece(x)
                if c and text_key(c) not in done:
                    done.add(text_key(c))
                    todo.append((BASE if piece == "base" else REST, c))
            random.Random(name + lang + piece).shuffle(todo)
            per_article.append(todo)
    random.Random(16).shuffle(per_article)
    return [t[r] for r in range(max(map(len, per_article), default=0)) for t in per_article if r < len(t)]


if __name__ == "__main__":
    os.makedirs(BASE, exist_ok=True)
    os.makedirs(REST, exist_ok=True)
    done = keys_in(f"{BASE}/*.npz") | keys_in(f"{REST}/*.npz")
    queue = (round_robin(["po"], "base", done) + round_robin(["po"], "rest", done)
             + round_robin(["fr", "ge", "it", "ru", "en"], "base", done))
    print("todo", len(queue), flush=True)
    enc = Encoder()
    t0, stamp = time.time(), time.strftime("%H%M%S")
    for s in range(0, len(queue), 64):
        chunk = queue[s:s + 64]
        for folder in (BASE, REST):
            texts = [c for f, c in chunk if f == folder]
            if texts:
                np.savez(f"{folder}/{stamp}_{s:06d}.npz", keys=np.array([text_key(c) for c in texts]),
                         vecs=enc.encode(texts))
        print(s + len(chunk), round(time.time() - t0), flush=True)
