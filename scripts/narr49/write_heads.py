"""narr49: add the Hindi narrative heads fitted by `crossfit.py final` to the packaged multilingual model, every
other head unchanged (written through `training.multilingual.write_model`, as `--only` writes a model; the
existing tensors are checked to read back byte-identical).

    python scripts/narr49/write_heads.py FINAL.npz OUT_DIR
"""

import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from spinscope.components.multilingual import MODEL_DIR, Head, MultilingualModel
from spinscope.training.multilingual import write_model


def main(final: str, out: str) -> None:
    d = np.load(final)
    base = MultilingualModel()
    heads = dict(base.heads)
    for name, w, b, labels, t in (("narratives.hi", d["cw"], d["cb"], d["cl"], d["tc"]),
                                  ("subnarratives.hi", d["fw"], d["fb"], d["fl"], d["tf"])):
        heads[name] = Head(name=name, labels=[str(x) for x in labels], weight=w.astype(np.float32),
                           bias=b.astype(np.float32), recipe="lead", decision="threshold", threshold=float(t),
                           language_thresholds={"hi": float(t)})
    write_model(heads, Path(out))
    old, new = load_file(str(MODEL_DIR / "heads.safetensors")), load_file(str(Path(out) / "heads.safetensors"))
    same = all(k in new and new[k].dtype == v.dtype and new[k].tobytes() == v.tobytes() for k, v in old.items())
    print(f"old tensors byte-identical: {same}; new: {sorted(set(new) - set(old))}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
