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
from importlib import resources
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ApiError, BodyTimeout
from ..settings import __version__
from .errors import error_response, install_error_handlers
from .models import ErrorBody
from .routers import api, corpus, pages
from .services import open_store
from .settings import SECURITY_HEADERS, TOKEN_COOKIE, ServerSettings

__all__ = ["ServerSettings", "create_app"]


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
    """Build the application. The components are checked now; models load at startup, once.

    The parts: middleware (body limit, token, host and origin checks, security headers), one set of error handlers
    (:mod:`.errors`), and the routers (:mod:`.routers`: api, pages, corpus), which reach the state below through
    the dependencies of :mod:`.dependencies`.
    """
    from ..config import load_config
    from ..pipeline import resolve

    settings = settings or ServerSettings()
    config = load_config(settings.config)
    resolve(settings.components or config.layers())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # models load once, before the first request, so the analysis timeout never counts loading time
        from ..api import load_pipeline

        await anyio.to_thread.run_sync(lambda: load_pipeline(settings.components, config=config))
        yield

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,  # served by routers.api from bundled assets: no CDN
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
    app.state.config = config
    app.state.analysis_lock = threading.Lock()
    app.state.store = open_store(settings.db)
    app.state.store_lock = threading.Lock()  # the store shares one SQLite connection
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
            return error_response(exc.status, exc.api_code, exc.message, exc.field)
        if settings.token is not None and by_query:
            response.set_cookie(TOKEN_COOKIE, cookie_value(settings.token), httponly=True, samesite="strict")
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    # added last, so outermost: it sees (and redacts) the query string before anything else does
    app.add_middleware(RequestGuard, settings=settings)
    install_error_handlers(app)

    static = resources.files("spinscope.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.state.docs_assets = _mount_docs_assets(app)
    for router in (api.router, pages.router, corpus.router):
        app.include_router(router)
    return app


def _mount_docs_assets(app: FastAPI) -> bool:
    """Swagger UI's files from the swagger-ui-bundle-v2 package at /docs-assets; False when it is missing."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # pragma: no cover - a dependency; without it /docs says what is missing
        return False
    app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
    return True


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


