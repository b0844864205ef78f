"""The FastAPI application: the REST API under /api and the server-rendered web app.

Every error, from validation to a timeout, leaves in one shape::

    {"error": {"status": 413, "code": "request_too_large", "message": "...", "field": null}}
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

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
from ..errors import AnalysisBudgetExceeded, SpinscopeError
from ..result import ArticleAnalysis
from ..settings import DEFAULT_MAX_BYTES

#: Seconds one analysis may take before the request answers 504.
DEFAULT_ANALYSIS_TIMEOUT = 60.0
#: Seconds the server waits past the timeout for the analysing thread to stop before answering 504 anyway
#: (the budget's interrupt lands between Python instructions; one C call may finish first).
TIMEOUT_GRACE = 5.0
#: Seconds a client may take to send a request body, after which it gets 408 (uvicorn has no such limit; its
#: h11 limit bounds the size of the headers, and --timeout-keep-alive the wait for the next request).
DEFAULT_BODY_TIMEOUT = 30.0
#: Host names a server without a token always answers to, beside the address it is bound to.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")

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
    #: The address the server is bound to; a server without a token answers only to it, LOCAL_HOSTS and
    #: ``allowed_hosts`` (Host header), against DNS rebinding.
    host: str = "127.0.0.1"
    allowed_hosts: tuple[str, ...] = ()
    body_timeout: float = DEFAULT_BODY_TIMEOUT

    def host_names(self) -> frozenset[str]:
        """The host names (lower case, IPv6 without brackets) this server answers to without a token."""
        names = {self.host, *LOCAL_HOSTS, *self.allowed_hosts}
        return frozenset(n.strip().strip("[]").lower() for n in names if n.strip())

    def checks_host(self) -> bool:
        """Host and Origin are checked when no token guards the server and it is bound to one address."""
        return self.token is None and self.host not in ("0.0.0.0", "::", "")


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


class RequestGuard:
    """The outermost layer: keeps tokens out of logs, and guards a server without a token against other sites.

    - A ``?token=`` parameter is taken out of the query string before anything (uvicorn's access log included)
      reads it; the token check finds it in the scope.
    - Without a token (loopback): the Host header must name this server (DNS rebinding), and a write
      (POST, PUT, PATCH, DELETE) from a browser must come from this server's own pages (Origin, or
      Sec-Fetch-Site when a browser sends no Origin): a form or ``text/plain`` POST from another site is refused.
    - A request body must arrive within ``body_timeout`` seconds (408).
    """

    def __init__(self, app: ASGIApp, settings: ServerSettings) -> None:
        self.app, self.settings = app, settings
        self.hosts = settings.host_names()
        self.extra_hosts = frozenset(h.strip().strip("[]").lower() for h in settings.allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"")
        if b"token" in query:
            kept, token = [], None
            for part in query.split(b"&"):
                key, _, value = part.partition(b"=")
                if unquote_to_bytes(key.replace(b"+", b" ")) == b"token":
                    token = unquote_to_bytes(value.replace(b"+", b" "))
                else:
                    kept.append(part)
            scope["query_string"] = b"&".join(kept)  # in place: uvicorn logs this same scope
            scope[QUERY_TOKEN] = token
        if self.settings.checks_host():
            refusal = self.refusal(scope)
            if refusal is not None:
                await error_response(403, *refusal)(scope, receive, send)
                return
        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, self.timed(receive), send_tracked)
        except Exception as exc:  # the body's deadline, raised in whichever task was reading (maybe a group)
            late = _body_timeout_in(exc)
            if late is None or started:
                raise
            await error_response(408, "request_timeout", str(late))(scope, receive, send)

    def refusal(self, scope: Scope) -> tuple[str, str] | None:
        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        host = _host_name(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.hosts:
            return ("host_not_allowed", f"host {host or 'none'!r} is not served here: use 127.0.0.1 or localhost, "
                                        "or start the server with --allow-host NAME")
        if scope.get("method", "GET") in ("GET", "HEAD", "OPTIONS"):
            return None
        origin = headers.get(b"origin")
        fetch_site = headers.get(b"sec-fetch-site", b"").lower()
        if origin == b"null":
            # the app's own pages send "Origin: null" (their Referrer-Policy is no-referrer); so does a sandboxed
            # frame of any site: only the browser's Sec-Fetch-Site tells them apart
            if fetch_site == b"same-origin":
                return None
            return ("cross_origin", "a write from a page of unknown origin is refused")
        if origin is not None:
            # the page's origin must be this very server (host and port), or a name given with --allow-host
            # (a reverse proxy): another port of localhost is another site
            parts = urlsplit(origin.decode("latin-1"))
            same = parts.netloc.lower() == headers.get(b"host", b"").decode("latin-1").lower()
            if not same and _host_name(parts.netloc) not in self.extra_hosts:
                return ("cross_origin", f"a write from another site ({origin.decode('latin-1')[:100]}) is refused")
            return None
        if fetch_site in (b"cross-site", b"same-site"):
            return ("cross_origin", "a write from another site is refused")
        return None

    def timed(self, receive: Receive) -> Receive:
        """``receive`` with a deadline on the request body; once the body is in, waits (for a disconnect,
        while the response is made) are not limited."""
        timeout = self.settings.body_timeout
        deadline = time.monotonic() + timeout
        complete = False

        async def receive_within() -> Message:
            nonlocal complete
            if complete:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except TimeoutError as exc:
                raise BodyTimeout(f"the request body did not arrive within {timeout:g} s") from exc
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        return receive_within


class BodyTimeout(Exception):
    """A request body that did not arrive in time (answered 408 by RequestGuard)."""


def _body_timeout_in(exc: BaseException) -> BodyTimeout | None:
    if isinstance(exc, BodyTimeout):
        return exc
    for inner in getattr(exc, "exceptions", ()):  # an ExceptionGroup from a task group
        found = _body_timeout_in(inner)
        if found is not None:
            return found
    return None


#: Where RequestGuard leaves a ``?token=`` value (bytes) in the scope.
QUERY_TOKEN = "spinscope.query_token"


def _host_name(netloc: str) -> str:
    """The host of a Host header or URL netloc, lower case, without port or IPv6 brackets."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


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
        docs_url=None,  # served below from bundled assets: no CDN
        redoc_url=None,
        title="spinscope",
        version=__version__,
        description="Analyze articles for persuasion techniques, sources, actors and narratives, offline.",
        responses={
            400: {"model": ErrorBody}, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody},
            408: {"model": ErrorBody},
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
        by_query = False
        if settings.token is not None:
            by = token_source(request, settings.token)
            if by is None:
                return error_response(401, "unauthorized",
                                      "missing or wrong API token (Authorization: Bearer TOKEN)")
            by_query = by == "query"
        try:
            response: Response = await call_next(request)
        except ApiError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.field)
        if settings.token is not None and by_query:
            response.set_cookie(TOKEN_COOKIE, cookie_value(settings.token), httponly=True, samesite="strict")
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    # added last, so outermost: it sees (and redacts) the query string before anything else does
    app.add_middleware(RequestGuard, settings=settings)

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

    add_docs(app)

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

    from .routers.corpus import add_corpus_routes
    from .routers.pages import add_pages

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
        pipeline = load_pipeline(settings.components)
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
    except AnalysisBudgetExceeded as exc:
        if exc.limit == "time":
            raise timed_out() from exc
        raise ApiError(422, "analysis_over_budget", exc.message) from exc
    except SpinscopeError as exc:
        raise ApiError(422, "unsupported_input", exc.message) from exc


def _header_bytes(value: str) -> bytes:
    """A header value as the bytes the client sent (Starlette decodes headers as Latin-1)."""
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape")


def cookie_value(token: str) -> str:
    """What the token cookie holds: a digest of the token, ASCII whatever the token, and never the token."""
    return "v1." + hashlib.sha256(b"spinscope-cookie\0" + token.encode("utf-8")).hexdigest()


def token_source(request: Request, token: str) -> str | None:
    """Where a valid token came from ("bearer", "header", "cookie", "query"), or None.

    Tokens are compared as UTF-8 bytes in constant time, so a non-ASCII token or a non-ASCII guess is a
    plain match or mismatch (never a 500).
    """
    expected = token.encode("utf-8")
    given = request.headers.get("authorization", "")
    cookie = request.cookies.get(TOKEN_COOKIE, "")
    candidates = [
        ("bearer", _header_bytes(given[7:]) if given.lower().startswith("bearer ") else b"", expected),
        ("header", _header_bytes(request.headers.get("x-api-token", "")), expected),
        ("cookie", _header_bytes(cookie), cookie_value(token).encode("ascii")),
        ("cookie", _header_bytes(cookie), expected),  # a cookie set before 0.x held the token itself
        ("query", request.scope.get(QUERY_TOKEN) or b"", expected),
    ]
    found = None
    for where, value, wanted in candidates:  # every candidate compared: no early exit to time
        if value and hmac.compare_digest(value, wanted) and found is None:
            found = where
    return found


def token_ok(request: Request, token: str) -> bool:
    return token_source(request, token) is not None


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


def add_docs(app: FastAPI) -> None:
    """/docs: Swagger UI from the swagger-ui-bundle-v2 package's files, with no CDN and no inline script."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # pragma: no cover - a dependency; without it /docs says what is missing
        swagger_ui_path = None

    if swagger_ui_path is not None:
        app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        if swagger_ui_path is None:
            return HTMLResponse("<!doctype html><title>spinscope API</title><p>The API documentation needs the "
                                "swagger-ui-bundle-v2 package; the schema is at <a href=/openapi.json>"
                                "/openapi.json</a>.</p>", status_code=503)
        return HTMLResponse(DOCS_PAGE)


DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>spinscope API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs-assets/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


def html_page(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status)
