"""Round 20 (narr20): one variant of scripts/narr20/subfeat_cache.py (maxpool or subsim) offered to the inner CV of a
fully nested run beside the shipped rule, through round 19's harness (scripts/narr19/decode.py over round 18's
scripts/narr18/decode.py: the shipped grid chosen by the inner objective, coarse + fine samples-F1 on the inner
out-of-fold rows; then, its coarse, cue and Other settings fixed, (the variant's weight, fine ratio, fine threshold)
taken only when the inner objective rises; the narratives' lift reads the refitted sub-narrative classifiers, so
coarse is rescored; the outer test articles score). Per-article rows saved for scripts/narr16/pooled.py.
With FIXED=1 (variant maxcalfix, scripts/narr20/RULE.md) the stage-2 choice keeps the shipped rule's fine ratio
and fine threshold: only the option (or none) is chosen.
Usage: VARIANT=maxpool|subsim|maxcal [FIXED=1] python scripts/narr20/decode20.py CACHE.pkl REFIT.pkl OUT.npz"""
import importlib.util
import os
import pickle
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fixed_choose(D):
    """narr18's decode.choose with the shipped fine ratio and threshold held: stage 2 only takes an option."""
    import numpy as np

    S, L = D.S, D.L

    def choose(parts, variant):
        n = sum(len(p.lifted) for p in parts)
        (obj, shipped), _ = L.choose(parts, "base")
        s = {**shipped, "u": None, "fb": None, "per_label": {}}
        best = (obj, s)
        t = int(np.argmin(np.abs(D.TF - s["tf"])))
        assert abs(D.TF[t] - s["tf"]) < 1e-9
        for key in parts[0].fine:
            if key[1] is None or key[0] != s["fine"][0]:
                continue
            kept_key = [D.kept_for(p, s, key) for p in parts]
            cs_key = sum(float(S._row_f1(p.a.gold_coarse, p.a.coarse_missing, S._with_none(k)).sum())
                         for p, k in zip(parts, kept_key, strict=True))
            fs = 0.0
            for p, k in zip(parts, kept_key, strict=True):
                fa = p.fine[key]
                thr = np.full((1, fa.fine.shape[1]), D.TF[t])
                fs += float(D.fine_rows(fa, D.best_under(fa), k, thr, None, None).sum())
            objective = (cs_key + fs) / n
            if objective > best[0] + 1e-9:
                best = (objective, {**s, "fine": key})
        return best, (obj, s)

    return choose


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
    if os.environ.get("FIXED") == "1":
        module.D.choose = fixed_choose(module.D)
    print(f"variant {variant}: inner within-narrative AUC per outer fold "
          + "; ".join(" ".join(f"{k if k == 'none' else k[1]}:{v:.3f}" for k, v in fold["inner_auc"].items()
                               if k == "none" or k[0] == variant) for fold in found), flush=True)
    sys.argv = [sys.argv[0], cache, out]
    module.main()
    os.unlink(f.name)


if __name__ == "__main__":
    main()
