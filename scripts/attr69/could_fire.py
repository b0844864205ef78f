#!/usr/bin/env python3
"""Round 69: where round 69's rules could fire, from the raw text only (no spinscope run, no output): the triggers
of each rule as loose patterns over the articles a gold file names. Counts per file, no text.

    python scripts/attr69/could_fire.py tests/gold/sources_real*_heldout.jsonl > scripts/attr69/could_fire.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
TRIGGERS = {
    "refused": r"\b(?:not|n['’]t|never)\s+(?:\w+\s+)?say\s+(?:how|if|whether|what|why|where|when|who|whom|which)\b",
    "reported-as": r"\breport(?:ed|s)\b[^.\n]{0,80}?\bas\s+saying\b",
    "told-clause": r"\b(?:told|tells|tell|assured|informed|reminded|warned)\s+(?:[\w'’-]+\s+){0,4}?"
                   r"(?:he|she|they|it|we|I|there)\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b",
    "trait": r"\b(?:determination|desire|will|eagerness|resolve|hunger|drive|passion|willingness|ambition|urge)"
             r"\s+to\s+\w+\b",
    "chosen": r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:chosen|selected|appointed|elected|named|picked|"
              r"tapped|nominated)\s+(?:to|as)\b",
    "expected-relative": r",\s+(?:which|who)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|anticipated|predicted|"
                         r"forecast|tipped)\s+to\b",
}


def main() -> None:
    print("file " + " ".join(TRIGGERS))
    for name in sys.argv[1:]:
        counts = dict.fromkeys(TRIGGERS, 0)
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = (SHARED / json.loads(line)["path"]).read_text(encoding="utf-8")
            for key, pat in TRIGGERS.items():
                counts[key] += len(re.findall(pat, text))
        print(Path(name).name, " ".join(str(v) for v in counts.values()))


if __name__ == "__main__":
    main()
