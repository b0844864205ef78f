"""What the routers do with an article: read it from a request, analyse it within the server's limits, store
it. Each takes the application (its state holds the settings, the configuration, the lock and the store)."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any

import anyio
from fastapi import FastAPI, Request

from ..document import ArticleInput
from ..errors import AnalysisBudgetExceeded, ApiError, SpinscopeError
from ..result import ArticleAnalysis
from .models import AnalyzeRequest
from .settings import TIMEOUT_GRACE, ServerSettings


@dataclass
class Payload:
    article: ArticleInput
    store: bool = False


async def read_article(request: Request) -> Payload:
    """Parse the request body into an article, by content type."""
    from ..ingest.readers import article_from_html

    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if not body.strip():
        raise ApiError(400, "empty_body", "request body is empty: send an article as JSON, text or HTML")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "bad_encoding", f"request body is not UTF-8 (byte {exc.start})") from exc
    if content_type == "application/json":
        try:
            data = AnalyzeRequest.model_validate_json(text)
        except ValueError as exc:
            errors: list[dict[str, Any]] = getattr(exc, "errors", list)()
            first = errors[0] if errors else {}
            field = ".".join(str(p) for p in first.get("loc", ())) or None
            message = first.get("msg", str(exc))
            code = "malformed_json" if first.get("type") == "json_invalid" else "validation_error"
            raise ApiError(422 if code == "validation_error" else 400, code,
                           f"{field}: {message}" if field else message, field=field) from exc
        meta = data.model_dump(exclude={"text", "html", "store"})
        try:
            if data.text and data.text.strip():
                return Payload(ArticleInput(text=data.text, source="api", **meta), data.store)
            if data.html and data.html.strip():
                return Payload(article_from_html(data.html, source="api", **meta), data.store)
        except SpinscopeError as exc:
            raise ApiError(422, "unsupported_input", exc.message, field="html") from exc
        raise ApiError(422, "validation_error", "text: give a non-empty 'text' or 'html'", field="text")
    if content_type == "text/plain":
        return Payload(ArticleInput(text=text, source="api"))
    if content_type == "text/html":
        try:
            return Payload(article_from_html(text, source="api"))
        except SpinscopeError as exc:
            raise ApiError(422, "unsupported_input", exc.message) from exc
    raise ApiError(415, "unsupported_media_type",
                   f"content type {content_type or 'none'!r} is not accepted: use application/json, "
                   "text/plain or text/html")


async def run_analysis(app: FastAPI, article: ArticleInput) -> ArticleAnalysis:
    """Analyze in a worker thread, one at a time, within the configured timeout.

    The timeout counts from the request's arrival, waiting for the analysis lock included, and it stops the
    work: the analysis runs under a budget (spinscope.budget) of the time left, so a request that answers 504
    no longer holds the lock, and a request whose time ran out while it waited is never analysed.
    """
    from ..api import load_pipeline
    from ..budget import Budget

    settings: ServerSettings = app.state.settings
    if not article.text.strip():
        raise ApiError(422, "validation_error", "text: the article is empty", field="text")
    timeout = settings.analysis_timeout
    deadline = time.monotonic() + timeout
    abandoned = threading.Event()

    def timed_out() -> ApiError:
        return ApiError(504, "analysis_timeout", f"analysis took longer than {timeout:g} s")

    def work() -> ArticleAnalysis:
        pipeline = load_pipeline(settings.components, config=app.state.config)
        if not app.state.analysis_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise timed_out()
        try:
            left = deadline - time.monotonic()
            if left <= 0 or abandoned.is_set():
                raise timed_out()
            return pipeline(article, budget=Budget.for_text(len(article.text)).tightened(left))
        finally:
            app.state.analysis_lock.release()

    try:
        return await asyncio.wait_for(anyio.to_thread.run_sync(work, abandon_on_cancel=True),
                                      timeout=timeout + TIMEOUT_GRACE)
    except TimeoutError as exc:
        abandoned.set()
        raise timed_out() from exc
    except ApiError:
        raise
    except AnalysisBudgetExceeded as exc:
        if exc.limit == "time":
            raise timed_out() from exc
        raise ApiError(422, "analysis_over_budget", exc.message) from exc
    except SpinscopeError as exc:
        raise ApiError(422, "unsupported_input", exc.message) from exc


def open_store(db: str | None) -> Any:
    """The corpus store, if the corpus package is available and a database is configured."""
    if db is None:
        return None
    try:
        from ..corpus import Store
    except ImportError:
        return None
    return Store.open(db)


def appearance_source(article: ArticleInput) -> str:
    """The source key of an appearance stored through the API: "api" and the metadata that tell appearances
    apart, so the same text posted for outlets A, B and C is kept as three appearances (the store keeps one
    appearance per article and source), while a retry of the same post stays one."""
    parts = [f"{key}={value}" for key, value in (("outlet", article.outlet), ("url", article.url),
                                                 ("published", article.published)) if value]
    base = article.source or "api"
    return base + (":" + ";".join(parts) if parts else "")


def store_result(app: FastAPI, result: ArticleAnalysis, article: ArticleInput) -> None:
    from ..corpus.store import Appearance

    store = app.state.store
    if store is None:
        raise ApiError(400, "no_store", "this server has no corpus store: start it with --db FILE")
    store.add(result, Appearance.of(result, source=appearance_source(article)))
