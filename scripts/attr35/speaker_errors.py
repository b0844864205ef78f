#!/usr/bin/env python3
"""Print (terminal only) the found attributions whose predicted speaker span misses the gold source span.

    python scripts/attr35/speaker_errors.py tests/gold/attributions_real35.jsonl

Same matching as ``../shared/eval/score_attr.py`` (a prediction covers >= 30% of the gold content, one-to-one, in
gold order); ``scripts/attr31/score.py --show`` compares speaker names, this compares the spans the scorer compares.
Development files only: never run it on a held-out file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    if len(sys.argv) != 2 or "heldout" in sys.argv[1]:
        sys.exit(__doc__)
    score = _load("score31", ROOT / "scripts" / "attr31" / "score.py")
    scorer = _load("score_attr", score.SCORER)
    records = score.load_gold(Path(sys.argv[1]))
    with tempfile.TemporaryDirectory() as tmp:
        score.analyze(records, Path(tmp))
        for rec in records:
            text = (score.SHARED / rec["path"]).read_text(encoding="utf-8")
            res = json.loads(Path(tmp, f"{score.stem_of(rec)}.json").read_text(encoding="utf-8"))
            pred = scorer.predicted(res, text)
            used: set[int] = set()
            print(f"== {rec['path']}")
            for a in rec["attributions"]:
                gc = [tuple(s) for s in a["content"]]
                glen = sum(e - s for s, e in gc)
                best, bi = 0.0, None
                for i, (pc, _) in enumerate(pred):
                    ov = scorer.overlap(gc, pc) / max(1, glen)
                    if i not in used and ov > best:
                        best, bi = ov, i
                if bi is None or best < 0.3:
                    continue
                used.add(bi)
                gs = [tuple(s) for s in a["source"]]
                ps = pred[bi][1]
                if gs and not scorer.overlap(gs, ps) > 0:
                    g = " | ".join(text[s:e] for s, e in gs)
                    p = " | ".join(f"{text[s:e]}@{s}" for s, e in ps) or None
                    c = text[gc[0][0]:gc[0][1]][:70]
                    print(f"  gold={g!r}@{gs[0][0]} pred={p!r}: {c!r}")


if __name__ == "__main__":
    main()
