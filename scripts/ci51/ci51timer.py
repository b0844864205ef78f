"""pytest plugin: each test's wall and CPU seconds (``time.process_time`` of its worker, setup to teardown; a child
process's CPU is not counted), appended to $CI51_TIMES as the test ends, so a partial run is usable; and each
worker's CPU seconds when its collection ends.

Usage: PYTHONPATH=src:scripts/ci51 CI51_TIMES=/tmp/x.jsonl python -m pytest -p ci51timer -n 2 [files]
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest

_OUT = os.environ.get("CI51_TIMES", "/tmp/ci51/times.jsonl")


def _write(row: dict[str, Any]) -> None:
    row["w"] = os.environ.get("PYTEST_XDIST_WORKER", "m")
    with open(_OUT, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    cpu, wall = time.process_time(), time.perf_counter()
    yield
    _write({"id": item.nodeid, "cpu": round(time.process_time() - cpu, 4),
            "wall": round(time.perf_counter() - wall, 4)})


def pytest_collection_finish(session: pytest.Session) -> None:
    _write({"collected": len(session.items), "cpu_at_collect": round(time.process_time(), 2)})
