"""Genre round 18 (issue 15): does the evidence of spinscope's own attribution and claims layers tell news from
opinion? Decision rules: ``RULES.md`` beside this file (written before the deciding run).

Three steps (docs/EVALUATION.md, "Genre, round 18"):

``python measure.py layers``
    Reads the JSON Lines that ``spinscope analyze --components
    language.v1,segment.v1,attributions.v1,sentence-vectors.v1,claims.v1`` wrote for the 433 English SemEval-2023
    ST1 training articles, the 84 polnear_dev texts and the sample opinion article (``--analyzed``, see the README
    of this folder), and computes per article the candidate blocks: ``SOURCING`` (5 columns, attributions.v1) and
    ``CLAIMS`` (3 columns, claims.v1). Writes ``WORK/feats.pkl``: round 12's feature cache (``--base``, made by
    ``scripts/genre12/measure.py cache``) with the 8 columns appended (30-34 sourcing, 35-37 claims); the other
    languages' rows get 0 there, the English mean after standardisation.

``python measure.py eval NAME ...``
    Round 12's nested six-language harness (outer 5 folds stratified by language x genre, outer seeds 7, 8, 9;
    temperature and offsets chosen inside) for the shipped recipe and each named candidate (``A`` sourcing,
    ``B`` claims, ``AB`` both); stores the outer-fold English probabilities in ``WORK/nested_NAME.npz``.

``python measure.py decide NAME ...``
    The statistic of RULES.md against the shipped recipe: EN news change averaged over the seeds with its paired
    bootstrap (2,000 draws), the validation split's reporting articles called otherwise, polnear_dev counts.

Run from the worktree root under ``nice -n 10`` with ``OMP_NUM_THREADS=1`` and ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "genre12"))
import measure as g12  # round 12's harness

SHIPPED = [0, 1, 7, 8, 9, 10, 11, 13, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26]
SOURCING = ("attributed_sentences", "quoted_sentences", "attributed_chars", "sources_per_sentence",
            "named_attributions")
CLAIMS = ("writer_opinion_sentences", "writer_claim_sentences", "mean_checkworthiness")
BASE_COLS = 30
RECIPES: dict[str, list[int]] = {
    "shipped": SHIPPED,
    "A": SHIPPED + list(range(BASE_COLS, BASE_COLS + 5)),
    "B": SHIPPED + list(range(BASE_COLS + 5, BASE_COLS + 8)),
    "AB": SHIPPED + list(range(BASE_COLS, BASE_COLS + 8)),
}
SEEDS = (7, 8, 9)


def _overlaps(start: int, end: int, spans: Sequence[Any]) -> bool:
    return any(a.start < end and start < a.end for a in spans)


def sourcing_features(text: str, sentences: Sequence[tuple[int, int]], attributions: Sequence[Any]) -> list[float]:
    """Shares of sentences with an attribution and with a direct or mixed quote, share of the sentences'
    characters inside attributed content, distinct sources per sentence, share of attributions naming their
    source."""
    from spinscope.components.claims import source_keys

    n = max(len(sentences), 1)
    quotes = [a for a in attributions if a.kind in ("direct", "mixed")]
    covered = np.zeros(len(text), dtype=bool)
    for a in attributions:
        covered[a.content.start:a.content.end] = True
    inside = np.zeros(len(text), dtype=bool)
    for s, e in sentences:
        inside[s:e] = True
    return [sum(_overlaps(s, e, attributions) for s, e in sentences) / n,
            sum(_overlaps(s, e, quotes) for s, e in sentences) / n,
            float((covered & inside).sum() / max(int(inside.sum()), 1)),
            len(set(source_keys(text, attributions))) / n if attributions else 0.0,
            float(np.mean([a.named for a in attributions])) if attributions else 0.0]


def claims_features(claims: Sequence[Any]) -> list[float]:
    """Shares of sentences the claims layer calls opinion, and check-worthy, with no attribution (the writer's
    own), and their mean check-worthiness."""
    if not claims:
        return [0.0, 0.0, 0.0]
    n = len(claims)
    return [sum(c.label == "opinion" and c.attribution is None for c in claims) / n,
            sum(c.label == "checkworthy" and c.attribution is None for c in claims) / n,
            float(np.mean([c.checkworthiness or 0.0 for c in claims]))]


def record_features(record: dict[str, Any]) -> list[float]:
    from spinscope.result import Attribution, Claim

    article = record["article"]
    text = article["text"]
    sentences = [(s["start"], s["end"]) for s in article.get("sentences") or []]
    attributions = [Attribution.model_validate(a) for a in record.get("attributions") or []]
    claims = [Claim.model_validate(c) for c in record.get("claims") or []]
    return sourcing_features(text, sentences, attributions) + claims_features(claims)


def layers(base: Path, analyzed: Path, work: Path) -> None:
    started = time.time()
    d = pickle.loads((base / "feats.pkl").read_bytes())
    by_source: dict[str, list[float]] = {}
    for name in ("an_en.jsonl", "an_polnear.jsonl", "an_sample.jsonl"):
        for line in (analyzed / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            by_source[Path(record["article"]["source"]).name] = record_features(record)
    en = np.array([by_source[f"article{i}.txt"] for i in d["en"]["ids"]], dtype=np.float32)
    polnear_files = sorted(k for k in by_source if not k.startswith("article") and k != "sample-opinion-article.txt")
    pol = np.array([by_source[k] for k in polnear_files], dtype=np.float32)
    assert len(pol) == len(d["polnear"]["x"]), (len(pol), len(d["polnear"]["x"]))
    assert d["en"]["x"].shape[1] == BASE_COLS
    d["en"]["x"] = np.hstack([d["en"]["x"], en])
    d["polnear"]["x"] = np.hstack([d["polnear"]["x"], pol])
    d["sample"]["x"] = np.hstack([d["sample"]["x"], np.array([by_source["sample-opinion-article.txt"]])])
    for lang in g12.LANGS:
        d[lang]["x"] = np.hstack([d[lang]["x"], np.zeros((len(d[lang]["x"]), en.shape[1]), dtype=np.float32)])
    work.mkdir(parents=True, exist_ok=True)
    (work / "feats.pkl").write_bytes(pickle.dumps(d))
    y = d["en"]["y"]
    for k, name in enumerate(SOURCING + CLAIMS):
        print(f"{name:26s} EN mean by genre o/r/s " + " / ".join(f"{en[y == g, k].mean():.3f}" for g in range(3))
              + f"   polnear {pol[:, k].mean():.3f}")
    print(f"{len(en)} EN + {len(pol)} polnear + sample in {time.time() - started:.0f} s")


def evaluate(work: Path, names: list[str]) -> None:
    h = g12.Harness(work)
    for name in names:
        started = time.time()
        r = {"cols": RECIPES[name]}
        runs = [h.nested(r, seed=s) for s in SEEDS]
        np.savez(work / f"nested_{name}.npz", **{f"s{s}": e["probs_en"] for s, e in zip(SEEDS, runs, strict=True)})
        pol, sample, _ = h.counts({**r, "off": [0.0, 0.0, -0.5], "T": 0.9})
        print(json.dumps({"recipe": name, "en_news": [e["en_news"] for e in runs],
                          "en_plain": [e["per"]["en"] for e in runs], "en_late": [e["en_late"] for e in runs],
                          "mean_per_language": [e["mean"] for e in runs],
                          "per_language_first_seed": runs[0]["per"],
                          "chosen": [e["chosen"] for e in runs], "polnear_o_r_s": pol, "sample_o_r_s": sample,
                          "seconds": round(time.time() - started)}), flush=True)


def decide(work: Path, names: list[str], data: Path) -> None:
    from spinscope.training.data import load_semeval2023, split_articles

    h = g12.Harness(work)
    y = h.y
    _, val = split_articles(load_semeval2023(data))
    val_ids = {a.id for a in val}
    ids = h.d["en"]["ids"]
    val_reporting = np.array([i in val_ids and y[k] == 1 for k, i in enumerate(ids)])
    base = np.load(work / "nested_shipped.npz")
    rng = np.random.default_rng(0)
    draws = [rng.integers(0, len(y), len(y)) for _ in range(2000)]

    def flipped(p: Any) -> int:
        return int(sum(((p[f"s{s}"].argmax(1) != 1) & val_reporting).sum() for s in SEEDS))

    print(f"validation reporting articles: {int(val_reporting.sum())}; shipped calls them otherwise "
          f"{flipped(base)} times over {len(SEEDS)} seeds")
    for name in names:
        cand = np.load(work / f"nested_{name}.npz")
        mean_change = np.mean([g12.news(cand[f"s{s}"], y) - g12.news(base[f"s{s}"], y) for s in SEEDS])
        diffs = np.array([np.mean([g12.news(cand[f"s{s}"][i], y[i]) - g12.news(base[f"s{s}"][i], y[i])
                                   for s in SEEDS]) for i in draws])
        plain = np.mean([g12.plain(cand[f"s{s}"], y) - g12.plain(base[f"s{s}"], y) for s in SEEDS])
        lo, hi = np.quantile(diffs, [0.025, 0.975])
        print(json.dumps({"recipe": name, "en_news_change": round(float(mean_change), 4),
                          "ci95": [round(float(lo), 4), round(float(hi), 4)],
                          "ahead_share": round(float((diffs > 0).mean()), 3),
                          "en_plain_change": round(float(plain), 4),
                          "val_reporting_called_otherwise": flipped(cand),
                          "confusion_seed7": g12.confusion(cand["s7"], y),
                          "passes_1": bool(lo > 0), "passes_2": flipped(cand) <= flipped(base)}), flush=True)
    print("shipped confusion seed 7", g12.confusion(base["s7"], y))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("layers", "eval", "decide"))
    parser.add_argument("names", nargs="*", default=["shipped", "A", "B", "AB"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/genre18/g18"))
    parser.add_argument("--base", type=Path, default=Path("/tmp/genre18/g12"), help="round 12's feature cache")
    parser.add_argument("--analyzed", type=Path, default=Path("/tmp/genre18"), help="folder of the an_*.jsonl")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    if args.step == "layers":
        layers(args.base, args.analyzed, args.work)
    elif args.step == "eval":
        evaluate(args.work, args.names)
    else:
        decide(args.work, [n for n in args.names if n != "shipped"], args.data)


if __name__ == "__main__":
    main()
