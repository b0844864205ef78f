"""Dask LocalCluster throughput with 1 and 2 workers, the same way `spinscope ingest --engine dask` analyses.

Worker start-up (process spawn, model loading) is timed apart from the analysis: it is paid once per worker
and would otherwise swamp a small article set. The analysis is the runner's own ``analyze_batch`` over the
runner's own batches, with the runner's thread limits.
"""

from __future__ import annotations

import time
from collections.abc import Sequence


def _warm_worker(threads: int) -> None:
    from spinscope.api import load_pipeline
    from spinscope.batch.local import limit_threads

    limit_threads(threads)
    load_pipeline(None)


def dask_seconds(texts: Sequence[str], workers: int, threads: int | None = None) -> tuple[float, float]:
    """(start-up seconds, analysis seconds) of ``texts`` on a fresh LocalCluster of ``workers`` processes,
    each using ``threads`` threads (default: its share of this machine's cores, as the runner does)."""
    from spinscope.batch.local import kept_thread_settings, threads_per_worker

    started = time.perf_counter()
    threads = threads or threads_per_worker(workers)
    with kept_thread_settings():  # a LocalCluster sets OMP_NUM_THREADS=1 here too, and leaves it
        return _run(texts, workers, threads, started)


def _run(texts: Sequence[str], workers: int, threads: int, started: float) -> tuple[float, float]:
    from dask.distributed import Client, LocalCluster, wait

    from spinscope.batch.dask_runner import analyze_batch, split_batches
    from spinscope.document import ArticleInput

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(_warm_worker, threads)
        startup = time.perf_counter() - started
        batches = split_batches([ArticleInput(text=t) for t in texts], workers)
        started = time.perf_counter()
        futures = client.map(analyze_batch, batches, components=None, threads=threads, pure=False)
        wait(futures)
        for future in futures:
            future.result()  # raise a worker's error here rather than report a bogus time
        return startup, time.perf_counter() - started
