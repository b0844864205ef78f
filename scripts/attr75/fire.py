#!/usr/bin/env python3
"""Where round 75's rules fire on PolNeAR's tuning half: stem, content offsets, the rule's tag (no article text).

    python scripts/attr75/fire.py [--cache DIR]

Without ``--cache`` the tuning half is analyzed afresh (``scripts/attr_dev.py``'s ``analyze``); with it, the JSON
outputs already written there by that function are read. A record the markup-attribute rule took out leaves no
trace in the output: run ``--compare MAIN_DIR`` with main's outputs to list the records main had and this one has not.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # noqa: E402


def _records(folder: Path, stem: str) -> list[dict]:  # type: ignore[type-arg]
    return list(json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))["attributions"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    names = attr_dev.stems("tune")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.cache or Path(tmp)
        if args.cache is None:
            attr_dev.analyze(names, folder)
        for stem in names:
            mine = _records(folder, stem)
            for a in mine:
                tags = [t for t in a["evidence"].split(":") if t.endswith("-75")]
                if tags:
                    print(f"{stem}\t{a['content']['start']}\t{a['content']['end']}\t{','.join(tags)}")
            if args.compare is not None:
                have = {(a["content"]["start"], a["content"]["end"]) for a in mine}
                for a in _records(args.compare, stem):
                    start, end = a["content"]["start"], a["content"]["end"]
                    if (start, end) not in have:
                        print(f"{stem}\t{start}\t{end}\tgone ({a['evidence'].split(':')[1]})")


if __name__ == "__main__":
    main()
