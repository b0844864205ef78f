"""Round 14 (docs/EVALUATION.md, "Techniques, round 14"): do the tagger's short spans made only of common nouns
outside the persuasion lexicon ("sandbags", "rockfall") need a higher threshold? PTC SI on the 87 English
validation articles, fully cross-fitted as in rounds 9-10 (span thresholds fitted on one half, Doubt's offset on,
the other half scored, both splits), with the extra margin chosen on the fitting half (nested).

Run from the project root:

    python scripts/tech14/noun_spans.py --scores /tmp/persu4/val_scores.pkl

A span is "plain" when it has at most ``--words`` content words (``content_words``), every one of them is a
token that spaCy (the pipeline's model) tags NOUN (common noun, not PROPN), and none is a word of the persuasion
lexicon (``resources/persuasion_lexicon.json``). A plain span of a technique must score its one-word threshold
plus an extra margin m (m = inf drops it). Dropped spans leave room for the lexicon, the incitement rule and the
label sentences, which are then computed as techniques.v1 computes them; with "quiet" a dropped span still counts
as its paragraph's span of its technique, so no label sentence takes its place. The last rules of the grid also
exempt every content word found inside a gold span of the tagger's training articles (``gold_words``). Nothing
here is shipped (docs/EVALUATION.md has the decision); about 3 minutes on one core.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from si_round9 import PARTS, Bench, Finding, fsi, si_counts

from spinscope.components.persuasion_models import (
    LEXICON_FILE,
    _merge_overlaps,
    content_words,
    extract_spans,
    incitement_additions,
    lexicon_additions,
    one_word_thresholds,
    sentence_level,
    span_thresholds,
    widen_to_sentence,
)
from spinscope.training import techniques as T
from spinscope.training.data import SEMEVAL2023_TO_PTC, TECHNIQUES

MARGINS = (0.0, 0.1, 0.2, 0.3, math.inf)
LEXICON = {w.lower() for part in ("labels", "loaded")
           for w in json.loads(LEXICON_FILE.read_text(encoding="utf-8"))[part]}

Tokens = tuple[list[int], list[int], list[str]]  # starts, ends, POS


def tag(texts: dict[str, str]) -> dict[str, Tokens]:
    """spaCy's coarse POS of every token of each text (the pipeline's model)."""
    import spacy

    from spinscope.settings import SPACY_MODEL

    nlp = spacy.load(SPACY_MODEL, disable=["ner"])
    out = {}
    for key, doc in zip(texts, nlp.pipe(texts.values(), batch_size=8), strict=True):
        out[key] = ([t.idx for t in doc], [t.idx + len(t) for t in doc], [t.pos_ for t in doc])
    return out


def plain(text: str, toks: Tokens, s: int, e: int, max_words: int, exclude: frozenset[str] = frozenset()) -> bool:
    """Are the content words of ``text[s:e]`` at most ``max_words``, all common nouns and none in the lexicon
    (nor in ``exclude``)?"""
    words = content_words(text[s:e])
    if not words or len(words) > max_words or any(w in LEXICON or w in exclude for w in words):
        return False
    starts, ends, pos = toks
    i = bisect_left(ends, s + 1)
    seen = 0
    while i < len(starts) and starts[i] < e:
        piece = text[starts[i]:ends[i]].lower()
        if content_words(piece):
            if pos[i] != "NOUN":
                return False
            seen += 1
        i += 1
    return seen > 0


#: max content words, extra margin, techniques (None: all), quiet (a dropped span still counts as the paragraph's
#: span of its technique, so no label sentence replaces it), words exempt from the rule besides the lexicon's
Rule = tuple[int, float, frozenset[str] | None, bool, frozenset[str]]


def model_spans(b: Bench, a: Any, toks: Tokens, cfg: dict[str, Any], rule: Rule | None
                ) -> tuple[list[tuple[int, int, int, float]], list[tuple[int, int, str]]]:
    """``extract_spans`` as techniques.v1 calls it, with the plain-noun rule applied before sentence widening;
    also the spans the rule dropped."""
    thr = cfg["span_thresholds"]
    one = one_word_thresholds(TECHNIQUES, thr)
    wide = sentence_level(TECHNIQUES)
    raw = extract_spans(a.text, b.scores[a.id], TECHNIQUES, thr, one_word_thresholds=one)
    paras = [(p.start, p.end) for p in b.scores[a.id]]
    out, dropped = [], []
    for s, e, k, v in raw:
        if rule is not None:
            words, margin, only, _, exempt = rule
            if ((only is None or TECHNIQUES[k] in only) and plain(a.text, toks, s, e, words, exempt)
                    and v < one[k] + margin):
                dropped.append((s, e, TECHNIQUES[k]))
                continue
        if k in wide:
            para = next(p for p in paras if p[0] <= s < p[1])
            s, e = widen_to_sentence(a.text, s, e, para)
        out.append((s, e, k, v))
    return _merge_overlaps(sorted(set(out))), dropped


def findings(b: Bench, a: Any, toks: Tokens, cfg: dict[str, Any], rule: Rule | None) -> list[Finding]:
    """Every shown finding (model, lexicon, incitement, label sentences), as ``Bench.findings``."""
    spans, dropped = model_spans(b, a, toks, cfg, rule)
    found = [(s, e, TECHNIQUES[k]) for s, e, k, _ in spans]
    paras = [(p.start, p.end) for p in a.lines]
    added = lexicon_additions(a.text, paras, PARTS, found)
    inc = incitement_additions(a.text, paras, found + added)
    quiet = dropped if rule is not None and rule[3] else []
    sents = T.label_sentences(a, b.scores[a.id], cfg, found + added + inc + quiet)
    out: list[Finding] = []
    for source, spans in (("model", found), ("lexicon", added), ("incitement", inc), ("sentence", sents)):
        out += [(s, e, t, source) for s, e, t in spans if t in SEMEVAL2023_TO_PTC]
    return out


def configs(b: Bench) -> dict[tuple[int, int], dict[str, Any]]:
    """Span thresholds fitted on half x of split i (with SPAN_OFFSETS), keyed (i, x)."""
    out = {}
    for i, split in enumerate(b.splits):
        for x in (0, 1):
            cfg = b.fitted(split[x])
            cfg["span_thresholds"] = span_thresholds(TECHNIQUES, cfg["span_thresholds"])
            out[(i, x)] = cfg
    return out


def precision(b: Bench, toks: dict[str, Tokens], cfgs: dict[tuple[int, int], dict[str, Any]]) -> None:
    """How often a model span (before widening) overlaps gold of its technique, by kind, on held-out halves."""
    count: Counter[str] = Counter()
    for i, split in enumerate(b.splits):
        for x, y in ((0, 1), (1, 0)):
            cfg = cfgs[(i, x)]
            one = one_word_thresholds(TECHNIQUES, cfg["span_thresholds"])
            for a in split[y]:
                for s, e, k, _ in extract_spans(a.text, b.scores[a.id], TECHNIQUES, cfg["span_thresholds"],
                                                one_word_thresholds=one):
                    n = len(content_words(a.text[s:e]))
                    if n > 2:
                        continue
                    t = TECHNIQUES[k]
                    kind = f"{n}w {'plain' if plain(a.text, toks[a.id], s, e, 2) else 'other'}"
                    for key in (f"{kind} all", f"{kind} {t}"):
                        count[key] += 1
                        count[key + " right"] += any(g.technique == t and g.start < e and s < g.end for g in a.spans)
                        count[key + " any"] += any(g.start < e and s < g.end for g in a.spans)
    print("model spans of 1-2 content words on the held-out halves (4 halves, each article twice): "
          "n, right (gold of its technique), any gold")
    for key in sorted(k for k in count if not k.endswith((" right", " any"))):
        if count[key] >= 10:
            print(f"  {key:45s} {count[key]:5d} {count[key + ' right'] / count[key]:.3f} "
                  f"{count[key + ' any'] / count[key]:.3f}")


def crossfit(b: Bench, toks: dict[str, Tokens], cfgs: dict[tuple[int, int], dict[str, Any]],
             make: Callable[[int, int], Rule | None]) -> tuple[float, list[float], int]:
    """SI pooled over each split's held-out halves, mean of the two splits; ``make(i, x)`` is the rule used on
    the half held out from fitting half x of split i. Also the held-out halves and the findings per split."""
    means, halves, n = [], [], 0
    for i, split in enumerate(b.splits):
        tot = np.zeros(4)
        for x, y in ((0, 1), (1, 0)):
            rule = make(i, x)
            c = np.zeros(4)
            for a in split[y]:
                f = findings(b, a, toks[a.id], cfgs[(i, x)], rule)
                n += len(f)
                c += si_counts(a, f)
            tot += c
            halves.append(round(fsi(c), 4))
        means.append(fsi(tot))
    return round(float(np.mean(means)), 4), halves, n // 2


def on_fit(b: Bench, toks: dict[str, Tokens], cfgs: dict[tuple[int, int], dict[str, Any]], i: int, x: int,
           rule: Rule | None) -> float:
    """SI of a rule on fitting half x of split i itself (its own thresholds): what a nested choice may read."""
    return fsi(sum(si_counts(a, findings(b, a, toks[a.id], cfgs[(i, x)], rule)) for a in b.splits[i][x]))


def gold_words(b: Bench, data: Path | None) -> frozenset[str]:
    """Content words found inside a gold span of any technique in the tagger's training articles (never in the
    validation articles): words the annotators have marked somewhere, which the rule then leaves alone."""
    from spinscope.training.data import load_semeval2023, split_articles

    val = {a.id for a in b.val}
    train, _ = split_articles(load_semeval2023(data))
    return frozenset(w for a in train if a.id not in val and a.paragraph_labels is not None
                     for sp in a.spans for w in content_words(a.text[sp.start:sp.end]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=None)
    args = ap.parse_args()
    b = Bench(args.scores, args.data)
    toks = tag({a.id: a.text for a in b.val})
    cfgs = configs(b)
    precision(b, toks, cfgs)
    base = crossfit(b, toks, cfgs, lambda i, x: None)
    print(f"shipped: SI {base[0]:.4f} halves {base[1]} findings per split {base[2]}", flush=True)
    scopes: dict[str, frozenset[str] | None] = {
        "all": None, "LL": frozenset({"Loaded_Language"}),
        "LL+NC+AF+EM": frozenset({"Loaded_Language", "Name_Calling-Labeling", "Appeal_to_Fear-Prejudice",
                                  "Exaggeration-Minimisation"})}
    seen = gold_words(b, args.data)
    grid: list[Rule] = [(w, m, only, q, frozenset()) for q in (False, True) for w in (1, 2)
                        for only in scopes.values() for m in MARGINS if m > 0]
    grid += [(1, m, only, False, seen) for only in (None, scopes["LL"]) for m in (0.2, math.inf)]
    name = {v: k for k, v in scopes.items()}
    for rule in grid:
        si, halves, n = crossfit(b, toks, cfgs, lambda i, x, r=rule: r)
        print(f"words<={rule[0]} margin+{rule[1]} {name[rule[2]]} quiet={rule[3]} "
              f"{'training-gold words exempt' if rule[4] else ''}: SI {si:.4f} ({si - base[0]:+.4f}) "
              f"halves {halves} findings per split {n}", flush=True)
    chosen = {}
    for i in (0, 1):
        for x in (0, 1):
            scored = {r: on_fit(b, toks, cfgs, i, x, r) for r in [None, *grid]}
            chosen[(i, x)] = max(scored, key=lambda r: (scored[r], r is None))
            r = chosen[(i, x)]
            print(f"nested: chosen on split {i} half {x}: {r if r is None else (*r[:4], len(r[4]))}", flush=True)
    si, halves, n = crossfit(b, toks, cfgs, lambda i, x: chosen[(i, x)])
    print(f"nested: SI {si:.4f} ({si - base[0]:+.4f}) halves {halves} findings per split {n}")


if __name__ == "__main__":
    main()
