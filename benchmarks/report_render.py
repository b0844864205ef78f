"""The HTML report under load: an article with N findings rendered, loaded in Chromium and walked with the keys.

    python -m benchmarks.report_render [--findings 500] [--repeat 5]

The article is synthetic (one technique span per word, cycling through the 23 techniques), so the figure
measures the report, not the analysis. Chromium is Debian's (/usr/bin/chromium), as in the browser tests.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from spinscope.report.html import render_html
from spinscope.result import ArticleAnalysis, ArticleInfo, Provenance, Technique
from spinscope.taxonomy import techniques


def many_findings(n: int) -> ArticleAnalysis:
    """An article of ``n`` words, each one a technique span."""
    labels = [t["label"] for t in techniques()]
    words = [f"word{i}" for i in range(n)]
    spans, start = [], 0
    for i, word in enumerate(words):
        spans.append(Technique(start=start, end=start + len(word), label=labels[i % len(labels)], score=0.5,
                               evidence="benchmark"))
        start += len(word) + 1
    return ArticleAnalysis(article=ArticleInfo(id="b" * 64, title="Benchmark", text=" ".join(words)),
                           provenance=Provenance(spinscope_version="benchmark"), techniques=spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--findings", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    result = many_findings(args.findings)
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        page = render_html(result)
        times.append(time.perf_counter() - started)
    print(f"render_html, {args.findings} findings: median {statistics.median(times) * 1000:.0f} ms, "
          f"{len(page) / 1e6:.2f} MB")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as pw:
        path = Path(folder) / "report.html"
        path.write_text(page, encoding="utf-8")
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        loads, steps = [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            tab.goto(path.as_uri())
            tab.wait_for_load_state("load")
            loads.append(time.perf_counter() - started)
            started = time.perf_counter()
            for _ in range(20):
                tab.keyboard.press("j")
            steps.append((time.perf_counter() - started) / 20)
        browser.close()
    print(f"Chromium load: median {statistics.median(loads) * 1000:.0f} ms; "
          f"one j (next finding, tooltip shown): median {statistics.median(steps) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
