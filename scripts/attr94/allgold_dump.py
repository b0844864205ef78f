"""The lead's ``scripts/lead47/allgold.py`` with each article run once and its records kept, so that two trees'
outputs can be compared record by record (``diff.py``).

    python scripts/attr94/allgold_dump.py TREE OUT 'attributions_real*.jsonl' 'sources_real*.jsonl'

TREE is a checkout (or a ``git archive`` of one) beside ../shared; its ``src`` must come first on PYTHONPATH.
Each distinct article of the matched gold files is run once through ``AttributionExtractor`` (upstream as
``scripts/attr31/score.py``); the figures are those of ``allgold.py`` (the same scorers on the same outputs), one
line a file, in OUT/allgold.txt; each article's records in OUT/records.jsonl (path, then the records as
``model_dump``; no article text).
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
    tree, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.chdir(tree)
    sys.path.insert(0, str(tree / "src"))
    a31 = load("a31", tree / "scripts" / "attr31" / "score.py")
    s26 = load("score", tree / "scripts" / "sources26" / "score.py")
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    extractor, upstream = AttributionExtractor(), Pipeline.from_names(a31.UPSTREAM)
    cache: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    dump = (out / "records.jsonl").open("w", encoding="utf-8")

    def run(path: Path) -> tuple[str, list[dict[str, Any]]]:
        key = str(path.resolve())
        if key not in cache:
            doc = extractor(upstream.run(make_document(next(iter(iter_paths([path]))))))  # type: ignore[arg-type]
            cache[key] = (doc.text, [a.model_dump(mode="json") for a in doc.attributions])
            dump.write(json.dumps({"path": os.path.relpath(key, a31.SHARED.resolve()),
                                   "records": cache[key][1]}) + "\n")
            dump.flush()
        return cache[key]

    def predictions(path: Path) -> tuple[str, list[dict[str, Any]]]:
        text, records = run(path)
        rows = []
        for a in records:
            for s in (a, *a["sources"]):
                if s["speaker"] is None:
                    continue
                rows.append({"start": s["speaker"]["start"], "end": s["speaker"]["end"],
                             "text": text[s["speaker"]["start"]:s["speaker"]["end"]], "name": s["speaker_name"],
                             "type": s["source_type"], "country": s["source_country"], "named": s["named"]})
        return text, rows

    setattr(s26, "predictions", predictions)  # noqa: B010 (the sources scorer reads the kept records)
    lines = (out / "allgold.txt").open("w", encoding="utf-8")
    for name in sorted(glob.glob(str(tree / "tests" / "gold" / sys.argv[3]))):
        records = a31.load_gold(Path(name))
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "r").mkdir()
            for rec in records:
                text, recs = run(a31.SHARED / rec["path"])
                Path(tmp, "r", f"{a31.stem_of(rec)}.json").write_text(
                    json.dumps({"article": {"text": text}, "attributions": recs}), encoding="utf-8")
            Path(tmp, "all").mkdir()
            line = a31.score(records, Path(tmp, "all"), Path(tmp, "r")).splitlines()[-1]
            print(Path(name).name, line, file=lines, flush=True)
    for name in sorted(glob.glob(str(tree / "tests" / "gold" / sys.argv[4]))) if len(sys.argv) > 4 else []:
        d = s26.score(s26.load_gold(Path(name)), errors=False)
        print(Path(name).name, d["found"], d["type_acc"], d["country_acc"], d["matched"], file=lines, flush=True)


if __name__ == "__main__":
    main()
