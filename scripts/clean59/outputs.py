"""Every attribution record of a tree over the development articles, one JSON file an article (clean59, round 58).

    python scripts/clean59/outputs.py TREE OUTDIR

TREE is a checkout (or a `git archive` of one) beside ../shared. Each article of the development parts of the
attributions and sources golds (tests/gold/attributions_real*.jsonl, sources_real*.jsonl, never *_heldout) and of
PolNeAR's tuning half is analysed as scripts/lead47/allgold.py and scripts/attr_dev.py analyse it, and its records
written whole (``model_dump``) to OUTDIR/<sha1 of its path under ../shared>.json; `diff -r` two OUTDIRs (main's
tree, a branch's) for a check that a refactor changed no output. The held-out parts are not read.
"""

from __future__ import annotations

import glob
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path


def main() -> None:
    tree, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    os.chdir(tree)
    sys.path.insert(0, str(tree / "src"))
    spec = importlib.util.spec_from_file_location("a31", tree / "scripts" / "attr31" / "score.py")
    assert spec is not None and spec.loader is not None
    a31 = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(tree / "scripts" / "attr31"))
    spec.loader.exec_module(a31)
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    sys.path.insert(0, str(tree / "scripts"))
    import attr_dev

    paths: list[Path] = []
    for pattern in ("attributions_real*.jsonl", "sources_real*.jsonl"):
        for name in sorted(glob.glob(str(tree / "tests" / "gold" / pattern))):
            if "heldout" not in name:
                lines = Path(name).read_text(encoding="utf-8").splitlines()
                paths += [a31.SHARED / json.loads(line)["path"] for line in lines if line.strip()]
    paths += [attr_dev.DATA / "text" / f"{stem}.txt" for stem in attr_dev.stems("tune")]
    unique = sorted(set(paths))
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(a31.UPSTREAM)
    out.mkdir(parents=True, exist_ok=True)
    for path in unique:
        doc = extractor(upstream.run(make_document(next(iter(iter_paths([path]))))))
        records = [a.model_dump(mode="json") for a in doc.attributions]
        key = hashlib.sha1(os.path.relpath(path, a31.SHARED).encode()).hexdigest()
        (out / f"{key}.json").write_text(json.dumps(records, sort_keys=True), encoding="utf-8")
    print(len(unique), "articles", flush=True)


if __name__ == "__main__":
    main()
