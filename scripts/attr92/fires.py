"""Where round 92's pass merges records in the real golds' articles: for each gold file matching the globs, each
merge the branch makes (article number in the file, the merged content's offsets in the analysed text, the form:
``run-on-92`` a quotation over paragraphs, ``across-tag-92`` across the tag's full stop). For a development file
(``--judge``) also what the gold says there: ``one`` (one gold record's content overlaps both parts), ``two``
(different gold records on the two parts), ``part`` (a gold record on one part only), ``none``. Offsets and labels
only, no text.

    PYTHONPATH=src python scripts/attr92/fires.py [--judge] 'attributions_real3[1-9].jsonl' ... > FILE
"""

from __future__ import annotations

import glob
import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    sys.path.pop(0)
    return module


def _overlap(a: list[list[int]], s: int, e: int) -> bool:
    return any(min(y, e) > max(x, s) for x, y in a)


def main() -> None:
    judge = "--judge" in sys.argv
    globs = [g for g in sys.argv[1:] if g != "--judge"]
    a31 = _load("a31", ROOT / "scripts" / "attr31" / "score.py")
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.components.attribution.round92 import EVIDENCE_TAG_R92

    run_on = ":run-on-92"  # the first version's paragraph form (backed out)
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    extractor, upstream = AttributionExtractor(), Pipeline.from_names(a31.UPSTREAM)
    for pattern in globs:
        for name in sorted(glob.glob(str(ROOT / "tests" / "gold" / pattern))):
            for n, rec in enumerate(a31.load_gold(Path(name))):
                path = a31.SHARED / rec["path"]
                item = next(iter(iter_paths([path])))
                doc = extractor(upstream.run(make_document(item)))  # type: ignore[arg-type]  # a gold article reads
                original = path.read_text(encoding="utf-8", errors="replace")
                for a in doc.attributions:
                    form = next((f for f in (run_on, EVIDENCE_TAG_R92) if a.evidence.endswith(f)), None)
                    if form is None:
                        continue
                    row = f"{Path(name).name} article {n} content {a.content.start}-{a.content.end} {form[1:]}"
                    if judge:
                        # the analysed text's offsets into the original file (cleaning may shift them)
                        body = doc.text[a.content.start:a.content.end]
                        at = original.find(body[:40])
                        s, e = (at, at + len(body)) if at >= 0 else (a.content.start, a.content.end)
                        # the two parts meet at the paragraph break (run-on) or at the tag's cue (across the tag)
                        cut = body.find("\n") if form == run_on or a.cue is None else a.cue.start - a.content.start
                        mid = s + max(0, min(len(body), cut))
                        left = {i for i, g in enumerate(rec["attributions"]) if _overlap(g["content"], s, mid)}
                        right = {i for i, g in enumerate(rec["attributions"]) if _overlap(g["content"], mid, e)}
                        verdict = ("one" if left & right else "two" if left and right else
                                   "part" if left or right else "none")
                        row += f" gold {verdict}"
                    print(row, flush=True)


if __name__ == "__main__":
    main()
