#!/usr/bin/env python3
"""Score Russian attributions on round 26's real-article gold: attr31's metric plus source type and country.

    python scripts/ru26/score.py                                    # development gold (4 articles)
    python scripts/ru26/score.py --gold tests/gold/attributions_ru_real26_heldout.jsonl   # held out: no --show
    python scripts/ru26/score.py --per-article --show               # per article; misses and type errors (terminal)

The articles go through the Russian layers of the default pipeline (language, ``segment_ru.v1``, ``actors_ru.v1``,
``attributions_ru.v1``), not attr31's English extractor. F1 (a gold attribution is found when one predicted
content span covers at least 30% of it, one-to-one) and speaker
accuracy are ``scripts/attr31/score.py``'s, computed by ``../shared/eval/score_attr.py``. On top, over the gold
attributions this script matches the same way (each gold in turn takes the unused prediction covering most of it,
at least 30%), ``type`` is the share whose predicted ``source_type`` equals the gold's and ``country`` the share
whose predicted ``source_country`` equals the gold's (both empty counts as equal).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
GOLD = ROOT / "tests" / "gold" / "attributions_ru_real26.jsonl"

_spec = importlib.util.spec_from_file_location("attr31_score", HERE.parents[1] / "attr31" / "score.py")
assert _spec is not None and _spec.loader is not None
attr31 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(attr31)


RU_COMPONENTS = ("language.v1", "segment_ru.v1", "actors_ru.v1", "attributions_ru.v1")


def analyze(records: list[dict[str, Any]], out: Path) -> None:
    """Run the Russian layers the default pipeline runs on a Russian article (as ``russian_eval`` does)."""
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline
    from spinscope.settings import DEFAULT_COMPONENTS

    pipeline = Pipeline.from_names([n for n in DEFAULT_COMPONENTS if n in RU_COMPONENTS])
    out.mkdir(parents=True, exist_ok=True)
    for rec in records:
        item = next(iter(iter_paths([attr31.SHARED / rec["path"]])))
        doc = pipeline.run(make_document(item))
        if doc.language != "ru":
            sys.exit(f"{rec['path']}: read as {doc.language!r}, not Russian")
        result = {"article": {"text": doc.text}, "attributions": [a.model_dump(mode="json") for a in doc.attributions]}
        (out / f"{attr31.stem_of(rec)}.json").write_text(json.dumps(result), encoding="utf-8")


def _predictions(rec: dict[str, Any], results: Path) -> list[dict[str, Any]]:
    """The predictions with content, their spans mapped onto the file's own text (as the scorer maps them)."""
    text = (attr31.SHARED / rec["path"]).read_text(encoding="utf-8")
    res = json.loads((results / f"{attr31.stem_of(rec)}.json").read_text(encoding="utf-8"))
    out = []
    for a in res["attributions"]:
        c = a.get("content")
        if not c:
            continue
        frag = res["article"]["text"][c["start"]:c["end"]]
        i = text.find(frag)
        if i < 0:
            continue
        out.append(a | {"content": {"start": i, "end": i + len(frag)}, "speaker_text": (
            res["article"]["text"][a["speaker"]["start"]:a["speaker"]["end"]] if a.get("speaker") else None)})
    return out


def typed(rec: dict[str, Any], results: Path, show: bool) -> tuple[int, int, int]:
    """(matched, type right, country right) for one article; with ``show`` print the wrong ones."""
    pred = _predictions(rec, results)
    used: set[int] = set()
    matched = type_ok = country_ok = 0
    for a in rec["attributions"]:
        glen = sum(e - s for s, e in a["content"])
        best, bi = 0.0, -1
        for k, p in enumerate(pred):
            if k in used:
                continue
            ps, pe = p["content"]["start"], p["content"]["end"]
            cov = sum(max(0, min(e, pe) - max(s, ps)) for s, e in a["content"]) / max(1, glen)
            if cov > best:
                best, bi = cov, k
        if best < 0.3:
            continue
        used.add(bi)
        matched += 1
        p = pred[bi]
        t_ok = p.get("source_type") == a["source_type"]
        c_ok = (p.get("source_country") or None) == a["country"]
        type_ok += t_ok
        country_ok += c_ok
        if show and not (t_ok and c_ok):
            spk = p["speaker_text"] or p.get("speaker_name")
            print(f"  TYPE gold={a['speaker']!r} {a['source_type']}/{a['country']} "
                  f"pred={spk!r} {p.get('source_type')}/{p.get('source_country')}")
    return matched, type_ok, country_ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold file (default: the development file)")
    ap.add_argument("--per-article", action="store_true", help="also score each article on its own")
    ap.add_argument("--show", action="store_true", help="print misses, speaker and type errors, spurious predictions")
    args = ap.parse_args()
    if not args.gold.is_file():
        sys.exit(f"--gold {args.gold}: no such file")
    records = attr31.load_gold(args.gold)
    if not records:
        sys.exit(f"--gold {args.gold}: no articles in it")
    for rec in records:
        for a in rec["attributions"]:
            if "source_type" not in a or "country" not in a:
                sys.exit(f"{args.gold}: {rec['path']} has an attribution without source_type/country")
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp, "results")
        analyze(records, results)
        print(f"articles={len(records)} gold attributions={sum(len(r['attributions']) for r in records)}")
        Path(tmp, "all").mkdir()
        totals = [0, 0, 0]
        for rec in records:
            for i, v in enumerate(typed(rec, results, False)):
                totals[i] += v
        m = max(1, totals[0])
        print(f"{attr31.score(records, Path(tmp, 'all'), results)} type={totals[1] / m:.4f} "
              f"country={totals[2] / m:.4f} (over {totals[0]} matched)")
        if args.per_article:
            for rec in records:
                sub = Path(tmp, attr31.stem_of(rec))
                sub.mkdir()
                n, t, c = typed(rec, results, False)
                print(f"  {attr31.stem_of(rec)}: {attr31.score([rec], sub, results)} type={t}/{n} country={c}/{n}")
        if args.show:
            for rec in records:
                attr31.show(rec, results)
                typed(rec, results, True)


if __name__ == "__main__":
    main()
