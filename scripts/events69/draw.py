#!/usr/bin/env python3
"""Round 69's draw: round 60's every-sentence draw (round 37's ``scripts/events37/draw.py``) over ten Reuters
crude-oil wire articles (``../reuters/crude``, unpacked by ``scripts/reuters/fetch.py``).

    python scripts/events69/draw.py --pool reuters --stems scripts/events69/stems.txt --seed 69 --per-doc 100 \
        --min-chars 0 --min-actors 0 --target 400 --keep-abbreviations --sheet /tmp/ev69.txt

Two changes to round 60's wrapper, nothing else: a ``reuters`` pool (the crude folder), and the freshness test
greps for the folder and stem ("crude/reut-00015") rather than the bare stem, because the Reuters sample numbers
its ``acq`` and ``crude`` folders alike (other helpers draw ``acq/reut-000NN`` files whose bare stems would
otherwise hide this pool's articles). Every sentence of 40-400 characters is kept (``--per-doc`` and ``--target``
above every article's count); the held-out part is the draw's own ``random.Random(69).sample`` of a third of the
documents. No spinscope code is used.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

_HERE = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("draw37", _HERE / "events37" / "draw.py")
assert _SPEC is not None and _SPEC.loader is not None
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

FOLDER = "crude"


def any_sentence(sent: str, min_actors: int = 0) -> bool:
    """Every sentence of 40-400 characters (round 60's candidate)."""
    return 40 <= len(sent) <= 400


def used_in_folder(stems: list[str], refs: list[str], seed: int = 69) -> set[str]:
    """Stems whose ``crude/<stem>`` some local branch names (this round's own files left out)."""
    out = subprocess.run(["git", "grep", "-h", "-o", "-F", *[a for s in stems for a in ("-e", f"{FOLDER}/{s}")],
                          *refs, "--", *base.own_files(seed)], cwd=base.ROOT, capture_output=True, text=True)
    found = {line.split(":", 1)[-1].split("/", 1)[-1] for line in out.stdout.splitlines()}
    return found & set(stems)


if __name__ == "__main__":
    base.POOLS["reuters"] = (f"../reuters/{FOLDER}",)
    base.candidate = any_sentence
    base.used_stems = used_in_folder
    base.main()
