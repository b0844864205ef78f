"""The public Python surface: analyze() and load_pipeline()."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .config import Config, load_config
from .document import ArticleInput
from .errors import SpinscopeError, UnsupportedInput
from .ingest.readers import IngestFailure, article_from_html, iter_paths, looks_like_html
from .pipeline import Pipeline
from .result import ArticleAnalysis
from .settings import Options

_PIPELINES: dict[tuple[Any, ...], Pipeline] = {}
_LOCK = threading.Lock()


def load_pipeline(components: Iterable[str] | None = None, *, config: Config | str | Path | None = None) -> Pipeline:
    """Build (once per process and configuration, then reuse) the pipeline with the given components.

    ``config`` is a :class:`~spinscope.config.Config` or the path of a ``spinscope.toml``; None reads the
    active one (``--config``, ``SPINSCOPE_CONFIG`` or ``./spinscope.toml``, see :mod:`spinscope.config`). Its
    ``layers`` are the components when ``components`` is None, and its options and resources configure them.
    """
    cfg = load_config(config)
    names = tuple(components) if components is not None else cfg.layers()
    key = (names, cfg.key)
    with _LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = Pipeline.from_names(names, config=cfg.component_config(), origin=cfg.origin)
        return _PIPELINES[key]


def _looks_like_path(value: str) -> bool:
    """True when ``value`` names an existing file. Text that cannot be a path (too long a name, a NUL) is text."""
    if "\n" in value or len(value) >= 4096:
        return False
    try:
        return Path(value).exists()
    except (OSError, ValueError):  # "File name too long", embedded NUL: article text, not a path
        return False


def analyze(text_or_path: str | Path, **options: Any) -> ArticleAnalysis:
    """Analyze one article given as text, HTML or a path to a file.

    Keyword options: ``title``, ``url``, ``outlet``, ``author``, ``published`` (metadata), ``components``
    (a list of component names), ``config`` (a ``spinscope.toml`` path or a Config; default: the active one),
    ``component_config`` (options by component name, over the configuration's) and ``max_bytes``. Raises
    UnsupportedInput when the input is not an article.
    """
    opts = Options(component_config=options.pop("component_config", None) or {})
    if "max_bytes" in options:
        opts = opts.with_changes(max_bytes=int(options.pop("max_bytes")))
    components = options.pop("components", None)
    config = load_config(options.pop("config", None)).with_component_options(opts.component_config)
    pipeline = load_pipeline(components, config=config)
    if isinstance(text_or_path, Path) or _looks_like_path(str(text_or_path)):
        items = list(iter_paths([text_or_path], max_bytes=opts.max_bytes))
        if len(items) != 1:
            raise UnsupportedInput(f"expected one article, found {len(items)}", source=str(text_or_path))
        item = items[0]
        if isinstance(item, IngestFailure):
            raise item.error
        for key, value in options.items():
            setattr(item, key, value)
        return pipeline(item)
    text = str(text_or_path)
    if len(text.encode("utf-8", errors="replace")) > opts.max_bytes:
        raise UnsupportedInput(f"text is over the limit of {opts.max_bytes:,} bytes", source="<text>")
    if not text.strip():
        raise UnsupportedInput("empty text", source="<text>")
    if looks_like_html(text):
        return pipeline(article_from_html(text, source="<html>", **options))
    return pipeline(ArticleInput(text=text, source="<text>", **options))


def analyze_paths(
    paths: Iterable[str | Path], *, components: Iterable[str] | None = None, max_bytes: int | None = None,
    config: Config | str | Path | None = None,
) -> Iterator[ArticleAnalysis | IngestFailure]:
    """Analyze every article under the given paths, yielding results and the inputs that failed."""
    pipeline = load_pipeline(components, config=config)
    for item in iter_paths(paths, max_bytes=max_bytes or Options().max_bytes):
        if isinstance(item, IngestFailure):
            yield item
            continue
        try:
            yield pipeline(item)
        except SpinscopeError as exc:  # cleaning or result validation rejected it
            yield IngestFailure(item.source or "<input>", exc)
