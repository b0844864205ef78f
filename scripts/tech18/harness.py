"""Round 18 (docs/EVALUATION.md, "Techniques, round 18"): PTC SI findings of the shipped `techniques.v1` on the
87 English validation articles (never seen by the tagger or any head), fully cross-fitted.

The shipped component (`TechniqueSpans(sentence_head=True)`, as `spinscope predict ptc --task si` builds it) runs
on each article, its tagger's forward pass replaced by round 16's cached scores (`/tmp/tech16/val_scores.pkl`)
and the sentence encoder by round 16's cached vectors (`/tmp/tech16/val_sent.npz`; same sentence cut as
`predict ptc`). For a split into halves, the span thresholds are fitted on one half (`calibrate_word_thresholds`,
as `spinscope train techniques` fits them on the whole validation split; Doubt's offset is added by the component)
and the component's findings are kept for both halves: "held" (the other half) and "fit" (the same half, for a
nested choice). Splits: even/odd positions, sha256(id) mod 2 (rounds 5-17), and fresh ones sha256(id + salt).

    python scripts/tech18/harness.py build --out /tmp/tech18/findings.pkl     # a few minutes
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.cli.train import _document
from spinscope.components.persuasion import TechniqueSpans
from spinscope.training import techniques as T
from spinscope.training.data import SEMEVAL2023_TO_PTC, load_semeval2023
from spinscope.training.scorers import merge_spans

Finding = tuple[int, int, str, str, float]  # start, end, technique, evidence, score
SALTS = ("", "a", "b", "c")  # "" = the rounds' hash split; the even/odd split is "eo"


def halves(ids: list[str], kind: str) -> tuple[list[str], list[str]]:
    if kind == "eo":
        return ids[0::2], ids[1::2]
    salt = "" if kind == "h" else kind
    h = [int(hashlib.sha256((i + salt).encode()).hexdigest(), 16) % 2 for i in ids]
    return [i for i, x in zip(ids, h, strict=True) if x == 0], [i for i, x in zip(ids, h, strict=True) if x == 1]


SPLITS = ("eo", "h", "a", "b", "c")


class Runner:
    def __init__(self, scores_path: Path, vectors_path: Path) -> None:
        saved = pickle.loads(scores_path.read_bytes())  # a cache this project wrote itself (round 16)
        self.ids: list[str] = list(saved["val_ids"])
        self.scores = saved["scores"]
        articles = load_semeval2023(None)
        self.articles = {i: articles[i] for i in self.ids}
        with np.load(vectors_path) as z:
            self.vectors = {k: z[k] for k in z.files}
        self.component = TechniqueSpans(sentence_head=True)
        self.component.check()
        self.base_config = copy.deepcopy(self.component.tagger.config)
        self.current = ""
        tagger = self.component.tagger

        def fake_score(text: str, paragraphs: Any) -> Any:
            cached = self.scores[self.current]
            got = [(p.start, p.end) for p in cached]
            if list(map(tuple, paragraphs)) != got:
                raise SystemExit(f"{self.current}: paragraphs differ from the cached scores")
            return cached

        tagger.score = fake_score  # type: ignore[method-assign]

    def findings(self, aid: str, span_thresholds: list[float] | None) -> list[Finding]:
        cfg = copy.deepcopy(self.base_config)
        if span_thresholds is not None:
            cfg["span_thresholds"] = span_thresholds
        self.component.tagger.config = cfg
        self.current = aid
        text = self.articles[aid].text
        doc = _document(text)
        sentences = [(s.start, s.end) for s in doc.sentences if text[s.start:s.end].strip()]
        vec = self.vectors[aid]
        if len(sentences) != len(vec):
            raise SystemExit(f"{aid}: {len(sentences)} sentences, {len(vec)} vectors")
        doc.sentence_vectors = (sentences, vec)
        doc = self.component(doc)
        return [(t.start, t.end, t.label, t.evidence, float(t.score)) for t in doc.techniques
                if t.label in SEMEVAL2023_TO_PTC and not t.evidence.endswith(":paragraph")]

    def fitted(self, ids: list[str]) -> list[float]:
        arts = [self.articles[i] for i in ids]
        p, g = T.word_matrix(arts, self.scores)
        return list(T.calibrate_word_thresholds(p, g).tolist())


def build(args: argparse.Namespace) -> None:
    r = Runner(args.scores, args.vectors)
    out: dict[str, Any] = {"ids": r.ids, "shipped": {i: r.findings(i, None) for i in r.ids}, "splits": {}}
    print("shipped done", flush=True)
    for kind in SPLITS:
        parts = halves(r.ids, kind)
        for x in (0, 1):
            thr = r.fitted(parts[x])
            out["splits"][(kind, x)] = {"fit_ids": parts[x], "held_ids": parts[1 - x], "thresholds": thr,
                                        "fit": {i: r.findings(i, thr) for i in parts[x]},
                                        "held": {i: r.findings(i, thr) for i in parts[1 - x]}}
            print(kind, x, flush=True)
    args.out.write_bytes(pickle.dumps(out))


def gold_spans(article: Any) -> list[tuple[int, int]]:
    return merge_spans([(s.start, s.end) for s in article.spans if s.technique in SEMEVAL2023_TO_PTC])


def si_counts(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> np.ndarray:
    """The official ptc-si sums (``../shared/eval/score.py``): precision numerator, predicted spans, recall
    numerator, gold spans; both sides merged where they overlap."""
    pred = merge_spans(pred)
    p = sum(sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold) / max(1, e - s) for s, e in pred)
    r = sum(sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in pred) / max(1, e - s) for s, e in gold)
    return np.array([p, len(pred), r, len(gold)], dtype=float)


def f1(x: np.ndarray) -> float:
    p = x[0] / x[1] if x[1] else 0.0
    r = x[2] / x[3] if x[3] else 0.0
    return float(2 * p * r / (p + r)) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["build"])
    ap.add_argument("--scores", type=Path, default=Path("/tmp/tech16/val_scores.pkl"))
    ap.add_argument("--vectors", type=Path, default=Path("/tmp/tech16/val_sent.npz"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/tech18/findings.pkl"))
    args = ap.parse_args()
    build(args)


if __name__ == "__main__":
    main()
