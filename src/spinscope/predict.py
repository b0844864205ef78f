"""Predictions in exchange formats, and their scoring: ``spinscope predict events``.

``predict events`` reads JSON Lines ``{"id", "text"}`` (one sentence or short text a line) and writes
``{"id", "events": [{"source", "target", "event", "source_code", "target_code", "cameo", "mode"}]}``,
codes being ISO-3166 alpha-3 countries (a person or agency gets its country's code) or the
organisation's CAMEO code (IGOWSTNAT for NATO). With ``--score``, the input lines' own ``events``
are the gold and precision, recall and F1 over (source_code, event, target_code) triples are printed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

#: Components run for ``predict events`` (language identification is skipped: inputs are short).
EVENT_COMPONENTS = ("segment.v1", "entities.v1", "actors.v1", "events.v1")


def actor_code(actor: Any) -> str | None:
    """The exchange code of an actor: its country, else its own code, else None."""
    return actor.country or actor.code


def predict_events(items: Iterable[dict[str, Any]], *, actors_file: str | None = None) -> Iterator[dict[str, Any]]:
    """Events of each ``{"id", "text"}`` item, in the ``predict events`` output format."""
    from .document import ArticleInput
    from .ingest.clean import make_document
    from .pipeline import Pipeline, registered_components

    names = list(EVENT_COMPONENTS)
    if "attributions.v1" in registered_components():
        names.insert(names.index("actors.v1"), "attributions.v1")
    config = {"actors.v1": {"actors_file": actors_file}} if actors_file else None
    pipeline = Pipeline.from_names(names, config=config)
    for item in items:
        doc = make_document(ArticleInput(text=item["text"], input_format="jsonl"))
        doc.language = "en"
        doc = pipeline.run(doc)
        events = []
        for e in doc.events:
            if e.actor is None or e.target is None:
                continue
            src, tgt = doc.actors[e.actor], doc.actors[e.target]
            events.append({"source": src.name, "target": tgt.name, "event": e.label,
                           "source_code": actor_code(src), "target_code": actor_code(tgt),
                           "cameo": e.cameo, "mode": e.mode})
        yield {"id": item.get("id"), "events": events}


@dataclass
class EventScores:
    sentences: int
    gold: int
    predicted: int
    correct: int
    correct_type: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_positive_rate(self) -> float:
        """Share of predicted events that match no gold event."""
        return (self.predicted - self.correct) / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"sentences": self.sentences, "gold": self.gold, "predicted": self.predicted,
                "correct": self.correct, "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "false_positive_rate": round(self.false_positive_rate, 3),
                "correct_type_only": self.correct_type}


def score_events(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> EventScores:
    """Triple-level scores: a prediction is correct when source code, PLOVER event and target code match."""
    by_id = {p["id"]: p for p in predicted}
    n_gold = n_pred = correct = correct_type = 0
    for g in gold:
        want = [(e["source_code"], e["event"], e["target_code"]) for e in g.get("events", [])]
        got = [(e["source_code"], e["event"], e["target_code"]) for e in by_id.get(g["id"], {}).get("events", [])]
        n_gold, n_pred = n_gold + len(want), n_pred + len(got)
        remaining = list(want)
        for triple in got:
            if triple in remaining:
                remaining.remove(triple)
                correct += 1
        types = [t[1] for t in want]
        for triple in got:
            if triple[1] in types:
                types.remove(triple[1])
                correct_type += 1
    return EventScores(len(gold), n_gold, n_pred, correct, correct_type)


def read_jsonl(path: str) -> list[dict[str, Any]]:
    """Lines of a JSON Lines file (``-`` for stdin); a bad line raises click.ClickException naming it."""
    stream = sys.stdin if path == "-" else None
    try:
        lines = stream.read().splitlines() if stream else Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{path}: not UTF-8 text") from exc
    items = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{path}:{lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise click.ClickException(f"{path}:{lineno}: expected an object with a \"text\" string")
        item.setdefault("id", str(lineno))
        items.append(item)
    return items


@click.group()
def predict() -> None:
    """Predictions in exchange formats (PLOVER event triples).

    \b
    Example:
        spinscope predict events --input sentences.jsonl --out events.jsonl
    """


@predict.command("events")
@click.option("--input", "input_path", required=True, metavar="JSONL", help='Lines of {"id", "text"}; - for stdin.')
@click.option("--out", "out_path", default="-", show_default=True, metavar="JSONL",
              help="Where to write; - for stdout.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A user actor dictionary (TSV, as resources/actors_curated.tsv) added to the bundled one.")
@click.option("--score", is_flag=True, help="Score against the input's own \"events\" (gold) and print the figures.")
def predict_events_command(input_path: str, out_path: str, actors_file: str | None, score: bool) -> None:
    """Code PLOVER events in sentences: source, event, target with their codes.

    \b
    Examples:
        spinscope predict events --input sentences.jsonl --out events.jsonl
        spinscope predict events --input tests/gold/events.jsonl --out /tmp/pred.jsonl --score
    """
    items = read_jsonl(input_path)
    predicted = list(predict_events(items, actors_file=actors_file))
    content = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predicted)
    if out_path == "-":
        sys.stdout.write(content)
    else:
        try:
            Path(out_path).write_text(content, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"{out_path}: cannot write: {exc.strerror or exc}") from exc
        click.echo(f"wrote {out_path} ({len(predicted)} lines)", err=True)
    if score:
        scores = score_events(items, predicted)
        click.echo(json.dumps(scores.as_dict()), err=out_path == "-")
