"""Scoring ``actors.v1`` against the hand-annotated articles in ``tests/gold/actors.jsonl``.

Each gold line is ``{"id", "text", "actors": [{"name", "mentions": [surface, ...], "code"}]}``: the actors a
reader names in the article, each with the words that mention it and its PLOVER code (ISO-3166 alpha-3 country,
IGO for international bodies and, as the PLOVER gold standard records code them, NGOs; null when the actor
has none, such as "Globalists" or a newspaper). Places that are only places are not actors and are not
annotated; predicted actors of type ``location`` are left out of the counts too.

A predicted actor *matches* a gold actor when one of its mentions overlaps an occurrence of one of the gold
mentions; it is *correct* when, besides, its code agrees (any code when the gold code is null). Precision:
correct predicted actors / predicted actors; recall: gold actors that some predicted actor matches correctly
/ gold actors. Every wrong actor is listed, so a drop can be read, not only counted.

``tests/gold/actors_real.jsonl`` annotates real articles the same way, but gives each article's ``path`` under the
shared data folder instead of its text (the data's licence forbids committing the text): ``--real`` scores it,
reading the texts from ``../shared`` (``--shared DIR`` elsewhere). Its mentions are matched as whole words
("Biden" is not found inside "Bidenomics", nor "US" inside "USW").

Usage: ``python -m spinscope.training.actor_eval [GOLD.jsonl]``;
``python -m spinscope.training.actor_eval --real [--shared DIR]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_FILE = Path(__file__).resolve().parents[3] / "tests" / "gold" / "actors.jsonl"
#: Hand annotations of fifteen real articles, by data path (``scripts/actors26/draw.py`` drew them).
REAL_GOLD_FILE = GOLD_FILE.with_name("actors_real.jsonl")
#: The shared data folder next to the repository (``../shared``), where the real articles' paths point.
SHARED_DIR = Path(__file__).resolve().parents[4] / "shared"
#: Components that find actors (no models beyond spaCy).
ACTOR_COMPONENTS = ("segment.v1", "entities.v1", "actors.v1")


@dataclass
class ActorScores:
    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    found_gold: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"articles_actors_gold": self.gold, "predicted": self.predicted,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "wrong": self.wrong, "missed": self.missed}


def _occurrences(text: str, surface: str, *, whole_words: bool = False) -> list[tuple[int, int]]:
    pattern = re.escape(surface)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def read_real_gold(path: Path = REAL_GOLD_FILE, shared: Path = SHARED_DIR) -> list[dict[str, Any]]:
    """The real-article gold with each article's text read from the shared data folder.

    Raises ``FileNotFoundError`` naming the first article that is not there."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        source = shared / item["path"]
        if not source.is_file():
            raise FileNotFoundError(f"{source}: article of {item['id']} not found (is the shared data there?)")
        item["text"] = source.read_text(encoding="utf-8")
    return items


def score_actors(items: list[dict[str, Any]], *, whole_words: bool = False) -> ActorScores:
    """Actor precision and recall of ``actors.v1`` on gold articles (``whole_words``: mentions match whole words)."""
    from ..document import ArticleInput
    from ..ingest.clean import make_document
    from ..pipeline import Pipeline
    from ..predict import actor_code

    pipeline = Pipeline.from_names(list(ACTOR_COMPONENTS))
    scores = ActorScores()
    for item in items:
        doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
        text = doc.text
        gold = [(g, [span for s in g["mentions"] for span in _occurrences(text, s, whole_words=whole_words)])
                for g in item["actors"]]
        found: set[int] = set()
        for actor in doc.actors:
            if actor.type == "location":
                continue
            scores.predicted += 1
            code = actor_code(actor)
            hits = [i for i, (_, spans) in enumerate(gold)
                    if any(m.start < e and s < m.end for m in actor.mentions for s, e in spans)]
            good = [i for i in hits if gold[i][0]["code"] in (None, code)]
            if good:
                scores.correct_predicted += 1
                found.update(good)
            else:
                surface = text[actor.mentions[0].start:actor.mentions[0].end]
                scores.wrong.append(f"{item['id']}: {surface!r} -> {actor.name} ({actor.type}, {code})")
        scores.gold += len(gold)
        scores.found_gold += len(found)
        scores.missed += [f"{item['id']}: {g['name']} ({g['code']})" for i, (g, _) in enumerate(gold) if i not in found]
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spinscope.training.actor_eval",
                                     description="Actor precision and recall against hand-annotated articles.",
                                     epilog="example: python -m spinscope.training.actor_eval --real")
    parser.add_argument("gold", nargs="?", type=Path, default=None, help="gold JSONL (default: the written articles)")
    parser.add_argument("--real", action="store_true", help="score the annotated real articles (texts from --shared)")
    parser.add_argument("--shared", type=Path, default=SHARED_DIR, help="shared data folder (default: ../shared)")
    args = parser.parse_args(argv)
    try:
        if args.real:
            items = read_real_gold(args.gold or REAL_GOLD_FILE, args.shared)
        else:
            path = args.gold or GOLD_FILE
            items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as error:
        sys.stderr.write(f"actor_eval: {error}\n")
        return 2
    scores = score_actors(items, whole_words=args.real)
    sys.stdout.write(json.dumps(scores.as_dict(), indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
