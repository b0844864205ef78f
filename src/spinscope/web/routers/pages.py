"""Server-rendered pages of the web app. Templates autoescape; article text is never marked safe."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from starlette.datastructures import UploadFile

from ...document import ArticleInput
from ...errors import SpinscopeError
from ...ingest.readers import decode_bytes, looks_like_html
from ...report.html import add_filters, article_context
from ..dependencies import SettingsDep
from ..services import run_analysis, store_result

router = APIRouter()

#: Navigation of the web app: (path, title). Corpus pages appear when a store is configured.
NAV = [("/", "Analyze")]
CORPUS_NAV = [("/articles", "Articles"), ("/outlets", "Outlets"), ("/charts", "Charts"),
              ("/duplicates", "Republications"), ("/network", "Actor network")]


def _loader(package: str) -> jinja2.FunctionLoader:
    def load(name: str) -> str | None:
        path = resources.files(package).joinpath("templates", name)
        return path.read_text("utf-8") if path.is_file() else None

    return jinja2.FunctionLoader(load)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([_loader("spinscope.web"), _loader("spinscope.report")])
    env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["snippet"] = snippet_html
    add_filters(env)
    return env


def snippet_html(snippet: str) -> Markup:
    """A search snippet: escaped first, then the match markers « » become <mark> elements."""
    from ...corpus.search import MARK

    escaped = str(escape(snippet))
    return Markup(escaped.replace(escape(MARK[0]), "<mark>").replace(escape(MARK[1]), "</mark>"))


def render(app: FastAPI, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    nav = NAV + (CORPUS_NAV if app.state.store is not None else [])
    html = environment().get_template(name).render(nav=nav, has_store=app.state.store is not None, **context)
    return HTMLResponse(html, status_code=status)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def analyze_page(request: Request) -> HTMLResponse:
    return render(request.app, "analyze.html.j2", active="/")


@router.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
async def analyze_form(request: Request, settings: SettingsDep) -> HTMLResponse:
    from starlette.exceptions import HTTPException

    app = request.app
    max_bytes = settings.max_bytes
    try:
        # Starlette's default part limit is 1 MB; the server's limit is --max-bytes (5 MB)
        form = await request.form(max_part_size=max_bytes)
    except HTTPException as exc:  # a malformed form: an HTML page, like every other error here
        return render(app, "analyze.html.j2", status=exc.status_code, active="/", error=str(exc.detail))
    text = str(form.get("text") or "")
    upload = form.get("file")
    source = "pasted text"
    if isinstance(upload, UploadFile) and upload.filename:
        source = upload.filename.replace("\\", "/").rsplit("/", 1)[-1][:200]  # never a path
        data = await upload.read()
        try:
            text = decode_bytes(data, source=source)
        except SpinscopeError as exc:
            return render(app, "analyze.html.j2", status=422, active="/", error=exc.message, source=source)
    if not text.strip():
        return render(app, "analyze.html.j2", status=422, active="/", error="Paste an article or choose a file.")
    try:
        if looks_like_html(text):
            from ...ingest.readers import article_from_html

            article = article_from_html(text, source=source)
        else:
            article = ArticleInput(text=text, source=source)
        result = await run_analysis(app, article)
    except SpinscopeError as exc:  # an ApiError (timeout, over budget) or an input the readers refuse
        return render(app, "analyze.html.j2", status=422, active="/", error=exc.message, text=text)
    stored = False
    if form.get("store") and app.state.store is not None:
        store_result(app, result, article)
        stored = True
    context: dict[str, Any] = article_context(result)
    return render(app, "analyze.html.j2", active="/", stored=stored, **context)
