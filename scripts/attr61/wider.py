#!/usr/bin/env python3
"""Round 61: where the round-61 rules change a candidate on articles with no gold (the wider look in
docs/EVALUATION.md). Prints the article, the rule and each changed candidate's opening words and speaker: it quotes
the articles, so its output stays private (outside the repository).

    PYTHONPATH=src python scripts/attr61/wider.py $(awk -F'\t' '$2>=1400 && $2<=3900 {print "../lee/"$1}' \
      ../lee/MANIFEST.tsv | grep background) > /tmp/attr61_wider.txt
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from spinscope.components.attribution import AttributionExtractor
from spinscope.components.attribution import round61 as r61
from spinscope.ingest.clean import make_document
from spinscope.ingest.readers import iter_paths
from spinscope.pipeline import Pipeline

RULES = ("_run_closing_speaker", "_report_inside_lone_quote", "_nested_relative_belief", "_but_feeling",
         "_released_document")
current: list[str] = [""]


def _watch(name: str) -> None:
    rule: Callable[..., Any] = getattr(r61, name)

    def watched(*args: Any) -> Any:
        before, out, text = list(args[-1]), rule(*args), args[0]
        keys_before = {(c.content, c.speaker, c.cue) for c in before}
        keys_after = {(c.content, c.speaker, c.cue) for c in out}
        for sign, keys in (("+", keys_after - keys_before), ("-", keys_before - keys_after)):
            for content, speaker, _cue in sorted(keys, key=str):
                said = text[speaker[0]:speaker[1]] if speaker else None
                print(current[0], name, sign, repr(text[content[0]:content[1]][:70]), "SPK", said, flush=True)
        return out

    setattr(r61, name, watched)


def main() -> None:
    for name in RULES:
        _watch(name)
    extractor = AttributionExtractor()
    upstream = Pipeline.from_names(("language.v1", "segment.v1", "entities.v1"))
    for path in sys.argv[1:]:
        current[0] = path.rsplit("/", 1)[-1]
        item = next(iter(iter_paths([path])))
        extractor(upstream.run(make_document(item)))


if __name__ == "__main__":
    main()
