"""Scale-out: the same analysis on a Dask distributed cluster, results in Parquet shards, then into the store.

The client (this process) reads the inputs and skips what the store already holds, exactly as the local
runner does, streaming them: a batch is read when one comes back. Batches of articles go to the workers;
each worker analyses its batch with the same pipeline and returns one Parquet shard (as bytes, so workers
need no shared file system). The client writes each shard to the shard folder atomically
(``part-NNNNN.parquet``) and loads it into the store with :func:`import_parquet`, which
``spinscope import-parquet`` also runs on shards made elsewhere.
"""

from __future__ import annotations

import itertools
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..corpus.store import Appearance, Store
from ..document import ArticleInput
from ..errors import SpinscopeError, UnsupportedInput
from ..ingest.readers import IngestFailure
from ..result import ArticleAnalysis
from ..settings import DEFAULT_MAX_BYTES
from .local import (
    AnalysisFailure,
    IngestReport,
    _config_path,
    analyze_item,
    batched,
    check_components,
    ingest_lock,
    input_key,
    iter_pending,
    kept_thread_settings,
    limit_threads,
    threads_per_worker,
)

if TYPE_CHECKING:
    import pyarrow as pa

#: Articles per Dask task (and per Parquet shard).
DASK_BATCH = 32
#: A batch is made smaller when there are fewer than this many batches per worker.
BATCHES_PER_WORKER = 4

#: Workers of the LocalCluster started when no scheduler address is given.
LOCAL_CLUSTER_WORKERS = 2

SHARD_COLUMNS = ("source", "outlet", "url", "published", "article_id", "result", "error_code", "error")
#: Columns of shards written since content keys (issue 21); shards without them still load.
OPTIONAL_SHARD_COLUMNS = ("key",)


def shard_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in SHARD_COLUMNS + OPTIONAL_SHARD_COLUMNS])


def analyze_batch(items: Sequence[ArticleInput], components: tuple[str, ...] | None,
                  threads: int | None = None, config_path: str | None = None) -> bytes:
    """Analyse a batch (on a worker) and return it as one Parquet file, as bytes.

    ``threads`` caps the worker's numeric threads (a LocalCluster shares this machine's cores between its
    workers); None leaves a remote worker's own setting alone. ``config_path`` is the client's spinscope.toml
    (its ``--config``, ``SPINSCOPE_CONFIG`` or working-directory file), which a worker must be able to read.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..config import use

    if config_path is not None:
        use(config_path)

    if threads:
        limit_threads(threads)

    rows: list[dict[str, Any]] = []
    for item in items:
        outcome = analyze_item(item, components)
        row: dict[str, Any] = {"source": item.source or "<input>", "outlet": item.outlet, "url": item.url,
                               "published": item.published, "article_id": None, "result": None,
                               "error_code": None, "error": None, "key": input_key(item)}
        if isinstance(outcome, ArticleAnalysis):
            row["article_id"] = outcome.article.id
            row["result"] = outcome.model_dump_json()
        else:
            row["error_code"], row["error"] = outcome.code, outcome.message
        rows.append(row)
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=shard_schema()), sink, compression="zstd")
    return bytes(sink.getvalue().to_pybytes())


def split_batches(todo: Sequence[ArticleInput], n_workers: int, batch: int = DASK_BATCH
                  ) -> list[Sequence[ArticleInput]]:
    """Batches of at most ``batch`` articles, and at least BATCHES_PER_WORKER per worker when there are enough
    articles: one 32-article batch for a 20-article ingest would leave every worker but one idle."""
    size = max(1, min(batch, math.ceil(len(todo) / (BATCHES_PER_WORKER * max(1, n_workers)))))
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def write_shard(data: bytes, folder: Path, number: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"part-{number:05d}.parquet"
    tmp = path.with_suffix(".parquet.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # atomic: a shard is whole or absent
    return path


def import_parquet(store: Store, paths: Iterable[str | Path], *, report: IngestReport | None = None) -> IngestReport:
    """Load Parquet shards (written by the Dask runner) into the store; sources already stored are skipped.

    Raises UnsupportedInput for a file that is not such a shard (nothing from it is stored).
    """
    import pyarrow.parquet as pq

    report = report or IngestReport()
    for path in paths:
        try:
            table = pq.read_table(path)
        except Exception as exc:  # pyarrow raises several types for files that are not Parquet
            raise UnsupportedInput(f"not a Parquet file: {exc}", source=str(path)) from exc
        missing = [c for c in SHARD_COLUMNS if c not in table.column_names]
        if missing:
            raise UnsupportedInput(f"not a spinscope shard (missing columns: {', '.join(missing)})",
                                   source=str(path))
        rows = table.to_pylist()
        with store.transaction():  # one shard, one transaction
            for row in rows:
                report.inputs += 1
                source = row["source"]
                appearance = Appearance(source=source, outlet=row["outlet"], url=row["url"],
                                        published=row["published"])
                failure = AnalysisFailure(source, row["error_code"] or "E000", row["error"] or "failed")
                # the item's content key; a shard written before keys: the appearance's (or the failure's)
                key = row.get("key") or (appearance.key(row["article_id"]) if row["result"] is not None
                                         else input_key(IngestFailure(source, SpinscopeError(failure.message))))
                if store.is_done(key):
                    report.skipped += 1
                    continue
                if row["result"] is not None:
                    result = ArticleAnalysis.model_validate_json(row["result"])
                    report.new_articles += store.add(result, appearance, key=key)
                    report.stored += 1
                else:
                    store.add_failure(source, failure.message, code=failure.code, stage="analyze", key=key)
                    report.failed += 1
                    report.failures.append((source, failure.message))
    return report


def run_dask(
    paths: Iterable[str | Path], db: str | Path, *, components: Iterable[str] | None = None,
    scheduler: str | None = None, workers: int = LOCAL_CLUSTER_WORKERS, shards: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, retry_failed: bool = False, wait: bool = False, batch: int = DASK_BATCH,
    on_total: Callable[[int], None] | None = None, on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest on a Dask cluster: ``scheduler`` is its address (``tcp://host:8786``), or None for a LocalCluster
    of ``workers`` processes. Shards go to ``shards`` (default ``<db>.shards/``). Inputs are streamed (see
    :func:`_stream_batches`); ``on_total(n)`` is called at the end with the number of articles sent."""
    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    names = tuple(components) if components is not None else None
    check_components(names)
    shard_dir = Path(shards) if shards else Path(f"{db}.shards")
    store = Store.open(db)
    report = IngestReport(migrated=store.migrated)
    try:
        with ingest_lock(db, wait=wait):
            if retry_failed:
                store.forget_failed_inputs()
            in_flight: set[str] = set()
            todo = iter_pending(store, paths, max_bytes=max_bytes, report=report, in_flight=in_flight)
            head = list(itertools.islice(todo, 1))
            analysed = 0
            if head:
                cluster = None
                threads: int | None = None
                if scheduler:
                    client = Client(scheduler)
                    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
                else:
                    with kept_thread_settings():
                        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None)
                    client = Client(cluster)
                    n_workers, threads = workers, threads_per_worker(workers)
                try:
                    analysed = _stream_batches(client, store, itertools.chain(head, todo), n_workers, batch,
                                               names, threads, shard_dir, report, in_flight, on_progress)
                finally:
                    client.close()
                    if cluster is not None:
                        cluster.close()
            if on_total:
                on_total(analysed)
    finally:
        store.close()
    report.seconds = time.perf_counter() - started
    return report


def _stream_batches(client: Any, store: Store, todo: Iterator[ArticleInput], n_workers: int, batch: int,
                    names: tuple[str, ...] | None, threads: int | None, shard_dir: Path, report: IngestReport,
                    in_flight: set[str], on_progress: Callable[[int], None] | None) -> int:
    """Send the articles to the cluster in batches, at most BATCHES_PER_WORKER per worker in flight, reading
    the next batch only when one comes back; returns how many articles were sent.

    A small ingest (fewer articles than fill the window) is split with :func:`split_batches` as before, so
    every worker gets some; a larger one streams in batches of ``batch``.
    """
    from dask.distributed import as_completed

    config_path = _config_path()
    window = BATCHES_PER_WORKER * max(1, n_workers)
    first = list(itertools.islice(todo, window * batch))
    batches: Iterator[Sequence[ArticleInput]] = (
        iter(split_batches(first, n_workers, batch)) if len(first) < window * batch
        else itertools.chain((first[i:i + batch] for i in range(0, len(first), batch)), batched(todo, batch)))
    number = itertools.count(_next_shard_number(shard_dir))
    shards: dict[str, tuple[int, list[str]]] = {}
    running = as_completed()
    sent = 0

    def submit() -> None:
        nonlocal sent
        items = next(batches, None)
        if items is None:
            return
        future = client.submit(analyze_batch, items, components=names, threads=threads, config_path=config_path,
                               pure=False)
        shards[future.key] = (next(number), [input_key(item) for item in items])
        sent += len(items)
        running.add(future)

    for _ in range(window):
        submit()
    for future in running:
        shard_number, keys = shards.pop(future.key)
        shard = write_shard(future.result(), shard_dir, shard_number)
        loaded = import_parquet(store, [shard])
        in_flight.difference_update(keys)
        report.stored += loaded.stored
        report.new_articles += loaded.new_articles
        report.failed += loaded.failed
        report.failures += loaded.failures
        if on_progress:
            on_progress(loaded.stored + loaded.failed + loaded.skipped)
        submit()
    return sent


def _next_shard_number(folder: Path) -> int:
    numbers = [int(p.stem.split("-")[1]) for p in folder.glob("part-*.parquet") if p.stem.split("-")[1].isdigit()]
    return max(numbers, default=-1) + 1
