"""Batch ingestion into a corpus store: read, analyse (in this process or a pool of workers), store.

Ingestion is resumable. Each input is keyed by its source (``/abs/path`` or ``/abs/path:line``); an article,
its appearance and the source's entry in the ledger ``inputs`` are written in one transaction, so a run
killed at any moment (even SIGKILL) leaves every input either wholly stored or untouched, and a re-run skips
what is done. Only one ingest writes to a store at a time: the second waits for the first (``wait=True``) or
stops with StoreBusy.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..corpus.store import Appearance, Store
from ..document import ArticleInput
from ..errors import SpinscopeError, StoreBusy
from ..ingest.readers import IngestFailure, iter_paths
from ..result import ArticleAnalysis
from ..settings import DEFAULT_MAX_BYTES

#: Articles handed to a worker process at a time.
POOL_CHUNKSIZE = 4

#: How often a pool worker checks that the ingest process that started it is still alive, in seconds.
ORPHAN_CHECK_S = 2.0



@dataclass(frozen=True)
class AnalysisFailure:
    """An input the pipeline rejected (plain data, so it crosses process and machine boundaries)."""

    source: str
    code: str
    message: str


Outcome = ArticleAnalysis | AnalysisFailure


@dataclass
class IngestReport:
    """What one ingest run did."""

    inputs: int = 0
    skipped: int = 0
    stored: int = 0
    new_articles: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    migrated: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


@contextmanager
def ingest_lock(db: str | Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the store's ingest lock (``<db>.lock``, an flock released by the kernel when the process dies)."""
    lock_path = Path(f"{db}.lock")
    fh = lock_path.open("a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise StoreBusy(f"another ingest ({holder}) is writing to this store; wait for it to finish, "
                            "or pass --wait", source=str(db)) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        yield
    finally:
        fh.close()


def check_components(names: Iterable[str] | None) -> None:
    """Raise PipelineConfigError for unknown or misordered component names before any work starts."""
    from ..pipeline import resolve

    if names is not None:
        resolve(names)


def resolve_inputs(paths: Iterable[str | Path]) -> list[str]:
    """Absolute paths (so a source is the same from any working directory); ``-`` stays stdin."""
    return [str(p) if str(p) == "-" else str(Path(p).resolve()) for p in paths]


def appearance_of(item: ArticleInput) -> Appearance:
    return Appearance(source=item.source or "<input>", outlet=item.outlet, url=item.url, published=item.published)


def pending_items(
    store: Store, paths: Iterable[str | Path], *, max_bytes: int, report: IngestReport,
) -> list[ArticleInput]:
    """Read the inputs, record the ones that cannot be read, and return the articles not yet stored."""
    done = store.done_sources()
    todo: list[ArticleInput] = []
    seen: set[str] = set()
    for item in iter_paths(resolve_inputs(paths), max_bytes=max_bytes):
        source = item.source if isinstance(item, IngestFailure) else (item.source or "<input>")
        report.inputs += 1
        if source in done or source in seen:
            report.skipped += 1
            continue
        seen.add(source)
        if isinstance(item, IngestFailure):
            store.add_failure(source, item.message, code=item.error.code, stage="read")
            report.failed += 1
            report.failures.append((source, item.message))
        else:
            todo.append(item)
    return todo


def store_outcome(store: Store, item: ArticleInput, outcome: Outcome, report: IngestReport) -> None:
    """The one place an analysed (or failed) input goes into the store."""
    source = item.source or "<input>"
    if isinstance(outcome, ArticleAnalysis):
        report.new_articles += store.add(outcome, appearance_of(item))
        report.stored += 1
    else:
        store.add_failure(source, outcome.message, code=outcome.code, stage="analyze")
        report.failed += 1
        report.failures.append((source, outcome.message))


# -- worker processes ------------------------------------------------------------------------------------------

_WORKER_COMPONENTS: tuple[str, ...] | None = None


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(ORPHAN_CHECK_S)
        if os.getppid() != parent:  # the ingest was killed: do not linger as an orphan
            os._exit(1)


def threads_per_worker(workers: int) -> int:
    """CPU threads each of ``workers`` analysis processes on this machine should use: its share of the cores."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


@contextmanager
def kept_thread_settings() -> Iterator[None]:
    """Restore the thread environment variables on exit: Dask's LocalCluster sets OMP_NUM_THREADS=1 in the
    calling process (meant for its workers) and leaves it, which would make torch there single-threaded."""
    saved = {k: os.environ.get(k) for k in THREAD_VARS}
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def limit_threads(threads: int) -> None:
    """Make this process's numeric libraries (torch, BLAS) use ``threads`` threads.

    Without it every worker process starts one thread per core, and N workers on N cores fight over them:
    measured, two such workers were no faster than one.
    """
    for var in THREAD_VARS:
        os.environ[var] = str(threads)
    try:
        import torch
    except ImportError:  # pragma: no cover - torch is a dependency; a slim install may lack it
        return
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def _init_worker(components: tuple[str, ...] | None, parent: int, threads: int) -> None:
    global _WORKER_COMPONENTS
    _WORKER_COMPONENTS = components
    limit_threads(threads)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from ..api import load_pipeline

    load_pipeline(components)


def analyze_item(item: ArticleInput, components: tuple[str, ...] | None = None) -> Outcome:
    """Analyse one input; a rejected input (empty after cleaning, invalid result) comes back as a failure."""
    from ..api import load_pipeline

    try:
        return load_pipeline(components)(item)
    except SpinscopeError as exc:
        exc.source = exc.source or item.source
        return AnalysisFailure(item.source or "<input>", exc.code, str(exc))


def _analyze_in_worker(item: ArticleInput) -> tuple[ArticleInput, Outcome]:
    return item, analyze_item(item, _WORKER_COMPONENTS)


def run_local(
    paths: Iterable[str | Path], db: str | Path, *, components: Iterable[str] | None = None, workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES, retry_failed: bool = False, wait: bool = False,
    on_total: Callable[[int], None] | None = None, on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every article under ``paths`` into the store at ``db`` (created when absent).

    ``workers`` > 1 analyses in that many processes; the store is still written by this process alone.
    ``on_total(n)`` is called once with the number of articles to analyse, ``on_progress(k)`` after each
    ``k`` of them. Returns an :class:`IngestReport`.
    """
    from ..api import load_pipeline

    started = time.perf_counter()
    names = tuple(components) if components is not None else None
    check_components(names)
    pipeline = load_pipeline(names) if workers <= 1 else None
    store = Store.open(db)
    report = IngestReport(migrated=store.migrated)
    try:
        with ingest_lock(db, wait=wait):
            if retry_failed:
                store.forget_failed_inputs()
            todo = pending_items(store, paths, max_bytes=max_bytes, report=report)
            if on_total:
                on_total(len(todo))
            if pipeline is not None:
                for item in todo:
                    store_outcome(store, item, analyze_item(item, names), report)
                    if on_progress:
                        on_progress(1)
            elif todo:
                _run_pool(store, todo, names, workers, report, on_progress)
    finally:
        store.close()
    report.seconds = time.perf_counter() - started
    return report


def _run_pool(store: Store, todo: list[ArticleInput], names: tuple[str, ...] | None, workers: int,
              report: IngestReport, on_progress: Callable[[int], None] | None) -> None:
    import multiprocessing

    # spawn, not fork: the parent may hold torch and spaCy state that must not be shared
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker,
                      initargs=(names, os.getpid(), threads_per_worker(workers))) as pool:
        for item, outcome in pool.imap_unordered(_analyze_in_worker, todo, chunksize=POOL_CHUNKSIZE):
            store_outcome(store, item, outcome, report)
            if on_progress:
                on_progress(1)


def describe(report: IngestReport) -> dict[str, Any]:
    return {"inputs": report.inputs, "skipped (already done)": report.skipped, "stored": report.stored,
            "new articles": report.new_articles, "failed": report.failed, "seconds": round(report.seconds, 1),
            "articles/s": round(report.rate, 2)}
