"""Component registry and the Pipeline that runs components over one working document.

A component is a callable ``Document -> Document`` (usually a small class that loads its model
once in ``__init__``), registered under a versioned name with what it requires and assigns::

    @register("language.v1", requires=("text",), assigns=("language",))
    class LanguageDetector: ...

Built-in components are found through the ``spinscope.components`` entry-point group, the same
way a third-party package adds its own.
"""

from __future__ import annotations

import importlib.metadata
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import __version__
from .budget import Budget, BudgetInterrupt, Watchdog, release_memory, watched
from .document import ArticleInput, Document
from .errors import AnalysisBudgetExceeded, PipelineConfigError
from .result import ArticleAnalysis, ComponentInfo

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "spinscope.components"

#: From this many characters on, the heap memory freed by a component is given back before the next one runs
#: (spinscope.budget.release_memory), so that a long article's resident memory does not pile up.
RELEASE_MEMORY_CHARS = 100_000

#: What every document has before the first component runs.
INITIAL_FIELDS = frozenset({"text", "meta"})


class Component(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    factory: Callable[..., Component]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    description: str = ""

    @property
    def version(self) -> str:
        return self.name.rsplit(".", 1)[-1] if "." in self.name else "v1"


_REGISTRY: dict[str, ComponentSpec] = {}
_ENTRY_POINTS_LOADED = False


def register(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (), description: str = ""
) -> Callable[[Callable[..., Component]], Callable[..., Component]]:
    """Register a component factory under a versioned name such as ``"segment.v1"``."""

    def decorate(factory: Callable[..., Component]) -> Callable[..., Component]:
        doc = description or (factory.__doc__ or "").strip().splitlines()[0:1]
        summary = doc if isinstance(doc, str) else (doc[0] if doc else "")
        _REGISTRY[name] = ComponentSpec(name, factory, tuple(requires), tuple(assigns), summary)
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
    """Raise PipelineConfigError if a component requires something no earlier component assigns."""
    available = set(INITIAL_FIELDS)
    for spec in specs:
        missing = [r for r in spec.requires if r not in available]
        if missing:
            raise PipelineConfigError(
                f"component {spec.name!r} requires {', '.join(missing)}, "
                f"which no earlier component assigns (available: {', '.join(sorted(available))})"
            )
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


@dataclass
class Pipeline:
    """An ordered list of built components, checked when it is built."""

    specs: list[ComponentSpec]
    components: list[Component] = field(repr=False)

    @classmethod
    def from_names(cls, names: Iterable[str], *, config: dict[str, dict[str, Any]] | None = None) -> Pipeline:
        specs = resolve(names)
        config = config or {}
        components = []
        for spec in specs:
            try:
                components.append(spec.factory(**config.get(spec.name, {})))
            except (TypeError, ValueError) as exc:  # an unknown option, or a value the component refuses
                raise PipelineConfigError(f"configuration of {spec.name}: {exc}") from exc
        return cls(specs=specs, components=components)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def component_infos(self) -> list[ComponentInfo]:
        return [ComponentInfo(name=s.name, version=s.version) for s in self.specs]

    def run(self, doc: Document, *, timings: dict[str, float] | None = None,
            budget: Budget | None = None) -> Document:
        """Run every component; a failing one records an error on the document and the rest go on.

        With a ``budget`` the components run under its watchdog (spinscope.budget): past its time or memory
        the running component is stopped and AnalysisBudgetExceeded is raised, naming the component and
        the limit.
        """
        dog: Watchdog | None = None
        try:
            with watched(budget) as dog:
                for spec, component in zip(self.specs, self.components, strict=True):
                    if dog is not None:
                        dog.where = spec.name
                    started = time.perf_counter()
                    try:
                        doc = component(doc)
                    except Exception as exc:
                        log.debug("component %s failed", spec.name, exc_info=True)
                        doc.errors.append(_component_error(spec.name, exc))
                    if len(doc.text) >= RELEASE_MEMORY_CHARS:
                        release_memory()
                    if timings is not None:
                        timings[spec.name] = timings.get(spec.name, 0.0) + time.perf_counter() - started
        except BudgetInterrupt:
            # caught outside the `with` too: the interrupt may land while the block is leaving
            raise _over_budget(dog, doc) from None
        return doc

    def __call__(self, article: ArticleInput, *, budget: Budget | None = None) -> ArticleAnalysis:
        """Analyse one article under ``budget``; None gives the default budget for its length
        (:meth:`Budget.for_text`), ``Budget()`` none at all. Raises AnalysisBudgetExceeded past it."""
        from .ingest.clean import make_document

        doc = make_document(article)
        doc = self.run(doc, budget=budget if budget is not None else Budget.for_text(len(doc.text)))
        return doc.to_result(components=self.component_infos(), version=__version__)

    def pipe(self, articles: Iterable[ArticleInput]) -> Iterator[ArticleAnalysis]:
        for article in articles:
            yield self(article)


def _over_budget(dog: Watchdog | None, doc: Document) -> AnalysisBudgetExceeded:
    limit = (dog.reason if dog is not None else None) or "time"
    where = dog.where if dog is not None and dog.where else "the pipeline"
    elapsed = f" after {dog.elapsed():.1f} s" if dog is not None else ""
    detail = f" of {dog.detail}" if dog is not None and dog.detail else ""
    return AnalysisBudgetExceeded(
        f"analysis stopped in {where}{elapsed}: over the article's {limit} budget{detail} "
        f"({len(doc.text):,} characters; SPINSCOPE_ARTICLE_SECONDS / SPINSCOPE_ARTICLE_MEMORY_MB change it)",
        source=doc.meta.source, limit=limit)


def _component_error(name: str, exc: Exception):  # type: ignore[no-untyped-def]
    from .result import ErrorRecord

    code = getattr(exc, "code", "E030")
    return ErrorRecord(component=name, code=code, message=f"{type(exc).__name__}: {exc}", level="error")
