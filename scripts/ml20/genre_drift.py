"""Round-20 check of the multilingual genre head against today's features (docs/EVALUATION.md, "Multilingual genre,
round 20").

Scores each model folder's genre head (macro-F1) and technique head (micro-F1) on the validation articles of
fr/de/it/pl/ru (the project's split, official scorer: the training command's ``evaluate``), reading the item store
built by the training command's own loader (``scripts/ml19/st3_shape.py --store``). ``--reread`` scores each folder
a second time with every projection read back in column-major order: the layout in which safetensors wrote the
projections of rounds 11-15 (the transpose of SVD rows, written as it lay in memory).
``--check-features`` first recomputes every stored article's structural features
(``components.multilingual.structure_features``, the ``style`` block the genre head reads) from the article files
with the code of this checkout and reports the largest difference, so that the scores are those of today's features.

    python scripts/ml20/genre_drift.py --store /tmp/ml19/items.pkl [--check-features] [--reread] [--json OUT] \
        MODEL_DIR...
"""
from __future__ import annotations

import json
import pickle
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.components.multilingual import SEMEVAL_LANGUAGE_CODES, MultilingualModel, structure_features
from spinscope.training.data import load_semeval2023, paragraph_lines
from spinscope.training.multilingual import GENRE_LANGUAGES, LANGUAGES_2023, evaluate

DATA = Path("/work/shared/data")


def arg(name: str, default: str | None = None) -> str | None:
    """The value after ``name`` on the command line."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def feature_drift(items: list[Any]) -> float:
    """Largest absolute difference between the stored structural features and those computed now."""
    stored = {(it.language, it.id): it.vectors.structure for it in items}
    worst = 0.0
    for lang in LANGUAGES_2023:
        code = SEMEVAL_LANGUAGE_CODES[lang]
        for art in load_semeval2023(DATA, language=lang).values():
            if (code, art.id) not in stored:
                continue
            texts = [art.text[p.start:p.end] for p in paragraph_lines(art.text)]
            now = structure_features(texts, code)
            worst = max(worst, float(np.abs(now - stored[(code, art.id)]).max()))
    return worst


def reread(heads: dict[str, Any]) -> dict[str, Any]:
    """The heads with each projection's values read back in column-major order (as the file's bytes were written)."""
    out = {}
    for name, head in heads.items():
        if head.projection is not None:
            centre, components = head.projection
            head = replace(head, projection=(centre, components.ravel().reshape(components.shape, order="F")))
        out[name] = head
    return out


def validation_scores(items: list[Any], heads: dict[str, Any], work: Path) -> dict[str, dict[str, float]]:
    """Validation genre macro-F1 and technique micro-F1 per language (official scorer)."""
    report = evaluate(heads, [it for it in items if it.language in GENRE_LANGUAGES], [], work)
    return {lang: {"genre": r["st1"]["macroF1"], "techniques": r["st3"]["microF1"]} for lang, r in report.items()}


def main() -> None:
    """Score every model folder given; print and optionally write the figures."""
    items = pickle.loads(Path(arg("--store") or "/tmp/ml19/items.pkl").read_bytes())  # our own local store
    work = Path(arg("--work") or "/tmp/ml20/drift")
    flags = {"--store", "--json", "--work"}
    folders = [Path(a) for i, a in enumerate(sys.argv[1:], 1)
               if not a.startswith("--") and sys.argv[i - 1] not in flags]
    report: dict[str, Any] = {}
    if "--check-features" in sys.argv:
        report["structure_feature_max_abs_difference"] = feature_drift(items)
        print(f"structural features, stored vs now: max |difference| {report['structure_feature_max_abs_difference']}")
    for folder in folders:
        heads = MultilingualModel(folder).heads
        for label, read in (("", heads), (" reread", reread(heads) if "--reread" in sys.argv else None)):
            if read is not None:
                report[f"{folder}{label}"] = scores = validation_scores(items, read, work / f"{folder.name}{label}")
                print(f"{folder}{label}", scores, flush=True)
    if arg("--json"):
        Path(arg("--json") or "").write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
