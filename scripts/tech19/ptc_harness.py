"""Round 19 (docs/EVALUATION.md, "Techniques, round 19"): the round-18 harness on PTC's own format.

Lever 2 (``sparse_one_word.py``) passed its five rules on the round-18 harness, which reads the 87 English
validation articles in the SemEval-2023 format (paragraphs), but `spinscope predict ptc --task si` on the 15 PTC
dev articles among them (PTC's format: one sentence per line, the hidden PTC test's) fell 0.4290 -> 0.4098: the
paragraph density is lower when every line is a sentence (11 of those 15 articles under 1.8 against 6 of 15). This
harness scores the same articles in PTC's format: texts from ``ptc_semeval2020_task11/{train,dev}-articles``, the
tagger's scores and sentence vectors cached once (``ptc_cache.py``), span thresholds fitted on a half as round 18
fits them (SemEval-format scores and gold, ``harness.Runner.fitted``: that is where `spinscope train techniques`
fits them), gold the official PTC SI spans (``train-labels-task1-span-identification``, ``dev-task1-SI.labels
.derived``), SI the official sums. Splits, grid, choice on a fitting half: as ``sparse.py``.

    python scripts/tech19/ptc_harness.py --lever paragraphs|words [--out /tmp/tech19/ptc_<lever>.pkl]
"""

from __future__ import annotations

import argparse
import copy
import pickle
from pathlib import Path
from typing import Any

import numpy as np
import sparse
from harness import SPLITS, Runner, f1, halves, si_counts
from ptc_cache import PTC, ptc_text
from sparse import article_density, word_density

from spinscope.cli.train import _document
from spinscope.training.data import SEMEVAL2023_TO_PTC, load_semeval2023

GRIDS = {"paragraphs": [None] + [(b, x) for b in (1.0, 1.35, 1.8) for x in (0.1, 0.2, 1.0)],
         "words": [None] + [(b, x) for b in (0.14, 0.19, 0.22) for x in (0.1, 0.2, 1.0)]}


def ptc_gold(ids: list[str]) -> dict[str, list[tuple[int, int]]]:
    from spinscope.training.scorers import merge_spans

    gold: dict[str, list[tuple[int, int]]] = {i: [] for i in ids}
    paths = [*(PTC / "train-labels-task1-span-identification").glob("*.labels"), PTC / "dev-task1-SI.labels.derived"]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] in gold:
                gold[parts[0]].append((int(parts[1]), int(parts[2])))
    return {i: merge_spans(g) for i, g in gold.items()}


class PtcRunner:
    def __init__(self, sem: Runner, cache: Path) -> None:
        self.sem = sem
        saved = pickle.loads((cache / "scores.pkl").read_bytes())  # written by ptc_cache.py
        self.scores = saved["scores"]
        with np.load(cache / "sent.npz") as z:
            self.vectors = {k: z[k] for k in z.files}
        self.texts = {i: ptc_text(i) for i in sem.ids}
        self.component = sem.component
        self.current = ""

        def fake_score(text: str, paragraphs: Any) -> Any:
            cached = self.scores[self.current]
            if list(map(tuple, paragraphs)) != [(p.start, p.end) for p in cached]:
                raise SystemExit(f"{self.current}: paragraphs differ from the cached scores")
            return cached

        self.component.tagger.score = fake_score

    def findings(self, aid: str, thr: list[float] | None) -> list[tuple[int, int, str, str, float]]:
        cfg = copy.deepcopy(self.sem.base_config)
        if thr is not None:
            cfg["span_thresholds"] = thr
        self.component.tagger.config = cfg
        self.current = aid
        text = self.texts[aid]
        doc = _document(text)
        sentences = [(s.start, s.end) for s in doc.sentences if text[s.start:s.end].strip()]
        doc.sentence_vectors = (sentences, self.vectors[aid])
        doc = self.component(doc)
        return [(t.start, t.end, t.label, t.evidence, float(t.score)) for t in doc.techniques
                if t.label in SEMEVAL2023_TO_PTC and not t.evidence.endswith(":paragraph")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lever", choices=sorted(GRIDS), required=True)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/tech19/ptc_val"))
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    out = args.out or Path(f"/tmp/tech19/ptc_{args.lever}.pkl")
    grid = GRIDS[args.lever]
    sem = Runner(Path("/tmp/tech16/val_scores.pkl"), Path("/tmp/tech16/val_sent.npz"))
    r = PtcRunner(sem, args.cache)
    r.component.sparse_one_word = None
    if args.lever == "paragraphs" and not hasattr(r.component, "sparse_density"):
        raise SystemExit("the component reads the word density here: --lever paragraphs ran at commit a522f2e")
    r.component.sparse_density = args.lever
    src = r.component.tagger.config["paragraph_source"]
    density = {i: (word_density(r.scores[i]) if args.lever == "words" else article_density(r.scores[i], src))
               for i in sem.ids}
    gold = ptc_gold(sem.ids)

    def run(thr: list[float] | None) -> dict[Any, dict[str, Any]]:
        r.component.sparse_one_word = None
        base = {i: r.findings(i, thr) for i in sem.ids}
        res: dict[Any, dict[str, Any]] = {None: base}
        for g in grid[1:]:
            r.component.sparse_one_word = g
            res[g] = {i: (r.findings(i, thr) if density[i] < g[0] else base[i]) for i in sem.ids}
        r.component.sparse_one_word = None
        return res

    sparse.GRID[:] = grid
    cache: dict[str, Any] = {"ids": sem.ids, "density": density, "shipped": run(None), "splits": {}}
    for kind in SPLITS:
        parts = halves(sem.ids, kind)
        for x in (0, 1):
            thr = sem.fitted(parts[x])
            cache["splits"][(kind, x)] = {"fit_ids": parts[x], "held_ids": parts[1 - x], "by_value": run(thr)}
        print(kind, flush=True)
    out.write_bytes(pickle.dumps(cache))

    ids = sem.ids
    genre = {i: a.genre for i, a in load_semeval2023(None).items() if i in density}
    cuts = sorted({g[0] for g in grid[1:] if g is not None})
    rep = [i for i in ids if genre[i] == "reporting"]
    print("sparse articles (density under the grid's cuts): " + ", ".join(
        f"{b}: {sum(density[i] < b for i in ids)} ({sum(density[i] < b for i in rep)} of {len(rep)} reporting)"
        for b in cuts))
    print(f"choice on all 87, shipped thresholds: {sparse.choose(cache['shipped'], ids, gold)}")
    for g in grid:
        c = sparse.counts(cache["shipped"][g], ids, gold)
        print(f"  shipped thresholds {g}: SI {f1(c):.4f} spans {int(c[1])}")
    gains = {}
    per_art: dict[str, dict[str, np.ndarray]] = {}
    for kind in SPLITS:
        pb, pn = np.zeros(4), np.zeros(4)
        fixed = {g: np.zeros(4) for g in grid}
        for x in (0, 1):
            part = cache["splits"][(kind, x)]
            g = sparse.choose(part["by_value"], part["fit_ids"], gold)
            print(f"  {kind}{x}: chose {g}")
            for i in part["held_ids"]:
                b = si_counts([(s, e) for s, e, *_ in part["by_value"][None][i]], gold[i])
                n = si_counts([(s, e) for s, e, *_ in part["by_value"][g][i]], gold[i])
                pb += b
                pn += n
                per_art.setdefault(kind, {})[i] = np.stack([b, n])
                for v in grid:
                    fixed[v] += si_counts([(s, e) for s, e, *_ in part["by_value"][v][i]], gold[i])
        gains[kind] = f1(pn) - f1(pb)
        print(f"split {kind}: base {f1(pb):.4f} (P {pb[0] / pb[1]:.4f} R {pb[2] / pb[3]:.4f}, {int(pb[1])} spans) "
              f"nested {f1(pn):.4f} (P {pn[0] / pn[1]:.4f} R {pn[2] / pn[3]:.4f}, {int(pn[1])} spans)")
        print("   fixed: " + ", ".join(f"{v}: {f1(c) - f1(pb):+.4f}" for v, c in fixed.items() if v))
    rng = np.random.default_rng(19)
    boots = []
    for _ in range(sparse.BOOT):
        pick = rng.choice(ids, size=len(ids))
        boots.append(np.mean([f1(sum(per_art[k][i][1] for i in pick)) - f1(sum(per_art[k][i][0] for i in pick))
                              for k in sparse.ORIGINAL]))
    lo, hi = np.quantile(boots, [0.025, 0.975])
    print(f"PTC format: nested change, original splits {np.mean([gains[k] for k in sparse.ORIGINAL]):+.4f} "
          f"(eo {gains['eo']:+.4f}, h {gains['h']:+.4f}); 95% [{lo:+.4f}, {hi:+.4f}]; fresh "
          f"{np.mean([gains[k] for k in sparse.FRESH]):+.4f} ({', '.join(f'{gains[k]:+.4f}' for k in sparse.FRESH)})")


if __name__ == "__main__":
    main()
