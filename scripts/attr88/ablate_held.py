#!/usr/bin/env python3
"""Round 88: which of round 88's rules moves PolNeAR's held-out half. Only the held-half articles whose records
differ in measure_final.txt (by name prefix) are run: with no rule (main), with every rule, and with every rule
but one. Prints figures only (the official scorer on those articles), no text, no records.

    PYTHONPATH=src python scripts/attr88/ablate_held.py PREFIX ... > scripts/attr88/ablate_held.txt

Run at commit `33b4347b` (before the two rules it names were backed out; later commits no longer hold them).
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev as A  # noqa: E402

import spinscope.components.attribution as attribution  # noqa: E402
import spinscope.components.attribution.round88 as R  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402

RULES = ("_drop_published", "_including", "_and_says", "_add_urges", "_pronoun_speaker", "_merge_continued_quote",
         "_extend_list", "_family_first", "_retype", "_he_after_official")


def _identity(text, out, *rest):  # type: ignore[no-untyped-def]
    return out


def main() -> None:
    stems = [s for s in A.stems("held") if any(s.startswith(p) for p in sys.argv[1:])]
    upstream = Pipeline.from_names(A.UPSTREAM)
    parsed = {s: A._parsed(s, upstream) for s in stems}
    saved = {name: getattr(R, name) for name in RULES}
    variants = [("main (no rule)", RULES), ("every rule", ())] + [(f"all but {n}", (n,)) for n in RULES]
    print(f"{len(stems)} held-half articles")
    for label, off in variants:
        for name in RULES:
            setattr(R, name, _identity if name in off else saved[name])
        extractor = attribution.AttributionExtractor()
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp, "res")
            out.mkdir()
            for s in stems:
                doc = extractor(copy.deepcopy(parsed[s]))
                result = {"article": {"text": doc.text},
                          "attributions": [a.model_dump(mode="json") for a in doc.attributions]}
                (out / f"{s}.json").write_text(json.dumps(result), encoding="utf-8")
            print(f"{label}: {A.score(stems, out)}", flush=True)


if __name__ == "__main__":
    main()
