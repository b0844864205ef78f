#!/usr/bin/env python3
"""Round 80's rule firings: for each article named, how many records each step of ``round80_attributions``
changes (added, dropped or with another field; a changed record counts twice, its old and new form), and
for ``_not_reports`` each drop's reason, counts only (no text, no gold comparison). Used on the articles
``measure.py`` lists as differing, to say which rule touched an older gold's or PolNeAR's article.

    PYTHONPATH=src python scripts/attr80/fire.py PATH_UNDER_SHARED_OR_POLNEAR_STEM ... > scripts/attr80/fire.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "attr31"))
import attr_dev as adev  # noqa: E402
import score as s31  # noqa: E402

import spinscope.components.attribution as attribution  # noqa: E402
from spinscope.components.attribution import round80 as r80  # noqa: E402
from spinscope.ingest.clean import make_document  # noqa: E402
from spinscope.ingest.readers import iter_paths  # noqa: E402
from spinscope.pipeline import Pipeline  # noqa: E402

STEPS = [
    ("doubled_verb", lambda t, o, tb: r80._doubled_verb(t, o, tb)),
    ("noting_that", lambda t, o, tb: r80._noting_that(t, o, tb)),
    ("not_reports", lambda t, o, tb: r80._not_reports(t, o)),
    ("angle_brackets", lambda t, o, tb: r80._angle_brackets(t, o)),
    ("company_types", lambda t, o, tb: r80._company_types(t, o, tb)),
    ("company_full_names", lambda t, o, tb: r80._company_full_names(t, o)),
    ("short_names", lambda t, o, tb: r80._short_names(t, o)),
    ("company_anaphors", lambda t, o, tb: r80._company_anaphors(t, o)),
    ("dateline", lambda t, o, tb: r80._dateline(t, o, tb)),
]


def main() -> None:
    counts: dict[str, int] = {}

    def traced(text, out, table):  # type: ignore[no-untyped-def]
        for name, step in STEPS:
            new = step(text, out, table)
            before = [a.model_dump(mode="json") for a in out]
            after = [a.model_dump(mode="json") for a in new]
            changed = len([a for a in after if a not in before]) + len([b for b in before if b not in after])
            if changed:
                counts[name] = counts.get(name, 0) + changed
            if name == "not_reports":
                according = [a for a in out if a.kind == "according_to"]
                for a in out:
                    if (why := r80._not_report_reason(text, a, according)) is not None:
                        counts[f"not_reports:{why}"] = counts.get(f"not_reports:{why}", 0) + 1
            out = new
        return out

    attribution.round80_attributions = traced
    upstream, extractor = Pipeline.from_names(s31.UPSTREAM), attribution.AttributionExtractor()
    for arg in sys.argv[1:]:
        path = s31.SHARED / arg if "/" in arg else adev.DATA / "text" / f"{arg}.txt"
        counts.clear()
        extractor(upstream.run(make_document(next(iter(iter_paths([path]))))))
        label = arg if "/" in arg else f"polnear:{arg}"
        print(f"{label}: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "no change"))


if __name__ == "__main__":
    main()
