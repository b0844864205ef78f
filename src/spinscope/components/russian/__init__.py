"""The Russian layers: segmentation and parse, actors, attributions, claims and events of Russian articles.

Each component reads Russian only (``languages = RUSSIAN``) and overrides the English component that does the
same work, so the pipeline runs it instead of that one on a Russian article and the English one on all others.
natasha and pymorphy3 are imported and their models loaded on the first Russian text, so English start-up does
not pay for them.
"""

from __future__ import annotations

from ...document import Document
from ...pipeline import register
from ...result import TextRange
from ...settings import RUSSIAN
from ..attribution.sources import load_source_table
from ..claims import link_attributions, sourcing_profile
from ..core import merge_fragments, paragraph_ranges
from . import nlp
from .actors import find_actors, load_dictionary
from .attributions import BELIEF_LEMMAS, PERSUADING_CLOSING_VERBS, find_attributions, to_attributions
from .claims import classify_sentences, to_claims
from .events import find_events
from .events50 import EVENT_NOUNS50
from .lead45 import lead45_unnamed
from .lead46 import lead46_beliefs
from .lexicon import (
    ACCORDING_NOUNS,
    BAN_LEMMAS,
    CLOSING_CUE_VERBS,
    CUE_VERBS,
    EVENT_LEMMAS,
    EXPULSION_LEMMAS,
    RECALL_LEMMAS,
    RELEASE_LEMMAS,
    SENDING_LEMMAS,
)
from .round37 import round37_attributions
from .round38 import round38_attributions
from .round39 import round39_attributions
from .round40 import round40_attributions
from .round41 import round41_attributions
from .round42 import round42_attributions
from .round43 import round43_attributions
from .round44 import round44_attributions
from .round45 import round45_attributions
from .round46 import quotes46, round46_attributions
from .round47 import round47_attributions
from .round48 import round48_attributions
from .round49 import round49_attributions
from .round50 import round50_attributions
from .round51 import round51_attributions
from .round52 import round52_attributions

#: Sentences with one of these lemmas get natasha's morphology and syntax (the rest only lemmas and NER).
PARSED_LEMMAS = CUE_VERBS | ACCORDING_NOUNS | frozenset(k.split()[0] for k in EVENT_LEMMAS) | BAN_LEMMAS | \
    EXPULSION_LEMMAS | RECALL_LEMMAS | RELEASE_LEMMAS | SENDING_LEMMAS | {"согласно", "привести", "приводить"} | \
    CLOSING_CUE_VERBS | PERSUADING_CLOSING_VERBS | BELIEF_LEMMAS | frozenset(EVENT_NOUNS50)  # round 50 (ruev50)


def _parse(doc: Document) -> nlp.RuParse:
    if doc.parsed_ru is None:
        raise RuntimeError("no Russian parse: segment_ru.v1 must run first")
    parse: nlp.RuParse = doc.parsed_ru
    return parse


@register("segment_ru.v1", requires=("text",), assigns=("paragraphs", "sentences", "parsed_ru"),
          overrides=("segment.v1",))
class RussianSegmenter:
    """Russian paragraphs, sentences (razdel) and parse (natasha NER, morphology and syntax; pymorphy3 lemmas)."""

    name = "segment_ru.v1"
    languages = RUSSIAN

    def __call__(self, doc: Document) -> Document:
        doc.paragraphs = paragraph_ranges(doc.text)
        # round 46: "<<...>>" parsed as guillemets (``quotes46``: same length; doc.text itself without them)
        parse = nlp.parse(quotes46(doc.text), [(p.start, p.end) for p in doc.paragraphs], wanted=PARSED_LEMMAS)
        sentences = []
        for sent in parse.sentences:
            chunk = doc.text[sent.start:sent.end]
            lead, trail = len(chunk) - len(chunk.lstrip()), len(chunk) - len(chunk.rstrip())
            if sent.end - trail > sent.start + lead:
                sentences.append(TextRange(start=sent.start + lead, end=sent.end - trail))
        doc.sentences = merge_fragments(doc.text, sentences)
        doc.parsed_ru = parse
        doc.models["natasha"] = nlp.models_id()
        return doc


@register("actors_ru.v1", requires=("text", "parsed_ru"), assigns=("actors",), overrides=("entities.v1", "actors.v1"))
class RussianActors:
    """Russian named entities and names normalised to the canonical actors (Кремль -> Russia, Киев -> Ukraine)."""

    name = "actors_ru.v1"
    languages = RUSSIAN

    def __init__(self, *, sources: list[str] | None = None) -> None:
        self.table = load_source_table(sources or ())

    def __call__(self, doc: Document) -> Document:
        doc.actors = find_actors(doc.text, _parse(doc), load_dictionary(), evidence=self.name, sources=self.table)
        return doc


@register("attributions_ru.v1", requires=("text", "sentences", "parsed_ru", "actors"), assigns=("attributions",),
          overrides=("attributions.v1",))
class RussianAttributions:
    """Russian reported speech (заявил, сообщил, по словам, по данным, как отмечает...) with typed sources."""

    name = "attributions_ru.v1"
    languages = RUSSIAN

    def __init__(self, *, sources: list[str] | None = None) -> None:
        self.table = load_source_table(sources or ())

    def __call__(self, doc: Document) -> Document:
        parse = _parse(doc)
        text = quotes46(doc.text)  # round 46: "<<...>>" read as guillemets (same length; else doc.text itself)
        found = find_attributions(text, parse, doc.actors)
        doc.attributions = to_attributions(text, found, parse, self.table, doc.actors, evidence=self.name)
        doc.attributions = round37_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 37
        doc.attributions = round38_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 38
        doc.attributions = round39_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 39
        doc.attributions = round40_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 40
        doc.attributions = round41_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 41
        doc.attributions = round42_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 42
        doc.attributions = round43_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 43
        doc.attributions = round44_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 44
        doc.attributions = round45_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 45
        doc.attributions = round46_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 46
        doc.attributions = round47_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 47
        doc.attributions = round48_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 48
        doc.attributions = round49_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 49
        doc.attributions = lead45_unnamed(text, doc.attributions, doc.actors)  # lead, round 45b: common nouns
        doc.attributions = round50_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 50
        doc.attributions = lead46_beliefs(text, parse, doc.attributions, doc.actors, self.table)  # lead, round 46
        doc.attributions = round51_attributions(text, doc.attributions)  # round 51
        doc.attributions = round52_attributions(text, parse, doc.attributions, doc.actors, self.table)  # round 52
        doc.models[self.name] = "rules+sources.toml"
        return doc


@register("claims_ru.v1", requires=("text", "sentences", "attributions", "parsed_ru", "actors"),
          assigns=("claims", "sourcing"), overrides=("claims.v1",))
class RussianClaims:
    """Russian sentences as check-worthy claims, other factual statements or opinion (rules), linked to their
    attribution; the sourcing profile."""

    name = "claims_ru.v1"
    languages = RUSSIAN

    def __call__(self, doc: Document) -> Document:
        rows = classify_sentences(doc.text, doc.sentences, _parse(doc), doc.actors, doc.attributions)
        links = link_attributions([(r.start, r.end) for r, *_ in rows], doc.attributions)
        doc.claims = to_claims(rows, links, evidence=self.name)
        doc.sourcing = sourcing_profile(doc.text, doc.attributions, doc.claims)
        doc.models[self.name] = "rules"
        return doc


@register("events_ru.v1", requires=("text", "parsed_ru", "actors"), assigns=("events",), overrides=("events.v1",))
class RussianEvents:
    """Russian actor-action-target triples coded in PLOVER/CAMEO from a lexicon of event verbs and nouns."""

    name = "events_ru.v1"
    languages = RUSSIAN

    def __call__(self, doc: Document) -> Document:
        doc.events = find_events(doc.text, _parse(doc), doc.actors, doc.attributions, evidence=self.name)
        return doc
