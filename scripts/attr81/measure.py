"""Round 81's guards in one process: attr76's measure script (``scripts/attr76/measure.py``: each article parsed
once, the extractor run twice, with round 81's pass and with it replaced by the identity, i.e. main's code) run on
``attribution/round81.py``. Round 81's pass takes the document as its second argument, so the identity here returns
the third (the records). Prints figures only (no text):

    PYTHONPATH=src python scripts/attr81/measure.py [--held] [--polnear-held] > scripts/attr81/measure.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_spec = importlib.util.spec_from_file_location("measure76", Path(__file__).resolve().parents[1] / "attr76/measure.py")
assert _spec is not None and _spec.loader is not None
measure76 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure76)


def run_both(path: Path, upstream: Any, extractor: Any) -> dict[str, Any]:
    doc = upstream.run(measure76.make_document(next(iter(measure76.iter_paths([path])))))
    own = measure76.attribution.round81_attributions
    out = {}
    for mode in measure76.MODES:
        measure76.attribution.round81_attributions = own if mode == "branch" else (lambda text, doc, out, table: out)
        d = extractor(doc)
        out[mode] = (d.text, list(d.attributions))
    measure76.attribution.round81_attributions = own
    return out


if __name__ == "__main__":
    measure76.PASS_NAME = "round81_attributions"
    measure76.run_both = run_both
    measure76.main()
