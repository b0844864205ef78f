"""Right / wrong / unmarked by technique, and spans per 1,000 words, on round 55's eight wire stories:
``python scripts/tech55/score55.py EIGHT.json [--held55]``. The development five ('D55', ``marks_d55.json``) always;
``--held55`` adds the held-out three (``marks_held55.json``: read once before and once after, figures only). tech53's
matching (``scripts/tech53/score53.py``: a finding counts as a mark's when it has the mark's label and overlaps it,
each mark used once; a finding no mark matches is 'unmarked'). Words are whitespace-separated tokens of the story as
passed (title line included). Counts only."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


score53 = _load("tech53_score", HERE.parent / "tech53" / "score53.py")
draw55 = _load("tech55_draw", HERE / "draw.py")


def lines(title: str, rows: list[dict], marks: dict) -> list[str]:
    arts = set(marks["articles"])
    mine = [r for r in rows if r["path"] in arts]
    words = sum(len((draw55.TEXT / r["path"]).read_text(encoding="utf-8").split()) for r in mine)
    n = sum(len(r["findings"]) for r in mine)
    out = score53.lines(title, rows, marks)
    out.insert(1, f"  stories {len(mine)}, words {words}, findings {n}: {1000 * n / max(1, words):.2f} spans per "
                  f"1,000 words")
    return out


if __name__ == "__main__":
    rows = json.loads(Path(sys.argv[1]).read_text())
    out = lines("development five (D55)", rows, json.loads((HERE / "marks_d55.json").read_text()))
    if "--held55" in sys.argv:
        out += lines("held-out three (H55)", rows, json.loads((HERE / "marks_held55.json").read_text()))
    print("\n".join(out))
