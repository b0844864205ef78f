#!/usr/bin/env python3
"""``scripts/ru26/score.py`` with one change (round 44): the type/country matching maps each predicted content onto
the file at the occurrence nearest its own offset (as ``../shared/eval/score_attr.py`` already does for F1), not
the first occurrence. Same arguments:

    PYTHONPATH=src python scripts/ru44/score_nearest.py --gold tests/gold/attributions_ru_real42.jsonl --per-article

``repeats.py`` lists the gold files where a gold content's text stands more than once in its article (the only
files where the two scorers can differ). Round 26's scorer is left as is, so every round's figures stay
comparable; this one is reported beside it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
_spec = importlib.util.spec_from_file_location("ru26_score", HERE.parents[1] / "ru26" / "score.py")
assert _spec is not None and _spec.loader is not None
ru26 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ru26)


def _predictions_nearest(rec: dict[str, Any], results: Path) -> list[dict[str, Any]]:
    """The predictions with content, each mapped onto the file at the occurrence nearest its own offset."""
    text = (ru26.attr31.SHARED / rec["path"]).read_text(encoding="utf-8")
    res = json.loads((results / f"{ru26.attr31.stem_of(rec)}.json").read_text(encoding="utf-8"))
    doc = res["article"]["text"]
    head = doc.lstrip()[:80]
    shift = max(0, text.find(head)) - (len(doc) - len(doc.lstrip()))
    out = []
    for a in res["attributions"]:
        c = a.get("content")
        if not c:
            continue
        frag = doc[c["start"]:c["end"]]
        hits, i = [], text.find(frag)
        while i >= 0:
            hits.append(i)
            i = text.find(frag, i + 1)
        if not hits:
            continue
        i = min(hits, key=lambda h: abs(h - (c["start"] + shift)))
        out.append(a | {"content": {"start": i, "end": i + len(frag)}, "speaker_text": (
            doc[a["speaker"]["start"]:a["speaker"]["end"]] if a.get("speaker") else None)})
    return out


ru26._predictions = _predictions_nearest

if __name__ == "__main__":
    ru26.main()
