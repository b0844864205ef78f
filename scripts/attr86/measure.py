"""Round 86's guards in one process: attr76's measure script (``scripts/attr76/measure.py``: each article parsed
once, the extractor run twice) with round 86's rules on (the branch) and off (main's behaviour: ``round86.ON_R86``
all False). Prints figures only (no text):

    PYTHONPATH=src python scripts/attr86/measure.py [--held] > scripts/attr86/measure.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_spec = importlib.util.spec_from_file_location("measure76", Path(__file__).resolve().parents[1] / "attr76/measure.py")
assert _spec is not None and _spec.loader is not None
measure76 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure76)

from spinscope.components.attribution import round86  # noqa: E402


def run_both(path: Path, upstream: Any, extractor: Any) -> dict[str, Any]:
    doc = upstream.run(measure76.make_document(next(iter(measure76.iter_paths([path])))))
    own = dict(round86.ON_R86)
    out = {}
    for mode in measure76.MODES:
        round86.ON_R86.update({k: (v and mode == "branch") for k, v in own.items()})
        d = extractor(doc)
        out[mode] = (d.text, list(d.attributions))
    round86.ON_R86.update(own)
    return out


if __name__ == "__main__":
    measure76.PASS_NAME = "round86_attributions"
    measure76.run_both = run_both
    measure76.main()
