"""Print the actors (name, type, code, mentions) and the raw events of each line of a text file: a quick look at
what the event coder had to work with while writing a rule.

Usage (from the project root)::

    python scripts/events31/debug.py FILE
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline, registered_components
    from spinscope.predict import EVENT_COMPONENTS

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_file():
        sys.stderr.write("usage: debug.py FILE (an existing text file, one sentence a line)\n")
        return 1
    names = list(EVENT_COMPONENTS)
    if "attributions.v1" in registered_components():
        names.insert(names.index("actors.v1"), "attributions.v1")
    pipeline = Pipeline.from_names(names)
    for line in Path(args[0]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = make_document(ArticleInput(text=line.strip(), input_format="jsonl"))
        doc.language = "en"
        doc = pipeline.run(doc)
        sys.stdout.write(f"> {line.strip()}\n")
        for i, a in enumerate(doc.actors):
            spans = [doc.text[m.start:m.end] for m in a.mentions]
            sys.stdout.write(f"    actor {i}: {a.name} [{a.type} {a.code} {a.country}] {spans}\n")
        for e in doc.events:
            sys.stdout.write(f"    event {e.actor} {e.label} {e.target} {e.cameo} {e.mode}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
