"""Print spaCy's parse (index, text, lemma, POS, tag, dependency, head, entity type) of each sentence given, with
the model spinscope loads: the quick look used in round 34 to see where a rule's words hang.

Usage (from the project root)::

    python scripts/events34/parse.py "SENTENCE" ["SENTENCE" ...]
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from spinscope.components.core import load_spacy

    args = sys.argv[1:] if argv is None else argv
    if not args or not all(a.strip() for a in args):
        sys.stderr.write("usage: parse.py SENTENCE [SENTENCE ...] (non-empty sentences)\n")
        return 1
    nlp = load_spacy()
    for line in args:
        sys.stdout.write(f"> {line}\n")
        for t in nlp(line):
            sys.stdout.write(f"  {t.i:2} {t.text:14} {t.lemma_:12} {t.pos_:5} {t.tag_:4} {t.dep_:9} -> {t.head.i} "
                             f"{t.ent_type_}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
