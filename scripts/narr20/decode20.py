"""Round 20 (narr20): one variant of scripts/narr20/subfeat_cache.py (maxpool or subsim) offered to the inner CV of a
fully nested run beside the shipped rule, through round 19's harness (scripts/narr19/decode.py over round 18's
scripts/narr18/decode.py: the shipped grid chosen by the inner objective, coarse + fine samples-F1 on the inner
out-of-fold rows; then, its coarse, cue and Other settings fixed, (the variant's weight, fine ratio, fine threshold)
taken only when the inner objective rises; the narratives' lift reads the refitted sub-narrative classifiers, so
coarse is rescored; the outer test articles score). Per-article rows saved for scripts/narr16/pooled.py.
Usage: VARIANT=maxpool|subsim python scripts/narr20/decode20.py CACHE.pkl REFIT.pkl OUT.npz"""
import importlib.util
import os
import pickle
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    cache, refit, out = sys.argv[1], sys.argv[2], sys.argv[3]
    variant = os.environ["VARIANT"]
    found = pickle.loads(Path(refit).read_bytes())

    def keep(d):
        return {k: v for k, v in d.items() if k == "none" or k[0] == variant}

    for fold in found:
        fold["inner"] = [keep(d) for d in fold["inner"]]
        fold["outer"] = keep(fold["outer"])
    with tempfile.NamedTemporaryFile(suffix=f"_{variant}.pkl", dir="/tmp/narr20", delete=False) as f:
        f.write(pickle.dumps(found))
    os.environ["SENTEV"] = f.name
    spec = importlib.util.spec_from_file_location("narr19_decode", HERE.parent / "narr19" / "decode.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(f"variant {variant}: inner within-narrative AUC per outer fold "
          + "; ".join(" ".join(f"{k if k == 'none' else k[1]}:{v:.3f}" for k, v in fold["inner_auc"].items()
                               if k == "none" or k[0] == variant) for fold in found), flush=True)
    sys.argv = [sys.argv[0], cache, out]
    module.main()
    os.unlink(f.name)


if __name__ == "__main__":
    main()
