"""Score many attribution and sources golds in one process (models loaded once), the lead's guard in round 47.

    python scripts/lead47/allgold.py TREE 'attributions_real*_heldout.jsonl' ['sources_real*_heldout.jsonl']

TREE is a checkout (or a `git archive` of one) beside ../shared; each gold file under TREE/tests/gold matching the
globs is scored as `scripts/attr31/score.py --gold` and `scripts/sources26/score.py` score it, one line a file.
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    sys.path.pop(0)
    return module


def main() -> None:
    tree = Path(sys.argv[1]).resolve()
    os.chdir(tree)
    sys.path.insert(0, str(tree / "src"))
    a31 = load("a31", tree / "scripts" / "attr31" / "score.py")
    s26 = load("score", tree / "scripts" / "sources26" / "score.py")
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    extractor, upstream = AttributionExtractor(), Pipeline.from_names(a31.UPSTREAM)

    def analyze(records: list[dict[str, Any]], out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for rec in records:
            doc = extractor(upstream.run(make_document(next(iter(iter_paths([a31.SHARED / rec["path"]]))))))
            result = {"article": {"text": doc.text},
                      "attributions": [a.model_dump(mode="json") for a in doc.attributions]}
            (out / f"{a31.stem_of(rec)}.json").write_text(json.dumps(result), encoding="utf-8")

    for name in sorted(glob.glob(str(tree / "tests" / "gold" / sys.argv[2]))):
        records = a31.load_gold(Path(name))
        with tempfile.TemporaryDirectory() as tmp:
            analyze(records, Path(tmp, "r"))
            Path(tmp, "all").mkdir()
            line = a31.score(records, Path(tmp, "all"), Path(tmp, "r")).splitlines()[-1]
            print(Path(name).name, line, flush=True)
    for name in sorted(glob.glob(str(tree / "tests" / "gold" / sys.argv[3]))) if len(sys.argv) > 3 else []:
        d = s26.score(s26.load_gold(Path(name)), errors=False)
        print(Path(name).name, d["found"], d["type_acc"], d["country_acc"], d["matched"], flush=True)


if __name__ == "__main__":
    main()
