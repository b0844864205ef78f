"""One error shape for every answer that is not a success, and the one mapping from exception classes to
HTTP statuses: a router raises the library's exception (or an ApiError with a status of its own), and the
handlers installed by :func:`install_error_handlers` answer it."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import (
    AnalysisBudgetExceeded,
    ApiError,
    ArticleNotFound,
    BodyTimeout,
    SpinscopeError,
    StoreError,
    UnsupportedInput,
)
from .models import ErrorBody, ErrorDetail
from .settings import SECURITY_HEADERS

#: (exception class, HTTP status, API error code), the first class an exception is an instance of wins.
#: ApiError carries its own status and code.
STATUS_OF: tuple[tuple[type[SpinscopeError], int, str], ...] = (
    (ArticleNotFound, 404, "not_found"),
    (StoreError, 400, "store_error"),
    (AnalysisBudgetExceeded, 422, "analysis_over_budget"),
    (BodyTimeout, 408, "body_timeout"),
    (UnsupportedInput, 422, "unsupported_input"),
    (SpinscopeError, 422, "unsupported_input"),
)
#: API error codes of Starlette's own HTTP errors (unknown path, wrong method...).
HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 400: "bad_request"}


def error_response(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(status=status, code=code, message=message, field=field))
    return JSONResponse(body.model_dump(), status_code=status, headers=SECURITY_HEADERS)


def api_error(exc: SpinscopeError) -> ApiError:
    """The status and API code a library exception is answered with (:data:`STATUS_OF`)."""
    if isinstance(exc, ApiError):
        return exc
    status, code = next((s, c) for cls, s, c in STATUS_OF if isinstance(exc, cls))
    return ApiError(status, code, exc.message)


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error in the one shape: spinscope's exceptions by class, request validation (422),
    Starlette's HTTP errors, and anything unexpected as a 500 that names only the exception's type."""

    @app.exception_handler(SpinscopeError)
    async def spinscope_error(_: Request, exc: SpinscopeError) -> JSONResponse:
        answer = api_error(exc)
        return error_response(answer.status, answer.api_code, answer.message, answer.field)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or None
        message = first.get("msg", "invalid request")
        return error_response(422, "validation_error", f"{field}: {message}" if field else message, field)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, HTTP_CODES.get(exc.status_code, "http_error"), str(exc.detail))

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal_error", f"internal error: {type(exc).__name__}")
