"""MiniLM sentence vectors of the 433 English ST2 articles (round 21's recipe) -> /tmp/frames22/en_minilm.npz."""
import time

import numpy as np

from spinscope.training.articles import shared_sentence_encoder, split_sentences
from spinscope.training.data import FRAMES, load_semeval2023

arts = [a for a in load_semeval2023('../shared/data', language='en').values() if a.frames is not None]
arts.sort(key=lambda a: a.id)
sents, owners, starts = [], [], []
for i, a in enumerate(arts):
    for s, e in split_sentences(a.text):
        sents.append(a.text[s:e])
        owners.append(i)
        starts.append(s)
t = time.time()
print(len(arts), len(sents), flush=True)
V = shared_sentence_encoder().encode(sents)
print('secs', time.time() - t, flush=True)
owners = np.array(owners)
E = np.stack([V[owners == i].mean(0) if (owners == i).any() else np.zeros(V.shape[1]) for i in range(len(arts))])
Y = np.array([[f in a.frames for f in FRAMES] for a in arts], dtype=int)
np.savez('/tmp/frames22/en_minilm.npz', ids=np.array([a.id for a in arts]), E=E.astype(np.float32), Y=Y,
         V=V.astype(np.float32), owners=owners, starts=np.array(starts))
