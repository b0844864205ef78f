"""How the SemEval-2023 annotators labelled a phrase: occurrences, and the technique spans that cover them.

    python -m spinscope.training.phrases "\\bKyiv regime\\b|\\bregime in Kyiv\\b" [--languages en,ru] [--data PATH]

Before asking a model to mark a phrase, see whether the training data marks it. The pattern is a Python
regular expression, matched case-insensitively in every training article of each language; an occurrence
counts as labelled when a gold technique span covers its first character.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .data import load_semeval2023

LANGUAGES = ("en", "fr", "ge", "it", "po", "ru")


@dataclass
class PhraseCount:
    language: str
    occurrences: int = 0
    labelled: int = 0
    techniques: Counter[str] = field(default_factory=Counter)


def count_phrase(pattern: str, languages: tuple[str, ...] = LANGUAGES, data_dir: Path | None = None
                 ) -> list[PhraseCount]:
    regex = re.compile(pattern, re.IGNORECASE)
    counts = []
    for language in languages:
        count = PhraseCount(language)
        for article in load_semeval2023(data_dir, language=language).values():
            for match in regex.finditer(article.text):
                covering = {s.technique for s in article.spans if s.start <= match.start() < s.end}
                count.occurrences += 1
                count.labelled += bool(covering)
                count.techniques.update(covering)
        counts.append(count)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m spinscope.training.phrases", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pattern", help="a Python regular expression (matched case-insensitively)")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated SemEval-2023 languages")
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: ../shared/data)")
    args = parser.parse_args()
    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    unknown = [x for x in languages if x not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language(s) {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}")
    try:
        counts = count_phrase(args.pattern, languages, args.data)
    except re.error as exc:
        parser.error(f"the pattern {args.pattern!r} is not a valid regular expression: {exc}")
    except FileNotFoundError as exc:
        parser.error(str(exc))
    print("| language | occurrences | inside a technique span | techniques of those spans |")
    print("|---|---:|---:|---|")
    for c in counts:
        techniques = ", ".join(f"{t} {n}" for t, n in c.techniques.most_common()) or "-"
        print(f"| {c.language} | {c.occurrences} | {c.labelled} | {techniques} |")


if __name__ == "__main__":
    main()
