"""Print the development pages' findings with their words and sentence, for hand-marking only (output never
committed): ``python scripts/tech56/show56.py RESULTS.json``. The held-out page is never shown."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from measure56 import draw56


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text())
    _, dev, _ = draw56.sample56()
    for r in rows:
        if r["path"] not in dev:
            continue
        text = (draw56.TEXT / r["path"]).read_text(encoding="utf-8")
        print(f"\n== {r['path']} {r['chars']} chars, genre {r['genre']}")
        for i, f in enumerate(r["findings"]):
            s0 = max(text.rfind("\n", 0, f["start"]) + 1, f["start"] - 200)
            e0 = text.find("\n", f["end"])
            e0 = min(e0 if e0 > 0 else len(text), f["end"] + 120)
            print(f"  #{i} [{f['start']},{f['end']}] {f['label']} {f['score']:.2f} {f['kind']} "
                  f"{'S' if f['sentence_long'] else '-'} | {text[f['start']:f['end']]!r}\n      ctx: "
                  f"{text[s0:e0]!r}")


if __name__ == "__main__":
    main()
