"""Findings on the lead's three round-40 articles (lee_bg_131, 151, 179; outside this round's sample, already read by
the lead): ``python scripts/tech40/lead_three.py``. Prints counts by label and kind, no text."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import COMPONENTS, kind

from spinscope.api import analyze

LEE = Path(os.environ.get("LEE_DIR", "/work/lee"))
for stem in ("131", "151", "179"):
    text = (LEE / "background" / f"lee_bg_{stem}.txt").read_text(encoding="utf-8")
    found = analyze(text, components=COMPONENTS).techniques
    print(f"lee_bg_{stem} ({len(text)} characters): {len(found)} findings; "
          + ", ".join(f"{k} {v}" for k, v in Counter(f"{t.label} ({kind(t.evidence)}, {t.end - t.start} chars)"
                                                      for t in found).most_common()))
