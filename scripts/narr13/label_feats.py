"""Round 13 (narr13): per article, for each taxonomy label (narratives and sub-narratives), the cosine of its
closest sentence and the mean of its three closest to the label's embedded name (components/narratives.py,
narrative_dense with label_weight 1), saved as {article id: features} for narr_nested.py.
Usage: python scripts/narr13/label_feats.py OUT.npz"""
import sys
from pathlib import Path

import numpy as np

from spinscope.components.narratives import narrative_dense
from spinscope.training import semeval2025 as S

arts_all, _ = S.load_task(Path("/work/shared/data"))
arts = [a for a in arts_all.values() if a.narratives]
S.embed(arts, cache=Path("/tmp/semeval2025-cache"))
labels = S.label_vectors()
feats = np.stack([narrative_dense(a.vectors, labels, 1.0)[a.vectors.shape[1]:] for a in arts])
np.savez(sys.argv[1], ids=np.array([a.id for a in arts]), feats=feats.astype(np.float32))
print(feats.shape)
