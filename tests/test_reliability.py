"""Reliability under load and faults: the server under concurrent requests, and SIGKILLed while storing."""

from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from pathlib import Path

import pytest
from benchmarks.generate import articles
from benchmarks.load import free_port, request, run_load, start_server, wait_ready

from spinscope.corpus import Store

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
