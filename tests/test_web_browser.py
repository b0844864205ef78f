"""The web app in real headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from .conftest import XSS_OUTLET
from .test_report import _open as open_page
from .test_report import browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = pytest.mark.browser


def serve(settings):
    import uvicorn

    from spinscope.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not instance.started:
        if time.time() > deadline:
            pytest.fail("uvicorn did not start within 30 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server():
    from spinscope import load_pipeline
    from spinscope.web import ServerSettings

    load_pipeline()  # load the models before the page waits on them
    yield from serve(ServerSettings())


@pytest.fixture(scope="module")
def corpus_server(corpus_db):
    from spinscope.web import ServerSettings

    yield from serve(ServerSettings(db=str(corpus_db)))


class Url:
    def __init__(self, url: str) -> None:
        self.url = url

    def as_uri(self) -> str:
        return self.url


def test_web_browser_analyze_page(browser, server, sample_article, output_dir):  # noqa: F811
    page, problems = open_page(browser, Url(server + "/"))
    page.fill("#article-input", sample_article.read_text(encoding="utf-8"))
    with page.expect_navigation(timeout=120_000):
        page.click("#analyze-button")
    assert page.locator("header.article-head h1").inner_text().startswith("The Bridge to Nowhere")
    marks = page.locator("mark.l-actors")
    assert marks.count() >= 5
    page.locator("input[data-layer=actors]").check()
    marks.first.hover()
    assert page.locator("#tooltip").is_visible()
    assert "evidence" in page.locator("#tooltip").inner_text()
    page.screenshot(path=str(output_dir / "web-analyze.png"), full_page=True)
    page.locator("header.article-head").scroll_into_view_if_needed()
    page.screenshot(path=str(output_dir / "web-analyze-top.png"))
    page.locator("input[data-layer=actors]").uncheck()
    assert "hide-actors" in (page.locator("#report").get_attribute("class") or "")
    # the overview opens the page; the keys walk the findings of the layers shown (techniques by default)
    assert page.locator("#overview").bounding_box()["y"] < page.locator("#text").bounding_box()["y"]
    page.locator("body").press("j")
    assert page.locator("#tooltip").inner_text().startswith("[Persuasion techniques]")
    page.keyboard.press("j")
    assert page.locator("#tooltip").inner_text().startswith("[Persuasion techniques]")
    assert problems == []
    page.close()


def test_web_browser_script_in_article_does_not_run(browser, server):  # noqa: F811
    page, problems = open_page(browser, Url(server + "/"))
    page.fill("#article-input", "Headline <img src=x onerror=alert(2)>\n\nHe said <script>alert(1)</script> loudly.")
    with page.expect_navigation(timeout=120_000):
        page.click("#analyze-button")
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    assert problems == []
    page.close()


def test_web_browser_corpus_pages(browser, corpus_server, output_dir):  # noqa: F811
    for path, name in [("/articles", "articles"), ("/outlets", "outlets"), ("/charts?by=month", "charts"),
                       ("/duplicates", "duplicates"), ("/network", "network")]:
        page, problems = open_page(browser, Url(corpus_server + path))
        page.screenshot(path=str(output_dir / f"web-{name}.png"), full_page=True)
        assert problems == [], (path, problems)
        sources = page.locator("script").evaluate_all("els => els.map(e => e.getAttribute('src'))")
        assert sources == ["/report-assets/report.js"], sources  # only ours: article text never became a script
        page.close()


def test_web_browser_search_filter_and_chart(browser, corpus_server):  # noqa: F811
    page, problems = open_page(browser, Url(corpus_server + "/articles"))
    rows_before = page.locator("#article-list tr").count()
    page.fill("#filter-outlet", XSS_OUTLET)
    with page.expect_navigation():
        page.click("#filter-button")
    assert page.locator("#article-list tr").count() == 2  # header + the one article
    assert XSS_OUTLET in page.locator("#article-list").inner_text()
    assert rows_before > 2
    page.fill("#filter-q", "grain")
    page.fill("#filter-outlet", "")
    with page.expect_navigation():
        page.click("#filter-button")
    assert page.locator("#article-list td.snippet mark").count() >= 1
    page.goto(corpus_server + "/charts?by=outlet")
    page.wait_for_function("document.getElementById('chart').complete")
    assert page.locator("#chart").evaluate("img => img.naturalWidth") > 100
    page.locator("#article-list, body").first.is_visible()
    page.goto(corpus_server + "/network")
    assert page.locator("#network circle").count() >= 3
    assert problems == []
    page.close()


def test_web_browser_article_page_overview_keys_and_export(browser, corpus_server):  # noqa: F811
    page, problems = open_page(browser, Url(corpus_server + "/articles"))
    href = page.locator("#article-list a[href^='/articles/']").first.get_attribute("href")
    page.goto(corpus_server + href)
    overview = page.locator("#overview")
    assert overview.is_visible() and "Sourcing" in overview.inner_text() and "Main actors" in overview.inner_text()
    assert page.locator("input[data-layer=techniques]").is_checked()
    assert not page.locator("input[data-layer=actors]").is_checked()
    page.locator("body").press("j")  # an article without findings: the keys do nothing, and no error
    assert not page.locator("#tooltip").is_visible()
    with page.expect_download() as info:
        page.click("#export-csv")
    assert info.value.suggested_filename.endswith("-findings.csv")
    with page.expect_download() as info:
        page.click("#export-json")
    assert '"article"' in Path(info.value.path()).read_text(encoding="utf-8")
    assert problems == []
    page.close()
