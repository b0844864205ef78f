"""The hard per-article budget: past its time or memory one article fails with a clear error, the rest go on."""

from __future__ import annotations

import contextlib
import time

import pytest

from spinscope.budget import Budget
from spinscope.document import ArticleInput, Document
from spinscope.errors import AnalysisBudgetExceeded
from spinscope.pipeline import Pipeline, register

#: How long the stand-in for a runaway component would run if nothing stopped it.
RUNAWAY_S = 20.0


@register("test_runaway.v1", requires=("text",))
class Runaway:
    """Spins on the CPU in Python (as a superlinear rule would) while the text asks for it, swallowing
    exceptions."""

    def __call__(self, doc: Document) -> Document:
        if "RUNAWAY" in doc.text:
            until = time.monotonic() + RUNAWAY_S
            while time.monotonic() < until:
                with contextlib.suppress(Exception):  # a careless component must not defeat the budget
                    sum(range(1_000))
        return doc


@register("test_hog.v1", requires=("text",))
class Hog:
    """Allocates memory chunk by chunk while the text asks for it."""

    def __call__(self, doc: Document) -> Document:
        if "HOG" in doc.text:
            chunks = []
            for _ in range(40):  # at most 800 MB if nothing stops it
                chunks.append(b"x" * 20_000_000)
                time.sleep(0.02)
        return doc


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["test_runaway.v1", "test_hog.v1"])


def article(text: str, source: str = "a.txt") -> ArticleInput:
    return ArticleInput(text=f"Headline\n\n{text} The minister said the talks would resume.", source=source)


@pytest.mark.parametrize("budget", [Budget(seconds=0.5), Budget(cpu_seconds=0.5)], ids=["wall", "cpu"])
def test_budget_stops_runaway_component_in_time(pipeline, budget):
    started = time.monotonic()
    with pytest.raises(AnalysisBudgetExceeded) as caught:
        pipeline(article("RUNAWAY"), budget=budget)
    assert time.monotonic() - started < RUNAWAY_S / 2, "the budget did not stop the component"
    err = caught.value
    assert err.code == "E035" and err.limit == "time" and err.source == "a.txt"
    assert "test_runaway.v1" in err.message and "0.5 s" in err.message


def test_budget_stops_memory_growth(pipeline):
    with pytest.raises(AnalysisBudgetExceeded) as caught:
        pipeline(article("HOG"), budget=Budget(memory_mb=150))
    assert caught.value.limit == "memory" and "test_hog.v1" in caught.value.message


def test_budget_leaves_ordinary_articles_alone(pipeline):
    result = pipeline(article("Nothing unusual."), budget=Budget(cpu_seconds=30, seconds=30, memory_mb=500))
    assert "Nothing unusual." in result.article.text
    # the same thread analyses again after an interrupt, with nothing left pending
    with pytest.raises(AnalysisBudgetExceeded):
        pipeline(article("RUNAWAY"), budget=Budget(seconds=0.3))
    assert pipeline(article("Still fine."), budget=Budget(seconds=30)).article.text


def test_budget_from_environment_fails_one_article_and_the_rest_go_on(monkeypatch, tmp_path):
    from spinscope.api import analyze_paths
    from spinscope.ingest.readers import IngestFailure

    monkeypatch.setenv("SPINSCOPE_ARTICLE_SECONDS", "0.5")
    (tmp_path / "1.txt").write_text("First\n\nThe talks resumed. RUNAWAY here.", encoding="utf-8")
    (tmp_path / "2.txt").write_text("Second\n\nThe talks resumed on Monday.", encoding="utf-8")
    out = list(analyze_paths([tmp_path / "1.txt", tmp_path / "2.txt"],
                             components=["test_runaway.v1"]))
    assert len(out) == 2
    failed, ok = out
    assert isinstance(failed, IngestFailure) and failed.error.code == "E035"
    assert not isinstance(ok, IngestFailure) and ok.article.title == "Second"


def test_budget_default_grows_with_the_text(monkeypatch):
    monkeypatch.delenv("SPINSCOPE_ARTICLE_SECONDS", raising=False)
    small, large = Budget.for_text(5_000), Budget.for_text(5_000_000)
    assert small.cpu_seconds is not None and large.cpu_seconds is not None
    assert large.cpu_seconds > small.cpu_seconds
    assert small.seconds is None  # CPU time: a busy machine does not fail articles
    assert small.tightened(60).seconds == 60 and small.tightened(60).cpu_seconds == small.cpu_seconds
    monkeypatch.setenv("SPINSCOPE_ARTICLE_SECONDS", "off")
    assert Budget.for_text(5_000).cpu_seconds is None


def test_budget_in_ingest_records_the_failure_and_stores_the_rest(monkeypatch, tmp_path):
    from spinscope.batch.local import run_local
    from spinscope.corpus import Store

    monkeypatch.setenv("SPINSCOPE_ARTICLE_SECONDS", "0.5")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.txt").write_text("First\n\nThe talks resumed. RUNAWAY here.", encoding="utf-8")
    (tmp_path / "in" / "2.txt").write_text("Second\n\nThe talks resumed on Monday.", encoding="utf-8")
    report = run_local([tmp_path / "in"], tmp_path / "s.db", components=["test_runaway.v1"])
    assert report.stored == 1 and report.failed == 1
    store = Store.open(tmp_path / "s.db")
    try:
        (failure,) = store.failures()
        assert failure.code == "E035" and failure.source.endswith("1.txt") and "budget" in failure.reason
    finally:
        store.close()
