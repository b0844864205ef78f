#!/usr/bin/env python3
"""Round 85: the records round 85's pass changes in the given articles (paths under ../shared, or PolNeAR stems),
with the pass and with the identity in its place: offsets, cue length, evidence and typing fields only, no text.

    PYTHONPATH=src python scripts/attr85/fire.py ../semeval/.../EN_UA_101251.txt polnear:STEM ...
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure as M  # noqa: E402


def main() -> None:
    upstream, extractor = M.Pipeline.from_names(M.s31.UPSTREAM), M.attribution.AttributionExtractor()
    for arg in sys.argv[1:]:
        path = M.adev.DATA / "text" / f"{arg[8:]}.txt" if arg.startswith("polnear:") else M.s31.SHARED / arg
        both = M.run_both(path, upstream, extractor)
        keys = ("start", "end", "kind", "source_type", "source_country", "named", "evidence")
        rows = {m: [tuple((a.speaker.start, a.speaker.end) if a.speaker else None for _ in [0])
                      + tuple(getattr(a, k) for k in keys) for a in both[m][1]] for m in M.MODES}
        print(f"== {arg}")
        for r in rows["base"]:
            if r not in rows["branch"]:
                print("  only base:  ", r)
        for r in rows["branch"]:
            if r not in rows["base"]:
                print("  only branch:", r)


if __name__ == "__main__":
    main()
