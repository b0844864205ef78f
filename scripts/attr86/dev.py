#!/usr/bin/env python3
"""Round 86's quick loop on PolNeAR's tuning half: each article parsed once (components up to ``entities.v1``) and
kept in a private pickle under /tmp/attr86 (this helper's own folder, made by this script), the extractor run with the
working tree's code, the half scored by the acceptance scorer (``attr_dev.score``), and the records that differ from
a saved run listed by offsets and evidence labels only (never text).

    PYTHONPATH=src python scripts/attr86/dev.py --save base      # main's code: the reference run
    PYTHONPATH=src python scripts/attr86/dev.py --compare base   # the branch: score, and records added / removed
    PYTHONPATH=src python scripts/attr86/dev.py --cache /tmp/attr89 --save base   # round 89 (attr89), its own folder
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402

CACHE = Path("/tmp/attr86")


def parsed(cache: Path = CACHE) -> dict[str, object]:
    pkl = cache / "tune.pkl"
    if pkl.exists():
        with pkl.open("rb") as fh:
            return pickle.load(fh)  # written by this script, in its own folder
    from spinscope.pipeline import Pipeline

    upstream = Pipeline.from_names(attr_dev.UPSTREAM)
    docs = {stem: attr_dev._parsed(stem, upstream) for stem in attr_dev.stems("tune")}
    cache.mkdir(exist_ok=True)
    with pkl.open("wb") as fh:
        pickle.dump(docs, fh)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--save", default="branch")
    ap.add_argument("--compare", default=None)
    ap.add_argument("--cache", type=Path, default=CACHE, help="the private folder (round 89: /tmp/attr89)")
    args = ap.parse_args()
    from spinscope.components.attribution import AttributionExtractor

    extractor = AttributionExtractor()
    out = args.cache / f"run_{args.save}"
    out.mkdir(parents=True, exist_ok=True)
    docs = parsed(args.cache)
    for stem, doc in docs.items():
        d = extractor(copy.deepcopy(doc))
        body = {"article": {"text": d.text}, "attributions": [a.model_dump(mode="json") for a in d.attributions]}
        (out / f"{stem}.json").write_text(json.dumps(body), encoding="utf-8")
    print(attr_dev.score(sorted(docs), out))
    if args.compare:
        ref = args.cache / f"run_{args.compare}"
        for stem in sorted(docs):
            key = lambda a: (a["start"], a["end"], a["evidence"], (a.get("speaker") or {}).get("start"))  # noqa: E731
            a = {key(x) for x in json.loads((ref / f"{stem}.json").read_text())["attributions"]}
            b = {key(x) for x in json.loads((out / f"{stem}.json").read_text())["attributions"]}
            for k in sorted(a - b):
                print(f"- {stem[:40]} {k}")
            for k in sorted(b - a):
                print(f"+ {stem[:40]} {k}")


if __name__ == "__main__":
    main()
