"""Round 21 (narr21): variant `coarsesim` (scripts/narr21/RULE.md) offered to the inner CV of a fully nested run beside
the shipped rule: the narratives' lift reads the sub-narrative classifiers refitted with the label similarities
(round 20's `subsim`, w 0.05 or 0.1; scripts/narr21/subsim_cache.py), so the coarse decision changes; the
sub-narratives reported are decoded from the SHIPPED sub-narrative probabilities with the shipped rule's fine ratio
and fine threshold, under the narratives the new coarse decision keeps. Through round 20's harness
(scripts/narr20/decode20.py with FIXED=1 over scripts/narr19/decode.py and scripts/narr18/decode.py): the shipped
grid chosen by the inner objective (coarse + fine samples-F1 on the inner out-of-fold rows), then w taken only when
the inner objective rises; the outer test articles score; fine counted as the official scorer counts it (asserted
per outer fold against training/semeval2025.py:_fine_f1). Per-article rows saved for scripts/narr16/pooled.py.
Usage: python scripts/narr21/decode21.py CACHE.pkl REFIT.pkl OUT.npz"""

import importlib.util
import os
import pickle
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def coarse_only(prepare):
    """narr19's prepare, with the sub-narratives of every ("G", w) key taken from the shipped classifiers."""

    def wrapped(arrays, refit):
        p = prepare(arrays, refit)
        for key in list(p.fine):
            if key[1] is not None and key[1][0] == "G":
                p.fine[key] = p.fine[(key[0], None)]
        return p

    return wrapped


def main():
    cache, refit, out = sys.argv[1], sys.argv[2], sys.argv[3]
    sys.path.insert(0, str(HERE.parent / "narr20"))
    d20 = load("narr20_decode20", HERE.parent / "narr20" / "decode20.py")
    found = pickle.loads(Path(refit).read_bytes())
    for fold in found:
        fold["inner"] = [{k: v for k, v in d.items() if k == "none" or k[0] == "subsim"} for d in fold["inner"]]
        fold["outer"] = {k: v for k, v in fold["outer"].items() if k == "none" or k[0] == "subsim"}
    with tempfile.NamedTemporaryFile(suffix="_coarsesim.pkl", dir="/tmp/narr21", delete=False) as f:
        f.write(pickle.dumps(found))
    os.environ["SENTEV"] = f.name
    module = load("narr19_decode", HERE.parent / "narr19" / "decode.py")
    module.D.choose = d20.fixed_choose(module.D)
    module.prepare = coarse_only(module.prepare)
    sys.argv = [sys.argv[0], cache, out]
    module.main()
    os.unlink(f.name)


if __name__ == "__main__":
    main()
