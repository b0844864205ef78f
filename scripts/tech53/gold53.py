"""The gate's removals against SemEval-2023 gold: ``python scripts/tech53/gold53.py``.

On every SemEval-2023 English article (validation split and training part) laid out as an interview transcript
(``techniques53.answer_label``), runs the default pipeline's technique components with and without
``techniques_gate53.v1`` and counts the findings the gate removes, by label, and how many of them a gold span of the
same label (or of any label) overlaps. Counts only, no text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spinscope.api import analyze
from spinscope.components.techniques53 import answer_label
from spinscope.settings import DEFAULT_COMPONENTS
from spinscope.training.data import load_semeval2023, split_articles

BRANCH = [c for c in DEFAULT_COMPONENTS if c in {"language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1",
                                                   "genre.v1"} or c.startswith("techniques_gate")]
BASE = [c for c in BRANCH if c != "techniques_gate53.v1"]

if __name__ == "__main__":
    train, val = split_articles(load_semeval2023(Path("../shared/data")))
    for name, arts in (("validation", val), ("train", train)):
        removed: Counter[str] = Counter()
        same = anyl = n = 0
        for a in arts:
            if answer_label(a.text) is None:
                continue
            n += 1
            key = lambda t: (t.start, t.end, t.label)  # noqa: E731
            kept = {key(t) for t in analyze(a.text, components=BRANCH).techniques}
            for t in analyze(a.text, components=BASE).techniques:
                if key(t) in kept:
                    continue
                removed[t.label] += 1
                over = [g for g in a.spans if g.start < t.end and t.start < g.end]
                same += any(g.technique == t.label for g in over)
                anyl += bool(over)
        print(f"{name}: transcript articles {n}; findings the gate removes {sum(removed.values())} ("
              + ", ".join(f"{k} {v}" for k, v in removed.most_common()) + f"); overlapped by a gold span of their "
              f"label {same}, of any label {anyl}")
