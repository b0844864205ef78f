"""Corpus endpoints and pages: article list and search, article view, outlets, charts, republications,
the actor network. Every list exports as CSV or JSON. Store access is serialized by one lock, since the
store shares one SQLite connection."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from ...result import ArticleAnalysis
from ..dependencies import Corpus, CorpusDep
from .pages import render

router = APIRouter()

#: Largest page of the article list, and the deepest offset a list can be paged to.
MAX_PAGE = 200
MAX_OFFSET = 100_000
#: Nodes drawn in the actor network.
MAX_GRAPH_NODES = 40
STATS_GROUPINGS = ("outlet", "day", "week", "month", "narrative", "actor")


class ArticleRow(BaseModel):
    id: str
    title: str | None
    outlets: list[str]
    day: str | None
    score: float
    snippet: str


class ArticlePage(BaseModel):
    total: int
    offset: int
    limit: int
    articles: list[ArticleRow]
    note: str | None = Field(None, description="Set when a broad query was ranked over its most recent matches "
                                               "only (more than spinscope.corpus.search.BROAD_QUERY_MATCHES).")


class GraphNode(BaseModel):
    id: str
    articles: int


class GraphEdge(BaseModel):
    source: str
    target: str
    label: str
    count: int


class ActorGraph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


def to_csv(rows: list[dict[str, Any]]) -> str:
    """The rows as CSV, through the one shared writer (formula cells neutralized for spreadsheets)."""
    from ...corpus.export import to_csv as shared_to_csv

    return shared_to_csv(rows)


def exported(rows: list[dict[str, Any]], fmt: str | None, name: str) -> Response | None:
    """The rows as a CSV or JSON download when ``format`` asks for one."""
    safe = "".join(c for c in name if c.isalnum() or c in "-_") or "export"
    if fmt == "csv":
        return Response(to_csv(rows), media_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{safe}.csv"'})
    if fmt == "json":
        return JSONResponse(rows, headers={"Content-Disposition": f'attachment; filename="{safe}.json"'})
    return None


def actor_graph(results: list[ArticleAnalysis]) -> ActorGraph:
    """Actors as nodes (articles mentioning them), events between actors as edges (PLOVER type, count).

    The edges are those of :func:`spinscope.network.corpus_network`, the network the report and
    ``spinscope network`` export, so the three agree.
    """
    from ...network import corpus_network

    mentions: Counter[str] = Counter()
    for result in results:
        mentions.update({a.name for a in result.actors})
    network = corpus_network(results)
    keep = {name for name, _ in mentions.most_common(MAX_GRAPH_NODES)}
    keep |= {n for e in network.edges for n in (e.source, e.target)}
    return ActorGraph(
        nodes=[GraphNode(id=n, articles=mentions[n]) for n in sorted(keep, key=lambda n: (-mentions[n], n))],
        edges=[GraphEdge(source=e.source, target=e.target, label=e.label, count=e.count)
               for e in sorted(network.edges, key=lambda e: -e.count)],
    )


def graph_svg(graph: ActorGraph, *, size: int = 640) -> dict[str, Any]:
    """Positions for drawing the graph as an SVG on a circle (computed here: the page needs no script)."""
    n = max(len(graph.nodes), 1)
    radius = size / 2 - 90
    centre = size / 2
    points = {}
    for i, node in enumerate(graph.nodes):
        angle = 2 * math.pi * i / n
        points[node.id] = (round(centre + radius * math.cos(angle), 1), round(centre + radius * math.sin(angle), 1))
    biggest = max((node.articles for node in graph.nodes), default=1) or 1
    return {
        "size": size,
        "nodes": [{"id": node.id, "x": points[node.id][0], "y": points[node.id][1],
                   "r": round(4 + 10 * node.articles / biggest, 1), "articles": node.articles}
                  for node in graph.nodes],
        "edges": [{"x1": points[e.source][0], "y1": points[e.source][1], "x2": points[e.target][0],
                   "y2": points[e.target][1], "label": f"{e.source} {e.label} {e.target} ({e.count}×)",
                   "width": min(1 + e.count, 6)}
                  for e in graph.edges if e.source in points and e.target in points],
    }


def list_articles(corpus: Corpus, q: str, offset: int, limit: int, filters: dict[str, Any]) -> ArticlePage:
    active = {k: v for k, v in filters.items() if v}
    hits = corpus.run(lambda s: s.search(q, limit=offset + limit + 1, **active))
    # the search is bounded by offset + limit + 1, so `total` is exact only on the last page
    rows = [ArticleRow(id=h.article_id, title=h.title, outlets=h.outlets, day=h.day, score=h.score,
                       snippet=h.snippet) for h in hits]
    # len(rows), not offset + len(rows[offset:]): past the last match that claimed `offset` matches
    return ArticlePage(total=len(rows), offset=offset, limit=limit,
                       articles=rows[offset:offset + limit], note=getattr(hits, "note", None))


def filters_of(request: Request) -> dict[str, Any]:
    keys = ("outlet", "since", "until", "technique", "narrative", "actor", "genre", "language")
    return {k: request.query_params.get(k) or None for k in keys}


@router.get("/api/articles", response_model=ArticlePage, tags=["corpus"])
def api_articles(
    request: Request, corpus: CorpusDep,
    q: str = Query("", description="Full-text query (FTS5 syntax or plain words); empty lists all."),
    offset: int = Query(0, ge=0, le=MAX_OFFSET), limit: int = Query(50, ge=1, le=MAX_PAGE),
    outlet: str | None = None, since: str | None = None, until: str | None = None,
    technique: str | None = None, narrative: str | None = None, actor: str | None = None,
    genre: str | None = None, language: str | None = None,
    format: str | None = Query(None, pattern="^(csv|json)$", description="Download as csv or json."),
) -> Any:
    """Stored articles, newest first or ranked by the query, filtered; paginated."""
    page = list_articles(corpus, q, offset, limit, filters_of(request))
    return exported([r.model_dump() for r in page.articles], format, "articles") or page


@router.get("/api/search", response_model=ArticlePage, tags=["corpus"])
def api_search(
    request: Request, corpus: CorpusDep, q: str = Query(..., min_length=1, description="Full-text query."),
    offset: int = Query(0, ge=0, le=MAX_OFFSET), limit: int = Query(20, ge=1, le=MAX_PAGE),
    outlet: str | None = None, since: str | None = None, until: str | None = None,
    technique: str | None = None, narrative: str | None = None, actor: str | None = None,
    genre: str | None = None, language: str | None = None,
) -> ArticlePage:
    """Full-text search (BM25 ranking, snippets with matches in « »)."""
    return list_articles(corpus, q, offset, limit, filters_of(request))


@router.get("/api/articles/{article_id}", response_model=ArticleAnalysis, tags=["corpus"])
def api_article(request: Request, corpus: CorpusDep, article_id: str) -> ArticleAnalysis:
    """One stored result, by id or a unique id prefix."""
    result: ArticleAnalysis = corpus.run(lambda s: s.get(article_id))
    return result


@router.get("/api/stats", tags=["corpus"])
def api_stats(request: Request, corpus: CorpusDep,
              by: str = Query("outlet", pattern=f"^({'|'.join(STATS_GROUPINGS)})$"),
              format: str | None = Query(None, pattern="^(csv|json)$")) -> Any:
    """Statistics by outlet, period, narrative or actor pair."""
    rows = corpus.run(lambda s: s.stats(by=by))
    return exported(rows, format, f"stats-{by}") or rows


@router.get("/api/duplicates", tags=["corpus"])
def api_duplicates(request: Request, corpus: CorpusDep, min_similarity: float | None = Query(None, gt=0, le=1),
                   format: str | None = Query(None, pattern="^(csv|json)$")) -> Any:
    """Republication clusters with their first publisher, and partial copies (computed; the saved table
    that statistics read is left as it is: POST saves)."""
    found = corpus.run(lambda s: s.duplicates(min_similarity=min_similarity, save=False))
    return exported(list(found.rows()), format, "republications") or found.to_dict()


@router.post("/api/duplicates", tags=["corpus"])
def api_save_duplicates(request: Request, corpus: CorpusDep,
                        min_similarity: float | None = Query(None, gt=0, le=1)) -> Any:
    """Compute the republication clusters and save them as the table statistics read."""
    found = corpus.run(lambda s: s.duplicates(min_similarity=min_similarity, save=not s.readonly))
    return found.to_dict()


@router.get("/api/actors/graph", response_model=ActorGraph, tags=["corpus"])
def api_actor_graph(request: Request, corpus: CorpusDep,
                    format: str | None = Query(None, pattern="^(csv|json)$",
                                               description="Download the edges as csv or json.")) -> Any:
    """The corpus actor network: actors, and events between them as edges."""
    graph: ActorGraph = corpus.run(lambda s: actor_graph(list(s.iter_results())))
    return exported([e.model_dump() for e in graph.edges], format, "actor-network") or graph


# -- pages -----------------------------------------------------------------------------------------------

@router.get("/articles", response_class=HTMLResponse, include_in_schema=False)
def articles_page(request: Request, corpus: CorpusDep, q: str = "",
                  offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> HTMLResponse:
    filters = filters_of(request)
    page = list_articles(corpus, q, offset, 50, filters)
    query = urlencode([(k, v) for k, v in [("q", q), *filters.items()] if v])
    return render(request.app, "articles.html.j2", active="/articles", page=page, q=q, filters=filters,
                  query=query, techniques=_technique_labels())


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, corpus: CorpusDep, article_id: str) -> HTMLResponse:
    from ...report.html import article_context

    result = corpus.run(lambda s: s.get(article_id))
    appearances = corpus.run(lambda s: s.appearances(result.article.id))
    context: dict[str, Any] = article_context(result)
    return render(request.app, "article.html.j2", active="/articles", appearances=appearances, **context)


@router.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
def outlets_page(request: Request, corpus: CorpusDep) -> HTMLResponse:
    return render(request.app, "table.html.j2", active="/outlets", heading="Outlet profiles",
                  rows=corpus.run(lambda s: s.stats(by="outlet")), export="/api/stats?by=outlet")


@router.get("/charts", response_class=HTMLResponse, include_in_schema=False)
def charts_page(request: Request, corpus: CorpusDep,
                by: str = Query("month", pattern="^(day|week|month|outlet)$")) -> HTMLResponse:
    return render(request.app, "charts.html.j2", active="/charts", by=by,
                  rows=corpus.run(lambda s: s.stats(by=by)), export=f"/api/stats?by={by}")


@router.get("/charts/chart.svg", include_in_schema=False)
def chart_svg(request: Request, corpus: CorpusDep,
              by: str = Query("month", pattern="^(day|week|month|outlet)$")) -> Response:
    import tempfile
    from pathlib import Path

    from ...corpus.stats import chart

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chart.svg"
        corpus.run(lambda s: chart(s, path, by=by))
        return Response(path.read_bytes(), media_type="image/svg+xml")


@router.get("/duplicates", response_class=HTMLResponse, include_in_schema=False)
def duplicates_page(request: Request, corpus: CorpusDep) -> HTMLResponse:
    found = corpus.run(lambda s: s.duplicates(save=False))  # a GET changes nothing
    return render(request.app, "duplicates.html.j2", active="/duplicates", found=found)


@router.post("/duplicates", response_class=HTMLResponse, include_in_schema=False)
def save_duplicates_page(request: Request, corpus: CorpusDep) -> HTMLResponse:
    found = corpus.run(lambda s: s.duplicates(save=not s.readonly))
    return render(request.app, "duplicates.html.j2", active="/duplicates", found=found, saved=True)


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
def network_page(request: Request, corpus: CorpusDep) -> HTMLResponse:
    graph = corpus.run(lambda s: actor_graph(list(s.iter_results())))
    return render(request.app, "network.html.j2", active="/network", graph=graph, svg=graph_svg(graph))


def _technique_labels() -> list[str]:
    from ...taxonomy import techniques

    return [t["label"] for t in techniques()]
