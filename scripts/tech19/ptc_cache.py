"""Round 19 (docs/EVALUATION.md, "Techniques, round 19"): the tagger's scores and the sentence vectors of the 87
English validation articles read in PTC's own format (``ptc_semeval2020_task11/{train,dev}-articles``: one sentence
per line, the format of `spinscope predict ptc` and of the hidden PTC test), computed once for
``ptc_harness.py``. Same cut as `predict ptc` (``cli.train._document``: lines are paragraphs).

    python scripts/tech19/ptc_cache.py --out /tmp/tech19/ptc_val       # scores.pkl + sent.npz, about 10 min
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import numpy as np

from spinscope.cli.train import _document
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import shared_sentence_encoder

PTC = Path(__file__).resolve().parents[3] / "shared" / "data" / "ptc_semeval2020_task11"


def ptc_text(aid: str) -> str:
    for folder in ("train-articles", "dev-articles"):
        path = PTC / folder / f"article{aid}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise SystemExit(f"article {aid} is in neither PTC folder")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids", type=Path, default=Path("/tmp/tech16/val_scores.pkl"), help="a cache naming the ids")
    ap.add_argument("--out", type=Path, default=Path("/tmp/tech19/ptc_val"))
    args = ap.parse_args()
    ids = list(pickle.loads(args.ids.read_bytes())["val_ids"])  # round 16's cache, written by this project
    component = TechniqueSpans(sentence_head=False)
    tagger = component.tagger
    assert tagger is not None
    real = tagger.score
    seen: dict[str, object] = {}

    def record(text: str, paragraphs: object) -> object:
        seen["scores"] = real(text, paragraphs)  # type: ignore[arg-type]
        return seen["scores"]

    tagger.score = record  # type: ignore[method-assign]
    encoder = shared_sentence_encoder()
    scores, vectors = {}, {}
    for n, aid in enumerate(ids):
        text = ptc_text(aid)
        doc = component(_document(text))
        scores[aid] = seen["scores"]
        sentences = [(s.start, s.end) for s in doc.sentences if text[s.start:s.end].strip()]
        vectors[aid] = np.asarray(encoder.encode([text[s:e] for s, e in sentences]), dtype=np.float32)
        if n % 10 == 0:
            print(n, flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scores.pkl").write_bytes(pickle.dumps({"val_ids": ids, "scores": scores}))
    np.savez(args.out / "sent.npz", **vectors)


if __name__ == "__main__":
    main()
