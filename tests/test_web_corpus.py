"""Corpus endpoints and pages over a small generated corpus, through the API and in headless Chromium."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from spinscope.web import ServerSettings, create_app

from .conftest import XSS_OUTLET
from .test_web import assert_error


@pytest.fixture(scope="module")
def client(corpus_db: Path):
    with TestClient(create_app(ServerSettings(db=str(corpus_db))), base_url="http://127.0.0.1") as c:
        yield c


def test_web_corpus_articles_paginated_and_filtered(client):
    page = client.get("/api/articles", params={"limit": 5}).json()
    assert len(page["articles"]) == 5 and page["offset"] == 0
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert {a["id"] for a in page["articles"]}.isdisjoint(a["id"] for a in second["articles"])
    only = client.get("/api/articles", params={"outlet": XSS_OUTLET}).json()["articles"]
    assert len(only) == 1 and only[0]["outlets"] == [XSS_OUTLET]


def test_web_corpus_offset_is_bounded(client):
    err = assert_error(client.get("/api/articles", params={"offset": 2**63}), 422, "validation_error")
    assert err["field"] == "query.offset"


def test_web_corpus_search_treats_sql_as_text(client):
    for query in ["grain", "'; DROP TABLE articles; --", 'grain" OR 1=1', "NEAR(", "*"]:
        response = client.get("/api/search", params={"q": query})
        assert response.status_code == 200, (query, response.text)
    assert client.get("/api/articles").json()["articles"]  # still there
    hits = client.get("/api/search", params={"q": "grain exports"}).json()["articles"]
    assert any(h["id"] for h in hits)


def test_web_corpus_search_says_when_ranking_was_cut(client, monkeypatch):
    from spinscope.corpus import search

    query = {"q": "the"}  # in every article
    assert client.get("/api/search", params=query).json()["note"] is None
    monkeypatch.setattr(search, "BROAD_QUERY_MATCHES", 3)
    page = client.get("/api/search", params=query).json()
    assert "more than 3 articles" in page["note"] and len(page["articles"]) == 3
    assert 'id="search-note"' in client.get("/articles", params=query).text


def test_web_corpus_article_by_id_and_404(client):
    first = client.get("/api/articles", params={"limit": 1}).json()["articles"][0]
    result = client.get(f"/api/articles/{first['id']}").json()
    assert result["article"]["id"] == first["id"]
    assert_error(client.get("/api/articles/ffffffffffff"), 404, "not_found")


def test_web_corpus_stats_and_csv_export(client):
    rows = client.get("/api/stats", params={"by": "outlet"}).json()
    assert {r["outlet"] for r in rows} >= {XSS_OUTLET}
    response = client.get("/api/stats", params={"by": "month", "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    parsed = list(csv.DictReader(io.StringIO(response.text)))
    assert parsed and "month" in parsed[0]
    assert_error(client.get("/api/stats", params={"by": "planet"}), 422, "validation_error")


def test_web_corpus_duplicates_find_the_chain(client):
    found = client.get("/api/duplicates").json()
    assert len(found["clusters"]) == 1 and found["clusters"][0]["size"] == 3


def test_web_corpus_actor_graph(client):
    graph = client.get("/api/actors/graph").json()
    assert graph["nodes"] and set(graph) == {"nodes", "edges"}
    response = client.get("/api/actors/graph", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]


@pytest.mark.parametrize("path", ["/articles", "/outlets", "/charts", "/duplicates", "/network"])
def test_web_corpus_pages_escape_outlet_names(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "<script>alert" not in response.text


def test_web_corpus_no_store_is_a_clear_error():
    with TestClient(create_app(ServerSettings()), base_url="http://127.0.0.1") as c:
        assert_error(c.get("/api/articles"), 404, "no_store")
