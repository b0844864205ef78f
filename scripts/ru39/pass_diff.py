"""Round 39 (issue 19): what round 39's pass changes on every Russian article of ../shared (ru24's folders), the
held-out articles of every ``attributions_ru_real*_heldout.jsonl`` left out: one run, the pass wrapped so that its
input and output are compared per article ("-" lines before, "+" after). No gold is scored; the output quotes
spans, so it goes to /tmp, never into the repository.

    PYTHONPATH=src python scripts/ru39/pass_diff.py > /tmp/ru39_pass_diff.txt
    PYTHONPATH=src python scripts/ru39/pass_diff.py --round 40 > /tmp/ru40_pass_diff.txt   # round 40's pass
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import spinscope.components.russian as russian
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "ru24"))
from wide_check import FOLDERS  # noqa: E402

NAMES = ["language.v1", "segment_ru.v1", "actors_ru.v1", "attributions_ru.v1"]


def main(round_: int = 39) -> None:
    name = f"round{round_}_attributions"
    passed = getattr(importlib.import_module(f"spinscope.components.russian.round{round_}"), name)
    golds = (ROOT / "tests" / "gold").glob("attributions_ru_real*_heldout.jsonl")
    held = {Path(json.loads(line)["path"]).stem for f in golds
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    seen: dict[str, tuple[list[str], list[str]]] = {}

    def wrapped(text: str, parse: Any, out: list[Any], actors: Any, table: Any) -> list[Any]:
        new = passed(text, parse, out, actors, table)

        def key(a: Any) -> str:
            def cut(s: Any) -> str | None:
                return text[s.start:s.end] if s is not None else None
            content = (cut(a.content) or "")[:70]
            return f"{cut(a.speaker)}|{cut(a.cue)}|{a.kind}|{a.source_type}|{a.source_country}|{content}"

        before, after = [key(a) for a in out], [key(a) for a in new]
        seen["diff"] = ([x for x in before if x not in after], [x for x in after if x not in before])
        return new

    setattr(russian, name, wrapped)
    pipeline = Pipeline.from_names(NAMES)
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            if path.stem in held:
                continue
            seen.clear()
            pipeline.run(make_document(ArticleInput(text=path.read_text(encoding="utf-8"), input_format="jsonl")))
            removed, added = seen.get("diff", ([], []))
            if removed or added:
                print("==", path.name, flush=True)
                for x in removed:
                    print("  -", x)
                for x in added:
                    print("  +", x)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--round", type=int, default=39, help="the round whose pass is compared (default 39)")
    main(parser.parse_args().round)
