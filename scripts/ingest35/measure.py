#!/usr/bin/env python3
"""Measure what cleaning's mid-text removals do to the acceptance scorer's span mapping (round 35, issues 16/17).

``../shared/eval/score_attr.py`` maps a predicted span back to the input file by one global shift (where the
cleaned text's first 80 characters stand in the input) and the occurrence of the span's text nearest to
``start + shift``. Where cleaning removed something from the middle of a text, the kept characters after it sit at
another shift, and a short span ("he", a surname) can land on another occurrence of its text.

    python scripts/ingest35/measure.py cleaning             # texts whose cleaning removes a mid-text span, by folder
    python scripts/ingest35/measure.py spans --polnear       # PolNeAR dev, both halves: predicted spans misplaced
    python scripts/ingest35/measure.py spans --gold tests/gold/attributions_real48.jsonl [...]

The true place of each character of ``article.text`` in the input is an offset map from aligning the cleaned text
with the file as the scorer reads it (lines first, then characters inside the lines that differ). A predicted
speaker or content span is *misplaced* when the scorer's remap puts it elsewhere than its true place, and *lost*
when the scorer finds no occurrence of its text (a span across a removal). ``spans`` also scores each set twice:
with the scorer's own mapping (the official figure) and with every span at its true place (what the official
figure would be if the mapping were exact). Figures only: no text is printed.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SCORER = SHARED / "eval" / "score_attr.py"
UPSTREAM = ("language.v1", "segment.v1", "entities.v1")

#: The article folders the cleaning count walks (the SemEval-2023 subtasks share their articles: subtask 3 only).
FOLDERS = (
    "polnear_dev/text",
    "ptc_semeval2020_task11/train-articles",
    "ptc_semeval2020_task11/dev-articles",
    *(f"semeval2023_task3/{lang}/train-articles-subtask-3" for lang in ("en", "fr", "ge", "it", "po", "ru")),
    *(f"semeval2025_task10/{lang}/raw-documents" for lang in ("EN", "BG", "HI", "PT", "RU")),
)


#: Shifts that differ by at most this many characters (blank lines after a title) cannot move a span to another
#: occurrence of its text in practice; the count of wider spreads is the one that matters.
SPREAD = 2


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_attr", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def offset_map(cleaned: str, original: str) -> list[int]:
    """For each character of ``cleaned``, its offset in ``original`` (-1 where it has none)."""
    out = [-1] * len(cleaned)
    a_lines, b_lines = cleaned.splitlines(keepends=True), original.splitlines(keepends=True)
    a_at = [0]
    for line in a_lines:
        a_at.append(a_at[-1] + len(line))
    b_at = [0]
    for line in b_lines:
        b_at.append(b_at[-1] + len(line))
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                for c in range(len(a_lines[i1 + k])):
                    out[a_at[i1 + k] + c] = b_at[j1 + k] + c
        elif tag == "replace":
            a, b = cleaned[a_at[i1]:a_at[i2]], original[b_at[j1]:b_at[j2]]
            for t, x1, x2, y1, _ in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                if t == "equal":
                    for c in range(x2 - x1):
                        out[a_at[i1] + x1 + c] = b_at[j1] + y1 + c
    return out


def shifts(cleaned: str, mapping: list[int]) -> Counter[int]:
    """How many non-blank characters of the cleaned text stand at each shift (input offset minus cleaned offset)."""
    return Counter(m - i for i, (ch, m) in enumerate(zip(cleaned, mapping, strict=True)) if m >= 0 and not ch.isspace())


def clean(path: Path) -> tuple[str, list[str]]:
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    item = next(iter(iter_paths([path])))
    doc = make_document(item)  # type: ignore[arg-type]
    return doc.text, list(doc.removed)


def cleaning(_: argparse.Namespace) -> None:
    """Per folder: texts, texts with any removal, texts whose kept characters stand at more than one shift."""
    print("folder\ttexts\tremoved_any\tmid_text_shift\tshift_spread_over_2\tchars_at_minority_shift")
    for folder in FOLDERS:
        paths = sorted((DATA / folder).glob("*.txt"))
        n_removed = n_mid = n_wide = minority = 0
        for path in paths:
            text, removed = clean(path)
            n_removed += bool(removed)
            counts = shifts(text, offset_map(text, path.read_text(encoding="utf-8")))
            if len(counts) > 1:
                n_mid += 1
                n_wide += max(counts) - min(counts) > SPREAD
                minority += sum(counts.values()) - max(counts.values())
        print(f"{folder}\t{len(paths)}\t{n_removed}\t{n_mid}\t{n_wide}\t{minority}")


def _analyze(path: Path) -> dict[str, Any]:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    global _EXTRACTOR, _UPSTREAM
    if _EXTRACTOR is None:
        _EXTRACTOR, _UPSTREAM = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    doc = _EXTRACTOR(_UPSTREAM.run(make_document(next(iter(iter_paths([path]))))))  # type: ignore[arg-type]
    return {"article": {"text": doc.text}, "attributions": [a.model_dump(mode="json") for a in doc.attributions]}


_EXTRACTOR: Any = None
_UPSTREAM: Any = None


def _true_result(result: dict[str, Any], original: str, mapping: list[int]) -> dict[str, Any]:
    """The result with the input as its text and every span at its true place (a span across a removal is kept
    from its first to its last mapped character)."""
    def place(sp: dict[str, Any] | None) -> dict[str, int] | None:
        if not sp:
            return None
        inside = [mapping[i] for i in range(sp["start"], sp["end"]) if mapping[i] >= 0]
        return {"start": inside[0], "end": inside[-1] + 1} if inside else None
    atts = [{"content": place(a.get("content")), "speaker": place(a.get("speaker"))}
            for a in result["attributions"]]
    return {"article": {"text": original}, "attributions": [a for a in atts if a["content"]]}


def spans(args: argparse.Namespace) -> None:
    scorer = _scorer()
    sets: list[tuple[str, list[tuple[str, Path, Path | None, dict[str, Any] | None]]]] = []
    if args.polnear:
        sys.path.insert(0, str(ROOT / "scripts"))
        from attr_dev import half_of  # type: ignore[import-not-found]

        pol = DATA / "polnear_dev"
        for half in ("tune", "held"):
            sets.append((f"polnear {half}", [(p.stem, p, pol / "attributions" / f"{p.stem}.ann", None)
                                             for p in sorted((pol / "text").glob("*.txt")) if half_of(p.stem) == half]))
    for gold in args.gold:
        rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        sets.append((gold.stem, [(Path(r["path"]).stem, SHARED / r["path"], None, r) for r in rows]))
    sys.path.insert(0, str(ROOT / "scripts" / "attr31"))
    from score import write_brat  # type: ignore[import-not-found]

    print("set\ttexts\tshift_spread_over_2\tspeaker_spans\tspeaker_misplaced\tspeaker_lost\tcontent_spans"
          "\tcontent_misplaced\tcontent_lost\tofficial\ttrue_places")
    for name, items in sets:
        with tempfile.TemporaryDirectory() as tmp:
            dirs = {k: Path(tmp, k) for k in ("text", "ann", "official", "true")}
            for d in dirs.values():
                d.mkdir()
            n = Counter()
            for stem, path, ann, rec in items:
                original = path.read_text(encoding="utf-8")
                result = _analyze(path)
                text = result["article"]["text"]
                mapping = offset_map(text, original)
                counts = shifts(text, mapping)
                n["mid"] += bool(counts) and max(counts) - min(counts) > SPREAD
                for a in result["attributions"]:
                    if not a.get("content"):
                        continue
                    one = scorer.predicted({"article": result["article"], "attributions": [a]}, original)
                    if not one:
                        n["content_lost"] += 1
                        n["content"] += 1
                        continue
                    for field, got in (("content", one[0][0]), ("speaker", one[0][1])):
                        sp = a.get(field)
                        if not sp:
                            continue
                        n[field] += 1
                        first, last = mapping[sp["start"]], mapping[sp["end"] - 1]
                        if not got:
                            n[f"{field}_lost"] += 1
                        elif got != [(first, last + 1)]:
                            n[f"{field}_misplaced"] += 1
                (dirs["official"] / f"{stem}.json").write_text(json.dumps(result), encoding="utf-8")
                (dirs["true"] / f"{stem}.json").write_text(json.dumps(_true_result(result, original, mapping)),
                                                           encoding="utf-8")
                (dirs["text"] / f"{stem}.txt").symlink_to(path)
                if ann is not None:
                    (dirs["ann"] / f"{stem}.ann").symlink_to(ann)
                else:
                    write_brat(rec, original, dirs["ann"] / f"{stem}.ann")
            figures = []
            for kind in ("official", "true"):
                import subprocess

                run = subprocess.run([sys.executable, str(SCORER), str(dirs["text"]), str(dirs["ann"]),
                                      str(dirs[kind])], capture_output=True, text=True, check=True)
                figures.append(run.stdout.strip().replace("attributions ", ""))
            print(f"{name}\t{len(items)}\t{n['mid']}\t{n['speaker']}\t{n['speaker_misplaced']}\t{n['speaker_lost']}"
                  f"\t{n['content']}\t{n['content_misplaced']}\t{n['content_lost']}\t{figures[0]}\t{figures[1]}",
                  flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("cleaning", help="texts whose cleaning removes a mid-text span, by folder")
    p = sub.add_parser("spans", help="predicted spans the scorer's mapping misplaces, and figures")
    p.add_argument("--polnear", action="store_true", help="PolNeAR dev, both halves")
    p.add_argument("--gold", type=Path, nargs="*", default=[], help="real-article attribution gold files")
    args = ap.parse_args()
    {"cleaning": cleaning, "spans": spans}[args.cmd](args)


if __name__ == "__main__":
    main()
