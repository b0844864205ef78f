"""Round 10 (docs/EVALUATION.md, "Techniques, round 10"): the repetition rule
(``components.persuasion_models.repetition_spans``) measured on the 87 English validation articles, fully
cross-fitted as in round 9 (span thresholds fitted on one half, scored on the other, both splits), and what recurrence
looks like in the gold of the tagger's training articles (halves by sha256 of the id mod 2).

Run from the project root:

    python scripts/tech10/repetition_round10.py --scores /tmp/persu4/val_scores.pkl si        # PTC SI, shipped rule
    python scripts/tech10/repetition_round10.py --scores /tmp/persu4/val_scores.pkl st3       # ST3 micro-F1
    python scripts/tech10/repetition_round10.py --scores /tmp/persu4/val_scores.pkl variants  # grid, nested choice
    python scripts/tech10/repetition_round10.py train                                         # gold of train halves

``--scores`` is the pickle of the shipped tagger's ``ParagraphScores`` on the validation articles (rounds 5, 8, 9).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import re
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tech9"))

from si_round9 import Bench, Finding, fsi, si_counts

from spinscope.components.persuasion_models import (
    _REPETITION_JOIN,
    SENTENCE_LEVEL,
    _inside_word,
    _merged_intervals,
    repetition_spans,
    span_thresholds,
    word_level,
)
from spinscope.training import techniques as T
from spinscope.training.data import TECHNIQUES, load_semeval2023, split_articles

REP = TECHNIQUES.index("Repetition")


def shipped(b: Bench, a: Any, found: list[Finding]) -> list[Finding]:
    return [(s, e, t, "repetition") for s, e, t in
            repetition_spans(a.text, b.scores[a.id], TECHNIQUES, [x[:3] for x in found], word_level(found))]


def variant(b: Bench, a: Any, found: list[Finding], k: int = 4, tau: float = 0.4, cover: str = "word",
            max_count: int | None = 10, names: bool = False) -> list[Finding]:
    """The rule with its parameters open: ``cover`` "word" (anchored by word-level findings, shipped) or "any"
    (any finding, sentence-wide ones too)."""
    text, scores = a.text, b.scores[a.id]
    from spacy.lang.en.stop_words import STOP_WORDS

    cand: dict[str, list[tuple[int, int]]] = {}
    for para in scores:
        if not len(para.words):
            continue
        for i in np.flatnonzero(para.word_probs[:, REP] >= tau):
            s, e = int(para.words[i, 0]), int(para.words[i, 1])
            w = text[s:e].lower()
            if len(w) >= 3 and w.isalpha() and w not in STOP_WORDS:
                cand.setdefault(w, []).append((s, e))
    if not cand:
        return []
    every = _merged_intervals([x[:3] for x in found])
    anchors = _merged_intervals(word_level(found) if cover == "word" else [x[:3] for x in found])

    def covered(iv: tuple[list[int], list[int]], s: int, e: int) -> bool:
        i = bisect_right(iv[0], e - 1) - 1
        return i >= 0 and iv[1][i] > s

    pat = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(cand, key=len, reverse=True)))
                     + r")(?![^\W_])", re.IGNORECASE)
    seen: dict[str, list[tuple[int, int, bool]]] = {}
    for para in scores:
        for m in pat.finditer(text, para.start, para.end):
            seen.setdefault(m.group().lower(), []).append((m.start(), m.end(), m.group()[0].isupper()))
    marked = []
    for w, places in cand.items():
        f = seen.get(w, [])
        if len(f) < k or (max_count and len(f) > max_count):
            continue
        if not names and 2 * sum(c for *_, c in f) > len(f):
            continue
        if not any(covered(anchors, s, e) for s, e, _ in f):
            continue
        marked += [(s, e) for s, e in places if not covered(every, s, e)
                   and not _inside_word(text, s) and not _inside_word(text, e)]
    out: list[Finding] = []
    for s, e in sorted(set(marked)):
        if out and _REPETITION_JOIN.fullmatch(text, out[-1][1], s):
            out[-1] = (out[-1][0], e, "Repetition", "repetition")
        else:
            out.append((s, e, "Repetition", "repetition"))
    return out


class Cache:
    """Base findings per (split, half, article), with the span thresholds fitted on the other half (held-out)
    or on the same half (fit)."""

    def __init__(self, b: Bench, offsets: bool = False) -> None:
        self.b = b
        self.held: dict[tuple[int, int, str], list[Finding]] = {}
        self.fit: dict[tuple[int, int, str], list[Finding]] = {}
        self.cfg: dict[tuple[int, int], dict[str, Any]] = {}
        for si, split in enumerate(b.splits):
            for x, y in ((0, 1), (1, 0)):
                cfg = b.fitted(split[x])
                if offsets:  # SPAN_OFFSETS (Doubt +0.1) on the thresholds fitted on the fitting half
                    cfg["span_thresholds"] = span_thresholds(TECHNIQUES, cfg["span_thresholds"])
                self.cfg[(si, x)] = cfg
                self.held.update({(si, y, a.id): b.findings(a, cfg) for a in split[y]})
                self.fit.update({(si, x, a.id): b.findings(a, cfg) for a in split[x]})

    def gain(self, rule: Any, arts: list[Any], si: int, h: int,
             fit: bool = False) -> tuple[np.ndarray, np.ndarray, int]:
        xb, xs, n = np.zeros(4), np.zeros(4), 0
        for a in arts:
            f = (self.fit if fit else self.held)[(si, h, a.id)]
            r = rule(a, f)
            n += len(r)
            xb += si_counts(a, f)
            xs += si_counts(a, f + r)
        return xb, xs, n


def si(b: Bench) -> None:
    for offsets in (False, True):
        c = Cache(b, offsets)
        means = []
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            for x, y in ((0, 1), (1, 0)):
                xb, xs, n = c.gain(lambda a, f: shipped(b, a, f), split[y], si_, y)
                tb += xb
                ts += xs
                print(f"offsets {offsets}, split {si_} half {x} -> {y}: SI {fsi(xb):.4f} -> with the rule "
                      f"{fsi(xs):.4f} ({fsi(xs) - fsi(xb):+.4f}), {n} repetition spans", flush=True)
            means.append((fsi(tb), fsi(ts)))
        print(f"SI fully cross-fitted, span offsets {offsets}: without -> with the rule",
              np.mean(means, axis=0).round(4))


def variants(b: Bench) -> None:
    c = Cache(b)
    grid = [dict(k=k, tau=t, cover=cv, max_count=m) for k in (3, 4, 5) for t in (0.3, 0.4, 0.5)
            for cv in ("any", "word") for m in (None, 10)]

    def rule(p: dict[str, Any]) -> Any:
        return lambda a, f: variant(b, a, f, **p)

    for p in grid:
        halves, means = [], []
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            for y in (1, 0):
                xb, xs, _ = c.gain(rule(p), split[y], si_, y)
                tb += xb
                ts += xs
                halves.append(round(fsi(xs) - fsi(xb), 4))
            means.append(fsi(ts) - fsi(tb))
        print(p, f"{float(np.mean(means)):+.4f}", halves, flush=True)
    word10 = [p for p in grid if p["cover"] == "word" and p["max_count"]]
    for name, sub in (("all", grid), ("word, at most 10", word10)):
        means = []
        for si_, split in enumerate(b.splits):
            tb, ts = np.zeros(4), np.zeros(4)
            for x, y in ((0, 1), (1, 0)):
                fit = {str(p): c.gain(rule(p), split[x], si_, x, True) for p in sub}
                best = max(sub, key=lambda p: fsi(fit[str(p)][1]) - fsi(fit[str(p)][0]))
                xb, xs, _ = c.gain(rule(best), split[y], si_, y)
                tb += xb
                ts += xs
                print(f"nested ({name}): chosen on {si_}/{x} {best}, held-out {fsi(xs) - fsi(xb):+.4f}", flush=True)
            means.append(fsi(ts) - fsi(tb))
        print(f"nested ({name}): SI gain {float(np.mean(means)):+.4f}")


def st3(b: Bench) -> None:
    import st3_multilingual as M

    c = Cache(b)
    mb = M.Bench(b.val, b.scores)

    def probs(arts: list[Any], si_: int, h: int, fit: bool, rule: bool) -> dict[str, np.ndarray]:
        out = {}
        for a in arts:
            p = mb.tagger[a.id].copy()
            if rule:
                for s, *_ in shipped(b, a, (c.fit if fit else c.held)[(si_, h, a.id)]):
                    for i, para in enumerate(b.scores[a.id]):
                        if para.start <= s < para.end:
                            p[i, REP] = 1.0
            out[a.id] = p
        return out

    for rule in (False, True):
        plain, news, halves = [], [], []
        for si_, hv in enumerate(mb.splits):
            cp, cn = np.zeros(3), np.zeros(3)
            for x, y in ((0, 1), (1, 0)):
                pf, gf, _ = mb.stack(hv[x], probs(hv[x], si_, x, True, rule))
                th = T.calibrate_thresholds(pf, gf)
                pt, gt, wt = mb.stack(hv[y], probs(hv[y], si_, y, False, rule))
                k = M.counts(pt, gt, th)
                cp += k
                cn += M.counts(pt, gt, th, wt)
                halves.append(round(M.f1c(k), 4))
            plain.append(M.f1c(cp))
            news.append(M.f1c(cn))
        print("with the rule" if rule else "shipped",
              f"ST3 cross-fitted {np.mean(plain):.4f}, news {np.mean(news):.4f}", "held-out halves", halves)


def train(data: Path | None) -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    arts = [a for a in split_articles(load_semeval2023(data))[0] if a.spans]
    words = re.compile(r"(?<![^\W_])[^\W\d_]{3,}(?![^\W_])")
    for h in (0, 1):
        half = [a for a in arts if int(hashlib.sha256(a.id.encode()).hexdigest(), 16) % 2 == h]
        n = twice = first = one = 0
        st: collections.Counter[Any] = collections.Counter()
        for a in half:
            reps = [s for s in a.spans if s.technique == "Repetition"]
            low = a.text.lower()
            for s in reps:
                t = a.text[s.start:s.end].strip().lower()
                if not t:
                    continue
                n += 1
                occ = [m.start() for m in re.finditer(re.escape(t), low)]
                twice += len(occ) >= 2
                first += bool(occ) and occ[0] >= s.start - 1
                one += len(t.split()) == 1
            anchors = [(s.start, s.end) for s in a.spans if s.technique not in SENTENCE_LEVEL
                       and s.technique != "Repetition"]
            groups = collections.defaultdict(list)
            for m in words.finditer(a.text):
                if m.group().lower() not in STOP_WORDS:
                    groups[m.group().lower()].append((m.start(), m.end(), m.group()[0].isupper()))
            for occ2 in groups.values():
                if 2 * sum(cap for *_, cap in occ2) > len(occ2):
                    continue
                key = "2-3" if len(occ2) <= 3 else "4-10" if len(occ2) <= 10 else "11+"
                anch = [any(gs <= s and e <= ge for gs, ge in anchors) for s, e, _ in occ2]
                for (s, e, _), x in zip(occ2, anch, strict=True):
                    for tag in ("all", "anchored") if any(anch) and not x else ("all",):
                        st[tag, key, "n"] += 1
                        st[tag, key, "rep"] += any(g.technique == "Repetition" and g.start <= s and e <= g.end
                                                   for g in a.spans)
                        st[tag, key, "any"] += any(g.start <= s and e <= g.end for g in a.spans)
        print(f"hash{h}: {len(half)} articles, {n} Repetition spans: {twice / n:.0%} occur twice or more, "
              f"{first / n:.0%} are the first occurrence, {one / n:.0%} one word")
        for tag in ("all", "anchored"):
            print(f"  {tag}: " + "; ".join(
                f"said {k}: {st[tag, k, 'n']} words, {st[tag, k, 'rep'] / max(1, st[tag, k, 'n']):.1%} Repetition, "
                f"{st[tag, k, 'any'] / max(1, st[tag, k, 'n']):.1%} any span" for k in ("2-3", "4-10", "11+")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scores", type=Path)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("what", choices=["si", "st3", "variants", "train"])
    args = ap.parse_args()
    if args.what == "train":
        train(args.data)
        return
    b = Bench(args.scores, args.data)
    {"si": si, "st3": st3, "variants": variants}[args.what](b)


if __name__ == "__main__":
    main()
