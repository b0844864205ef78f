"""Round 18 (docs/EVALUATION.md, "Techniques, round 18"): two span-boundary levers for PTC SI, measured on the
round-18 harness (``harness.py build``: the shipped component's findings on the 87 English validation articles,
span thresholds fitted on the other half).

Lever ``np`` (phrase extension). Training gold (the tagger's first 200 training articles, spaCy's
en_core_web_sm noun chunks, leading determiners and pronouns dropped): a token that lies inside a gold span of a
word-level technique has its noun chunk 93% inside gold (ADJ 0.93, NOUN 0.95, PROPN 0.92; 81-84% of such chunks
wholly inside), and the chunk holds about 3x the token's gold characters. The SI metric gives a predicted span
its share of characters in gold as precision, so a wrong span loses nothing by growing and a right one gains
recall. Rule: each word-level finding (not a SENTENCE_LEVEL technique, not a label or head sentence) grows to the
noun chunks its first and last tokens lie in (leading DET / PRON tokens of a chunk left out). Grid:
``off`` / ``one`` (one-token findings only) / ``all`` (every word-level finding).

Lever ``bridge``: two predicted SI spans of one line separated only by up to 3 characters that are neither
letters nor digits (", ", " - ") are one span. Grid: ``off`` / ``on``. Measured on top of the ``np`` choice.

Decision rule (written before the first run of this script): a lever is adopted when
  1. its nested gain (the grid value chosen on each fitting half by that half's own SI, with thresholds fitted
     there, scored on the other half; counts of a split's two held-out halves pooled), mean of the rounds' two
     splits (even/odd, sha256 of the id mod 2), is at least +0.003;
  2. the paired bootstrap over the 87 articles (2,000 resamples, the same resample for both splits) gives a 95%
     interval of that gain above 0;
  3. the mean nested gain over three fresh splits (sha256 of the id + "a" / "b" / "c") is above 0;
  4. ST3 is not lower: the lever touches spans only, so `predict semeval2023 --subtask 3` must stay
     byte-identical (checked through the command).
Everything else printed (the fixed grid values, genres, the 15 PTC dev articles of the validation split) is
reported, not decided on.

    python scripts/tech18/si_levers.py --findings /tmp/tech18/findings.pkl [--lever np|bridge]
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from harness import SPLITS, f1, gold_spans, si_counts

from spinscope.components.persuasion_models import SENTENCE_LEVEL
from spinscope.training.data import load_semeval2023, paragraph_lines
from spinscope.training.scorers import merge_spans

Span = tuple[int, int]
BOOT = 2000
ORIGINAL = ("eo", "h")
FRESH = ("a", "b", "c")


class Parses:
    """spaCy parses of each line of an article (the project's pipeline), computed once."""

    def __init__(self) -> None:
        from spinscope.components.core import load_spacy

        self.nlp = load_spacy()
        self.memo: dict[str, list[tuple[int, Any]]] = {}

    def __call__(self, aid: str, text: str) -> list[tuple[int, Any]]:
        if aid not in self.memo:
            lines = [ln for ln in paragraph_lines(text) if text[ln.start:ln.end].strip()]
            self.memo[aid] = [(ln.start, d) for ln, d in
                              zip(lines, self.nlp.pipe([text[ln.start:ln.end] for ln in lines]), strict=True)]
        return self.memo[aid]


def chunk_bounds(parsed: list[tuple[int, Any]]) -> list[tuple[int, int, int, int]]:
    """(token start, token end, chunk start, chunk end) for every token inside a noun chunk, offsets into the
    article; the chunk's leading determiners and pronouns left out."""
    out = []
    for offset, doc in parsed:
        for c in doc.noun_chunks:
            k = c.start
            while k < c.end and doc[k].pos_ in ("DET", "PRON"):
                k += 1
            if k >= c.end:
                continue
            cs, ce = offset + doc[k].idx, offset + c.end_char
            for t in doc[k:c.end]:
                out.append((offset + t.idx, offset + t.idx + len(t.text), cs, ce))
    return out


def is_word_level(f: tuple[Any, ...]) -> bool:
    _, _, label, evidence, _ = f
    return label not in SENTENCE_LEVEL and not evidence.endswith(("sentence", "paragraph"))


def extend(findings: list[tuple[Any, ...]], chunks: list[tuple[int, int, int, int]], text: str, mode: str
           ) -> list[Span]:
    spans: list[Span] = []
    for f in findings:
        s, e = f[0], f[1]
        if mode != "off" and is_word_level(f) and (mode == "all" or len(text[s:e].split()) == 1):
            first = [c for c in chunks if c[0] <= s < c[1]]
            last = [c for c in chunks if c[0] < e <= c[1]]
            s = min([s] + [c[2] for c in first])
            e = max([e] + [c[3] for c in last])
        spans.append((s, e))
    return spans


def bridge(spans: list[Span], text: str, mode: str) -> list[Span]:
    merged = merge_spans(spans)
    if mode == "off":
        return merged
    out: list[Span] = []
    for s, e in merged:
        if out:
            gap = text[out[-1][1]:s]
            if len(gap) <= 3 and "\n" not in gap and not any(ch.isalnum() for ch in gap):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", type=Path, default=Path("/tmp/tech18/findings.pkl"))
    ap.add_argument("--lever", choices=["np", "bridge"], default="np")
    ap.add_argument("--np-mode", default="nested", help="for --lever bridge: the np value under it (off/one/all)")
    args = ap.parse_args()
    cache = pickle.loads(args.findings.read_bytes())  # written by harness.py build
    arts = load_semeval2023(None)
    ids: list[str] = cache["ids"]
    text = {i: arts[i].text for i in ids}
    gold = {i: gold_spans(arts[i]) for i in ids}
    genre = {i: (arts[i].genre or "?") for i in ids} if hasattr(arts[ids[0]], "genre") else {i: "?" for i in ids}
    parses = Parses()
    chunks = {i: chunk_bounds(parses(i, text[i])) for i in ids}

    if args.lever == "np":
        grid = ["off", "one", "all"]

        def spans_of(i: str, found: list[Any], v: str) -> list[Span]:
            return extend(found, chunks[i], text[i], v)
    else:
        grid = ["off", "on"]

        def spans_of(i: str, found: list[Any], v: str) -> list[Span]:
            return bridge(extend(found, chunks[i], text[i], args.np_mode), text[i], v)

    # per (split, fitting half): counts per article for every grid value, on the fitting and the held-out half
    held: dict[tuple[str, int], dict[str, dict[str, np.ndarray]]] = {}
    chosen: dict[tuple[str, int], str] = {}
    for kind in SPLITS:
        for x in (0, 1):
            part = cache["splits"][(kind, x)]
            fit_si = {v: f1(sum(si_counts(spans_of(i, part["fit"][i], v), gold[i]) for i in part["fit_ids"]))
                      for v in grid}
            chosen[(kind, x)] = max(grid, key=lambda v: (round(fit_si[v], 6), -grid.index(v)))
            held[(kind, x)] = {v: {i: si_counts(spans_of(i, part["held"][i], v), gold[i]) for i in part["held_ids"]}
                               for v in grid}
            print(f"{kind} fit half {x}: fitting-half SI " + ", ".join(f"{v} {fit_si[v]:.4f}" for v in grid)
                  + f" -> {chosen[(kind, x)]}", flush=True)

    def split_f1(kind: str, pick: Callable[[int], str], weights: dict[str, float] | None = None) -> float:
        tot = np.zeros(4)
        for x in (0, 1):
            for i, c in held[(kind, x)][pick(x)].items():
                tot += c * (weights[i] if weights else 1.0)
        return f1(tot)

    def gain(kind: str, weights: dict[str, float] | None = None) -> tuple[float, float]:
        base = split_f1(kind, lambda x: "off", weights)
        nested = split_f1(kind, lambda x: chosen[(kind, x)], weights)
        return base, nested

    print("\nfixed grid values (held-out, pooled per split):")
    for kind in SPLITS:
        print(f"  {kind}: " + ", ".join(f"{v} {split_f1(kind, lambda x, v=v: v):.4f}" for v in grid))
    rows = {kind: gain(kind) for kind in SPLITS}
    for kind, (b, n) in rows.items():
        print(f"nested {kind}: {b:.4f} -> {n:.4f} ({n - b:+.4f})")
    orig = np.mean([rows[k][1] - rows[k][0] for k in ORIGINAL])
    base_mean = np.mean([rows[k][0] for k in ORIGINAL])
    fresh = np.mean([rows[k][1] - rows[k][0] for k in FRESH])
    print(f"ORIGINAL two splits: {base_mean:.4f} -> {base_mean + orig:.4f} ({orig:+.4f}); fresh mean {fresh:+.4f}")

    rng = np.random.default_rng(18)
    diffs = []
    for _ in range(BOOT):
        sample = rng.choice(len(ids), size=len(ids), replace=True)
        w: dict[str, float] = {}
        for j in sample:
            w[ids[j]] = w.get(ids[j], 0.0) + 1.0
        ww = {i: w.get(i, 0.0) for i in ids}
        d = [gain(k, ww) for k in ORIGINAL]
        diffs.append(np.mean([n - b for b, n in d]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    print(f"bootstrap 95% interval of the nested gain (two original splits): [{lo:+.4f}, {hi:+.4f}]")
    ok = orig >= 0.003 and lo > 0 and fresh > 0
    print(f"DECISION (rules 1-3): {'adopt' if ok else 'reject'}")

    # reported only: by genre, and the 15 PTC dev articles of the validation split
    ptc_dev = {p.name[7:-4] for p in (Path(__file__).resolve().parents[2].parent / "shared/data/"
                                          "ptc_semeval2020_task11/dev-articles").glob("article*.txt")}
    for name, keep in (("PTC dev articles in the split", lambda i: i in ptc_dev),
                       ("reporting", lambda i: genre[i] == "reporting"),
                       ("not reporting", lambda i: genre[i] != "reporting")):
        wts = {i: 1.0 if keep(i) else 0.0 for i in ids}
        d = [gain(k, wts) for k in ORIGINAL]
        print(f"{name} ({sum(map(keep, ids))} articles): {np.mean([b for b, _ in d]):.4f} -> "
              f"{np.mean([n for _, n in d]):.4f}")


if __name__ == "__main__":
    main()
