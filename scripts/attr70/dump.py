#!/usr/bin/env python3
"""List the predicted attributions of one article (speaker, cue, kind, evidence, content head): a development aid,
printed to the terminal only (it quotes the article).

    PYTHONPATH=src python scripts/attr70/dump.py ../shared/data/ptc_semeval2020_task11/train-articles/ARTICLE.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from attr_dev import UPSTREAM


def main() -> None:
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    extractor, upstream = AttributionExtractor(), Pipeline.from_names(UPSTREAM)
    for path in sys.argv[1:]:
        doc = extractor(upstream.run(make_document(next(iter(iter_paths([Path(path)]))))))
        t = doc.text
        for a in doc.attributions:
            spk = t[a.speaker.start:a.speaker.end] if a.speaker else None
            cue = t[a.cue.start:a.cue.end] if a.cue else None
            print(f"{a.content.start:5d} {a.kind[:3]} spk={spk!r} name={a.speaker_name!r} cue={cue!r} "
                  f"ev={a.evidence[-60:]} :: {t[a.content.start:a.content.end][:70]!r}")


if __name__ == "__main__":
    main()
