"""Round 13 (docs/EVALUATION.md, "Techniques, round 13"): sentence-level evidence for PTC SI from the frozen MiniLM
sentence vectors: does adding the sentences that a "persuasive sentence" head scores high raise SI?

Run from the project root (vectors cached by ``st3_frozen_head.py --embed``, with the sentence vectors kept):

    python scripts/tech13/si_sentence_head.py --scores /tmp/persu4/val_scores.pkl \
        --vectors /tmp/tech13/minilm_paras.pkl

The head is one logistic regression (C by 5-fold CV grouped by article, log-loss) on a sentence's frozen vector and
its paragraph's mean vector, trained on the sentences of the tagger's training articles: a sentence is positive
when at least half of its characters lie inside gold spans of PTC techniques (SI ignores the technique). The
rule adds each sentence whose head probability reaches t and whose characters are less than half covered by the
findings already shown. SI is scored as in rounds 9 and 10 (``scripts/tech10/repetition_round10.py``: base
findings with the span thresholds fitted on the other half, Doubt's offset on); t is chosen on the fitting half
(its own findings) and scored on the held-out half (nested), both splits.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech10"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from repetition_round10 import Cache
from si_round9 import Bench, Finding, fsi

from spinscope.components.persuasion_models import split_sentences
from spinscope.training.data import SEMEVAL2023_TO_PTC, load_semeval2023, paragraph_lines, split_articles
from spinscope.training.scorers import merge_spans

C_GRID = (0.001, 0.003, 0.01)
T_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, line index) of each non-empty sentence, in the order the vectors were computed."""
    out = []
    for i, line in enumerate(paragraph_lines(text)):
        out += [(s, e, i) for s, e in split_sentences(text, line.start, line.end) if text[s:e].strip()]
    return out


def covered(spans: list[tuple[int, int]], s: int, e: int) -> float:
    return sum(max(0, min(e, b) - max(s, a)) for a, b in merge_spans(spans)) / max(1, e - s)


def design(a: Any, vec: dict[str, Any]) -> tuple[list[tuple[int, int, int]], np.ndarray]:
    sents = sentences(a.text)
    v = vec[a.id]
    assert len(sents) == len(v["sent"]), a.id
    return sents, np.c_[v["sent"], v["para"][[i for _, _, i in sents]]] if len(sents) else np.zeros((0, 768))


def fit_head(train: list[Any], vec: dict[str, Any]) -> tuple[Any, dict[float, float]]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    xs, ys, gs = [], [], []
    for n, a in enumerate(train):
        sents, x = design(a, vec)
        gold = [(sp.start, sp.end) for sp in a.spans if sp.technique in SEMEVAL2023_TO_PTC]
        xs.append(x)
        ys += [covered(gold, s, e) >= 0.5 for s, e, _ in sents]
        gs += [n] * len(sents)
    x, y, g = np.vstack(xs), np.array(ys), np.array(gs)
    cv = {}
    for c in C_GRID:
        model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
        p = cross_val_predict(model, x, y, groups=g, cv=GroupKFold(5), method="predict_proba")[:, 1]
        cv[c] = round(float(-np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))), 4)
    c = min(cv, key=lambda k: cv[k])
    print("sentences", len(y), "positive", round(float(y.mean()), 3), "C log-loss", cv, flush=True)
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(x, y), cv


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--vectors", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    vec = pickle.loads(args.vectors.read_bytes())  # a cache this project's script wrote, never downloaded
    b = Bench(args.scores, args.data)
    val_ids = {a.id for a in b.val}
    train, _ = split_articles(load_semeval2023(args.data))
    train = [a for a in train if a.paragraph_labels is not None and a.id not in val_ids]
    head, _ = fit_head(train, vec)
    prob = {}
    for a in b.val:
        sents, x = design(a, vec)
        prob[a.id] = (sents, head.predict_proba(x)[:, 1] if len(sents) else np.zeros(0))

    def rule(t: float) -> Any:
        def add(a: Any, found: list[Finding]) -> list[Finding]:
            shown = [(s, e) for s, e, *_ in found]
            sents, p = prob[a.id]
            return [(s, e, "Loaded_Language", "sentence-head") for (s, e, _), q in zip(sents, p, strict=True)
                    if q >= t and covered(shown, s, e) < 0.5]
        return add

    c = Cache(b, offsets=True)
    for t in T_GRID:
        halves, means, n_all = [], [], 0
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            for y in (1, 0):
                xb, xs, n = c.gain(rule(t), split[y], si_, y)
                tb, ts, n_all = tb + xb, ts + xs, n_all + n
                halves.append(round(fsi(xs) - fsi(xb), 4))
            means.append((fsi(tb), fsi(ts)))
        m = np.mean(means, axis=0)
        print(f"t={t}: SI {m[0]:.4f} -> {m[1]:.4f} ({m[1] - m[0]:+.4f}), held-out halves {halves}, "
              f"{n_all // 2} sentences added per split", flush=True)
    means = []
    for si_, split in enumerate(b.splits):
        tb, ts = np.zeros(4), np.zeros(4)
        for x, y in ((0, 1), (1, 0)):
            fit = {t: c.gain(rule(t), split[x], si_, x, True) for t in T_GRID}
            best = max(T_GRID, key=lambda t: fsi(fit[t][1]) - fsi(fit[t][0]))
            xb, xs, _ = c.gain(rule(best), split[y], si_, y)
            tb, ts = tb + xb, ts + xs
            print(f"nested: t chosen on {si_}/{x} = {best}, held-out {fsi(xs) - fsi(xb):+.4f}", flush=True)
        means.append(fsi(ts) - fsi(tb))
    print(f"nested SI gain {float(np.mean(means)):+.4f}")
    for genre in ("opinion", "reporting"):
        for t in (0.3, 0.35, 0.4):
            tb, ts, n_all = np.zeros(4), np.zeros(4), 0
            for si_, split in enumerate(b.splits):
                for y in (1, 0):
                    arts = [a for a in split[y] if (a.genre == "reporting") == (genre == "reporting")]
                    xb, xs, n = c.gain(rule(t), arts, si_, y)
                    tb, ts, n_all = tb + xb, ts + xs, n_all + n
            print(f"{genre}, t={t}: SI (both splits pooled) {fsi(tb):.4f} -> {fsi(ts):.4f}, "
                  f"{n_all // 2} sentences added per split", flush=True)


if __name__ == "__main__":
    main()
