"""Round 26 diagnostic: are group 6's recipe features (MiniLM, spaCy) computed by the code of a given source tree
equal to the ones cached by today's run (scripts/checkworthy_round25/ev25.py)? The style features' code is unchanged
since ca099c2. Usage, with scripts/cw26/env.sh sourced: PYTHONPATH=TREE/src python scripts/cw26/features26.py (TREE:
e.g. `git archive ca099c2 src` unpacked)."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import PATH, latest, texts

import spinscope
from spinscope.components.claims import encode_sentences, linguistic_features, parse_for_features
from spinscope.settings import cache_dir

print("spinscope from", spinscope.__file__, flush=True)
st = PATH.stat()
pre = f"{PATH.stem}-{st.st_size}-{int(st.st_mtime)}-"
held = [texts[i] for i in latest]
now = {"minilm": encode_sentences(held), "spacy": linguistic_features(parse_for_features(held))}
cached = {
    "minilm": np.load(cache_dir() / f"{pre}minilm.npy")[latest],
    "spacy": np.load(cache_dir() / f"{pre}spacy.npy")[latest],
}
for k, v in now.items():
    d = np.abs(np.asarray(v, dtype=np.float64) - cached[k])
    print(k, v.shape, "max abs diff", float(d.max()), "rows differing", int((d.max(axis=1) > 1e-6).sum()), flush=True)
