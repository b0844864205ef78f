"""After the decision, chooses nothing (docs/EVALUATION.md, "Check-worthiness, round 18"): dev-test predictions of
the shipped mixture (as `spinscope predict checkworthy` computes it, checked equal) and, for the record, of
candidate M-add (the mpnet head fitted as in ev18.py; threshold 0.39, the committed rule's on all of group 6):
$CW18/ct_shipped.out and $CW18/ct_madd.out, for ../shared/eval/score.py checkworthy."""
import numpy as np
from base18 import MPNET, OUT18, PATH, sample, texts, y
from common import D
from sentence_transformers import SentenceTransformer

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities, load_claim_model, style_features
from spinscope.components.claims_adapter import (
    e5_head_features,
    ensemble_probabilities,
    load_adapters,
    load_e5_head,
    with_adapter,
)
from spinscope.training.claims import CHECKTHAT_FILES, _cached_linguistic, read_checkthat
from spinscope.training.claims_finetune import fit_e5_head

rows = read_checkthat(D / CHECKTHAT_FILES["dev-test"])
dt = [r.text for r in rows]
_, config = load_claim_model(MODEL_DIR)
probs = checkworthy_probabilities(dt, model_dir=MODEL_DIR)
shipped, threshold = with_adapter(dt, probs, float(config["threshold"]), MODEL_DIR)
mixed = 0.5 * probs + 0.5 * ensemble_probabilities(load_adapters(MODEL_DIR), dt)
feats = e5_head_features(dt)
e5 = load_e5_head(MODEL_DIR).predict(feats)
assert np.allclose((2 / 3) * mixed + e5 / 3, shipped), "reconstruction differs from predict checkworthy"
extra = np.hstack([style_features(texts), _cached_linguistic(PATH, texts, print)])
head = fit_e5_head(np.hstack([np.load(OUT18 / "mpnet-sample.npy"), extra[sample]]), y[sample], seed=20240)
vec = SentenceTransformer(str(MPNET), device="cpu").encode(dt, batch_size=32, normalize_embeddings=True)
mp = head.predict(np.hstack([vec, feats[:, 384:]]))
madd = (2 / 3) * mixed + (e5 + mp) / 6
for name, p, t in (("shipped", shipped, threshold), ("madd", madd, 0.39)):
    with (OUT18 / f"ct_{name}.out").open("w") as fh:
        fh.write("Sentence_id\tclass_label\n")
        fh.writelines(f"{r.sentence_id}\t{'Yes' if v >= t else 'No'}\n" for r, v in zip(rows, p, strict=True))
    print(name, t, int((p >= t).sum()), flush=True)
