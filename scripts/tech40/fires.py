"""Where round 40's rule can fire: ``python scripts/tech40/fires.py``. Counts the articles whose body the techniques
layer reads as one paragraph of at least three sentences (``techniques40.wire_units``), as ``spinscope predict
semeval2023`` / ``predict ptc`` build their documents (each line a paragraph), over every English SemEval-2023 and
PTC (SemEval-2020 task 11) article file in ../shared/data. Reads no model and no label."""

from __future__ import annotations

from pathlib import Path

from spinscope.cli.train import _document
from spinscope.components.persuasion import _paragraphs, _sentences
from spinscope.components.techniques40 import wire_units

DATA = Path("../shared/data")
folders = sorted(p for p in {q.parent for q in (DATA / "semeval2023_task3" / "en").rglob("article*.txt")}
                 | {q.parent for q in (DATA / "ptc_semeval2020_task11").rglob("article*.txt")}
                 if "labels" not in p.name)
total = fired = 0
for folder in folders:
    n = f = 0
    for path in sorted(folder.glob("article*.txt")):
        doc = _document(path.read_text(encoding="utf-8"))
        every = _paragraphs(doc)
        n += 1
        f += wire_units(every, _sentences(doc), every) is not None
    total, fired = total + n, fired + f
    print(f"{folder.relative_to(DATA)}: {n} articles, rule fires on {f}")
print(f"all: {total} article files, rule fires on {fired}")
