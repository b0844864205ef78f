import sys, pickle, numpy as np
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.data import load_semeval2023, split_articles, FRAMES
from spinscope.training.articles import embed_articles
en = load_semeval2023(None, language="en")
tr, va = split_articles(en)
tr = [a for a in tr if a.frames is not None]; va = [a for a in va if a.frames is not None]
out = {}
for g, arts in (("train", tr), ("val", va)):
    out[g] = dict(ids=[a.id for a in arts], texts=[a.text for a in arts],
                  Y=np.array([[f in a.frames for f in FRAMES] for a in arts], dtype=int))
    print(g, len(arts), out[g]["Y"].sum(1).mean())
pickle.dump(out, open("/tmp/genre5/frames.pkl", "wb"))
if len(sys.argv) > 1:
    for g, arts in (("train", tr), ("val", va)):
        out[g]["emb"] = embed_articles(arts)
    pickle.dump(out, open("/tmp/genre5/frames.pkl", "wb"))
    print("embedded")
