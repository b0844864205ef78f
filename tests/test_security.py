"""Hostile markup in article text, titles, outlet names and search queries never runs: checked in Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest

from spinscope import analyze
from spinscope.document import ArticleInput
from spinscope.report.html import render_html

from .test_report import browser  # noqa: F401  (the shared Chromium fixture)

PAYLOADS = [line for line in (Path(__file__).parent / "security" / "xss_payloads.txt").read_text(
    encoding="utf-8").splitlines() if line.strip()]
LIGHT = ("language.v1", "segment.v1", "entities.v1")
TRAP = "window.alert = window.confirm = window.prompt = () => { window.__pwned = true; };"


def hostile_article(payload: str) -> ArticleInput:
    return ArticleInput(
        text=f"Breaking {payload} news\n\nThe minister in Kyiv said that {payload} was false. "
             f'Officials added: "{payload}" and left.\n{payload}',
        outlet=f"Outlet {payload}", source=f"x{payload}.txt",
    )


def assert_safe(page) -> None:
    assert page.evaluate("window.__pwned === undefined"), "a payload ran"
    scripts = page.locator("script").evaluate_all("els => els.map(e => e.getAttribute('src') || 'inline')")
    assert all(s in ("/report-assets/report.js", "inline") for s in scripts)
    assert page.locator("iframe, object, embed, svg script, img[onerror], [onload], [onclick]").count() == 0


@pytest.mark.browser
def test_security_report_never_runs_payloads(browser, tmp_path):  # noqa: F811
    from spinscope import load_pipeline

    pipeline = load_pipeline(LIGHT)
    page = browser.new_page()
    page.add_init_script(TRAP)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for i, payload in enumerate(PAYLOADS):
        result = pipeline(hostile_article(payload))
        path = tmp_path / f"r{i}.html"
        path.write_text(render_html(result), encoding="utf-8")
        page.goto(path.as_uri())
        assert_safe(page)
        assert payload.split()[0] in page.locator("#text").inner_text()
    assert dialogs == []
    page.close()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    from spinscope import load_pipeline
    from spinscope.corpus import Store
    from spinscope.corpus.store import Appearance
    from spinscope.web import ServerSettings

    from .test_web_browser import serve

    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    pipeline = load_pipeline(LIGHT)
    with Store.open(db) as store:
        for payload in PAYLOADS:
            result = pipeline(hostile_article(payload))
            store.add(result, Appearance.of(result))
    yield from serve(ServerSettings(db=str(db), components=LIGHT))


@pytest.mark.browser
def test_security_web_pages_never_run_payloads(browser, hostile_server):  # noqa: F811
    page = browser.new_page()
    page.add_init_script(TRAP)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    ids = json.loads(page.request.get(hostile_server + "/api/articles?limit=200").text())["articles"]
    assert len(ids) == len(PAYLOADS)
    for path in ["/articles", "/outlets", "/duplicates", "/network", "/charts?by=outlet"]:
        page.goto(hostile_server + path)
        assert_safe(page)
    for row in ids[:12]:
        page.goto(f"{hostile_server}/articles/{row['id']}")
        assert_safe(page)
    for payload in PAYLOADS[:12]:
        page.goto(f"{hostile_server}/articles?q={quote(payload)}&outlet={quote(payload)}")
        assert_safe(page)
    assert dialogs == []
    headers = page.request.get(hostile_server + "/articles").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    page.close()


def test_security_export_and_output_names_cannot_traverse(tmp_path):
    from click.testing import CliRunner

    from spinscope.cli import cli

    src = tmp_path / "in"
    src.mkdir()
    (src / "a..%2F..%2Fevil \\ name.txt").write_text("The minister said the talks failed.")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["analyze", str(src), "--format", "json", "--output", str(out) + "/",
                                      "--components", ",".join(LIGHT)])
    assert result.exit_code == 0, result.output
    written = list(out.iterdir())
    assert len(written) == 1 and written[0].parent == out and "/" not in written[0].name


def test_security_serve_beyond_loopback_needs_a_token():
    from click.testing import CliRunner

    from spinscope.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"], env={"SPINSCOPE_TOKEN": ""})
    assert result.exit_code == 2 and "--token" in result.output


def test_security_report_of_analyze_api_text():
    page = render_html(analyze("<script>alert(1)</script> and more text about Kyiv.", components=list(LIGHT)))
    assert "<script>alert(1)</script>" not in page
