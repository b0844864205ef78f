"""Round 19 (docs/EVALUATION.md, "Techniques, round 19"): technique findings of the shipped `techniques.v1` on
real 2016 political news, with the sparse-article one-word rule on (shipped) and off, counts only (no text is
printed or kept). The texts: polnear_dev's attribution tuning half (``scripts/attr_dev.py``'s split, 43
articles; the held-out half is not read), each read as `spinscope predict` reads an article file (lines are
paragraphs). The tagger runs once per article; both settings reuse its scores.

    python scripts/tech19/news_counts.py          # about 5 minutes on one core
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from attr_dev import DATA, stems

from spinscope.cli.train import _document
from spinscope.components.persuasion import TechniqueSpans
from spinscope.components.persuasion_models import SPARSE_ONE_WORD, content_words, word_density


def main() -> None:
    assert SPARSE_ONE_WORD is not None
    component = TechniqueSpans()  # as `spinscope analyze` builds it: the sentence head on
    tagger = component.tagger
    assert tagger is not None
    real_score = tagger.score
    memo: dict[str, object] = {}

    def score(text: str, paragraphs: object) -> object:
        if text not in memo:
            memo[text] = real_score(text, paragraphs)  # type: ignore[arg-type]
        return memo[text]

    tagger.score = score  # type: ignore[method-assign]
    tally: dict[tuple[str, str], Counter[str]] = {}
    densities: dict[str, list[float]] = {}
    for stem in stems("tune"):
        text = (DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        outlet = stem.split("_")[0]
        for setting in ("off", "on"):
            component.sparse_one_word = SPARSE_ONE_WORD if setting == "on" else None
            doc = _document(text)
            doc = component(doc)
            c = tally.setdefault((outlet, setting), Counter())
            c["articles"] += 1
            c["words"] += len(text.split())
            for t in doc.techniques:
                c["findings"] += 1
                if len(content_words(text[t.start:t.end])) == 1:
                    c["one-word"] += 1
                if t.evidence.endswith(":sentence"):
                    c["label sentences"] += 1
        scores = memo[text if not doc.separate_title else f"{text}\n{doc.separate_title}"]
        densities.setdefault(outlet, []).append(word_density(scores))  # type: ignore[arg-type]
    for setting in ("off", "on"):
        total: Counter[str] = Counter()
        for (outlet, s), c in sorted(tally.items()):
            if s != setting:
                continue
            total.update(c)
            kw = c["words"] / 1000
            d = np.array(densities[outlet])
            print(f"{setting:3s} {outlet:12s} {c['articles']:2d} art {c['words']:6d} w: "
                  f"findings {c['findings'] / kw:5.1f}"
                  f"/1,000 w, one-word {c['one-word'] / kw:4.2f}/1,000 w, label sentences {c['label sentences']:3d}; "
                  f"sparse {int((d < SPARSE_ONE_WORD[0]).sum())}/{len(d)} (median density {np.median(d):.3f})")
        kw = total["words"] / 1000
        print(f"{setting:3s} all: {total['articles']} articles, {total['words']} words: findings {total['findings']} "
              f"({total['findings'] / kw:.1f}/1,000 w), one-word {total['one-word']} ({total['one-word'] / kw:.2f}"
              f"/1,000 w), label sentences {total['label sentences']}")


if __name__ == "__main__":
    main()
