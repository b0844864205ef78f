"""Round-16 technique (ST3) experiment, lever (b) (docs/EVALUATION.md, "Multilingual, round 16"): the rest of a
long paragraph. Each paragraph longer than the 300-character cut gets its **second piece** (the text after the cut,
cut again: scripts/ml21/embed.py) embedded; scripts/ml19/st3_shape.py's cross-fitted estimate (outer folds by
article, seed 8, over all fr/de/it/pl/ru articles; English always in training; C = 0.001; one threshold chosen for
outer fold f on the other folds' rows; paired bootstrap of the change per language) compares the committed recipe
with it extended by

- ``restpl``: the second piece's vector in a Polish slot (zeros for a paragraph that is not cut, for every other
  language, and where the piece was not embedded), so that only Polish articles would pay for it at run time;
- ``poolpl``: a cut Polish paragraph's vector replaced by the normalised mean of its first and second pieces (no
  new weights; the other languages' rows unchanged);
- ``restpl64``: ``restpl`` through ``langxp``'s 64 principal components (fewer weights);
- ``rest``: the second piece's vector for every language (only meaningful once the other languages' pieces are
  embedded; a paragraph whose piece is missing reads zeros).

    python scripts/ml21/st3_rest.py --build --caches /tmp/ml21/shards --store /tmp/ml21/items.pkl \
        --probs /tmp/ml21/p --recipes base,restpl,poolpl [--outer-seed 9] [--json OUT]

--build reads the cache as it is then into the store (the training command's loader; the keys kept beside it);
without it the store is read again.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml9"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ml19"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import arg, load_items, outer_folds
from embed import second_piece
from st3_shape import LANGS, cross_fitted, decide, paired, score

from spinscope.components.multilingual import cut_paragraph, features, text_key
from spinscope.training.data import TECHNIQUES, load_semeval2023, paragraph_lines
from spinscope.training.multilingual import LANGXP_COMPONENTS, load_cache, paragraph_projection

BASE = "paragraph+mean+langxp+pshape"
FOLDER = {"fr": "fr", "de": "ge", "it": "it", "pl": "po", "ru": "ru"}


def attach_rest(items: list[Any], base_cache: dict[str, np.ndarray], rest_cache: dict[str, np.ndarray]) -> None:
    """``it.rest`` (rows, 384) and ``it.has_rest`` (rows,): each kept paragraph's second-piece vector (zeros when
    it is not cut or its piece is not embedded), the rows as the loader kept them (cut text in the cache)."""
    by_lang: dict[str, dict[str, Any]] = {}
    for it in items:
        if it.language not in FOLDER:
            continue
        if it.language not in by_lang:
            by_lang[it.language] = load_semeval2023(Path("/work/shared/data"), language=FOLDER[it.language])
        art = by_lang[it.language][it.id]
        texts = [art.text[p.start:p.end] for p in paragraph_lines(art.text)]
        kept = [t for t in texts if cut_paragraph(t) and text_key(cut_paragraph(t)) in base_cache]
        assert len(kept) == len(it.vectors.paragraphs), (it.language, it.id)
        rest = np.zeros((len(kept), 384), dtype=np.float32)
        has = np.zeros(len(kept), dtype=bool)
        for r, t in enumerate(kept):
            piece = second_piece(t)
            if piece and text_key(piece) in rest_cache:
                rest[r], has[r] = rest_cache[text_key(piece)], True
        it.rest, it.has_rest = rest, has


def rows(items: list[Any], variant: str, proj: Any) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    xs, ys, gs, ls = [], [], [], []
    for it in items:
        v = it.vectors
        rest = getattr(it, "rest", np.zeros((len(v.paragraphs), 384), dtype=np.float32))
        has = getattr(it, "has_rest", np.zeros(len(v.paragraphs), dtype=bool))
        if variant == "poolpl" and it.language == "pl" and has.any():
            p = v.paragraphs.copy()
            pooled = p[has] + rest[has]
            p[has] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
            saved = v.paragraphs
            v.paragraphs = p
            x = features(BASE, v, proj)
            v.paragraphs = saved
        else:
            x = features(BASE, v, proj)
        if variant == "restpl":
            x = np.hstack([x, rest * (it.language == "pl")])
        elif variant == "rest":
            x = np.hstack([x, rest])
        elif variant == "restpl64":  # the piece's first 64 principal components (langxp's), in a Polish slot
            low = (rest - proj[0]) @ proj[1] * has[:, None]
            x = np.hstack([x, low * (it.language == "pl")])
        for _, row, labels in it.paragraphs:
            xs.append(x[row])
            ys.append([t in labels for t in TECHNIQUES])
            gs.append(f"{it.language}:{it.id}")
            ls.append(it.language)
    return np.stack(xs), np.array(ys, dtype=bool), gs, np.array(ls)


def main() -> None:
    import pickle

    from spinscope.training.multilingual import Encoder, load_items_2023

    store = Path(arg("--store") or "/tmp/ml21/items.pkl")
    keys_path = store.with_suffix(".keys.npy")
    if "--build" in sys.argv or not store.is_file():  # the cache as it is now, its keys kept beside the store
        base_cache = load_cache([Path(c) for c in (arg("--caches") or "/tmp/ml21/shards").split(",")])
        print(f"cache: {len(base_cache)} vectors", file=sys.stderr, flush=True)
        items = load_items_2023(Path("/work/shared/data"), Encoder(base_cache), cache_only=True)
        store.write_bytes(pickle.dumps(items))
        np.save(keys_path, np.array(sorted(base_cache)))
    else:
        items = load_items(None, str(store))
    known = set(np.load(keys_path).tolist())
    base_cache = {k: np.zeros(0) for k in known}  # only the keys are read
    items = [it for it in items if it.paragraphs]
    attach_rest(items, base_cache, load_cache(Path(arg("--rest") or "/tmp/ml21/rest")))
    for la in LANGS:
        n = sum(len(it.paragraphs) for it in items if it.language == la)
        h = sum(int(it.has_rest[[r for _, r, _ in it.paragraphs]].sum()) for it in items if it.language == la)
        print(f"{la}: {n} labelled paragraphs, {h} with a second piece", file=sys.stderr, flush=True)
    proj = paragraph_projection(items, LANGXP_COMPONENTS)
    out: dict[str, Any] = {}
    first: np.ndarray | None = None
    for variant in (arg("--recipes") or "base,restpl,poolpl").split(","):
        x, y, groups, langs = rows(items, variant, proj)
        outer = outer_folds(groups, int(arg("--outer-seed") or 8))
        outer[~np.isin(langs, LANGS)] = -1
        path = Path(f"{arg('--probs') or '/tmp/ml21/p'}_{variant}_s{arg('--outer-seed') or 8}.npy")
        probs = np.load(path) if path.is_file() else cross_fitted(x, y, outer)
        np.save(path, probs)
        pred = decide(probs, y, langs, outer, "global")
        r = score(y, pred, groups, langs)
        if first is None:
            first = pred
        else:
            r["paired"] = paired(y, first, pred, groups, langs)
            print("  change against the first: " + " ".join(
                f"{k} {v['change']:+.3f} [{v['lo']:+.3f},{v['hi']:+.3f}]" for k, v in r["paired"].items()), flush=True)
        out[variant] = r
        print(f"{variant}: rows {len(x)} mean {r['mean']:.3f} " + " ".join(
            f"{la} {r['per_language'][la]['score']:.3f} [{r['per_language'][la]['lo']:.2f}-"
            f"{r['per_language'][la]['hi']:.2f}]" for la in LANGS), flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(out, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
