"""Round 13 (narr13): the 319 English subtask-2 articles' probabilities under the SemEval-2023 genre (3) and
frames (14) models, as genre.v1 and frames.v1 compute them on the article (the shared MiniLM sentence vectors of
the narrative cache), saved as {article id: 17 floats} for the nested harness (narr_nested.py).
Usage: python scripts/narr13/transfer_feats.py OUT.npz"""
import sys
from pathlib import Path

import numpy as np

from spinscope.components.core import Segmenter
from spinscope.components.persuasion import FrameClassifier, GenreClassifier
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")
arts_all, _ = S.load_task(DATA)
arts = [a for a in arts_all.values() if a.narratives]
S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
segmenter, genre, frames = Segmenter(), GenreClassifier(), FrameClassifier()
out = {}
for n, a in enumerate(arts, 1):
    doc = segmenter(S.raw_document(a.text))
    doc.sentence_vectors = (list(a.sentences), a.vectors)
    out[a.id] = np.concatenate([genre.article_probs(doc), frames.article_probs(doc)]).astype(np.float32)
    if n % 50 == 0:
        print(n, flush=True)
np.savez(sys.argv[1], ids=np.array(list(out)), feats=np.stack(list(out.values())))
print("labels", genre.config["labels"], frames.config["labels"])
