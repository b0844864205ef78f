from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from benchmarks.generate import articles
from benchmarks.load import free_port

from .conftest import ROOT


def test_benchmarks_generator_is_deterministic():
    assert articles(5) == articles(5)
    assert articles(5, seed=1) != articles(5)
    assert all(len(a["text"].split()) > 150 for a in articles(5))


@pytest.mark.slow
def test_benchmarks_suite_runs_in_reduced_size():
    args = ["--articles", "4", "--sizes", "2", "--runs", "1", "--compare", "2", "--dask", "4", "--profile", "2",
            "--no-write"]
    done = subprocess.run([sys.executable, "-m", "benchmarks", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "warm latency per article" in done.stdout and "x the floor" in done.stdout
    assert "the throughput**" in done.stdout and "Top costs, warm, 2 articles" in done.stdout


def test_free_port_is_bindable_and_outside_the_ephemeral_range():
    for _ in range(20):
        port = free_port()
        assert 20000 <= port < 32000  # below 32768: no other process's port-0 bind can be handed it meanwhile
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))
