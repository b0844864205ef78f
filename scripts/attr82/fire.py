#!/usr/bin/env python3
"""Round 82: per article, how many records each rule of ``round82_attributions`` changes (counts only, no text),
and, for PolNeAR tuning-half stems, the article's figure with each rule alone.

    PYTHONPATH=src python scripts/attr82/fire.py STEM_OR_GOLD_PATH ... > scripts/attr82/fire.txt
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
from spinscope.components.attribution import round82 as r82  # noqa: E402
from spinscope.ingest.clean import make_document  # noqa: E402
from spinscope.ingest.readers import iter_paths  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402

RULES = {
    "1 run-on quotation": lambda t, out: r82._run_on_quote(t, out),
    "2 speaker after tail": lambda t, out: r82._speaker_after_tail(t, out),
    "3 appointment": lambda t, out: [a for a in out if not r82._appointment(t, a)],
}


def main() -> None:
    upstream, extractor = Pipeline.from_names(s31.UPSTREAM), attribution.AttributionExtractor()
    for arg in sys.argv[1:]:
        path = adev.DATA / "text" / f"{arg}.txt" if "/" not in arg else s31.SHARED / arg
        doc = upstream.run(make_document(next(iter(iter_paths([path])))))
        line = []
        for name, rule in [("none", lambda t, out: out), *RULES.items()]:
            attribution.round82_attributions = rule
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
        attribution.round82_attributions = r82.round82_attributions
        print(f"{Path(arg).stem}: " + " | ".join(line), flush=True)


if __name__ == "__main__":
    main()
