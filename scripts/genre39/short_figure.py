"""Genre round 39 (issue 15), after both decisions (decides nothing): main's cross-fitted calls on the leads of the
English articles, the short-text figure proposed for the next round's E.

``python scripts/genre39/short_figure.py --work DIR --rules scripts/genre39/E_flat25.jsonl [--sentences 5]``
    Each of the 433 English articles cut to a wire-like lead: its title line dropped, its first ``--sentences``
    body sentences (lines as paragraphs, the rough splitter, as ``predict semeval2023`` reads a file) joined by
    spaces into one paragraph, labelled as its article. For each of round 22's five time blocks, main's recipe is
    fitted on the other four blocks + the five other languages (``scripts/genre38/measure.py``'s harness) and the
    block's leads are called with the temperature and offsets main's run chose for that block (read from the
    ``main`` line of ``--rules``). Prints one JSON line: the leads' figures (plain and news-mix macro-F1,
    reporting recall, confusion) beside the whole articles' (``DIR/held_main.npy``). Figures only.

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from typing import Any

import numpy as np


def _measure() -> Any:
    path = Path(__file__).resolve().parents[1] / "genre38" / "measure.py"
    spec = importlib.util.spec_from_file_location("genre38_measure", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lead(text: str, sentences: int) -> str:
    """``text`` without its title line, cut to its first ``sentences`` body sentences joined into one paragraph."""
    from spinscope.components.persuasion_models import split_sentences
    from spinscope.training.data import paragraph_lines

    found = [
        text[s:e].strip() for line in paragraph_lines(text)[1:] for s, e in split_sentences(text, line.start, line.end)
    ]
    return " ".join(x for x in found[:sentences] if x)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--rules", type=Path, required=True, help="a measure.py output with main's per-block rules")
    parser.add_argument("--sentences", type=int, default=5)
    args = parser.parse_args()
    m38 = _measure()
    g12 = m38.g12
    from spinscope.training.data import Article

    rules = next(
        row["rules"]
        for row in map(json.loads, args.rules.read_text(encoding="utf-8").splitlines())
        if row.get("lever") == "main" and "P" in row and isinstance(row["rules"][0], list)
    )
    h = m38.HarnessFlat(args.work)
    texts = [lead(t, args.sentences) for t in h.d["en"]["texts"]]
    feats = g12.features([Article(id=str(k), text=t) for k, t in enumerate(texts)], "en")
    z_lead, x_lead = h.z(feats, h.raw), h.vec.transform(texts)
    r = m38.recipe("main")
    probs = np.zeros((h.n, 3))
    for v in range(5):
        test, train = np.where(h.g == v)[0], np.where(h.g != v)[0]
        model = h.fit(r, train)
        raw = np.asarray(model.predict_proba(h.design(r, x_lead[test], z_lead[test])))
        t, o = rules[v]
        probs[test] = g12.shift(raw, o, t)
    whole = np.load(args.work / "held_main.npy")
    print(
        json.dumps(
            {
                "sentences": args.sentences,
                "lead_chars_median": int(np.median([len(t) for t in texts])),
                "leads": m38.figures(probs, h.y),
                "whole_articles": m38.figures(whole, h.y),
            }
        )
    )


if __name__ == "__main__":
    main()
