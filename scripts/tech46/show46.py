"""Print one set's findings with their words and paragraphs, for hand-marking only (never committed):
``python scripts/tech46/show46.py RESULTS.json held46|held45|marked``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import TEXT, held_five_43, held_five_44, held_five_45, held_five_46, sample


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text())
    which = {"held46": held_five_46, "held45": held_five_45, "held44": held_five_44, "held43": held_five_43,
             "marked": lambda: sample()[1]}[sys.argv[2]]()
    for r in rows:
        if r["path"] not in set(which):
            continue
        text = (TEXT / r["path"]).read_text(encoding="utf-8")
        print(f"\n== {r['path']} {r['chars']} chars, genre {r['genre']}")
        for i, f in enumerate(r["findings"]):
            s0 = text.rfind("\n", 0, f["start"]) + 1
            e0 = text.find("\n", f["end"])
            print(f"  #{i} [{f['start']},{f['end']}] {f['label']} {f['score']:.2f} {f['kind']} "
                  f"{'S' if f['sentence_long'] else '-'} | {text[f['start']:f['end']]!r}\n      para: "
                  f"{text[s0:e0 if e0 > 0 else None]!r}")


if __name__ == "__main__":
    main()
