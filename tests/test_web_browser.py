"""The web app in real headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from .test_report import _open as open_page
from .test_report import browser  # noqa: F401  (the shared Chromium fixture)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server():
    import uvicorn

    from spinscope.web import ServerSettings, create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(ServerSettings()), host="127.0.0.1", port=port, log_level="warning")
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


class Url:
    def __init__(self, url: str) -> None:
        self.url = url

    def as_uri(self) -> str:
        return self.url


def test_web_browser_analyze_page(browser, server, sample_article, output_dir):  # noqa: F811
    page, problems = open_page(browser, Url(server + "/"))
    page.fill("#article-input", sample_article.read_text(encoding="utf-8"))
    with page.expect_navigation():
        page.click("#analyze-button")
    assert page.locator("header.article-head h1").inner_text().startswith("The Bridge to Nowhere")
    marks = page.locator("mark.l-actors")
    assert marks.count() >= 5
    marks.first.hover()
    assert page.locator("#tooltip").is_visible()
    assert "evidence" in page.locator("#tooltip").inner_text()
    page.screenshot(path=str(output_dir / "web-analyze.png"), full_page=True)
    page.locator("input[data-layer=actors]").uncheck()
    assert "hide-actors" in (page.locator("body").get_attribute("class") or "")
    assert problems == []
    page.close()


def test_web_browser_script_in_article_does_not_run(browser, server):  # noqa: F811
    page, problems = open_page(browser, Url(server + "/"))
    page.fill("#article-input", "Headline <img src=x onerror=alert(2)>\n\nHe said <script>alert(1)</script> loudly.")
    with page.expect_navigation():
        page.click("#analyze-button")
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    assert problems == []
    page.close()
