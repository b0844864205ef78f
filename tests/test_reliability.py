"""Reliability under load and faults: the server under concurrent requests, and SIGKILLed while storing; hostile
and careless input (issue 21)."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import random
import signal
import sqlite3
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from benchmarks.generate import articles
from benchmarks.load import free_port, request, run_load, start_server, wait_ready
from click.testing import CliRunner

from spinscope.batch import run_local
from spinscope.cli import cli
from spinscope.corpus import Store
from spinscope.errors import InputTooLarge
from spinscope.ingest.readers import IngestFailure, iter_paths

LIGHT = "language.v1,segment.v1,entities.v1"
#: SIGKILL runs of the server; CI runs this reduced count, SPINSCOPE_RELIABILITY_FULL=1 runs more.
SERVE_KILLS = 20 if os.environ.get("SPINSCOPE_RELIABILITY_FULL") else 3


@pytest.mark.slow
def test_reliability_load_no_5xx_no_lost_writes():
    measured = run_load(requests=18, concurrency=3, seconds=240, components=LIGHT)
    assert measured["server_errors"] == 0, measured["statuses"]
    assert measured["lost_writes"] == 0
    assert measured["integrity"] == "ok"
    assert measured["stored_articles"] == measured["acknowledged"]


@pytest.mark.slow
@pytest.mark.parametrize("run", range(SERVE_KILLS))
def test_reliability_serve_killed_while_storing(tmp_path: Path, run: int):
    db = tmp_path / "serve.db"
    docs = articles(40, seed=100 + run)
    acknowledged: list[str] = []
    rng = random.Random(run)

    def post_all(base: str) -> None:
        for doc in docs:
            body = json.dumps({"text": doc["text"], "outlet": doc["outlet"], "store": True}).encode()
            try:
                status, payload = request(f"{base}/api/analyze", data=body, timeout=30)
            except OSError:
                return  # the server is gone
            if status == 200:
                acknowledged.append(json.loads(payload)["article"]["id"])

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port, LIGHT)
    try:
        wait_ready(base, server)
        poster = threading.Thread(target=post_all, args=(base,), daemon=True)
        poster.start()
        time.sleep(rng.uniform(0.3, 3.0))
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        poster.join(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
    # restart on the same store and store everything again: each article ends up there exactly once
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port, LIGHT)
    try:
        wait_ready(base, server)
        post_all(base)
    finally:
        server.terminate()
        server.wait(timeout=30)
    with Store.open(db, readonly=True) as store:
        assert store.integrity_check() == "ok"
        stored = store.counts()["articles"]
        assert stored == len({d["text"] for d in docs})
        for article_id in set(acknowledged):
            assert article_id in store


@pytest.mark.slow
def test_reliability_serve_while_ingest_runs(tmp_path: Path):
    import subprocess
    import sys

    db = tmp_path / "shared.db"
    batch = tmp_path / "batch.jsonl"
    ingested = articles(30, seed=7)
    batch.write_text("".join(json.dumps(d) + "\n" for d in ingested), encoding="utf-8")
    posted = articles(12, seed=8)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port, LIGHT)
    statuses: list[int] = []
    acknowledged: list[str] = []
    try:
        wait_ready(base, server)
        ingest = subprocess.Popen([sys.executable, "-m", "spinscope", "ingest", str(batch), "--db", str(db),
                                   "--components", LIGHT], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for doc in posted:
            status, payload = request(f"{base}/api/analyze", data=json.dumps(
                {"text": doc["text"], "outlet": doc["outlet"], "store": True}).encode())
            statuses.append(status)
            if status == 200:
                acknowledged.append(json.loads(payload)["article"]["id"])
            statuses.append(request(f"{base}/api/search?q=minister")[0])
        assert ingest.wait(timeout=600) == 0, ingest.stderr.read().decode()[-2000:] if ingest.stderr else ""
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert all(s == 200 for s in statuses), statuses
    with Store.open(db, readonly=True) as store:
        assert store.integrity_check() == "ok"
        assert store.counts()["articles"] == len({d["text"] for d in ingested + posted})
        assert all(a in store for a in acknowledged)


@pytest.mark.slow
def test_reliability_no_memory_kept_per_request():
    from benchmarks.load import leak_check

    rss = leak_check(4, 15, LIGHT)
    assert rss[-1] - rss[1] < 15, rss  # MB: after the first pass, the same work keeps no memory


# -- hostile and careless input (issue 21): bounded reads, sanitation, resume by content, safe exports ----------
# Each test failed on the code before the fix (docs/RELIABILITY.md, "Defects found by the red team"). They load
# no models (language.v1 only) and run in a few seconds together.

FAST = ["language.v1"]
ARTICLE = "The minister said on Monday that the war in the east was over, and that talks would begin."


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def peak_mb(fn) -> tuple[object, float]:
    """What fn() returns, and the peak of Python allocations while it ran, in MB."""
    tracemalloc.start()
    try:
        value = fn()
        return value, tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.html.gz"])
def test_reliability_gzip_text_and_html_are_bounded_by_max_bytes(tmp_path: Path, name: str):
    # 40 MB of text in a 40 KB gzip file: refused at 1 MB decompressed, never decompressed whole
    page = ("<html><body><p>" + "word " * 8_000_000 + "</p></body></html>") if "html" in name else "word " * 8_000_000
    path = tmp_path / name
    path.write_bytes(gzip.compress(page.encode(), compresslevel=9))
    items, peak = peak_mb(lambda: list(iter_paths([path], max_bytes=1_000_000)))
    (item,) = items
    assert isinstance(item, IngestFailure) and isinstance(item.error, InputTooLarge), item
    assert "over the limit of 1,000,000 bytes" in item.message
    assert peak < 10, f"peak {peak:.1f} MB"


def test_reliability_jsonl_gzip_bomb_line_is_read_bounded_and_the_rest_goes_on(tmp_path: Path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"text": "' + b"a" * 60_000_000 + b'"}\n')  # one 60 MB line
        fh.write(jsonl({"text": ARTICLE}).encode())
    items, peak = peak_mb(lambda: list(iter_paths([path], max_bytes=1_000_000)))
    assert [type(i).__name__ for i in items] == ["IngestFailure", "ArticleInput"]
    assert items[0].source.endswith("feed.jsonl.gz:1") and "line is over the limit" in items[0].message
    assert peak < 10, f"peak {peak:.1f} MB"


def test_reliability_inputs_stream_into_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each input is read when the one before it has been analysed, in ingest and in analyze."""
    from spinscope.batch import local

    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i}.txt").write_text(f"Article number {i}. {ARTICLE}")
    events: list[str] = []
    real_iter_paths = local.iter_paths

    def recording_iter_paths(*args, **kwargs):
        for item in real_iter_paths(*args, **kwargs):
            events.append("read")
            yield item

    real_analyze = local.analyze_item

    def recording_analyze(item, components=None):
        events.append("analyze")
        return real_analyze(item, components)

    monkeypatch.setattr(local, "iter_paths", recording_iter_paths)
    monkeypatch.setattr(local, "analyze_item", recording_analyze)
    report = run_local([tmp_path / "in"], tmp_path / "s.db", components=FAST)
    assert report.stored == 3
    assert events == ["read", "analyze"] * 3, events


def test_reliability_lone_surrogate_is_replaced_recorded_and_the_batch_goes_on(tmp_path: Path):
    source = tmp_path / "feed.jsonl"
    # json.dumps would escape nothing here: the line holds the JSON escape \ud800, as the red team's did
    source.write_text(jsonl({"text": ARTICLE}, '{"text": "The war \\ud800 is over, the minister said on Monday."}',
                            {"text": "Grain exports rose again, the port authority said.", "title": "T \udfff",
                             "outlet": "Out\ud800let"}), encoding="utf-8", errors="surrogatepass")
    db = tmp_path / "s.db"
    report = run_local([source], db, components=FAST)
    assert (report.stored, report.failed) == (3, 0), report.failures
    with Store.open(db, readonly=True) as store:
        results = list(store.iter_results())
        assert [a.outlet for a in store.appearances()] == [None, None, "Out\ufffdlet"]
    assert "\ufffd" in results[1].article.text and results[2].article.title == "T \ufffd"
    warnings = [e for e in results[1].errors if e.component == "ingest"]
    assert warnings and warnings[0].level == "warning" and "lone surrogate" in warnings[0].message
    again = run_local([source], db, components=FAST)
    assert (again.stored, again.skipped) == (0, 3)


def test_reliability_surrogate_in_title_and_outlet_analyze(tmp_path: Path):
    source = tmp_path / "one.jsonl"
    source.write_text('{"text": "' + ARTICLE + '", "title": "War \\ud800", "outlet": "\\udc80 Herald\\u0000"}\n')
    result = CliRunner().invoke(cli, ["analyze", str(source), "--format", "json", "--components", "language.v1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["title"] == "War \ufffd" and data["article"]["outlet"] == "\ufffd Herald"
    assert any(e["component"] == "ingest" and "NUL" in e["message"] for e in data["errors"])


def test_reliability_deeply_nested_json_line_fails_alone(tmp_path: Path):
    source = tmp_path / "nested.jsonl"
    source.write_text(jsonl({"text": ARTICLE}, "[" * 100_000 + "]" * 100_000, {"text": "Second " + ARTICLE}))
    db = tmp_path / "s.db"
    report = run_local([source], db, components=FAST)
    assert (report.stored, report.failed) == (2, 1)
    assert report.failures[0][0].endswith("nested.jsonl:2") and "nested too deeply" in report.failures[0][1]


def test_reliability_resume_is_by_content_not_by_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    db = "s.db"
    a = jsonl({"text": "First feed, one. " + ARTICLE}, {"text": "First feed, two. " + ARTICLE})
    b = jsonl({"text": "Second feed, one. " + ARTICLE}, {"text": "First feed, one. " + ARTICLE, "outlet": "B"})
    runner = CliRunner()

    def ingest(*args: str, stdin: str | None = None) -> str:
        result = runner.invoke(cli, ["ingest", *args, "--db", db, "--components", "language.v1"], input=stdin)
        assert result.exit_code == 0, result.output
        return result.stderr.strip().splitlines()[-1]

    assert ingest("-", stdin=a).startswith("2 stored (2 new articles)")
    assert ingest("-", stdin=b).startswith("2 stored (1 new articles), 0 failed, 0 already done")
    assert ingest("-", stdin=b).startswith("0 stored (0 new articles), 0 failed, 2 already done")
    Path("feed.jsonl").write_text(a)
    assert ingest("feed.jsonl").startswith("2 stored (0 new articles)")  # new appearances of known articles
    Path("feed.jsonl").write_text(jsonl({"text": "Rewritten feed. " + ARTICLE}))
    assert ingest("feed.jsonl").startswith("1 stored (1 new articles), 0 failed, 0 already done")
    with Store.open(db, readonly=True) as store:
        assert store.counts()["articles"] == 4
        assert len(store.appearances()) == 7


def test_reliability_store_keeps_every_appearance_from_one_source(tmp_path: Path):
    """The same text from outlets A, B and C through one source (as the API stores it) keeps all three."""
    from spinscope import load_pipeline
    from spinscope.document import ArticleInput

    pipeline = load_pipeline(FAST)
    with Store.open(tmp_path / "s.db") as store:
        for outlet in ["A", "B", "C", "A"]:
            store.add(pipeline(ArticleInput(text=ARTICLE, outlet=outlet, source="api")))
        assert [a.outlet for a in store.appearances()] == ["A", "B", "C"]
        assert store.counts()["articles"] == 1


@pytest.mark.parametrize("content", ["\x01\x02\x03\x1b\x7f\n\x05", "Share this article\nSubscribe\nAdvertisement\n"])
def test_reliability_no_article_text_is_a_failure_not_an_empty_article(tmp_path: Path, content: str):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(content)
    (tmp_path / "in" / "b.txt").write_text(content + "\n")
    analyzed = CliRunner().invoke(cli, ["analyze", str(tmp_path / "in"), "--format", "jsonl",
                                        "--components", "language.v1"])
    assert analyzed.exit_code == 1 and analyzed.stdout == ""
    assert analyzed.stderr.count("no article text") == 2 and "[E013]" in analyzed.stderr
    report = run_local([tmp_path / "in"], tmp_path / "s.db", components=FAST)
    assert (report.stored, report.failed) == (0, 2)


def _create_store(path: str, barrier: object, out: str) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        with Store.open(path) as store:
            outcome = "ok" if store.integrity_check() == "ok" else "damaged"
    except Exception as exc:  # the test reports what failed
        outcome = f"{type(exc).__name__}: {exc}"
    Path(out).write_text(outcome)


#: Rounds of three processes opening one new store; CI runs 12, SPINSCOPE_RELIABILITY_FULL=1 runs 300.
OPEN_RACE_ROUNDS = 300 if os.environ.get("SPINSCOPE_RELIABILITY_FULL") else 12


def test_reliability_new_store_opened_by_three_processes_at_once(tmp_path: Path):
    context = multiprocessing.get_context("fork")
    outcomes: list[str] = []
    for attempt in range(OPEN_RACE_ROUNDS):
        barrier = context.Barrier(3)
        path = str(tmp_path / f"new-{attempt}.db")
        outs = [tmp_path / f"out-{attempt}-{i}" for i in range(3)]
        procs = [context.Process(target=_create_store, args=(path, barrier, str(o))) for o in outs]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        outcomes += [o.read_text() if o.exists() else "no outcome" for o in outs]
    assert outcomes == ["ok"] * 3 * OPEN_RACE_ROUNDS, [o for o in outcomes if o != "ok"]


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-3+4", "@SUM(A1:A2)", "\tTab", "\rCR"]


def _formula_store(path: Path) -> Path:
    from spinscope import load_pipeline
    from spinscope.corpus.store import Appearance
    from spinscope.document import ArticleInput

    pipeline = load_pipeline(FAST)
    with Store.open(path) as store:
        for i, formula in enumerate(FORMULAS):
            result = pipeline(ArticleInput(text=f"{formula}\n\nArticle {i}. {ARTICLE}", outlet=formula, source=f"s{i}"))
            store.add(result, Appearance.of(result))
    return path


def _assert_no_formula(text: str) -> int:
    import csv
    import io

    def number(cell: str) -> bool:
        try:
            float(cell)
            return True
        except ValueError:
            return False

    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r")) and not number(c)], cells
    return sum(c.startswith("'") for c in cells)


@pytest.mark.parametrize("what", ["articles", "appearances"])
def test_reliability_csv_export_neutralizes_formulas(tmp_path: Path, what: str):
    db = _formula_store(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "--what", what])
    assert result.exit_code == 0, result.output
    assert _assert_no_formula(result.stdout) >= len(FORMULAS)
    stats = CliRunner().invoke(cli, ["stats", "--db", str(db), "--format", "csv"])
    assert stats.exit_code == 0 and _assert_no_formula(stats.stdout) >= len(FORMULAS)


def test_reliability_web_csv_downloads_neutralize_formulas_and_total_is_bounded(tmp_path: Path):
    from fastapi.testclient import TestClient

    from spinscope.web import ServerSettings, create_app

    db = _formula_store(tmp_path / "s.db")
    app = create_app(ServerSettings(db=str(db), components=tuple(FAST)))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        articles = client.get("/api/articles", params={"format": "csv"})
        stats = client.get("/api/stats", params={"format": "csv"})
        assert articles.status_code == stats.status_code == 200
        assert _assert_no_formula(articles.text) >= len(FORMULAS) and _assert_no_formula(stats.text) >= len(FORMULAS)
        page = client.get("/api/articles", params={"offset": 100_000}).json()
        assert page["total"] == len(FORMULAS) and page["articles"] == []


def _damage(db: Path) -> None:
    """Overwrite pages in the middle of the store (where the article rows are) with garbage."""
    with Store.open(db):
        pass  # checkpoint: the WAL is folded into the file when the last connection closes
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 8:start + page] = bytes([0xFF, 0x00, 0xC3, 0x28]) * ((page - 8) // 4)
    db.write_bytes(bytes(data))


def test_reliability_damaged_store_is_a_clear_error_and_no_partial_output(tmp_path: Path):
    from spinscope.corpus.synthetic import generate

    db = tmp_path / "s.db"
    run_local([generate(60, seed=3, chains=0, partials=0).write(tmp_path / "c.jsonl")], db, components=FAST)
    _damage(db)
    out = tmp_path / "out.csv"
    runner = CliRunner()
    for args in (["export", "--format", "csv", "-o", str(out)], ["export", "--format", "jsonl"],
                 ["stats"], ["search", "minister"]):
        result = runner.invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 1, (args, result.output, result.exception)
        assert "Traceback" not in result.output and not isinstance(result.exception, sqlite3.Error), args
        assert result.stdout == "", args  # nothing partial on stdout
        message = result.stderr.strip()
        assert message.count("\n") == 0 and message.isascii() and "damaged" in message, (args, message)
        assert not out.exists(), args  # nothing partial in the file
    assert not list(tmp_path.glob(".out.csv.*")), "temporary file left behind"


def test_reliability_export_output_problems_are_clear_errors(tmp_path: Path):
    db = _formula_store(tmp_path / "s.db")
    runner = CliRunner()

    def export(*args: str):
        return runner.invoke(cli, ["export", "--db", str(db), "--format", "csv", *args])

    missing = export("-o", str(tmp_path / "no" / "such" / "out.csv"))
    assert missing.exit_code == 1 and "no such folder" in missing.stderr and missing.exception is not None
    folder = export("-o", str(tmp_path))
    assert folder.exit_code == 1 and "is a folder" in folder.stderr
    existing = tmp_path / "out.csv"
    existing.write_text("keep me")
    refused = export("-o", str(existing))
    assert refused.exit_code == 1 and "--force" in refused.stderr and existing.read_text() == "keep me"
    forced = export("-o", str(existing), "--force")
    assert forced.exit_code == 0 and existing.read_text().startswith("id,title")
    for result in (missing, folder, refused):
        assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


def test_reliability_export_disk_full_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import errno

    from spinscope.corpus import export as export_module

    db = _formula_store(tmp_path / "s.db")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "write_csv", full)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 1 and "No space left on device" in result.stderr and "[E050]" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.csv.*"))


def test_reliability_analyze_checks_its_output_before_analysing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from spinscope import api

    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(f"Article {i}. {ARTICLE}")
    existing = tmp_path / "report.html"
    existing.write_text("keep me")

    def no_pipeline(*args, **kwargs):
        raise AssertionError("the pipeline was loaded before the output was checked")

    monkeypatch.setattr(api, "load_pipeline", no_pipeline)
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "0.txt"), str(tmp_path / "1.txt"),
                                      "--format", "html", "-o", str(existing)])
    assert result.exit_code == 2 and "is a file" in result.output, result.output
    assert existing.read_text() == "keep me"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes any folder; run as a user to check this")
def test_reliability_store_in_a_read_only_folder_can_be_read(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = _formula_store(folder / "s.db")
    folder.chmod(0o555)
    try:
        runner = CliRunner()
        for args in (["search", "minister"], ["stats"], ["export", "--format", "jsonl"], ["failures"]):
            result = runner.invoke(cli, [*args, "--db", str(db)])
            assert result.exit_code == 0, (args, result.output)
    finally:
        folder.chmod(0o755)


def test_reliability_store_in_a_folder_without_write_access_is_opened_immutable(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch):
    """The path taken where the folder cannot be written (what the test above checks for real, as a user)."""
    from spinscope.corpus import store as store_module

    db = _formula_store(tmp_path / "s.db")
    monkeypatch.setattr(store_module.os, "access", lambda path, mode: False)
    with Store.open(db, readonly=True) as store:
        assert store.counts()["articles"] == len(FORMULAS)
    Path(f"{db}-wal").write_bytes(b"x" * 100)  # a writer killed with unsaved pages
    with pytest.raises(store_module.StoreError, match="unsaved changes"):
        Store.open(db, readonly=True)
