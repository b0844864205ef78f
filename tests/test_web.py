from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient

from spinscope.pipeline import register
from spinscope.web import ServerSettings, create_app

from .conftest import ROOT
from .test_report import browser  # noqa: F401  (the shared Chromium fixture)

ARTICLE = ("Border tension rises\n\nThe Foreign Ministry said that the talks in Geneva would resume on Monday. "
           'Minister Anna Berg warned that "any provocation will be answered."')
ERROR_KEYS = {"status", "code", "message", "field"}
#: The base URL of in-process clients: a server without a token answers only to its own host names.
LOCAL = "http://127.0.0.1:8000"
LIGHT = ("language.v1",)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(ServerSettings(max_bytes=200_000)), base_url=LOCAL) as c:
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


# -- red team, issue #21: tokens, hosts and origins, timeouts, appearances, docs ------------------------------


@pytest.fixture(scope="module")
def light_store(tmp_path_factory):
    """A server with a store and only language identification: fast, and every write can be checked."""
    db = tmp_path_factory.mktemp("web") / "s.db"
    with TestClient(create_app(ServerSettings(db=str(db), components=LIGHT)), base_url=LOCAL) as c:
        yield c, db


def test_web_non_ascii_token_is_401_never_500():
    token = "pässwörd"
    with TestClient(create_app(ServerSettings(token=token, components=LIGHT))) as c:
        utf8 = token.encode("utf-8")
        assert_error(c.get("/api/health"), 401, "unauthorized")
        assert c.get("/api/health", headers={"Authorization": b"Bearer " + utf8}).status_code == 200
        assert c.get("/api/health", headers={"X-Api-Token": utf8}).status_code == 200
        for wrong in ("pässwört", "ключ", "\u00ff" * 8):
            raw = wrong.encode("utf-8")
            assert_error(c.get("/api/health", headers={"Authorization": b"Bearer " + raw}), 401, "unauthorized")
            assert_error(c.get("/api/health", headers={"X-Api-Token": raw}), 401, "unauthorized")
            assert_error(c.get("/api/health", headers={"Cookie": b"spinscope_token=" + raw}), 401, "unauthorized")
            assert_error(c.get("/api/health", params={"token": wrong}), 401, "unauthorized")
        c.cookies.clear()
        # the token in the query string signs the browser in with a cookie that does not hold the token
        response = c.get("/api/health", params={"token": token})
        assert response.status_code == 200
        cookie = response.cookies.get("spinscope_token")
        assert cookie and token not in cookie and "p%C3%A4" not in cookie
        c.cookies.set("spinscope_token", cookie)
        assert c.get("/api/health").status_code == 200
        c.cookies.clear()


def test_web_ascii_token_still_accepted_everywhere():
    with TestClient(create_app(ServerSettings(token="s3cret", components=LIGHT))) as c:
        assert c.get("/api/health", headers={"X-Api-Token": "s3cret"}).status_code == 200
        assert c.get("/api/health", params={"token": "s3cret"}).status_code == 200
        c.cookies.clear()
        assert c.get("/api/health", headers={"Cookie": "spinscope_token=s3cret"}).status_code == 200
        assert_error(c.get("/api/health", params={"token": "s3cre"}), 401, "unauthorized")


def _uvicorn(settings, **protocol):
    """A real uvicorn server in a thread, with spinscope's options; yields (port, access log lines)."""
    import logging
    import socket
    import threading
    import time

    import uvicorn

    from spinscope.web.server import GuardedH11Protocol, uvicorn_options

    class Lines(logging.Handler):
        def __init__(self) -> None:
            super().__init__()
            self.lines: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.lines.append(record.getMessage())

    handler = Lines()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    options = uvicorn_options()
    if protocol:
        options["http"] = type("Protocol", (GuardedH11Protocol,), protocol)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="info",
                                           **options))
    logging.getLogger("uvicorn.access").addHandler(handler)  # after Config, which sets uvicorn's logging up
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not server.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield port, handler.lines
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        logging.getLogger("uvicorn.access").removeHandler(handler)


@pytest.fixture(scope="module")
def live_server():
    yield from _uvicorn(ServerSettings(token="tök-s3cret", components=LIGHT, body_timeout=1.0), header_timeout=1.0)


def test_web_query_token_never_written_to_the_access_log(live_server):
    import httpx

    port, lines = live_server
    response = httpx.get(f"http://127.0.0.1:{port}/api/health", params={"token": "tök-s3cret", "x": "1"})
    assert response.status_code == 200
    assert httpx.get(f"http://127.0.0.1:{port}/api/health", params={"token": "wrong-guess"}).status_code == 401
    logged = "\n".join(lines)
    assert "/api/health" in logged and "x=1" in logged
    assert "s3cret" not in logged and "t%C3%B6k" not in logged and "wrong-guess" not in logged


def _read_all(sock, seconds: float) -> bytes:
    import time

    sock.settimeout(0.5)
    data, deadline = b"", time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        if not chunk:
            return data + b"<closed>"
        data += chunk
    return data


def test_web_slow_headers_and_bodies_are_cut_off(live_server):
    import socket

    port, _ = live_server
    with socket.create_connection(("127.0.0.1", port)) as sock:  # headers never finished
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert _read_all(sock, 8).endswith(b"<closed>")
    with socket.create_connection(("127.0.0.1", port)) as sock:  # a body that never arrives
        sock.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Token: t\xc3\xb6k-s3cret\r\n"
                     b"Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\nThe minister")
        answer = _read_all(sock, 8)
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"request_timeout" in answer


def test_web_loopback_refuses_other_hosts_and_cross_site_writes(light_store):
    from spinscope.corpus import Store

    c, db = light_store
    assert_error(c.get("/api/health", headers={"Host": "attacker.example"}), 403, "host_not_allowed")
    assert_error(c.get("/", headers={"Host": "attacker.example:8000"}), 403, "host_not_allowed")
    for host in ("localhost:8000", "127.0.0.1", "[::1]:8000"):
        assert c.get("/api/health", headers={"Host": host}).status_code == 200, host
    text = "Cross-site\n\nThe minister said the talks would resume on Monday in Geneva."
    evil = {"Origin": "http://attacker.example"}
    assert_error(c.post("/api/analyze?store=true", content=text, headers={"Content-Type": "text/plain", **evil}),
                 403, "cross_origin")
    assert c.post("/analyze", data={"text": text, "store": "1"}, headers=evil).status_code == 403
    assert c.post("/analyze", data={"text": text, "store": "1"}, headers={"Origin": "null"}).status_code == 403
    assert c.post("/analyze", data={"text": text, "store": "1"},
                  headers={"Origin": "http://127.0.0.1:3000"}).status_code == 403  # another port, another site
    assert c.post("/analyze", data={"text": text, "store": "1"},
                  headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    store = Store.open(str(db))
    try:
        assert store.search("Geneva") == []
    finally:
        store.close()
    # the server's own pages, and clients that send no Origin (curl), may write
    assert c.post("/analyze", data={"text": text}, headers={"Origin": LOCAL}).status_code == 200
    # the app's own form: its no-referrer policy makes Chromium send "Origin: null", with Sec-Fetch-Site
    assert c.post("/analyze", data={"text": text},
                  headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"}).status_code == 200
    assert c.post("/api/analyze", content=text, headers={"Content-Type": "text/plain"}).status_code == 200


def test_web_allowed_hosts_and_token_servers():
    with TestClient(create_app(ServerSettings(components=LIGHT, allowed_hosts=("spinscope.lan",))),
                    base_url="http://spinscope.lan") as c:
        assert c.get("/api/health").status_code == 200
        assert_error(c.get("/api/health", headers={"Host": "other.lan"}), 403, "host_not_allowed")
    # with a token (any address), the token guards: any Host name may reach it
    with TestClient(create_app(ServerSettings(token="t", host="0.0.0.0", components=LIGHT))) as c:
        assert c.get("/api/health", headers={"Authorization": "Bearer t", "Host": "box.lan"}).status_code == 200


def test_web_api_keeps_every_appearance(light_store):
    from spinscope.corpus import Store

    c, db = light_store
    text = "Same story\n\nThe ministry said that grain exports fell by a third this spring."
    ids = set()
    for outlet in ("Outlet A", "Outlet B", "Outlet C", "Outlet A"):  # the last one is a retry
        response = c.post("/api/analyze", json={"text": text, "outlet": outlet, "store": True})
        assert response.status_code == 200, response.text
        ids.add(response.json()["article"]["id"])
    (article_id,) = ids
    store = Store.open(str(db))
    try:
        outlets = [a.outlet for a in store.appearances(article_id)]
    finally:
        store.close()
    assert sorted(outlets) == ["Outlet A", "Outlet B", "Outlet C"]


def test_web_get_never_changes_the_saved_republications(light_store):
    import sqlite3

    c, db = light_store
    body = "The ministry said that grain exports fell by a third this spring, and farmers protested in the capital."
    for i, outlet in enumerate(("Daily", "Weekly")):
        c.post("/api/analyze", json={"text": f"Copy {i}\n\n{body} {body}", "outlet": outlet, "store": True})

    def saved() -> list:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT * FROM republications ORDER BY appearance").fetchall()

    before = saved()
    assert c.get("/api/duplicates", params={"min_similarity": 0.1}).status_code == 200
    assert c.get("/duplicates").status_code == 200
    assert saved() == before
    assert c.post("/api/duplicates", params={"min_similarity": 0.1}).status_code == 200
    assert saved() != before
    page = c.post("/duplicates", headers={"Origin": LOCAL})  # the page's own button
    assert page.status_code == 200 and "Saved" in page.text


def test_web_search_bounds_repeated_and_long_queries(light_store):
    import time

    c, _ = light_store
    c.post("/api/analyze", json={"text": "Harvest\n\nThe harvest of wheat failed in the south.", "store": True})
    one = c.get("/api/search", params={"q": "wheat"}).json()
    started = time.monotonic()
    many = c.get("/api/search", params={"q": " ".join(["wheat"] * 300)})
    assert time.monotonic() - started < 5
    assert many.status_code == 200 and many.json()["articles"] == one["articles"]
    assert_error(c.get("/api/search", params={"q": "wheat " * 6666}), 400, "store_error")
    err = assert_error(c.get("/api/search", params={"q": " ".join(f"w{i}" for i in range(100))}), 400, "store_error")
    assert "100 words" in err["message"]


def test_web_analyze_page_takes_pastes_up_to_the_limit(light_store):
    c, _ = light_store
    text = "Long paste\n\n" + "The minister said the talks would resume on Monday. " * 24_000  # 1.25 MB
    response = c.post("/analyze", data={"text": text})
    assert response.headers["content-type"].startswith("text/html"), response.text[:200]
    assert response.status_code == 200


def test_web_docs_are_served_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    assert "<script>" not in page.text  # no inline script: the CSP allows 'self' only
    for src in sources:
        assert client.get(src).status_code == 200, src


@register("test_web_runaway.v1", requires=("text",))
class WebRunaway:
    """Spins in Python for up to 30 s when the text says RUNAWAY (a stand-in for a superlinear rule)."""

    def __call__(self, doc):
        import time

        until = time.monotonic() + (30 if "RUNAWAY" in doc.text else 0)
        while time.monotonic() < until:
            time.sleep(0.01)
        return doc


def test_web_timeout_stops_the_analysis_and_frees_the_lock():
    import time

    settings = ServerSettings(components=("test_web_runaway.v1",), analysis_timeout=1.0)
    with TestClient(create_app(settings), base_url=LOCAL) as c:
        started = time.monotonic()
        slow = c.post("/api/analyze", content="Slow\n\nRUNAWAY text", headers={"Content-Type": "text/plain"})
        assert_error(slow, 504, "analysis_timeout")
        assert time.monotonic() - started < 8
        # the next request is analysed at once: the timed-out work stopped and gave the lock back
        started = time.monotonic()
        fast = c.post("/api/analyze", content="Fast\n\nThe talks resumed.", headers={"Content-Type": "text/plain"})
        assert fast.status_code == 200, fast.text
        assert time.monotonic() - started < 1.0


@pytest.mark.browser
def test_web_docs_render_offline_in_chromium(browser):  # noqa: F811 - the shared Chromium fixture
    """Swagger UI draws the API from bundled files under the app's own CSP, with no request leaving the host."""
    from contextlib import contextmanager

    problems: list[str] = []
    outside: list[str] = []
    with contextmanager(_uvicorn)(ServerSettings(components=LIGHT)) as (port, _):
        page = browser.new_page()
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("request", lambda req: outside.append(req.url) if "127.0.0.1" not in req.url else None)
        page.goto(f"http://127.0.0.1:{port}/docs")
        page.wait_for_selector(".opblock", timeout=20_000)
        assert page.locator(".opblock").count() >= 8
        assert "/api/analyze" in page.inner_text("#swagger-ui")
        page.close()
    assert problems == [] and outside == []
