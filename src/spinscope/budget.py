"""A hard budget of time and memory for the analysis of one article.

The pipeline runs its components under a watchdog thread. When the article's time is up (CPU time by
default, wall-clock time in the server as well), or the process's
resident memory has grown by more than the article's allowance since the article started, the watchdog raises
:class:`BudgetInterrupt` in the analysing thread (CPython's ``PyThreadState_SetAsyncExc``), which unwinds the
running component at its next Python instruction; the pipeline turns it into
:class:`~spinscope.errors.AnalysisBudgetExceeded`, so that one article fails with a clear error and the rest of
a batch goes on. This works in any thread (the server analyses in a worker thread, where ``signal.alarm``
cannot reach), and it needs no second process, so the models stay loaded once.

The interrupt lands between Python instructions, never inside one call into C: a single spaCy or torch call
finishes first. That is why every component also works in bounded windows (spaCy parses pieces of at most
``MAX_PARSE_CHARS`` in batches of ``PARSE_BATCH_CHARS``): no single C call grows with the article.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .settings import (
    BUDGET_BASE_SECONDS,
    BUDGET_MEMORY_MB,
    BUDGET_POLL_SECONDS,
    BUDGET_SECONDS_PER_MB,
)

#: Environment variables that override the default budget (in the CLI, ingest, its worker processes and the
#: server alike); ``0`` or ``off`` turns that limit off.
ENV_SECONDS = "SPINSCOPE_ARTICLE_SECONDS"
ENV_MEMORY_MB = "SPINSCOPE_ARTICLE_MEMORY_MB"


class BudgetInterrupt(BaseException):
    """Raised asynchronously in the analysing thread. A BaseException, so that a component's ``except
    Exception`` cannot swallow it."""


@dataclass(frozen=True)
class Budget:
    """Limits for one article (None: no limit): ``cpu_seconds`` of this process's CPU time, wall-clock
    ``seconds``, and ``memory_mb`` of growth in resident memory.

    The default limits time in CPU seconds, which measure the work an article costs whatever else the
    machine runs. On the shared development machine, under a load average of 25, a wall-clock budget of 180 s
    stopped an ordinary 100 kB article after 42 s of CPU time; it needs 83. The server adds wall-clock
    ``seconds``, its ``--timeout``.
    """

    cpu_seconds: float | None = None
    seconds: float | None = None
    memory_mb: float | None = None

    @classmethod
    def for_text(cls, chars: int) -> Budget:
        """The default budget for a text of ``chars`` characters: a base CPU time plus an allowance per MB, so a
        long article that is merely long finishes, while a component gone superlinear is stopped; the
        environment variables override either part."""
        cpu: float | None = BUDGET_BASE_SECONDS + BUDGET_SECONDS_PER_MB * chars / 1_000_000
        return cls(cpu_seconds=_env_limit(ENV_SECONDS, cpu), memory_mb=_env_limit(ENV_MEMORY_MB, BUDGET_MEMORY_MB))

    def tightened(self, seconds: float | None) -> Budget:
        """This budget with at most ``seconds`` of wall-clock time (the server's request timeout)."""
        if seconds is None:
            return self
        return Budget(cpu_seconds=self.cpu_seconds, memory_mb=self.memory_mb,
                      seconds=seconds if self.seconds is None else min(self.seconds, seconds))

    def limits_nothing(self) -> bool:
        return self.cpu_seconds is None and self.seconds is None and self.memory_mb is None


def _env_limit(name: str, default: float | None) -> float | None:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("0", "off", "none"):
        return None
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 else None


def resident_mb() -> float:
    """This process's resident memory in MB (0 where /proc is absent: the memory limit is then not checked)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _malloc_trim() -> object | None:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to release
        return None


_TRIM = _malloc_trim()


def release_memory() -> None:
    """Give the heap memory freed so far back to the system (glibc's ``malloc_trim``; nothing elsewhere).

    A long article's components free much of what they allocate (encoder windows and batches, per-piece
    lists), but glibc keeps freed blocks between live ones, so resident memory only grows: on 100 and then 200 kB
    of news text the technique tagger left 160 and 145 MB more resident after it returned, 30 and 70 MB with a
    trim after each component. The pipeline calls this between components of long articles only (it takes a few
    milliseconds and is not needed for normal ones)."""
    if _TRIM is not None:
        _TRIM(0)  # type: ignore[operator]


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in the thread at its next Python instruction; None clears a pending one (NULL)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


class Watchdog:
    """Watches one thread against a :class:`Budget`; ``reason`` says which limit fired ("time" or "memory"), if
    one did, and ``detail`` how."""

    def __init__(self, budget: Budget, thread_id: int) -> None:
        self.budget, self.thread_id = budget, thread_id
        self.reason: str | None = None
        self.detail = ""
        self.where: str | None = None  # set by the caller: the component running
        self.peak_mb = 0.0
        self._lock = threading.Lock()
        self._active = True
        self._stopped = threading.Event()
        self._started = time.monotonic()
        self._cpu_started = time.process_time()
        self._base_mb = resident_mb()
        self._thread = threading.Thread(target=self._watch, name="spinscope-budget", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def _watch(self) -> None:
        budget = self.budget
        while not self._stopped.wait(BUDGET_POLL_SECONDS):
            reason = detail = None
            if budget.seconds is not None and self.elapsed() > budget.seconds:
                reason, detail = "time", f"{budget.seconds:g} s"
            elif budget.cpu_seconds is not None and time.process_time() - self._cpu_started > budget.cpu_seconds:
                reason, detail = "time", f"{budget.cpu_seconds:g} s of CPU time"
            elif budget.memory_mb is not None:
                grown = resident_mb() - self._base_mb
                self.peak_mb = max(self.peak_mb, grown)
                if grown > budget.memory_mb:
                    reason, detail = "memory", f"{budget.memory_mb:,.0f} MB (resident memory grew by {grown:,.0f} MB)"
            if reason is not None and detail is not None:
                with self._lock:
                    if self._active:
                        self.reason, self.detail = reason, detail
                        self._active = False
                        _set_async_exc(self.thread_id, BudgetInterrupt)
                return

    def stop(self) -> None:
        """Stop watching; clear an interrupt that fired but has not been raised yet."""
        self._stopped.set()
        with self._lock:
            fired = self.reason is not None and not self._active
            self._active = False
            if fired:
                _set_async_exc(self.thread_id, None)  # clears an interrupt not raised yet


@contextmanager
def watched(budget: Budget | None) -> Iterator[Watchdog | None]:
    """Run the block under ``budget`` in this thread; BudgetInterrupt leaves the block when a limit fires.

    The caller must catch BudgetInterrupt *around* this context manager too: the interrupt may land while
    the block is already leaving.
    """
    if budget is None or budget.limits_nothing():
        yield None
        return
    dog = Watchdog(budget, threading.get_ident())
    dog.start()
    try:
        yield dog
    finally:
        dog.stop()
