"""Round 9 (docs/EVALUATION.md, "Techniques, round 9"): PTC SI on the 87 English validation articles, fully
cross-fitted (span thresholds fitted on one half, SI scored on the other, both splits of rounds 5 and 8).

Run from the project root:

    python scripts/tech9/si_round9.py --scores /tmp/persu4/val_scores.pkl classes   # per-technique losses
    python scripts/tech9/si_round9.py --scores /tmp/persu4/val_scores.pkl phrase    # best phrase, not sentence
    python scripts/tech9/si_round9.py --scores /tmp/persu4/val_scores.pkl margin    # label-sentence margins
    python scripts/tech9/si_round9.py --scores /tmp/persu4/val_scores.pkl offsets   # SI-chosen span offsets

``--scores`` is the pickle ``{"val_ids", "scores"}`` of the shipped tagger's ``ParagraphScores`` on the
validation articles (rounds 5 and 8; ``training.techniques.score_articles``). Findings are made as
``training.techniques.evaluate`` makes them (model spans, lexicon, incitement rule, label sentences); SI is the
SemEval-2020 Task 11 partial-overlap F1 (``training.scorers.si_scores``), counts pooled over the two held-out
halves of a split, then the mean over the two splits.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.components.persuasion_models import (
    SENTENCE_LEVEL,
    best_sentence,
    extract_spans,
    incitement_additions,
    lexicon_additions,
    lexicon_parts,
    one_word_thresholds,
    paragraph_probs,
    sentence_level,
    widen_to_sentence,
    with_article_prior,
)
from spinscope.training import techniques as T
from spinscope.training.data import SEMEVAL2023_TO_PTC, TECHNIQUES, load_semeval2023
from spinscope.training.scorers import merge_spans

Finding = tuple[int, int, str, str]  # start, end, technique, source
CONFIG = json.loads((Path(__file__).resolve().parents[2] / "src/spinscope/resources/models/techniques/config.json")
                    .read_text(encoding="utf-8"))
PARTS = lexicon_parts(CONFIG.get("lexicon", False))


class Bench:
    def __init__(self, scores_path: Path, data: Path | None) -> None:
        saved = pickle.loads(scores_path.read_bytes())  # a cache this project wrote itself, never downloaded
        articles = load_semeval2023(data)
        self.val = [articles[i] for i in saved["val_ids"]]
        self.scores = saved["scores"]
        h = [int(hashlib.sha256(a.id.encode()).hexdigest(), 16) % 2 for a in self.val]
        self.splits = [[self.val[0::2], self.val[1::2]],
                       [[a for a, x in zip(self.val, h, strict=True) if x == 0],
                        [a for a, x in zip(self.val, h, strict=True) if x == 1]]]

    def findings(self, a: Any, cfg: dict[str, Any]) -> list[Finding]:
        sc = self.scores[a.id]
        found = [(s, e, TECHNIQUES[k]) for s, e, k, _ in
                 extract_spans(a.text, sc, TECHNIQUES, cfg["span_thresholds"],
                               one_word_thresholds=one_word_thresholds(TECHNIQUES, cfg["span_thresholds"]),
                               sentence_labels=sentence_level(TECHNIQUES))]
        paras = [(p.start, p.end) for p in a.lines]
        added = lexicon_additions(a.text, paras, PARTS, found)
        rule = incitement_additions(a.text, paras, found + added)
        sents = T.label_sentences(a, sc, cfg, found + added + rule)
        out: list[Finding] = []
        for source, spans in (("model", found), ("lexicon", added), ("incitement", rule), ("sentence", sents)):
            out += [(s, e, t, source) for s, e, t in spans if t in SEMEVAL2023_TO_PTC]
        return out

    def fitted(self, fit: list[Any]) -> dict[str, Any]:
        p, g = T.word_matrix(fit, self.scores)
        cfg = copy.deepcopy(CONFIG)
        cfg["span_thresholds"] = T.calibrate_word_thresholds(p, g).tolist()
        return cfg

    def crossfit(self, make: Callable[[Any, dict[str, Any]], list[Finding]] | None = None
                 ) -> tuple[float, list[float]]:
        make = make or self.findings
        means, halves = [], []
        for split in self.splits:
            tot = np.zeros(4)
            for a, b in ((0, 1), (1, 0)):
                cfg = self.fitted(split[a])
                x = sum(si_counts(art, make(art, cfg)) for art in split[b])
                tot += x
                halves.append(round(fsi(x), 4))
            means.append(fsi(tot))
        return round(float(np.mean(means)), 4), halves


def si_counts(a: Any, found: list[Finding]) -> np.ndarray:
    pred = merge_spans([(s, e) for s, e, *_ in found])
    gold = merge_spans([(s.start, s.end) for s in a.spans if s.technique in SEMEVAL2023_TO_PTC])
    p = sum(sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold) / (e - s) for s, e in pred)
    r = sum(sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in pred) / (e - s) for s, e in gold)
    return np.array([p, len(pred), r, len(gold)])


def fsi(x: Any) -> float:
    p = x[0] / x[1] if x[1] else 0.0
    r = x[2] / x[3] if x[3] else 0.0
    return float(2 * p * r / (p + r)) if p + r else 0.0


def classes(b: Bench) -> None:
    """Per technique: findings and their character precision, gold spans and the share of their characters
    covered (recall), the recall lost in gold-span units, and SI without the technique's findings."""
    held: list[dict[str, list[Finding]]] = []
    for split in b.splits:
        found: dict[str, list[Finding]] = {}
        for fit, held_out in ((0, 1), (1, 0)):
            cfg = b.fitted(split[fit])
            found.update({art.id: b.findings(art, cfg) for art in split[held_out]})
        held.append(found)

    def si(select: Callable[[list[Finding]], list[Finding]]) -> float:
        return float(np.mean([fsi(sum(si_counts(a, select(f[a.id])) for a in b.val)) for f in held]))

    base = si(lambda f: f)
    print(f"SI fully cross-fitted {base:.4f}")
    print(f"{'technique':35s} {'findings':>8s} {'prec':>5s} {'gold':>5s} {'recall':>6s} {'lost':>6s}",
          f"{'SI without':>10s}")
    rows = []
    for t in TECHNIQUES:
        n_pred = prec = n_gold = rec = 0.0
        for f in held:
            for a in b.val:
                gold = merge_spans([(s.start, s.end) for s in a.spans if s.technique in SEMEVAL2023_TO_PTC])
                pred = merge_spans([(s, e) for s, e, *_ in f[a.id]])
                for s, e, tt, _ in f[a.id]:
                    if tt == t:
                        n_pred += 1
                        prec += sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in gold) / (e - s)
                for sp in a.spans:
                    if sp.technique == t:
                        n_gold += 1
                        rec += sum(max(0, min(sp.end, pe) - max(sp.start, ps)) for ps, pe in pred) / (sp.end - sp.start)
        if n_gold or n_pred:
            rows.append((t, n_pred / 2, prec / max(n_pred, 1), n_gold / 2, rec / max(n_gold, 1), (n_gold - rec) / 2,
                         si(lambda f, t=t: [x for x in f if x[2] != t]) - base))
    for r in sorted(rows, key=lambda r: -r[5]):
        print(f"{r[0]:35s} {r[1]:8.0f} {r[2]:5.2f} {r[3]:5.0f} {r[4]:6.2f} {r[5]:6.1f} {r[6]:+10.4f}")
    for source in ("model", "lexicon", "incitement", "sentence"):
        print(f"without the {source} findings: {si(lambda f, s=source: [x for x in f if x[3] != s]) - base:+.4f}")


Where = Callable[[str, Any, str, int], tuple[int, int]]


def label_findings(b: Bench, margin: Callable[[str], float],
                   where: Where) -> Callable[[Any, dict[str, Any]], list[Finding]]:
    """Findings with the label sentences replaced: a paragraph label clearing its threshold by ``margin(label)``
    and without a span of its technique in the paragraph gets ``where(text, paragraph, label index)``."""
    def make(a: Any, cfg: dict[str, Any]) -> list[Finding]:
        base = [x for x in b.findings(a, cfg) if x[3] != "sentence"]
        thr = np.asarray(cfg["paragraph_thresholds"])
        probs = with_article_prior(np.array([paragraph_probs(p, cfg["paragraph_source"]) for p in b.scores[a.id]]),
                                   cfg.get("article_prior", 0.1))
        out = list(base)
        for para, pr in zip(b.scores[a.id], probs, strict=True):
            if len(para.words) == 0:
                continue
            for k, label in enumerate(TECHNIQUES):
                if label not in SEMEVAL2023_TO_PTC or pr[k] < thr[k] + margin(label):
                    continue
                if any(t == label and s < para.end and e > para.start for s, e, t, _ in base):
                    continue
                s, e = where(a.text, para, label, k)
                out.append((s, e, label, "sentence"))
        return out
    return make


def phrase_of(rel: float, max_words: int) -> Where:
    """The technique's best word and its neighbours scoring at least ``rel`` x its score, within its sentence."""
    def where(text: str, para: Any, label: str, k: int) -> tuple[int, int]:
        if label in SENTENCE_LEVEL:
            return best_sentence(text, para, k)
        p = para.word_probs[:, k]
        i = lo = hi = int(np.argmax(p))
        s0, e0 = widen_to_sentence(text, int(para.words[i, 0]), int(para.words[i, 1]), (para.start, para.end))
        while lo > 0 and p[lo - 1] >= rel * p[i] and para.words[lo - 1, 0] >= s0 and hi - lo + 1 < max_words:
            lo -= 1
        while hi + 1 < len(p) and p[hi + 1] >= rel * p[i] and para.words[hi + 1, 1] <= e0 and hi - lo + 1 < max_words:
            hi += 1
        return int(para.words[lo, 0]), int(para.words[hi, 1])
    return where


def sentence_of(text: str, para: Any, label: str, k: int) -> tuple[int, int]:
    return best_sentence(text, para, k)


def offsets(b: Bench) -> None:
    """Per-technique offsets on the span thresholds chosen by SI on the fitting half (one pass of coordinate
    ascent over the seven techniques with most findings), scored on the held-out half."""
    main = ["Loaded_Language", "Name_Calling-Labeling", "Exaggeration-Minimisation", "Doubt",
            "Appeal_to_Fear-Prejudice", "Flag_Waving", "Guilt_by_Association"]
    grid = [-0.1, -0.05, 0.05, 0.1, 0.2]

    def shifted(cfg: dict[str, Any], off: dict[str, float]) -> dict[str, Any]:
        c = copy.deepcopy(cfg)
        c["span_thresholds"] = [t + off.get(lab, 0.0)
                                for lab, t in zip(TECHNIQUES, cfg["span_thresholds"], strict=True)]
        return c

    def si_on(arts: list[Any], cfg: dict[str, Any]) -> float:
        return fsi(sum(si_counts(a, b.findings(a, cfg)) for a in arts))

    means = []
    for split in b.splits:
        tot_b, tot_n = np.zeros(4), np.zeros(4)
        for a, c in ((0, 1), (1, 0)):
            cfg = b.fitted(split[a])
            off: dict[str, float] = {}
            best = si_on(split[a], cfg)
            for lab in main:
                for o in grid:
                    trial = {**off, lab: o}
                    s = si_on(split[a], shifted(cfg, trial))
                    if s > best + 1e-6:
                        best, off = s, trial
            xb = sum(si_counts(art, b.findings(art, cfg)) for art in split[c])
            xn = sum(si_counts(art, b.findings(art, shifted(cfg, off))) for art in split[c])
            tot_b += xb
            tot_n += xn
            print(f"chosen {off}: held-out half {fsi(xb):.4f} -> {fsi(xn):.4f}", flush=True)
        means.append((fsi(tot_b), fsi(tot_n)))
    print("SI fully cross-fitted, shipped -> SI-chosen offsets:", np.mean(means, axis=0).round(4))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("what", choices=["classes", "phrase", "margin", "offsets"])
    args = ap.parse_args()
    b = Bench(args.scores, args.data)
    if args.what == "classes":
        classes(b)
    elif args.what == "phrase":
        print("shipped (best sentence)", b.crossfit(), flush=True)
        for rel, words in ((0.5, 4), (0.5, 8), (0.3, 8), (0.7, 3), (0.0, 1)):
            make = label_findings(b, lambda label: T.PARAGRAPH_ONLY_MARGIN, phrase_of(rel, words))
            print(f"best phrase (neighbours >= {rel} x best, at most {words} words)", b.crossfit(make), flush=True)
    elif args.what == "margin":
        for m_sentence, m_other in ((0.1, 0.1), (0.05, 0.1), (0.0, 0.1), (0.0, 0.0), (0.1, 0.2)):
            make = label_findings(b, lambda label, ms=m_sentence, mo=m_other: ms if label in SENTENCE_LEVEL else mo,
                                  sentence_of)
            print(f"margin: sentence-level techniques {m_sentence}, others {m_other}", b.crossfit(make), flush=True)
    else:
        offsets(b)


if __name__ == "__main__":
    main()
