"""Batch ingestion into a corpus store: read, analyse (in this process or a pool of workers), store.

Ingestion is resumable, by content. Each input item (a file, or a line of JSON Lines) is keyed by the sha256
of where it was read (the file, or ``-`` for stdin) and its bytes, never by its path alone: new content at a
known path, or a second feed piped to stdin, is always analysed, and the same content again is skipped. An
article, its appearance and the item's entry in the ledger ``inputs`` are written in one transaction, so a run
killed at any moment (even SIGKILL) leaves every input either wholly stored or untouched, and a re-run skips
what is done. Inputs are streamed: an item is read when the one before it has been analysed (a window of
them with worker processes), so memory does not grow with the size of the input. Only one ingest writes to
a store at a time: the second waits for the first (``wait=True``) or stops with StoreBusy.
"""

from __future__ import annotations

import fcntl
import hashlib
import itertools
import json
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
from ..errors import ComponentError, SpinscopeError, StoreBusy
from ..ingest.readers import IngestFailure, iter_paths
from ..result import ArticleAnalysis
from ..settings import DEFAULT_MAX_BYTES

#: Articles handed to a worker process at a time.
POOL_CHUNKSIZE = 4
#: Articles read ahead per worker process: the window of a streamed ingest (bounded memory).
POOL_WINDOW = 16

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


def input_key(item: ArticleInput | IngestFailure) -> str:
    """The content key of an input item: the reader's digest, else sha256 of its source, text and metadata."""
    if item.digest:
        return item.digest
    if isinstance(item, IngestFailure):
        parts: list[str | None] = [item.source, item.message]
    else:
        parts = [item.source, item.input_format, item.text, item.title, item.url, item.outlet, item.author,
                 item.published, item.id]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8", errors="surrogatepass")).hexdigest()


def iter_pending(
    store: Store, paths: Iterable[str | Path], *, max_bytes: int, report: IngestReport,
    in_flight: set[str] | None = None,
) -> Iterator[ArticleInput]:
    """Read the inputs one at a time, record the ones that cannot be read, and yield the articles not yet done.

    An item is done when its content key is in the store's ledger (:meth:`Store.is_done`), or in
    ``in_flight`` (handed out in this run and not yet stored). Nothing is read ahead.
    """
    from ..ingest.clean import make_document

    in_flight = set() if in_flight is None else in_flight
    legacy = store.has_legacy_inputs()
    for item in iter_paths(resolve_inputs(paths), max_bytes=max_bytes):
        source = item.source if isinstance(item, IngestFailure) else (item.source or "<input>")
        report.inputs += 1
        key = input_key(item)
        done = key in in_flight or store.is_done(key)
        if not done and legacy and isinstance(item, ArticleInput):
            # a store made before content keys knows this source by path: done when the same text is stored there
            done = store.is_done(key, source=source, article_id=make_document(item).id)
        if done:
            report.skipped += 1
            continue
        if isinstance(item, IngestFailure):
            store.add_failure(source, item.message, code=item.error.code, stage="read", key=key)
            report.failed += 1
            report.failures.append((source, item.message))
        else:
            in_flight.add(key)
            yield item


def pending_items(
    store: Store, paths: Iterable[str | Path], *, max_bytes: int, report: IngestReport,
) -> list[ArticleInput]:
    """Every article of :func:`iter_pending`, in a list (the Dask runner sizes its batches on the whole)."""
    return list(iter_pending(store, paths, max_bytes=max_bytes, report=report))


def store_outcome(store: Store, item: ArticleInput, outcome: Outcome, report: IngestReport) -> None:
    """The one place an analysed (or failed) input goes into the store."""
    source = item.source or "<input>"
    key = input_key(item)
    if isinstance(outcome, ArticleAnalysis):
        report.new_articles += store.add(outcome, appearance_of(item), key=key)
        report.stored += 1
    else:
        store.add_failure(source, outcome.message, code=outcome.code, stage="analyze", key=key)
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


def _init_worker(components: tuple[str, ...] | None, parent: int, threads: int,
                 config_path: str | None = None) -> None:
    global _WORKER_COMPONENTS
    _WORKER_COMPONENTS = components
    from ..config import use

    use(config_path)  # the parent's --config: a spawned worker starts without it
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
    except Exception as exc:  # a defect must cost one article, not the batch: recorded with its reason
        return AnalysisFailure(item.source or "<input>", ComponentError.code,
                               f"{item.source or '<input>'}: analysis failed: {type(exc).__name__}: {exc} "
                               f"[{ComponentError.code}]")


def _analyze_in_worker(item: ArticleInput) -> tuple[ArticleInput, Outcome]:
    return item, analyze_item(item, _WORKER_COMPONENTS)


def run_local(
    paths: Iterable[str | Path], db: str | Path, *, components: Iterable[str] | None = None, workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES, retry_failed: bool = False, wait: bool = False,
    on_total: Callable[[int], None] | None = None, on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every article under ``paths`` into the store at ``db`` (created when absent).

    ``workers`` > 1 analyses in that many processes; the store is still written by this process alone.
    Inputs are streamed, so the number of articles is known only at the end: ``on_total(n)`` is called once,
    when every input has been read, with the number of articles analysed; ``on_progress(k)`` after each ``k``
    of them. Returns an :class:`IngestReport`.
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
            in_flight: set[str] = set()
            todo = iter_pending(store, paths, max_bytes=max_bytes, report=report, in_flight=in_flight)
            analysed = 0
            if pipeline is not None:
                for item in todo:
                    store_outcome(store, item, analyze_item(item, names), report)
                    in_flight.discard(input_key(item))
                    analysed += 1
                    if on_progress:
                        on_progress(1)
            else:
                analysed = _run_pool(store, todo, names, workers, report, on_progress, in_flight)
            if on_total:
                on_total(analysed)
    finally:
        store.close()
    report.seconds = time.perf_counter() - started
    return report


def _config_path() -> str | None:
    from ..config import active_path

    path = active_path()
    return str(path) if path is not None else None


def _run_pool(store: Store, todo: Iterator[ArticleInput], names: tuple[str, ...] | None, workers: int,
              report: IngestReport, on_progress: Callable[[int], None] | None, in_flight: set[str]) -> int:
    """Analyse in ``workers`` processes, POOL_WINDOW articles per worker read ahead at most; returns how many."""
    import multiprocessing

    first = next(todo, None)
    if first is None:
        return 0
    analysed = 0
    # spawn, not fork: the parent may hold torch and spaCy state that must not be shared
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker,
                      initargs=(names, os.getpid(), threads_per_worker(workers), _config_path())) as pool:
        # Pool.imap would pull the whole iterator into its task queue: hand it bounded windows instead
        for window in batched(itertools.chain([first], todo), POOL_WINDOW * workers):
            for item, outcome in pool.imap_unordered(_analyze_in_worker, window, chunksize=POOL_CHUNKSIZE):
                store_outcome(store, item, outcome, report)
                in_flight.discard(input_key(item))
                analysed += 1
                if on_progress:
                    on_progress(1)
    return analysed


def batched(items: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    """Lists of ``size`` items in order (itertools.batched, Python 3.12)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def describe(report: IngestReport) -> dict[str, Any]:
    return {"inputs": report.inputs, "skipped (already done)": report.skipped, "stored": report.stored,
            "new articles": report.new_articles, "failed": report.failed, "seconds": round(report.seconds, 1),
            "articles/s": round(report.rate, 2)}
