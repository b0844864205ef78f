"""Print spaCy's parse (token, dependency, head, tag) of each line of a file, with spinscope's own pipeline.

Usage (from the project root)::

    python scripts/events30/parse.py FILE
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from spinscope.components.core import load_spacy

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_file():
        sys.stderr.write("usage: parse.py FILE (an existing text file, one sentence a line)\n")
        return 1
    nlp = load_spacy()
    for line in Path(args[0]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = nlp(line.strip())
            sys.stdout.write(" ".join(f"{t.text}/{t.dep_}>{t.head.i}/{t.tag_}#{t.i}" for t in doc) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
