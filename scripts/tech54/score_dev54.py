"""Right / wrong / unmarked by label on tech41's marked ten and tech47's marked-new five only (no held-out five):
``python scripts/tech54/score_dev54.py OLD30.json NEW47.json`` (tech43's ``score.report``, as
``scripts/tech51/score_older51.py``, whose other lines are the held-out fives). Counts only."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("tech43_score", HERE.parent / "tech43" / "score.py")
assert _spec and _spec.loader
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)


def load(rel: str) -> dict:
    return json.loads((HERE.parent / rel).read_text())


if __name__ == "__main__":
    old, new = (json.loads(Path(p).read_text()) for p in sys.argv[1:3])
    print(_score.report("marked ten", old, load("tech41/marks.json")))
    print(_score.report("tech47 marked-new five", new, load("tech47/marks_new47.json")))
