#!/usr/bin/env python3
"""Round 84: per article, how many records each rule of ``round84_attributions`` changes (counts only, no text),
and, for PolNeAR tuning-half stems, the article's figure with each rule alone.

    PYTHONPATH=src python scripts/attr84/fire.py STEM_OR_GOLD_PATH ... > scripts/attr84/fire.txt
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


s31 = _load("s31", ROOT / "scripts/attr31/score.py")
adev = _load("adev", ROOT / "scripts/attr_dev.py")

import json  # noqa: E402

import spinscope.components.attribution as attribution  # noqa: E402
from spinscope.components.attribution import round84 as r84  # noqa: E402
from spinscope.ingest.clean import make_document  # noqa: E402
from spinscope.ingest.readers import iter_paths  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402


def _comments(t: str, out: list) -> list:
    zones = r84._signature_zones(t)
    return [a for a in out if not (zones and r84._in_comments(a, zones))]


def _officers(t: str, out: list) -> list:
    names = r84._officers(t, out)
    return [a.model_copy(update={"source_type": "person"})
            if a.speaker_name in names and a.source_type in ("government", "academic") else a for a in out]


RULES = {
    "1 comments": lambda t, out, table: _comments(t, out),
    "2 participle": lambda t, out, table: r84._split_participle(t, out),
    "3 postposed": lambda t, out, table: r84._postposed(t, out),
    "5 addressee": lambda t, out, table: [a for a in out if not r84._addressee(t, a, out)],
    "6 officers": lambda t, out, table: _officers(t, out),
    "all": r84.round84_attributions,
}


def main() -> None:
    upstream, extractor = Pipeline.from_names(s31.UPSTREAM), attribution.AttributionExtractor()
    for arg in sys.argv[1:]:
        path = adev.DATA / "text" / f"{arg}.txt" if "/" not in arg else s31.SHARED / arg
        doc = upstream.run(make_document(next(iter(iter_paths([path])))))
        line = []
        for name, rule in [("none", lambda t, out, table: out), *RULES.items()]:
            attribution.round84_attributions = rule
            d = extractor(doc)
            atts = [a.model_dump(mode="json") for a in d.attributions]
            if name == "none":
                base = atts
            changed = len([a for a in atts if a not in base]) + len([a for a in base if a not in atts])
            fig = ""
            if "/" not in arg:
                with tempfile.TemporaryDirectory() as tmp:
                    (Path(tmp) / f"{arg}.json").write_text(json.dumps(
                        {"article": {"text": d.text}, "attributions": atts}), encoding="utf-8")
                    fig = " " + adev.score([arg], Path(tmp)).split(" P=")[0].replace("attributions ", "") + \
                        " spk=" + adev.score([arg], Path(tmp)).split("speaker_acc=")[1].split()[0]
            line.append(f"{name}: {changed}{fig}")
        attribution.round84_attributions = r84.round84_attributions
        print(f"{Path(arg).stem}: " + " | ".join(line), flush=True)


if __name__ == "__main__":
    main()
