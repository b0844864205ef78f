"""The working document that flows through every pipeline component."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .result import (
    Actor,
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    Claim,
    ComponentInfo,
    ErrorRecord,
    Event,
    Extension,
    Frame,
    Genre,
    Narrative,
    Provenance,
    SourcingProfile,
    Technique,
    TextRange,
)

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc


@dataclass
class ArticleInput:
    """An article as read, before analysis: text plus whatever metadata the source gave."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    id: str | None = None
    source: str | None = None
    input_format: str = "text"
    #: sha256 of where the item was read (the file, or ``-``) and its raw bytes: what a resumed ingest keys
    #: done-ness on. None when the item was not read by a reader (the API, Python callers).
    digest: str | None = None
    #: What sanitation at the boundary changed (lone surrogates, NULs, control characters), recorded as
    #: warnings on the result.
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParsedParagraph:
    """A spaCy Doc over ``text[offset:offset + len(doc.text)]``."""

    offset: int
    doc: Doc

    @cached_property
    def text(self) -> str:
        """The piece's text, joined once: spaCy's ``Doc.text`` joins the tokens again at every call, and a
        component asking for it once per mention spent most of its time there."""
        return str(self.doc.text)

    @cached_property
    def token_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Each token's start and end offset in the piece, in token order (for ``np.searchsorted``), computed
        once; arrays, 16 bytes a token (Python lists of them took 72 bytes a token for as long as the document)."""
        import numpy as np
        from spacy.attrs import IDX, LENGTH

        if not len(self.doc):
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        bounds = self.doc.to_array([IDX, LENGTH])  # one C pass: iterating the Doc makes a Token object per token
        starts = np.ascontiguousarray(bounds[:, 0], dtype=np.int64)
        return starts, starts + bounds[:, 1]


#: The result's fields that components fill, read off the result model: every field of ArticleAnalysis but
#: its envelope. Document has one attribute of the same name for each (checked below, at import), and
#: :meth:`Document.to_result` copies them, so a new layer is declared once, in result.py, plus its attribute here.
LAYER_FIELDS: tuple[str, ...] = tuple(
    name for name in ArticleAnalysis.model_fields if name not in ("schema_version", "article", "errors", "provenance"))


@dataclass
class Document:
    """Mutable state of one article while the pipeline runs; frozen into an ArticleAnalysis at the end."""

    text: str
    meta: ArticleInput
    removed: list[str] = field(default_factory=list)
    place: str | None = None
    #: The title is also the first paragraph of ``text`` (a text file's headline line), so layers that analyse the
    #: title apart (:attr:`separate_title`) leave it to the text.
    title_in_text: bool = False
    language: str | None = None
    language_score: float | None = None
    paragraphs: list[TextRange] = field(default_factory=list)
    sentences: list[TextRange] = field(default_factory=list)
    parsed: list[ParsedParagraph] = field(default_factory=list)
    #: ``(sentence ranges, vectors)``: the frozen encoder's vectors of the sentences, written by
    #: sentence-vectors.v1 (or by the first layer that needs them) and read by the layers that do; not a result.
    sentence_vectors: tuple[list[tuple[int, int]], Any] | None = None
    genre: Genre | None = None
    frames: list[Frame] = field(default_factory=list)
    techniques: list[Technique] = field(default_factory=list)
    #: Technique spans over ``meta.title`` (offsets into the title).
    title_techniques: list[Technique] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sourcing: SourcingProfile | None = None
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    narratives: list[Narrative] = field(default_factory=list)
    #: Plugin layers by name (``result.extensions``): a third-party component writes its Extension here.
    extensions: dict[str, Extension] = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)
    models: dict[str, str] = field(default_factory=dict)
    #: Names of the components the pipeline ran on this document (language routing skips the others).
    components_run: list[str] = field(default_factory=list)
    #: The Russian parse (natasha, pymorphy3) of the article, assigned by segment_ru.v1 (components/russian).
    parsed_ru: Any = None
    #: Scratch space for components to share intermediate results (e.g. embeddings).
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def separate_title(self) -> str:
        """The title when it is not part of ``text`` (metadata of HTML and JSON Lines input), else ""."""
        return "" if self.title_in_text else (self.meta.title or "").strip()

    @property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def warn(self, component: str, code: str, message: str) -> None:
        self.errors.append(ErrorRecord(component=component, code=code, message=message, level="warning"))

    def to_result(self, *, components: list[ComponentInfo], version: str) -> ArticleAnalysis:
        meta = self.meta
        article = ArticleInfo(
            id=self.id,
            title=meta.title,
            text=self.text,
            language=self.language,
            language_score=self.language_score,
            outlet=meta.outlet,
            url=meta.url,
            author=meta.author,
            published=meta.published,
            place=self.place,
            source=meta.source,
            input_format=meta.input_format,  # type: ignore[arg-type]
            paragraphs=self.paragraphs,
            sentences=self.sentences,
            removed=self.removed,
        )
        return ArticleAnalysis(
            article=article,
            **{name: getattr(self, name) for name in LAYER_FIELDS},
            errors=self.errors,
            provenance=Provenance(spinscope_version=version, components=components, models=self.models),
        )


#: The names a component may declare in ``requires``/``assigns``/``optional``: the document's attributes, the
#: article text and metadata included, and ``extensions.<name>`` for a plugin layer.
DOCUMENT_FIELDS: frozenset[str] = frozenset(f.name for f in fields(Document)) - {"cache"}

_missing = [name for name in LAYER_FIELDS if name not in DOCUMENT_FIELDS]
if _missing:  # a layer added to ArticleAnalysis needs its attribute on Document
    raise TypeError(f"Document has no attribute for the result's layer field(s) {', '.join(_missing)}")
