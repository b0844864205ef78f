"""Round 10: the English technique tagger's paragraph scores on the labelled paragraphs of the fr/de/it/pl/ru
SemEval-2023 articles (no translation: the tagger reads the foreign text as it is), for scripts/ml10/st3.py
(--extra, or the 'stack+en' rule). Writes an npz with keys ('lang:id:number') and x (head probabilities and
max-word probabilities, 2 x 23 columns); stops after MAXMIN minutes (argument 2) and resumes from the file.

    PYTHONPATH=src nice -n 10 python scripts/ml10/en_tagger.py /tmp/ml10/en_tagger.npz 20
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import SEMEVAL_LANGUAGE_CODES
from spinscope.components.persuasion_models import TechniqueTagger
from spinscope.training.data import load_semeval2023, paragraph_lines

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ml10/en_tagger.npz")
MAXMIN = float(sys.argv[2]) if len(sys.argv) > 2 else 20
DATA = Path("../shared/data")

done: dict[str, np.ndarray] = {}
if OUT.is_file():
    d = np.load(OUT)
    done = dict(zip(d["keys"].tolist(), d["x"], strict=True))
tagger = TechniqueTagger()
print("labels", len(tagger.labels), "done", len(done), flush=True)
t0 = time.time()
stop = False
for lang in ("fr", "ge", "it", "po", "ru"):
    code = SEMEVAL_LANGUAGE_CODES[lang]
    for aid, art in sorted(load_semeval2023(DATA, language=lang).items()):
        if art.paragraph_labels is None:
            continue
        lines = [ln for ln in paragraph_lines(art.text) if ln.number in art.paragraph_labels
                 and f"{code}:{aid}:{ln.number}" not in done]
        if not lines:
            continue
        scores = tagger.score(art.text, [(ln.start, ln.end) for ln in lines])
        for ln, s in zip(lines, scores, strict=True):
            done[f"{code}:{aid}:{ln.number}"] = np.concatenate([s.head_probs, s.token_max]).astype(np.float32)
        if time.time() - t0 > MAXMIN * 60:
            stop = True
            break
    print(lang, len(done), round(time.time() - t0), flush=True)
    if stop:
        print("stopped at time limit", flush=True)
        break
OUT.parent.mkdir(parents=True, exist_ok=True)
keys = sorted(done)
np.savez(OUT, keys=np.array(keys), x=np.stack([done[k] for k in keys]))
print("wrote", OUT, len(keys), flush=True)
