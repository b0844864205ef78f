"""The frozen result model: the one output of an analysis.

The CLI, the reports, the store and the API read only :class:`ArticleAnalysis`. Every finding is a
:class:`Span` (or carries spans) of character offsets into ``article.text``, with a label, a score
and the evidence: the name of the rule or model that fired.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .settings import SCHEMA_VERSION


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TextRange(_Frozen):
    """A half-open character range ``[start, end)`` over ``article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> TextRange:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Span(TextRange):
    """A finding over ``article.text[start:end]``."""

    label: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: str = Field(description="The rule or model that produced this finding.")


class ArticleInfo(_Frozen):
    id: str = Field(description="sha256 of the clean text: the same text has the same id.")
    title: str | None = None
    text: str
    language: str | None = None
    language_score: float | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="Publication date as given (ISO 8601 when known).")
    place: str | None = Field(default=None, description="Dateline place, e.g. 'MOSCOW' in 'MOSCOW: ...'.")
    source: str | None = Field(default=None, description="Where the article was read from (path, path:line, '-').")
    input_format: Literal["text", "html", "jsonl"] = "text"
    paragraphs: list[TextRange] = Field(default_factory=list)
    sentences: list[TextRange] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list, description="Page chrome removed by cleaning, as it was.")


class LabelScore(_Frozen):
    label: str
    score: float = Field(ge=0.0, le=1.0)


class Genre(_Frozen):
    label: Literal["opinion", "reporting", "satire"]
    score: float = Field(ge=0.0, le=1.0)
    scores: list[LabelScore] = Field(default_factory=list)
    evidence: str


class Frame(_Frozen):
    label: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: str
    supporting: list[Span] = Field(default_factory=list, description="Sentences that most support the frame.")


class Technique(Span):
    """A persuasion technique span (SemEval-2023 taxonomy)."""

    category: str | None = None


class AttributionSource(_Frozen):
    """One person or body of a speaker phrase that names several ("X and Y said"), typed as a lone speaker."""

    speaker: Span = Field(description="This source's own words in the speaker phrase.")
    speaker_name: str | None = None
    source_type: str | None = None
    source_country: str | None = None
    state_affiliated: bool = False
    named: bool = True
    affiliation: str | None = None
    resolved_from: Span | None = None


class Attribution(Span):
    """A quote or reported statement. ``label`` is the kind."""

    kind: Literal["direct", "indirect", "mixed", "according_to"]
    speaker: Span | None = None
    cue: Span | None = None
    content: Span
    source_type: str | None = None
    speaker_name: str | None = None
    source_country: str | None = Field(default=None, description="ISO 3166 alpha-2 country of the source, "
                                       "when the text or the bundled source table says it.")
    state_affiliated: bool = Field(default=False, description="The source is state media or an official body.")
    named: bool = Field(default=True, description="False for anonymous or unnamed sources ('experts say').")
    affiliation: str | None = Field(default=None, description="The body an unnamed source belongs to (e.g. CCTV).")
    resolved_from: Span | None = Field(default=None, description="The earlier mention a pronoun or title speaker "
                                       "was resolved to (coreference).")
    sources: list[AttributionSource] = Field(
        default_factory=list, description="One entry per person or body when the speaker phrase names several "
        "('X and Y said', 'according to X and Y'): the speaker span covers them all, the fields above are the "
        "first one's. Empty for a single speaker.")


class Claim(Span):
    """A sentence classed as check-worthy / other factual / opinion. ``label`` is the class."""

    attribution: int | None = Field(default=None, description="Index into ``attributions``; None if unattributed.")
    checkworthiness: float | None = Field(default=None, ge=0.0, le=1.0,
                                          description="The model's probability that the sentence is check-worthy.")


class SourceSummary(_Frozen):
    """One cited source and what it carries in the article."""

    name: str
    source_type: str | None = None
    country: str | None = None
    state_affiliated: bool = False
    named: bool = True
    attributions: int = 0
    claims: int = 0


class SourcingProfile(_Frozen):
    """Who the article cites: attributed vs unattributed claims, named vs anonymous sources, source types."""

    claims: int = Field(description="Check-worthy claims in the article.")
    attributed_claims: int
    unattributed_claims: int
    attributed_share: float = Field(ge=0.0, le=1.0)
    attributions: int
    named_sources: int
    anonymous_sources: int
    state_affiliated_sources: int = 0
    source_types: dict[str, int] = Field(default_factory=dict)
    sources: list[SourceSummary] = Field(default_factory=list)


class ActorRole(_Frozen):
    """A SemEval-2025 Task 10 entity-framing role: protagonist, antagonist or innocent, with fine roles."""

    label: Literal["Protagonist", "Antagonist", "Innocent"]
    score: float = Field(ge=0.0, le=1.0)
    fine: list[LabelScore] = Field(default_factory=list, description="Fine-grained roles with their scores.")
    evidence: str
    supporting: list[Span] = Field(default_factory=list)


class Actor(_Frozen):
    name: str = Field(description="Canonical name (or the surface form when not normalized).")
    type: str
    code: str | None = None
    country: str | None = None
    score: float = Field(ge=0.0, le=1.0)
    evidence: str
    mentions: list[Span] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list, description="The surface forms the article uses for the actor.")
    roles: list[ActorRole] = Field(default_factory=list, description="Roles the article casts the actor in.")
    tone: float | None = Field(default=None, ge=-1.0, le=1.0,
                               description="Tone toward the actor, from -1 (hostile) to 1 (favourable).")


class Event(Span):
    """An actor-action-target triple. ``label`` is the PLOVER category."""

    actor: int | None = Field(default=None, description="Index into ``actors``.")
    target: int | None = Field(default=None, description="Index into ``actors``.")
    cameo: str | None = None
    mode: Literal["asserted", "reported", "hypothetical", "negated", "planned"] = "asserted"
    voice: int | None = Field(default=None, description="Index into ``attributions``; None means the author.")
    speaker: int | None = Field(default=None, description="Index into ``actors`` of who asserts the event "
                                "(the attribution's speaker or the subject of the reporting verb); None: the author.")
    trigger: TextRange | None = Field(default=None, description="The verb or noun that expresses the action.")


class SubNarrative(LabelScore):
    """A sub-narrative with the sentence of the article that most supports it."""

    supporting: list[Span] = Field(default_factory=list)


class Narrative(_Frozen):
    """A known narrative (SemEval-2025 Task 10 taxonomy); ``label`` "Other" says no known narrative matched."""

    label: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: str
    supporting: list[Span] = Field(default_factory=list)
    domain: str | None = Field(default=None, description="URW (Ukraine war) or CC (climate change).")
    subnarratives: list[SubNarrative] = Field(default_factory=list, description="Sub-narratives, full labels "
                                              "('URW: Discrediting Ukraine: Ukraine is a puppet of the West'), "
                                              "each with its supporting sentence.")


#: What a plugin layer's name may be: it becomes a key of ``extensions``, a CSS class and a column of exports.
EXTENSION_NAME = r"^[a-z][a-z0-9_]{0,39}$"


class Extension(_Frozen):
    """What one plugin layer found: spans over ``article.text`` (validated like every span) and article labels."""

    component: str = Field(description="The registered component that wrote this layer (e.g. 'hedging.v1').")
    spans: list[Span] = Field(default_factory=list, description="Findings over article.text, each with its "
                              "label, score and evidence.")
    labels: list[LabelScore] = Field(default_factory=list, description="Labels of the whole article.")


class ErrorRecord(_Frozen):
    component: str
    code: str
    message: str
    level: Literal["error", "warning"] = "error"


class ComponentInfo(_Frozen):
    name: str
    version: str


class Provenance(_Frozen):
    spinscope_version: str
    components: list[ComponentInfo] = Field(default_factory=list)
    models: dict[str, str] = Field(default_factory=dict)


class ArticleAnalysis(_Frozen):
    """Everything spinscope found in one article."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleInfo
    genre: Genre | None = None
    frames: list[Frame] = Field(default_factory=list)
    techniques: list[Technique] = Field(default_factory=list)
    title_techniques: list[Technique] = Field(
        default_factory=list, description="Technique spans over ``article.title`` (offsets into the title, not "
        "the text): a headline is analysed as a paragraph of its own, but kept out of ``article.text``.")
    attributions: list[Attribution] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    sourcing: SourcingProfile | None = None
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    narratives: list[Narrative] = Field(default_factory=list)
    extensions: dict[str, Extension] = Field(
        default_factory=dict, description="Plugin layers, by name: what third-party components found "
        "(docs/ARCHITECTURE.md, 'Add a layer'). Names match " + EXTENSION_NAME + ".")
    errors: list[ErrorRecord] = Field(default_factory=list)
    provenance: Provenance

    @model_validator(mode="after")
    def _spans_inside_text(self) -> ArticleAnalysis:
        for name in self.extensions:
            if not re.match(EXTENSION_NAME, name):
                raise ValueError(f"extensions: layer name {name!r} does not match {EXTENSION_NAME}")
        limit = len(self.article.text)
        for where, rng in self.iter_ranges():
            if rng.end > limit:
                raise ValueError(f"{where} [{rng.start}, {rng.end}) is outside the text (length {limit})")
        title = len(self.article.title or "")
        for i, t in enumerate(self.title_techniques):
            if t.end > title:
                raise ValueError(f"title_techniques[{i}] [{t.start}, {t.end}) is outside the title (length {title})")
        return self

    def iter_ranges(self) -> list[tuple[str, TextRange]]:
        """Every character range in the result, with a name saying where it sits."""
        found: list[tuple[str, TextRange]] = []
        found += [(f"article.paragraphs[{i}]", r) for i, r in enumerate(self.article.paragraphs)]
        found += [(f"article.sentences[{i}]", r) for i, r in enumerate(self.article.sentences)]
        for layer in ("techniques", "claims", "events"):
            found += [(f"{layer}[{i}]", s) for i, s in enumerate(getattr(self, layer))]
        for i, a in enumerate(self.attributions):
            found.append((f"attributions[{i}]", a))
            found += [(f"attributions[{i}].{part}", s) for part in ("speaker", "cue", "content", "resolved_from")
                      if (s := getattr(a, part)) is not None]
        for layer in ("frames", "narratives"):
            for i, f in enumerate(getattr(self, layer)):
                found += [(f"{layer}[{i}].supporting[{j}]", s) for j, s in enumerate(f.supporting)]
        for i, actor in enumerate(self.actors):
            found += [(f"actors[{i}].mentions[{j}]", s) for j, s in enumerate(actor.mentions)]
            for k, role in enumerate(actor.roles):
                found += [(f"actors[{i}].roles[{k}].supporting[{j}]", s) for j, s in enumerate(role.supporting)]
        found += [(f"events[{i}].trigger", e.trigger) for i, e in enumerate(self.events) if e.trigger is not None]
        for name, ext in self.extensions.items():
            found += [(f"extensions[{name!r}].spans[{i}]", s) for i, s in enumerate(ext.spans)]
        return found

    def span_text(self, rng: TextRange) -> str:
        return self.article.text[rng.start:rng.end]

    def speaker_label(self, a: Attribution, unnamed: str = "unnamed source") -> str:
        """Who an attribution is by: its speaker's name, or the names of all its sources ("X and Y said")."""
        if a.sources:
            names = [s.speaker_name or " ".join(self.span_text(s.speaker).split()) for s in a.sources]
            return ", ".join(names[:-1]) + " and " + names[-1]
        return a.speaker_name or (self.span_text(a.speaker) if a.speaker else unnamed)

    def title_text(self, rng: TextRange) -> str:
        """The words of a ``title_techniques`` span."""
        return (self.article.title or "")[rng.start:rng.end]

    @property
    def failed(self) -> bool:
        return any(e.level == "error" for e in self.errors)


def json_schema() -> str:
    """The JSON Schema of :class:`ArticleAnalysis`, as committed in docs/result.schema.json."""
    return json.dumps(ArticleAnalysis.model_json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":  # python -m spinscope.result > docs/result.schema.json
    import sys

    sys.stdout.write(json_schema())
