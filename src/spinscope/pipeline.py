"""Component registry and the Pipeline that runs components over one working document.

A component is a callable ``Document -> Document`` (usually a small class that loads its model
once in ``__init__``), registered under a versioned name with what it requires and assigns::

    @register("language.v1", requires=("text",), assigns=("language",))
    class LanguageDetector: ...

Built-in components are found through the ``spinscope.components`` entry-point group, the same
way a third-party package adds its own.
"""

from __future__ import annotations

import gc
import importlib.metadata
import logging
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from .budget import Budget, BudgetInterrupt, Watchdog, release_memory, watched
from .document import ArticleInput, Document
from .errors import (
    AnalysisBudgetExceeded,
    ClaimModelMissing,
    ComponentError,
    ModelFilesMissing,
    PipelineConfigError,
    SpinscopeError,
    UnsafeModelFile,
)
from .result import ArticleAnalysis, ComponentInfo, ErrorRecord
from .settings import ANY_LANGUAGE, DEFAULT_LANGUAGE, __version__

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "spinscope.components"

#: From this many characters on, the heap memory freed by a component is given back before the next one runs
#: (spinscope.budget.release_memory), so that a long article's resident memory does not pile up.
RELEASE_MEMORY_CHARS = 100_000

#: What every document has before the first component runs.
INITIAL_FIELDS = frozenset({"text", "meta"})


class Component(Protocol):
    def __call__(self, doc: Document) -> Document: ...


_HEAP_FROZEN = False


def freeze_loaded_heap() -> None:
    """Move every object alive now (the loaded models, tables and dictionaries) out of the garbage collector's
    reach, once per process; later calls do nothing.

    A full collector pass walks every container alive, and after one article the pipeline's resources are about
    310,000 of them: one pass took 0.17-0.45 s on 2 cores (``scripts/countries28/gc_passes.py``). Such passes are
    rare in a warm loop (none in 100 articles) but one falls due around the first articles, once the layers have
    loaded what they load lazily, and which layer it lands in follows the allocation counts, so any change to what
    is loaded moves it: with fifty-four countries more in the source table (round 27) it landed in the actors
    layer of ``python -m benchmarks``, whose time seemed to triple (0.11 -> 0.31 s over 30 articles) though its own
    CPU time had not changed (docs/EVALUATION.md, "Countries and actor speed, round 28"). After the freeze a full
    pass walks only what was made since. Frozen objects are still freed by reference counting; only cycles among
    them stay, as the loaded resources do anyway. The young garbage of the first article is collected first
    (cheap), so little of it is frozen. The pipeline calls this after its first document, when the layers have
    loaded their resources; ``gc.unfreeze()`` undoes it.
    """
    global _HEAP_FROZEN
    if _HEAP_FROZEN:
        return
    _HEAP_FROZEN = True
    gc.collect(1)
    gc.freeze()


_BLAS: tuple[int, Any] | None = None


def one_blas_thread() -> AbstractContextManager[Any]:
    """Limit the BLAS libraries (numpy's and scipy's OpenBLAS) to one thread while the pipeline runs; restored
    afterwards.

    The layers' own matrix products are small (linear models over one article), and BLAS threads left spinning
    after one took the cores from torch's threads: on 2 cores the sentence encoder's pass took 42 instead of 29 ms
    an article inside the pipeline (docs/BENCHMARKS.md). torch's own threads are not limited. The limit is the
    process's: when analyses overlap in several threads (the web server), the last to leave may restore one
    thread instead of the user's setting, which only keeps BLAS at the setting the pipeline wants.
    """
    global _BLAS
    if _BLAS is None or _BLAS[0] != len(sys.modules):
        from threadpoolctl import ThreadpoolController

        # reads the loaded libraries (a few ms), again only after new modules were imported (a library they
        # load would be missed); its limits cost microseconds
        _BLAS = (len(sys.modules), ThreadpoolController())
    return _BLAS[1].limit(limits=1, user_api="blas")  # type: ignore[no-any-return]


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    factory: Callable[..., Component]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    description: str = ""
    #: Inputs read when an earlier component assigned them, and done without otherwise.
    optional: tuple[str, ...] = ()
    #: ISO 639-1 codes of the languages the component reads; ``{"*"}``: any language.
    languages: frozenset[str] = frozenset({ANY_LANGUAGE})
    #: Components this one replaces for its languages (see the module docstring).
    overrides: tuple[str, ...] = ()

    def reads(self, language: str | None) -> bool:
        """Whether the component runs on an article in ``language`` (None: unknown)."""
        return ANY_LANGUAGE in self.languages or language in self.languages

    @property
    def version(self) -> str:
        return self.name.rsplit(".", 1)[-1] if "." in self.name else "v1"


_REGISTRY: dict[str, ComponentSpec] = {}
_ENTRY_POINTS_LOADED = False


#: A plugin layer's slot in ``requires``/``assigns``: ``extensions.<name>`` (result.extensions[name]).
EXTENSION_FIELD = re.compile(r"^extensions\.([a-z][a-z0-9_]{0,39})$")


def check_fields(name: str, *, requires: Iterable[str], assigns: Iterable[str], optional: Iterable[str]) -> None:
    """Raise PipelineConfigError when a declaration names something that is not a field of the document."""
    from .document import DOCUMENT_FIELDS

    for role, names in (("requires", requires), ("assigns", assigns), ("optional", optional)):
        bad = [f for f in names if f not in DOCUMENT_FIELDS and not EXTENSION_FIELD.match(f)]
        if bad:
            raise PipelineConfigError(
                f"component {name!r} {role} {', '.join(map(repr, bad))}, which is not a field of the document "
                f"(fields: {', '.join(sorted(DOCUMENT_FIELDS))}; a plugin layer assigns 'extensions.<name>')")


def register(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (), optional: Iterable[str] = (),
    description: str = "", languages: Iterable[str] | None = None, overrides: Iterable[str] = (),
) -> Callable[[Callable[..., Component]], Callable[..., Component]]:
    """Register a component factory under a versioned name such as ``"segment.v1"``.

    ``requires`` must be assigned by an earlier component, ``optional`` is read when an earlier component assigned
    it, ``assigns`` is what it writes. Each names a field of :class:`~spinscope.document.Document` (or
    ``extensions.<name>``, a plugin layer), checked now: a misspelt field raises PipelineConfigError at import.
    ``languages`` defaults to the factory's ``languages`` attribute, else any language.
    """
    requires, assigns, optional = tuple(requires), tuple(assigns), tuple(optional)
    check_fields(name, requires=requires, assigns=assigns, optional=optional)

    def decorate(factory: Callable[..., Component]) -> Callable[..., Component]:
        doc = description or (factory.__doc__ or "").strip().splitlines()[0:1]
        summary = doc if isinstance(doc, str) else (doc[0] if doc else "")
        declared = languages if languages is not None else getattr(factory, "languages", None)
        langs = frozenset(declared) if declared is not None else frozenset({ANY_LANGUAGE})
        if not langs:
            raise PipelineConfigError(f"component {name!r} declares no language")
        _REGISTRY[name] = ComponentSpec(name, factory, requires, assigns, summary, optional,
                                        languages=langs, overrides=tuple(overrides))
        return factory

    return decorate


def _load_entry_points() -> None:
    global _ENTRY_POINTS_LOADED
    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            ep.load()  # importing the module runs its @register decorators
        except Exception as exc:  # a broken plugin must not take the built-ins down with it
            log.warning("could not load component entry point %s: %s", ep.name, exc)


def registered_components() -> dict[str, ComponentSpec]:
    """Every registered component, built-in and third-party, by name."""
    _load_entry_points()
    return dict(sorted(_REGISTRY.items()))


def check_order(specs: list[ComponentSpec]) -> None:
    """Raise PipelineConfigError if a component requires something no earlier component assigns, or reads an
    optional input that only a later component assigns (it would silently never see it)."""
    available = set(INITIAL_FIELDS)
    for i, spec in enumerate(specs):
        missing = [r for r in spec.requires if r not in available]
        if missing:
            raise PipelineConfigError(
                f"component {spec.name!r} requires {', '.join(missing)}, "
                f"which no earlier component assigns (available: {', '.join(sorted(available))})"
            )
        for opt in spec.optional:
            later = next((s.name for s in specs[i + 1:] if opt in s.assigns and opt not in available), None)
            if later is not None:
                raise PipelineConfigError(f"component {spec.name!r} reads {opt} when present, but {later!r}, "
                                          f"which assigns it, comes after it: put {later!r} first")
        available.update(spec.assigns)


def resolve(names: Iterable[str]) -> list[ComponentSpec]:
    """The specs of the named components, checked for existence and order; nothing is loaded."""
    registry = registered_components()
    specs: list[ComponentSpec] = []
    for name in names:
        if name not in registry:
            known = ", ".join(registry) or "none"
            raise PipelineConfigError(f"unknown component {name!r} (registered: {known})")
        specs.append(registry[name])
    check_order(specs)
    return specs


#: What a component's factory may raise when its model files are missing or unreadable.
MODEL_LOAD_ERRORS: tuple[type[Exception], ...] = (ModelFilesMissing, ClaimModelMissing, UnsafeModelFile, OSError)


class Unavailable:
    """Stands in for a component whose model could not be loaded: each article records the loading error
    (with its code) on the result and the other components run, one way for every component."""

    def __init__(self, name: str, error: Exception) -> None:
        self.name, self.error = name, error

    def __call__(self, doc: Document) -> Document:
        raise self.error.with_traceback(None)  # a fresh traceback: raised again for every article


@dataclass
class Pipeline:
    """An ordered list of built components, checked when it is built."""

    specs: list[ComponentSpec]
    components: list[Component] = field(repr=False)

    @classmethod
    def from_names(cls, names: Iterable[str], *, config: dict[str, dict[str, Any]] | None = None,
                   origin: str | None = None) -> Pipeline:
        """Build the named components, each with its options from ``config`` (by component name).

        ``origin`` names where the options came from (the spinscope.toml path) in the errors. An option for a
        component that is not registered is an error; one for a registered component left out of ``names`` is not
        (the same file serves several command lines).
        """
        specs = resolve(names)
        config = config or {}
        registry = registered_components()
        unknown = sorted(set(config) - set(registry))
        if unknown:
            raise PipelineConfigError(f"{origin or 'config'}: options for unknown component "
                                      f"{', '.join(map(repr, unknown))} "
                                      f"(registered: {', '.join(registry)})")
        components: list[Component] = []
        for spec in specs:
            try:
                components.append(spec.factory(**config.get(spec.name, {})))
            except MODEL_LOAD_ERRORS as exc:  # missing or unreadable model files: that layer fails, the rest run
                log.warning("component %s cannot load its model: %s", spec.name, exc)
                components.append(Unavailable(spec.name, exc))
            except (TypeError, ValueError) as exc:  # an unknown option, or a value the component refuses
                where = f" (options from {origin})" if origin else ""
                raise PipelineConfigError(f"configuration of {spec.name}: {exc}{where}") from exc
        return cls(specs=specs, components=components)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def component_infos(self, ran: Iterable[str] | None = None) -> list[ComponentInfo]:
        """The components of the pipeline, or those of them named in ``ran``, in pipeline order."""
        wanted = None if ran is None else set(ran)
        return [ComponentInfo(name=s.name, version=s.version) for s in self.specs
                if wanted is None or s.name in wanted]

    def languages(self) -> dict[str, frozenset[str]]:
        """Each component's declared languages, by name (``{"*"}``: any)."""
        return {spec.name: spec.languages for spec in self.specs}

    def run(self, doc: Document, *, timings: dict[str, float] | None = None,
            budget: Budget | None = None) -> Document:
        """Run every component; a failing one records an error on the document and the rest go on.

        With a ``budget`` the components run under its watchdog (spinscope.budget): past its time or memory
        the running component is stopped and AnalysisBudgetExceeded is raised, naming the component and
        the limit.
        """
        dog: Watchdog | None = None
        try:
            with watched(budget) as dog, one_blas_thread():
                for spec, component in zip(self.specs, self.components, strict=True):
                    if not self._routed(spec, doc):
                        continue
                    doc.components_run.append(spec.name)
                    if dog is not None:
                        dog.where = spec.name
                    started = time.perf_counter()
                    models_before = set(doc.models)
                    try:
                        doc = component(doc)
                    except Exception as exc:
                        log.debug("component %s failed", spec.name, exc_info=True)
                        doc.errors.append(_component_error(spec.name, exc))
                    _file_models_under(spec.name, doc.models, models_before)
                    if len(doc.text) >= RELEASE_MEMORY_CHARS:
                        release_memory()
                    if timings is not None:
                        timings[spec.name] = timings.get(spec.name, 0.0) + time.perf_counter() - started
        except BudgetInterrupt:
            # caught outside the `with` too: the interrupt may land while the block is leaving
            raise _over_budget(dog, doc) from None
        freeze_loaded_heap()
        return doc

    def _routed(self, spec: ComponentSpec, doc: Document) -> bool:
        """Whether ``spec`` runs on ``doc`` (in the language known so far); warns W110 when it is skipped
        for its language and no component of the pipeline does its work in that language instead.

        An article whose language is unknown (no ``language.v1`` in the pipeline, or a text with no letters) is
        routed as one in DEFAULT_LANGUAGE, as every component read it before languages were declared."""
        language = doc.language if doc.language is not None else DEFAULT_LANGUAGE
        if spec.reads(language):
            replaced_by = [other.name for other in self.specs if spec.name in other.overrides
                           and ANY_LANGUAGE not in other.languages and other.reads(language)]
            return not replaced_by
        if any(spec.name in other.overrides and other.reads(language) for other in self.specs):
            return False  # another component does its work in this language
        if any(other.name in spec.overrides for other in self.specs):
            return False  # it stands in for a component of the pipeline, which warns for both
        family = [spec, *(other for other in self.specs if spec.name in other.overrides)]
        supported = ", ".join(sorted({lang for member in family for lang in member.languages}))
        alternatives = "" if len(family) == 1 else f" (with {', '.join(m.name for m in family[1:])})"
        doc.warn(spec.name, "W110", f"{spec.name} skipped: this layer reads {supported} only{alternatives} and "
                 f"the article's language is {language!r}")
        return False

    def __call__(self, article: ArticleInput, *, budget: Budget | None = None) -> ArticleAnalysis:
        """Analyse one article under ``budget``; None gives the default budget for its length
        (:meth:`Budget.for_text`), ``Budget()`` none at all. Raises AnalysisBudgetExceeded past it."""
        from .ingest.clean import make_document

        doc = make_document(article)
        doc = self.run(doc, budget=budget if budget is not None else Budget.for_text(len(doc.text)))
        return doc.to_result(components=self.component_infos(doc.components_run), version=__version__)

    def pipe(self, articles: Iterable[ArticleInput]) -> Iterator[ArticleAnalysis]:
        for article in articles:
            yield self(article)


def _file_models_under(name: str, models: dict[str, str], before: set[str]) -> None:
    """Provenance keys are component names: what a component recorded under another key ("roles", "spacy") is
    moved under its registered name ("roles.v1", "segment.v1"), several keys joined as ``key=value; ...``."""
    added = [k for k in models if k not in before and k != name]
    if not added:
        return
    values = [f"{k}={models.pop(k)}" for k in added]
    if name not in models and len(values) == 1:
        models[name] = values[0].split("=", 1)[1]
    else:
        models[name] = "; ".join([*([models[name]] if name in models else []), *values])


def _over_budget(dog: Watchdog | None, doc: Document) -> AnalysisBudgetExceeded:
    limit = (dog.reason if dog is not None else None) or "time"
    where = dog.where if dog is not None and dog.where else "the pipeline"
    elapsed = f" after {dog.elapsed():.1f} s" if dog is not None else ""
    detail = f" of {dog.detail}" if dog is not None and dog.detail else ""
    return AnalysisBudgetExceeded(
        f"analysis stopped in {where}{elapsed}: over the article's {limit} budget{detail} "
        f"({len(doc.text):,} characters; SPINSCOPE_ARTICLE_SECONDS / SPINSCOPE_ARTICLE_MEMORY_MB change it)",
        source=doc.meta.source, limit=limit)


def _component_error(name: str, exc: Exception) -> ErrorRecord:
    """The record of a component's failure: a SpinscopeError keeps its code, any other exception is a
    ComponentError (E030). The code is a field of its own and never repeated in the message."""
    error = exc if isinstance(exc, SpinscopeError) else ComponentError(str(exc), source=name)
    return ErrorRecord(component=name, code=error.code, message=f"{type(exc).__name__}: {error.message}",
                       level="error")
