"""Events of ``spinscope predict events`` on real prose, one row per event with its sentence, for judging by hand.

The polnear_dev texts (84 US political news articles of 2016, ../shared/data/polnear_dev/text) are split by the
parity of the SHA-1 of the file name: the even half (35 articles) is where errors are read, the odd half (49) is
only counted and sampled for judging after the rules are written. Each event row holds the article, the
sentence, the trigger, the type and CAMEO code, the source and target with their codes as ``predict events``
writes them, the mode and the evidence (``events.v1:verb:LEMMA``) and whether the sentence back-off gave it.

Usage (from the project root; nothing of the texts goes into the project)::

    python scripts/events_prose.py --half odd --out /tmp/prose_odd.jsonl             # all events, with counts
    python scripts/events_prose.py --half odd --sample 40 --seed 10 --out /tmp/s.jsonl # a random sample
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

TEXTS = Path("../shared/data/polnear_dev/text")


def half_of(name: str) -> str:
    return "odd" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 else "even"


def event_rows(paths: list[Path]) -> list[dict[str, Any]]:
    from spinscope.components.events import domestic_target_code
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline, registered_components
    from spinscope.predict import EVENT_COMPONENTS, actor_code

    names = list(EVENT_COMPONENTS)
    if "attributions.v1" in registered_components():
        names.insert(names.index("actors.v1"), "attributions.v1")
    pipeline = Pipeline.from_names(names)
    rows: list[dict[str, Any]] = []
    for path in paths:
        doc = make_document(ArticleInput(text=path.read_text(encoding="utf-8"), input_format="jsonl"))
        doc.language = "en"
        doc = pipeline.run(doc)
        sents = [(offset + s.start_char, offset + s.end_char, s.text)
                 for offset, sdoc in ((p.offset, p.doc) for p in doc.parsed) for s in sdoc.sents]
        for e in doc.events:
            if e.actor is None:
                continue  # as predict events
            src = doc.actors[e.actor]
            tgt = doc.actors[e.target] if e.target is not None else None
            tstart = e.trigger.start if e.trigger else e.start
            sentence = next((t for a, b, t in sents if a <= tstart < b), "")
            rows.append({
                "article": path.name, "sentence": sentence,
                "trigger": doc.text[e.trigger.start:e.trigger.end] if e.trigger else "",
                "event": e.label, "cameo": e.cameo, "mode": e.mode, "evidence": e.evidence,
                "backoff": e.score < 0.7,
                "source": src.name, "source_code": actor_code(src),
                "target": tgt.name if tgt is not None else None,
                "target_code": actor_code(tgt) if tgt else domestic_target_code(e.label, e.cameo, src.country,
                                                                                  src.code),
            })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["odd", "even", "all"], default="odd")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--sample", type=int, default=0, help="draw this many events at random")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.texts.glob("*.txt") if args.half in ("all", half_of(p.name)))
    if not paths:
        print(f"no texts in {args.texts}", file=sys.stderr)
        return 1
    rows = event_rows(paths)
    print(f"{len(paths)} articles, {len(rows)} events; by type:",
          dict(Counter(r["event"] for r in rows).most_common()), file=sys.stderr)
    if args.sample:
        rows = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
