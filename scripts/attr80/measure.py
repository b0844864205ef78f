#!/usr/bin/env python3
"""Round 80's guards in one process (attr76's ``scripts/attr76/measure.py`` with one change: without ``--held`` it
scores every sources_real* development gold, not sources_real76 alone, since round 80's pass types speakers too):
each article parsed once, the extractor run twice, with round 80's pass (the branch) and with it replaced by the
identity (main's code: the branch's src differs from main only by ``attribution/round80.py`` and its call). Prints
figures only (no text):

- every attributions_real* development and held-out (``--held``) gold (scripts/attr31/score.py's scoring),
- every sources_real* development gold, or with ``--held`` every sources_real*_heldout gold
  (scripts/sources26/score.py's scoring),
- PolNeAR's tuning half, and its held-out half with ``--polnear-held`` (read once, at the round's end: its base
  column is main's figure, the start reading),
- the articles whose attributions differ between the two runs (stems only).

    PYTHONPATH=src python scripts/attr80/measure.py [--held] [--polnear-held] > scripts/attr80/measure.txt

A later round's pass of the same shape, ``(text, attributions, ...)``, is measured with ``--pass NAME`` (rounds
46-47: ``round82_attributions`` .. ``round85_attributions``) instead of a copy of this script; ``--polnear-only``
skips the real golds; a wrapper may set ``OWN`` to run part of a pass as the branch (``scripts/attr87/measure.py``).
"""

from __future__ import annotations

import glob
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "sources26"))
import importlib.util  # noqa: E402


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


s31 = _load("s31", ROOT / "scripts/attr31/score.py")
s26 = _load("s26", ROOT / "scripts/sources26/score.py")
adev = _load("adev", ROOT / "scripts/attr_dev.py")

import spinscope.components.attribution as attribution  # noqa: E402
from spinscope.ingest.clean import make_document  # noqa: E402
from spinscope.ingest.readers import iter_paths  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402

MODES = ("base", "branch")
#: The pass the branch adds (``--pass NAME`` names another, whose second argument is the attributions).
PASS_NAME = sys.argv[sys.argv.index("--pass") + 1] if "--pass" in sys.argv[:-1] else "round80_attributions"
#: What runs as the branch in the pass's place (None: the pass itself).
OWN: Any = None


def run_both(path: Path, upstream: Any, extractor: Any) -> dict[str, Any]:
    doc = upstream.run(make_document(next(iter(iter_paths([path])))))
    kept = getattr(attribution, PASS_NAME)
    own = OWN or kept
    out = {}
    for mode in MODES:
        setattr(attribution, PASS_NAME, own if mode == "branch" else (lambda text, *rest: rest[0]))
        d = extractor(doc)
        out[mode] = (d.text, list(d.attributions))
    setattr(attribution, PASS_NAME, kept)
    return out


def main() -> None:
    held = "--held" in sys.argv
    upstream, extractor = Pipeline.from_names(s31.UPSTREAM), attribution.AttributionExtractor()
    tmp = Path(tempfile.mkdtemp(prefix=PASS_NAME.replace("_attributions", "") + "-"))
    attr_golds = sorted(glob.glob(str(ROOT / "tests/gold/attributions_real*.jsonl")))
    polnear_only = "--polnear-only" in sys.argv
    if polnear_only:
        attr_golds = []
    if not held:
        attr_golds = [g for g in attr_golds if "_heldout" not in g]
    src_golds = sorted(glob.glob(str(ROOT / "tests/gold/sources_real*_heldout.jsonl"))) if held else \
        sorted(g for g in glob.glob(str(ROOT / "tests/gold/sources_real*.jsonl")) if "_heldout" not in g)
    cache: dict[str, dict[str, Any]] = {}
    differ: set[str] = set()

    def get(rel: str) -> dict[str, Any]:
        if rel not in cache:
            cache[rel] = run_both(s31.SHARED / rel, upstream, extractor)
            a, b = ([x.model_dump(mode="json") for x in cache[rel][m][1]] for m in MODES)
            if a != b:
                differ.add(rel.replace("../reuters/", "reuters:") if rel.startswith("../reuters/") else Path(rel).stem)
        return cache[rel]

    for g in attr_golds:
        records = s31.load_gold(Path(g))
        line = []
        for mode in MODES:
            res = tmp / Path(g).stem / mode / "results"
            res.mkdir(parents=True)
            for rec in records:
                text, atts = get(rec["path"])[mode]
                body = {"article": {"text": text}, "attributions": [x.model_dump(mode="json") for x in atts]}
                (res / f"{s31.stem_of(rec)}.json").write_text(json.dumps(body), encoding="utf-8")
            work = res.parent / "score"
            work.mkdir()
            line.append(s31.score(records, work, res))
        print(f"{Path(g).stem}: base {line[0]} | branch {line[1]}", flush=True)
    for g in ([] if polnear_only else src_golds):
        gold = s26.load_gold(Path(g))
        line = []
        for mode in MODES:
            def predictions(path: Path, mode: str = mode) -> tuple[str, list[dict[str, Any]]]:
                text, atts = get(str(path.relative_to(s26.SHARED)))[mode]
                rows = [{"start": s.speaker.start, "end": s.speaker.end, "text": text[s.speaker.start:s.speaker.end],
                         "name": s.speaker_name, "type": s.source_type, "country": s.source_country,
                         "named": s.named} for a in atts for s in (a, *a.sources) if s.speaker is not None]
                return text, rows
            s26.predictions = predictions
            r = s26.score(gold)
            line.append(" ".join(f"{k}={r[k]}" for k in ("speakers", "found", "type_acc", "country_acc",
                                                         "named_acc", "name_acc")))
        print(f"{Path(g).stem}: base {line[0]} | branch {line[1]}", flush=True)
    for half in (("tune", "held") if "--polnear-held" in sys.argv else ("tune",)):
        names = adev.stems(half)
        line = []
        for mode in MODES:
            res = tmp / f"polnear-{half}" / mode
            res.mkdir(parents=True)
            for stem in names:
                if stem not in cache:
                    cache[stem] = run_both(adev.DATA / "text" / f"{stem}.txt", upstream, extractor)
                    a, b = ([x.model_dump(mode="json") for x in cache[stem][m][1]] for m in MODES)
                    if a != b:
                        differ.add(f"polnear:{half}:{stem}")
                text, atts = cache[stem][mode]
                body = {"article": {"text": text}, "attributions": [x.model_dump(mode="json") for x in atts]}
                (res / f"{stem}.json").write_text(json.dumps(body), encoding="utf-8")
            line.append(adev.score(names, res))
        print(f"polnear {half}: base {line[0]} | branch {line[1]}", flush=True)
    print(f"articles whose attributions differ ({len(differ)} of {len(cache)}): {' '.join(sorted(differ))}")


if __name__ == "__main__":
    main()
