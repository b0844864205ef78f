"""Round 24: the confusion per language (rows gold opinion / reporting / satire, columns predicted) of the
command's choice over each candidate set, per outer draw, from scripts/ml21/genre_writer.py's JSON files.

    python scripts/ml24/confusion.py --store /tmp/ml24/items.pkl --sets ms,msx,msxm ms,msx,msxm,msxml \
        --draws 8=/tmp/ml24/genre_s8.json,9=/tmp/ml24/genre_s9.json,10=/tmp/ml24/genre_s10.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml22"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import arg, load_items, outer_folds
from genre_pool import LANGS, auto

GENRES = ("opinion", "reporting", "satire")


def main() -> None:
    i = sys.argv.index("--sets")
    sets = [s.split(",") for s in sys.argv[i + 1:i + 3]]
    draws = {int(k): json.loads(Path(v).read_text()) for k, v in
             (d.split("=") for d in (arg("--draws") or "").split(","))}
    gold = {f"{it.language}:{it.id}": it.genre for it in load_items(None, arg("--store") or "/tmp/ml24/items.pkl")
            if it.genre}
    for seed, res in draws.items():
        groups = list(res[sets[0][0]]["pred"])
        outer = outer_folds(groups, seed)
        for s in sets:
            pred = auto(res, s, groups, outer)
            for la in LANGS:
                m = np.zeros((3, 3), dtype=int)
                for g, p in zip(groups, pred, strict=True):
                    if g.startswith(la + ":"):
                        m[GENRES.index(gold[g]), GENRES.index(p)] += 1
                print(f"draw {seed} {'+'.join(s)} {la}: {m.tolist()}")


if __name__ == "__main__":
    main()
