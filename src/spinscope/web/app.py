"""The FastAPI application: the REST API under /api and the server-rendered web app.

Every error, from validation to a timeout, leaves in one shape::

    {"error": {"status": 413, "code": "request_too_large", "message": "...", "field": null}}
"""

from __future__ import annotations

import asyncio
import hmac
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..document import ArticleInput
from ..errors import SpinscopeError
from ..result import ArticleAnalysis
from ..settings import DEFAULT_MAX_BYTES

#: Seconds one analysis may take before the request answers 504.
DEFAULT_ANALYSIS_TIMEOUT = 60.0

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
TOKEN_COOKIE = "spinscope_token"


@dataclass(frozen=True)
class ServerSettings:
    db: str | None = None
    token: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    analysis_timeout: float = DEFAULT_ANALYSIS_TIMEOUT
    components: tuple[str, ...] | None = None


class ApiError(Exception):
    """An error answered in the one error shape."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    """The shape of every error response."""

    error: ErrorDetail


class AnalyzeRequest(BaseModel):
    """An article to analyze: ``text`` or ``html``, with optional metadata."""

    text: str | None = Field(default=None, description="Plain article text (first line + blank line = title).")
    html: str | None = Field(default=None, description="An HTML page; the main text is extracted.")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    id: str | None = None
    store: bool = Field(default=False, description="Also store the result in the corpus.")


class Health(BaseModel):
    status: str
    version: str
    components: list[str]
    store: bool


def error_response(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(status=status, code=code, message=message, field=field))
    return JSONResponse(body.model_dump(), status_code=status, headers=SECURITY_HEADERS)


class BodyLimitMiddleware:
    """Answer 413 for bodies over the limit, whether or not Content-Length is sent."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise ApiError(413, "request_too_large", self._message())
            return message

        await self.app(scope, counting_receive, send)

    def _message(self) -> str:
        return f"request body is over the limit of {self.max_bytes:,} bytes"

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, "request_too_large", self._message())
        await response(scope, receive, send)


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the application. The components are checked now; models load at startup, once."""
    from ..pipeline import resolve
    from ..settings import DEFAULT_COMPONENTS

    settings = settings or ServerSettings()
    resolve(settings.components or DEFAULT_COMPONENTS)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # models load once, before the first request, so the analysis timeout never counts loading time
        from ..api import load_pipeline

        await anyio.to_thread.run_sync(lambda: load_pipeline(settings.components))
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="spinscope",
        version=__version__,
        description="Analyze articles for persuasion techniques, sources, actors and narratives, offline.",
        responses={
            400: {"model": ErrorBody}, 401: {"model": ErrorBody}, 404: {"model": ErrorBody},
            413: {"model": ErrorBody}, 415: {"model": ErrorBody}, 422: {"model": ErrorBody},
            504: {"model": ErrorBody},
        },
    )
    app.state.settings = settings
    app.state.analysis_lock = threading.Lock()
    app.state.store = open_store(settings.db)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_bytes)

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if settings.token is not None and not token_ok(request, settings.token):
            return error_response(401, "unauthorized", "missing or wrong API token (Authorization: Bearer TOKEN)")
        try:
            response: Response = await call_next(request)
        except ApiError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.field)
        if settings.token is not None and request.query_params.get("token") == settings.token:
            response.set_cookie(TOKEN_COOKIE, settings.token, httponly=True, samesite="strict")
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.field)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or None
        message = first.get("msg", "invalid request")
        return error_response(422, "validation_error", f"{field}: {message}" if field else message, field)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 400: "bad_request"}
        return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal_error", f"internal error: {type(exc).__name__}")

    static = resources.files("spinscope.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/report-assets/{name}", include_in_schema=False)
    def report_asset(name: str) -> PlainTextResponse:
        from ..report.html import asset

        media = {"report.css": "text/css", "report.js": "text/javascript"}
        if name not in media:
            raise ApiError(404, "not_found", f"no asset {name!r}")
        return PlainTextResponse(asset(name), media_type=media[name])

    @app.get("/api/health", response_model=Health, tags=["service"])
    def health() -> Health:
        """Liveness and what this server runs."""
        from ..settings import DEFAULT_COMPONENTS

        return Health(status="ok", version=__version__, components=list(settings.components or DEFAULT_COMPONENTS),
                      store=app.state.store is not None)

    @app.post(
        "/api/analyze", response_model=ArticleAnalysis, tags=["analysis"],
        openapi_extra={"requestBody": {"content": {
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        }, "required": True}},
    )
    async def analyze(request: Request, store: bool = False) -> ArticleAnalysis:
        """Analyze one article sent as JSON (`text` or `html` plus metadata), plain text or HTML.

        Example: `curl -X POST localhost:8000/api/analyze -H 'Content-Type: text/plain' --data-binary @article.txt`
        """
        payload = await read_article(request)
        result = await run_analysis(app, payload.article)
        if store or payload.store:
            store_result(app, result, payload.article)
        return result

    from .corpus import add_corpus_routes
    from .pages import add_pages

    add_pages(app)
    add_corpus_routes(app)
    return app


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
    """Analyze in a worker thread, one at a time, within the configured timeout."""
    from ..api import load_pipeline

    settings: ServerSettings = app.state.settings
    if not article.text.strip():
        raise ApiError(422, "validation_error", "text: the article is empty", field="text")

    def work() -> ArticleAnalysis:
        pipeline = load_pipeline(settings.components)
        with app.state.analysis_lock:
            return pipeline(article)

    try:
        return await asyncio.wait_for(anyio.to_thread.run_sync(work), timeout=settings.analysis_timeout)
    except TimeoutError as exc:
        raise ApiError(504, "analysis_timeout",
                       f"analysis took longer than {settings.analysis_timeout:g} s") from exc
    except SpinscopeError as exc:
        raise ApiError(422, "unsupported_input", exc.message) from exc


def token_ok(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "")
    candidates = [
        given[7:] if given.lower().startswith("bearer ") else "",
        request.headers.get("x-api-token", ""),
        request.cookies.get(TOKEN_COOKIE, ""),
        request.query_params.get("token", ""),
    ]
    return any(c and hmac.compare_digest(c, token) for c in candidates)


def open_store(db: str | None) -> Any:
    """The corpus store, if the corpus package is available and a database is configured."""
    if db is None:
        return None
    try:
        from ..corpus import Store
    except ImportError:
        return None
    return Store.open(db)


def store_result(app: FastAPI, result: ArticleAnalysis, article: ArticleInput) -> None:
    store = app.state.store
    if store is None:
        raise ApiError(400, "no_store", "this server has no corpus store: start it with --db FILE")
    store.add(result)


def html_page(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status)
