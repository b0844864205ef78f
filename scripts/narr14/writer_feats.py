"""Round 14 (narr14): features of how an article is written, not what it is about, for the Other classifier:
style (12), stance (7) and writer's voice (8) of components/style.py, and, with --techniques, the persuasion
tagger's mean and max paragraph probabilities per technique (techniques.v1). Saved as an npz of ids and feats for
scripts/narr14/cache_folds.py (EXTRA).
Usage: python scripts/narr14/writer_feats.py OUT.npz [--techniques]"""
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.components.core import Segmenter
from spinscope.components.persuasion import TechniqueSpans, _paragraphs
from spinscope.components.persuasion_models import paragraph_probs
from spinscope.components.style import stance_features, style_features, voice_features
from spinscope.training import semeval2025 as S

DATA = Path("/work/shared/data")


def main():
    arts_all, _ = S.load_task(DATA)
    arts = [a for a in arts_all.values() if a.narratives]
    segmenter = Segmenter()
    tagger = TechniqueSpans() if "--techniques" in sys.argv else None
    out, t0 = {}, time.time()
    for n, a in enumerate(arts, 1):
        doc = segmenter(S.raw_document(a.text))
        sentences = [(s.start, s.end) for s in doc.sentences]
        row = [style_features(a.text, sentences, _paragraphs(doc)), stance_features(a.text, sentences),
               voice_features(a.text, sentences)]
        if tagger is not None:
            tagger(doc)
            source = tagger.tagger.config["paragraph_source"]
            probs = np.array([paragraph_probs(p, source) for p in doc.cache["techniques.scores"]])
            row += [probs.mean(axis=0), probs.max(axis=0)]
        out[a.id] = np.concatenate(row).astype(np.float32)
        if n % 50 == 0:
            print(n, f"{time.time() - t0:.0f} s", flush=True)
    np.savez(sys.argv[1], ids=np.array(list(out)), feats=np.stack(list(out.values())))


if __name__ == "__main__":
    main()
