#!/usr/bin/env python3
"""Print each attribution spinscope finds in a sentence of our own: speaker, type, country, named, name, content.

    python scripts/sources34/probe.py [--no-ents] "Text ..." ["More text ..."]   (--no-ents: as the tests run it)
"""

from __future__ import annotations

import sys


def main() -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline

    names = ("language.v1", "segment.v1") + (() if "--no-ents" in sys.argv else ("entities.v1",))
    upstream, extractor = Pipeline.from_names(names), AttributionExtractor()
    for text in [t for t in sys.argv[1:] if t != "--no-ents"]:
        doc = extractor(upstream.run(make_document(ArticleInput(text=text))))
        print("==", text[:80])
        for a in doc.attributions:
            for s in (a, *a.sources):
                sp = doc.text[s.speaker.start:s.speaker.end] if s.speaker else None
                cue = doc.text[a.cue.start:a.cue.end] if a.cue else None
                print(f"  [{a.kind} cue={cue!r}] {sp!r:45} {s.source_type:12} {s.source_country!s:5} named={s.named} "
                      f"name={s.speaker_name!r} | {doc.text[a.content.start:a.content.end][:50]!r}")


if __name__ == "__main__":
    main()
