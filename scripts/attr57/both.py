#!/usr/bin/env python3
"""Round 57's before/after in one run: each article is parsed once and extracted twice, with round 57's pass
(``round57_attributions``, the last finished pass) and with it left out, which is main's output exactly (the pass
reads and changes nothing else). Scores with the acceptance scorer, as scripts/attr31/score.py and
scripts/attr_dev.py do.

    python scripts/attr57/both.py real31 real32 ...        # tests/gold/attributions_<NAME>.jsonl (dev files)
    python scripts/attr57/both.py --held real54 ...         # tests/gold/attributions_<NAME>_heldout.jsonl
    python scripts/attr57/both.py polnear:tune polnear:held # PolNeAR's halves
    python scripts/attr57/both.py --passes round60_candidates,round60_attributions real31 ...
                                                            # base: those passes (named in attribution/__init__.py,
                                                            # each taking (text, doc, list, ...)) left out
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "attr31"))
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # type: ignore[import-not-found]  # noqa: E402
import score as real  # type: ignore[import-not-found]  # noqa: E402


def main(args: list[str]) -> None:
    import spinscope.components.attribution as attribution
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    held = "--held" in args
    passes = ["round57_attributions"]
    if "--passes" in args:  # round 60: other passes to leave out for the base (default: round 57's, as before)
        at = args.index("--passes")
        passes = args[at + 1].split(",")
        args = args[:at] + args[at + 2:]
    names = [a for a in args if a != "--held"]
    extractor, upstream = attribution.AttributionExtractor(), Pipeline.from_names(real.UPSTREAM)
    branch_passes = {name: getattr(attribution, name) for name in passes}

    def both(doc, out: Path, stem: str) -> None:  # type: ignore[no-untyped-def]
        for label in ("base", "branch"):
            for name, fn in branch_passes.items():
                setattr(attribution, name, fn if label == "branch" else (lambda text, d, found, *rest: found))
            res = extractor(doc)  # the same parsed document: the extractor recomputes everything it sets
            result = {"article": {"text": res.text},
                      "attributions": [a.model_dump(mode="json") for a in res.attributions]}
            (out / label).mkdir(parents=True, exist_ok=True)
            (out / label / f"{stem}.json").write_text(json.dumps(result), encoding="utf-8")
        for name, fn in branch_passes.items():
            setattr(attribution, name, fn)

    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            if name.startswith("polnear:"):
                stems = attr_dev.stems(name.split(":")[1])
                for stem in stems:
                    both(attr_dev._parsed(stem, upstream), out, stem)
                lines = [f"{label}: {attr_dev.score(stems, out / label).splitlines()[-1]}"
                         for label in ("base", "branch")]
            else:
                gold = ROOT / "tests" / "gold" / f"attributions_{name}{'_heldout' if held else ''}.jsonl"
                records = real.load_gold(gold)
                for rec in records:
                    item = next(iter(iter_paths([real.SHARED / rec["path"]])))
                    both(upstream.run(make_document(item)), out, real.stem_of(rec))
                lines = []
                for label in ("base", "branch"):
                    (out / f"s{label}").mkdir()
                    lines.append(f"{label}: {real.score(records, out / f's{label}', out / label).splitlines()[-1]}")
            print(f"{name}{' held' if held else ''}: " + " | ".join(lines), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
