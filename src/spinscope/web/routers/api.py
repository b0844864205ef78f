"""The REST API's service and analysis routes (/api/health, /api/analyze), the report's assets and /docs."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from ...errors import ApiError
from ...result import ArticleAnalysis
from ...settings import __version__
from ..dependencies import ConfigDep, SettingsDep
from ..models import AnalyzeRequest, Health
from ..services import read_article, run_analysis, store_result

router = APIRouter()


@router.get("/report-assets/{name}", include_in_schema=False)
def report_asset(name: str) -> PlainTextResponse:
    from ...report.html import asset

    media = {"report.css": "text/css", "report.js": "text/javascript"}
    if name not in media:
        raise ApiError(404, "not_found", f"no asset {name!r}")
    return PlainTextResponse(asset(name), media_type=media[name])


@router.get("/api/health", response_model=Health, tags=["service"])
def health(request: Request, settings: SettingsDep, config: ConfigDep) -> Health:
    """Liveness and what this server runs."""
    return Health(status="ok", version=__version__, components=list(settings.components or config.layers()),
                  store=request.app.state.store is not None)


@router.post(
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
    result = await run_analysis(request.app, payload.article)
    if store or payload.store:
        store_result(request.app, result, payload.article)
    return result


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    """Swagger UI from the swagger-ui-bundle-v2 package's files (mounted at /docs-assets), no CDN, no inline script."""
    if not request.app.state.docs_assets:
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
