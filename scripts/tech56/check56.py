"""Static check of the rejected ``techniques_gate56.v1``'s predicate (``handles56.py``) on every committed technique
mark set (RULE.md criterion 2):
``python scripts/tech56/check56.py``. For each marks file under ``scripts/tech4*/`` and ``scripts/tech5*/``, resolves
each marked finding's text as its draw script does and counts, per file, the right / wrong findings the predicate
would remove (counts only; prints no article text)."""

from __future__ import annotations

import glob
import json
import os
from collections import Counter
from pathlib import Path

from handles56 import LABELS_56, handle_span

ROOT = Path(__file__).resolve().parent.parent.parent
POLNEAR = Path(os.environ.get("POLNEAR_DEV", "../shared/data/polnear_dev")) / "text"
SHARED = ROOT.parent / "shared"
LEE = ROOT.parent / "lee"


def resolve(path: str) -> Path | None:
    for base in (SHARED, POLNEAR, LEE, ROOT.parent / "shared" / "data" / "lee"):
        if (base / path).is_file():
            return base / path
    return None


def main() -> None:
    total: Counter[str] = Counter()
    for f in sorted(glob.glob(str(ROOT / "scripts" / "tech[45]*" / "marks*.json"))):
        d = json.loads(Path(f).read_text())
        c: Counter[str] = Counter()
        for m in d.get("findings", []):
            if "mark" not in m or m.get("side") == "gone":
                continue
            p = resolve(m["path"])
            if p is None:
                c["unresolved"] += 1
                continue
            c["read"] += 1
            if m.get("sentence_long") or m.get("kind", "span") != "span" or m["label"] not in LABELS_56:
                continue
            if handle_span(p.read_text(encoding="utf-8")[m["start"]:m["end"]]):
                c[m["mark"]] += 1
        total.update(c)
        print(f"{Path(f).relative_to(ROOT)}: read {c['read']}, unresolved {c['unresolved']}; "
              f"removed right {c['right']}, wrong {c['wrong']}")
    print(f"all: read {total['read']}, unresolved {total['unresolved']}; removed right {total['right']}, "
          f"wrong {total['wrong']}")


if __name__ == "__main__":
    main()
