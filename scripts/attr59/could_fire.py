#!/usr/bin/env python3
"""Round 59: which gold articles round 59's rules could fire on, read off the raw text (no spinscope run, no
annotation read): a paragraph of a quotation run over lost breaks (`run_pieces_59`), "Asked if/whether/..."
opening a sentence, "is/was not known".
A set with none of them scores the same on the base and the branch by construction.

    python scripts/attr59/could_fire.py            # counts per gold file and PolNeAR half (no text printed)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
from spinscope.components.attribution.round59 import ASKED_IF_59, NOT_KNOWN_59, run_pieces_59  # noqa: E402


def could_fire(text: str) -> list[str]:
    rules = []
    blocks = text.split("\n") + re.split(r"\n\s*\n", text) + [text]  # lines, blank-line blocks, the whole text
    if any(run_pieces_59(block, 0, len(block)) for block in blocks):
        rules.append("run")  # a paragraph of a quotation run over lost breaks (whatever a paragraph's reach)
    if ASKED_IF_59.search(text):
        rules.append("asked")
    if NOT_KNOWN_59.search(text):
        rules.append("not-known")
    return rules


def main() -> None:
    for gold in sorted((ROOT / "tests" / "gold").glob("attributions_real*.jsonl")):
        hits = []
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            rules = could_fire((SHARED / rec["path"]).read_text(encoding="utf-8"))
            if rules:
                hits.append(f"{Path(rec['path']).stem}:{'+'.join(rules)}")
        print(f"{gold.stem}: {len(hits)} {' '.join(hits)}")
    import attr_dev  # scripts/attr_dev.py: PolNeAR's halves
    for half in ("tune", "held"):
        n = 0
        rules_seen: dict[str, int] = {}
        for stem in attr_dev.stems(half):
            rules = could_fire((attr_dev.DATA / "text" / f"{stem}.txt").read_text(encoding="utf-8"))
            n += bool(rules)
            for r in rules:
                rules_seen[r] = rules_seen.get(r, 0) + 1
        print(f"polnear {half}: {n} articles {rules_seen}")


if __name__ == "__main__":
    main()
