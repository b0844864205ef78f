"""Batch ingestion: resumable after SIGKILL, one writer at a time, damaged inputs, Dask equals local."""

from __future__ import annotations

import gzip
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinscope.batch import ingest_lock, run_local
from spinscope.cli import cli
from spinscope.corpus import Store, StoreBusy
from spinscope.corpus.synthetic import generate

COMPONENTS = ["language.v1"]


def ingest_command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", "from spinscope.cli import main; main()", "ingest", str(source), "--db", str(db),
            "--components", ",".join(COMPONENTS)]


def stored_inputs(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM inputs").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def kill_and_resume(tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    corpus = generate(250, seed=seed, chains=10, partials=0)
    corpus.records.append(dict(corpus.records[0], id="dup", outlet="Copycat"))  # same text, a second appearance
    source = corpus.write(tmp_path / "corpus.jsonl")
    with source.open("a") as fh:
        fh.write("{broken json\n")
    db = tmp_path / "corpus.db"
    total = len(corpus.records) + 1
    killed_at: list[int] = []
    for _ in range(kills):
        proc = subprocess.Popen(ingest_command(source, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        done = stored_inputs(db)
        if rng.random() < 0.5 or done >= total - 1:  # at a random moment: starting, migrating, reading, writing
            time.sleep(rng.uniform(0.0, 3.0))
        else:  # after a random number of stored inputs
            target = rng.randint(done + 1, total - 1)
            deadline = time.monotonic() + 60
            while stored_inputs(db) < target and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_at.append(stored_inputs(db))
    finished = subprocess.run(ingest_command(source, db), capture_output=True, text=True, timeout=300)
    # exit 1 when the broken line failed in this run, 0 when an earlier (killed) run had recorded it
    assert finished.returncode in (0, 1) and "stored" in finished.stderr, finished.stderr
    where = f"seed {seed}, killed with {killed_at} inputs done"
    with Store.open(db) as store:
        counts = store.counts()
        assert counts["inputs"] == total, where
        assert counts["appearances"] == total - 1, where
        assert counts["articles"] == total - 2, where  # the duplicate text is one article
        assert len(store.failures()) == 1 and "invalid JSON on line" in store.failures()[0].reason, where
        assert store.integrity_check() == "ok", where
        fts = store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == counts["articles"], where
        assert store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')") is not None
        ids = [r[0] for r in store.conn.execute("SELECT source FROM appearances")]
        assert len(ids) == len(set(ids)), where


def test_ingest_killed_at_random_points_stores_each_article_once(tmp_path: Path):
    kill_and_resume(tmp_path, kills=3, seed=random.randrange(10**6))


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 22, 33])
def test_ingest_killed_many_times_stores_each_article_once(tmp_path: Path, seed: int):
    kill_and_resume(tmp_path, kills=8, seed=seed)


def test_ingest_second_writer_refuses_or_waits(tmp_path: Path):
    source = generate(5, seed=1, chains=0, partials=0).write(tmp_path / "c.jsonl")
    db = tmp_path / "c.db"
    Store.open(db).close()
    with ingest_lock(db):
        with pytest.raises(StoreBusy, match="another ingest"):
            run_local([source], db, components=COMPONENTS)
        result = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db), "--components", "language.v1"])
        assert result.exit_code == 1 and "another ingest" in result.output
        done: list[int] = []
        waiter = threading.Thread(target=lambda: done.append(run_local([source], db, components=COMPONENTS,
                                                                       wait=True).stored))
        waiter.start()
        time.sleep(0.5)
        assert done == []  # still waiting for the lock
    waiter.join(timeout=60)
    assert done == [5]


def test_ingest_truncated_gzip_keeps_the_readable_part(tmp_path: Path):
    corpus = generate(40, seed=2, chains=0, partials=0)
    whole = corpus.write(tmp_path / "whole.jsonl.gz").read_bytes()
    damaged = tmp_path / "damaged.jsonl.gz"
    damaged.write_bytes(whole[: len(whole) // 2])
    db = tmp_path / "d.db"
    result = CliRunner().invoke(cli, ["ingest", str(damaged), "--db", str(db), "--components", "language.v1"])
    assert result.exit_code == 1
    with Store.open(db) as store:
        stored = store.counts()["articles"]
        (failure,) = store.failures()
    assert 5 < stored < 40
    assert f"damaged.jsonl.gz:{stored + 1}" in failure.source and "truncated gzip data" in failure.reason
    listed = CliRunner().invoke(cli, ["failures", "--db", str(db), "--format", "csv"])
    assert listed.exit_code == 0 and f"line {stored + 1}" in listed.output


def test_ingest_with_worker_processes(tmp_path: Path):
    corpus = generate(12, seed=4, chains=0, partials=0)
    source = corpus.write(tmp_path / "c.jsonl")
    report = run_local([source], tmp_path / "w.db", components=COMPONENTS, workers=2)
    assert report.stored == 12 and report.failed == 0
    with Store.open(tmp_path / "w.db") as store:
        assert store.counts()["articles"] == 12


def snapshot(db: Path) -> tuple[dict[str, object], list[tuple[object, ...]], list[tuple[object, ...]]]:
    with Store.open(db) as store:
        results = {r.article.id: r for r in store.iter_results()}
        places = sorted((a.source, a.outlet, a.url, a.published) for a in store.appearances())
        failed = sorted((f.source, f.reason) for f in store.failures())
    return results, places, failed


def test_dask_local_cluster_ingest_equals_local_ingest(tmp_path: Path):
    from spinscope.batch.dask_runner import run_dask, split_batches

    corpus = generate(30, seed=9, chains=2, partials=1)
    source = corpus.write(tmp_path / "c.jsonl")
    with source.open("a") as fh:
        fh.write('{"title": "no text"}\n')
    local = run_local([source], tmp_path / "local.db", components=COMPONENTS)
    threads_before = os.environ.get("OMP_NUM_THREADS")
    report = run_dask([source], tmp_path / "dask.db", components=COMPONENTS, workers=2, batch=8)
    assert os.environ.get("OMP_NUM_THREADS") == threads_before  # the LocalCluster's setting stays with it
    assert (report.stored, report.failed) == (local.stored, local.failed) == (len(corpus.records), 1)
    assert snapshot(tmp_path / "dask.db") == snapshot(tmp_path / "local.db")
    shards = sorted((tmp_path / "dask.db.shards").glob("part-*.parquet"))
    inputs = len(corpus.records) + 1
    assert len(shards) == len(split_batches(list(range(inputs)), 2, 8)) > 2  # type: ignore[arg-type]
    # the shards load into another store the same way
    result = CliRunner().invoke(cli, ["import-parquet", str(tmp_path / "dask.db.shards"), "--db",
                                      str(tmp_path / "imported.db")])
    assert result.exit_code == 0, result.output
    imported = snapshot(tmp_path / "imported.db")
    assert imported[0] == snapshot(tmp_path / "local.db")[0]


def test_dask_streams_a_large_ingest_in_bounded_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """More articles than the window (BATCHES_PER_WORKER batches per worker): batches of ``batch`` are sent
    as earlier ones come back, and the store equals a local ingest."""
    from spinscope.batch import dask_runner

    corpus = generate(30, seed=9, chains=2, partials=1)
    source = corpus.write(tmp_path / "c.jsonl")
    local = run_local([source], tmp_path / "local.db", components=COMPONENTS)
    sizes: list[int] = []
    real = dask_runner.import_parquet

    def counting(store, paths, **kwargs):
        loaded = real(store, paths, **kwargs)
        sizes.append(loaded.inputs)
        return loaded

    monkeypatch.setattr(dask_runner, "import_parquet", counting)
    report = dask_runner.run_dask([source], tmp_path / "dask.db", components=COMPONENTS, workers=2, batch=2)
    assert report.stored == local.stored == len(corpus.records)
    assert snapshot(tmp_path / "dask.db") == snapshot(tmp_path / "local.db")
    n = len(corpus.records)
    assert n > 2 * 2 * dask_runner.BATCHES_PER_WORKER  # more than the window: the streaming path
    assert sorted(sizes) == sorted([2] * (n // 2) + [1] * (n % 2))


def test_import_parquet_refuses_other_files(tmp_path: Path):
    bogus = tmp_path / "bogus.parquet"
    bogus.write_bytes(gzip.compress(b"not parquet"))
    result = CliRunner().invoke(cli, ["import-parquet", str(bogus), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "not a Parquet file" in result.output


def test_ingest_is_resumable_in_process(tmp_path: Path):
    corpus = generate(10, seed=5, chains=0, partials=0)
    source = corpus.write(tmp_path / "c.jsonl")
    first = run_local([source], tmp_path / "r.db", components=COMPONENTS)
    again = run_local([os.path.relpath(source)], tmp_path / "r.db", components=COMPONENTS)
    assert (first.stored, again.stored, again.skipped) == (10, 0, 10)


@pytest.mark.parametrize(("articles", "workers", "expected"), [(20, 2, 7), (20, 1, 4), (1000, 2, 32), (1, 4, 1)])
def test_dask_batches_keep_every_worker_busy(articles: int, workers: int, expected: int) -> None:
    from spinscope.batch.dask_runner import split_batches
    from spinscope.document import ArticleInput

    todo = [ArticleInput(text=f"article {i}") for i in range(articles)]
    batches = split_batches(todo, workers)
    assert len(batches) == expected
    assert [item.text for b in batches for item in b] == [item.text for item in todo]  # nothing lost or reordered
    assert len(batches) >= min(articles, workers)


def test_limit_threads_sets_torch_threads() -> None:
    import torch

    from spinscope.batch.local import limit_threads, threads_per_worker

    before = torch.get_num_threads()
    try:
        limit_threads(1)
        assert torch.get_num_threads() == 1 and os.environ["OMP_NUM_THREADS"] == "1"
    finally:
        torch.set_num_threads(before)
    assert threads_per_worker(os.cpu_count() or 1) == 1 and threads_per_worker(1) == (os.cpu_count() or 1)
