from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from spinscope import analyze
from spinscope.report.html import render_html

XSS_TEXT = (
    "Attack headline <img src=x onerror=alert(2)>\n\n"
    "The minister said <script>alert(1)</script> was a lie.\n"
    'Officials in Brussels quoted "</p><svg onload=alert(3)>" as proof.'
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_report_escapes_article_text_and_title():
    page = render_html(analyze(XSS_TEXT))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<svg onload" not in page
    assert page.count("<script>") == 1  # ours only


def test_report_has_csp_with_script_hash(sample_article: Path):
    page = render_html(analyze(sample_article))
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page
    assert "http://" not in page and "https://" not in page  # nothing fetched from the network


def test_report_highlights_every_actor_mention(sample_article: Path):
    result = analyze(sample_article)
    page = render_html(result)
    mentions = sum(len(a.mentions) for a in result.actors)
    assert mentions > 5
    # a mention inside a quote or claim also carries those layers' classes (l-actors sorts first)
    assert page.count('class="l-actors') >= len({(m.start, m.end) for a in result.actors for m in a.mentions}) - 1


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: .ci/run installs it")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _open(browser, path: Path):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


@pytest.mark.browser
def test_report_in_chromium_no_console_errors_and_tooltips(browser, tmp_path, sample_article, output_dir):
    path = tmp_path / "report.html"
    path.write_text(render_html(analyze(sample_article)), encoding="utf-8")
    page, problems = _open(browser, path)
    page.locator("input[data-layer=actors]").check()  # techniques show by default, other layers on a click
    mark = page.locator("mark.l-actors").first
    mark.hover()
    tooltip = page.locator("#tooltip")
    assert tooltip.is_visible()
    assert "Actors" in tooltip.inner_text() and "evidence" in tooltip.inner_text()
    page.screenshot(path=str(output_dir / "report-sample.png"), full_page=True)
    page.locator("input[data-layer=actors]").uncheck()
    assert "hide-actors" in (page.locator("#report").get_attribute("class") or "")
    assert mark.evaluate("el => getComputedStyle(el).fontWeight") in ("400", "normal")
    assert problems == []
    page.close()


@pytest.mark.browser
def test_report_in_chromium_shows_script_literally(browser, tmp_path, output_dir):
    path = tmp_path / "xss.html"
    path.write_text(render_html(analyze(XSS_TEXT)), encoding="utf-8")
    page, problems = _open(browser, path)
    text = page.locator("#text").inner_text()
    assert "<script>alert(1)</script>" in text
    assert "<svg onload=alert(3)>" in text
    assert "<img src=x onerror=alert(2)>" in page.locator("header h1").inner_text()
    assert page.locator("#text script, #text svg, header img").count() == 0
    page.screenshot(path=str(output_dir / "report-xss.png"), full_page=True)
    assert problems == []
    page.close()


def test_report_terminal_ranks_techniques_by_score_with_each_definition_once():
    from rich.console import Console

    from spinscope.report.text import technique_table
    from spinscope.result import ArticleAnalysis, ArticleInfo, Provenance, Technique
    from spinscope.taxonomy import technique_info

    text = "These corrupt cowards lied again. The shameful deal was signed."
    title = "Cowards sign deal"

    def span(t: str, word: str, label: str, score: float) -> Technique:
        return Technique(start=t.index(word), end=t.index(word) + len(word), label=label, score=score, evidence="x")

    result = ArticleAnalysis(
        article=ArticleInfo(id="x", text=text, title=title), provenance=Provenance(spinscope_version="0"),
        techniques=[span(text, "corrupt", "Loaded_Language", 0.55), span(text, "cowards", "Name_Calling-Labeling", 0.6),
                    span(text, "shameful", "Loaded_Language", 0.7)],
        title_techniques=[span(title, "Cowards", "Name_Calling-Labeling", 0.9)])
    console = Console(record=True, width=200)
    console.print(technique_table(result))
    out = console.export_text()
    assert out.index("Name Calling-Labeling") < out.index("Loaded Language")  # 0.9 (title) before 0.7
    for label in ("Loaded_Language", "Name_Calling-Labeling"):
        info = technique_info(label)
        assert info and out.count(info["definition"][:40]) == 1
    assert out.index("“shameful”") < out.index("“corrupt”")  # best span first within a technique
    assert "[title] “Cowards”" in out
