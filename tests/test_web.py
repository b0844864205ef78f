from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient

from spinscope.web import ServerSettings, create_app

from .conftest import ROOT

ARTICLE = ("Border tension rises\n\nThe Foreign Ministry said that the talks in Geneva would resume on Monday. "
           'Minister Anna Berg warned that "any provocation will be answered."')
ERROR_KEYS = {"status", "code", "message", "field"}


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(ServerSettings(max_bytes=200_000))) as c:
        yield c


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["code"] == code
    return body["error"]


def test_web_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and "segment.v1" in body["components"]


@pytest.mark.parametrize(
    ("content_type", "payload"),
    [("application/json", json.dumps({"text": ARTICLE, "outlet": "Example <b>News</b>"})),
     ("text/plain", ARTICLE),
     ("text/html", f"<html><body><article><h1>Border tension rises</h1><p>{ARTICLE.split(chr(10))[-1]}</p>"
                   "</article></body></html>")],
)
def test_web_analyze_content_types(client, content_type, payload):
    response = client.post("/api/analyze", content=payload, headers={"Content-Type": content_type})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "Foreign Ministry" in body["article"]["text"]
    assert set(body) >= {"techniques", "attributions", "actors", "errors", "provenance"}
    if content_type == "application/json":
        assert body["article"]["outlet"] == "Example <b>News</b>"
        assert body["article"]["title"] == "Border tension rises"


def test_web_errors_share_one_shape(client):
    assert_error(client.post("/api/analyze", content=b"", headers={"Content-Type": "text/plain"}), 400, "empty_body")
    assert_error(client.post("/api/analyze", content=b"x" * 300_000, headers={"Content-Type": "text/plain"}),
                 413, "request_too_large")
    err = assert_error(client.post("/api/analyze", content=b"hello", headers={"Content-Type": "image/png"}),
                       415, "unsupported_media_type")
    assert "image/png" in err["message"]
    assert_error(client.post("/api/analyze", content=b"{oops", headers={"Content-Type": "application/json"}),
                 400, "malformed_json")
    err = assert_error(client.post("/api/analyze", json={"text": 42}), 422, "validation_error")
    assert err["field"] == "text"
    err = assert_error(client.post("/api/analyze", json={"title": "only a title"}), 422, "validation_error")
    assert err["field"] == "text"
    assert_error(client.get("/api/nowhere"), 404, "not_found")
    assert_error(client.get("/api/analyze"), 405, "method_not_allowed")


def test_web_413_names_the_limit(client):
    err = assert_error(client.post("/api/analyze", content=b"x" * 300_000, headers={"Content-Type": "text/plain"}),
                       413, "request_too_large")
    assert "200,000 bytes" in err["message"]


def test_web_security_headers(client):
    response = client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_web_token_checked_on_every_request():
    with TestClient(create_app(ServerSettings(token="s3cret"))) as c:
        assert_error(c.get("/api/health"), 401, "unauthorized")
        assert_error(c.get("/"), 401, "unauthorized")
        assert c.get("/api/health", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/api/health", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_web_analyze_page_escapes_article(client):
    evil = "Headline\n\nThe minister said <script>alert(1)</script> and <img src=x onerror=alert(2)>."
    response = client.post("/analyze", data={"text": evil})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "<img src=x" not in response.text
    shown = html.unescape(re.sub(r"<[^>]+>", "", response.text))  # the text a reader sees
    assert "<script>alert(1)</script>" in shown


def test_web_upload_uses_file_name_not_path(client):
    response = client.post("/analyze", files={"file": ("../../etc/passwd.txt", ARTICLE.encode(), "text/plain")})
    assert response.status_code == 200
    assert "../../etc" not in response.text
    assert "passwd.txt" in response.text


def test_web_upload_binary_is_a_clear_error(client):
    response = client.post("/analyze", files={"file": ("x.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "image/png")})
    assert response.status_code == 422 and "binary file" in response.text


def _api_surface(schema: dict) -> dict:
    # The result model's part of the schema is kept in sync by docs/result.schema.json; this snapshot
    # fixes the API itself: its paths, parameters, the error shape and the request models.
    own = ("ErrorBody", "ErrorDetail", "AnalyzeRequest", "Health")
    return {"paths": schema["paths"], "schemas": {k: schema["components"]["schemas"].get(k) for k in own}}


def test_web_openapi_snapshot(client):
    schema = client.get("/openapi.json").json()
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert _api_surface(schema) == _api_surface(committed), (
        "regenerate: python -m spinscope.web.openapi > docs/openapi.json")
