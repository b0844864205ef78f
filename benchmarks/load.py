"""Load test of `spinscope serve` on 127.0.0.1: concurrent analyze-and-store and search requests.

    python -m benchmarks.load [--requests 200] [--concurrency 4] [--seconds 300] [--components NAMES] [--write]

Starts a server on a free loopback port with a fresh store, sends a bounded number of requests (stopping
at the count or the time limit, whichever comes first), then checks that every article the server
acknowledged is in the store exactly once. Reports throughput, latency p50/p95, errors by status, and the
server's memory (RSS) over the run. With --write, the table goes into docs/RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .__main__ import commit, replace_section
from .generate import articles

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "RELIABILITY.md"
SEARCH_WORDS = ["border", "sanctions", "talks", "minister", "grain", "NATO", "energy", "'; DROP TABLE x; --"]


@dataclass
class Outcome:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"analyze": [], "search": []})
    statuses: Counter[str] = field(default_factory=Counter)
    acknowledged: list[str] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


#: Ports handed to a server started later, below Linux's ephemeral range (32768-60999): a port the kernel gave out
#: for another process's bind to port 0 (a Dask worker in a parallel test) was taken in the seconds between
#: ``free_port`` and the server's own bind, and the server's health check read Dask's reply.
FREE_PORTS = range(20000, 32000)


def free_port() -> int:
    """A loopback port free now, outside the ephemeral range that other processes' port-0 binds draw from."""
    rng = random.SystemRandom()
    for _ in range(200):
        port = rng.choice(FREE_PORTS)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as sock:  # every try taken: any port the kernel gives
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request(url: str, *, data: bytes | None = None, content_type: str = "application/json",
            timeout: float = 120.0) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:  # loopback only
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def start_server(db: Path, port: int, components: str | None) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "spinscope", "serve", "--db", str(db), "--port", str(port)]
    if components:
        cmd += ["--components", components]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, process: subprocess.Popen[bytes], timeout: float = 300.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read().decode()[-2000:] if process.stderr else ''}")
        try:
            if request(base + "/api/health", timeout=2)[0] == 200:
                return
        except (OSError, http.client.HTTPException):
            pass  # not up yet (or another program's reply: the server's exit then says why)
        time.sleep(0.2)
    raise RuntimeError("server did not become ready")


def run_load(*, requests: int, concurrency: int, seconds: float, components: str | None) -> dict[str, object]:
    import psutil

    docs = articles(requests, seed=11)
    outcome = Outcome()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port, components)
        try:
            wait_ready(base, server)
            proc = psutil.Process(server.pid)
            todo = list(enumerate(docs))
            todo_lock = threading.Lock()
            started = time.perf_counter()
            stop = threading.Event()

            def sample_memory() -> None:
                while not stop.is_set():
                    outcome.rss_mb.append(proc.memory_info().rss / 2**20)
                    stop.wait(0.5)

            def worker(seed: int) -> None:
                rng = random.Random(seed)
                while time.perf_counter() - started < seconds:
                    with todo_lock:
                        if not todo:
                            return
                        i, doc = todo.pop()
                    if i % 3 == 2:  # one request in three is a search
                        kind = "search"
                        query = urllib.parse.quote(rng.choice(SEARCH_WORDS))
                        t0 = time.perf_counter()
                        status, _ = request(f"{base}/api/search?q={query}")
                    else:
                        kind = "analyze"
                        body = json.dumps({"text": f"{doc['title']}\n\n{doc['text']}", "outlet": doc["outlet"],
                                           "published": doc["published"], "store": True}).encode()
                        t0 = time.perf_counter()
                        status, payload = request(f"{base}/api/analyze", data=body)
                    elapsed = time.perf_counter() - t0
                    with outcome.lock:
                        outcome.latencies[kind].append(elapsed)
                        outcome.statuses[f"{kind} {status}"] += 1
                        if kind == "analyze" and status == 200:
                            outcome.acknowledged.append(json.loads(payload)["article"]["id"])

            sampler = threading.Thread(target=sample_memory, daemon=True)
            sampler.start()
            threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
            stop.set()
            sampler.join()
            lost = [a for a in outcome.acknowledged if request(f"{base}/api/articles/{a}")[0] != 200]
        finally:
            server.terminate()
            server.wait(timeout=30)
        from spinscope.corpus import Store

        with Store.open(db, readonly=True) as store:
            counts = store.counts()
            integrity = store.integrity_check()
    done = sum(outcome.statuses.values())
    all_latencies = outcome.latencies["analyze"] + outcome.latencies["search"]

    def q(values: list[float], p: int) -> float:
        return statistics.quantiles(values, n=100)[p - 1] * 1000 if len(values) >= 2 else float("nan")

    return {
        "requests": done, "concurrency": concurrency, "wall_s": wall, "throughput": done / wall,
        "analyze_p50_ms": q(outcome.latencies["analyze"], 50), "analyze_p95_ms": q(outcome.latencies["analyze"], 95),
        "search_p50_ms": q(outcome.latencies["search"], 50), "search_p95_ms": q(outcome.latencies["search"], 95),
        "all_p95_ms": q(all_latencies, 95),
        "statuses": dict(outcome.statuses),
        "server_errors": sum(n for k, n in outcome.statuses.items() if k.split()[1].startswith("5")),
        "acknowledged": len(set(outcome.acknowledged)), "lost_writes": len(lost),
        "stored_articles": counts["articles"], "integrity": integrity,
        "rss_start_mb": outcome.rss_mb[0] if outcome.rss_mb else float("nan"),
        "rss_end_mb": outcome.rss_mb[-1] if outcome.rss_mb else float("nan"),
        "rss_max_mb": max(outcome.rss_mb) if outcome.rss_mb else float("nan"),
        "rss_quarter_mb": outcome.rss_mb[len(outcome.rss_mb) // 4] if outcome.rss_mb else float("nan"),
        "rss_half_mb": outcome.rss_mb[len(outcome.rss_mb) // 2] if outcome.rss_mb else float("nan"),
        "components": components or "all built-in",
    }


def api_latency(requests: int, components: str | None) -> dict[str, float]:
    """Warm latency of `POST /api/analyze` for one ~800-word article, sequential requests to a real server."""
    docs = articles(4, seed=21)
    text = "\n".join(d["text"] for d in docs)
    words = text.split()
    body = json.dumps({"text": "Latency probe\n\n" + " ".join(words[:800])}).encode()
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(Path(tmp) / "latency.db", port, components)
        try:
            wait_ready(base, server)
            for _ in range(2):  # warm-up
                request(f"{base}/api/analyze", data=body)
            times = []
            for _ in range(requests):
                t0 = time.perf_counter()
                status, _ = request(f"{base}/api/analyze", data=body)
                times.append(time.perf_counter() - t0)
                if status != 200:
                    raise RuntimeError(f"latency probe answered {status}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    q = statistics.quantiles(times, n=100)
    return {"requests": requests, "p50_ms": statistics.median(times) * 1000, "p95_ms": q[94] * 1000}


def leak_check(passes: int, articles_per_pass: int, components: str | None) -> list[float]:
    """RSS (MB) after each pass of analyzing the same articles in-process: flat after the first pass means
    no memory is kept per request (growth in a server run then comes from new content, not from a leak)."""
    import gc

    import psutil

    from spinscope import load_pipeline
    from spinscope.document import ArticleInput

    pipeline = load_pipeline(components.split(",") if components else None)
    docs = articles(articles_per_pass, seed=3)
    process = psutil.Process()
    rss = []
    for _ in range(passes):
        for doc in docs:
            pipeline(ArticleInput(text=doc["text"]))
        gc.collect()
        rss.append(process.memory_info().rss / 2**20)
    return rss


def write_latency(m: dict[str, float], command: str, components: str | None) -> None:
    section = (f"Measured {dt.date.today().isoformat()} at commit `{commit()}` on {os.cpu_count()} cores with "
               f"`{command}` (components: {components or 'all built-in'}): `POST /api/analyze` of one 800-word "
               f"article, warm, {m['requests']:.0f} sequential requests to `spinscope serve` on 127.0.0.1: "
               f"**p50 {m['p50_ms']:.0f} ms, p95 {m['p95_ms']:.0f} ms**.")
    replace_section(ROOT / "docs" / "BENCHMARKS.md", "api-latency", section, heading="API latency")


def table(m: dict[str, object], command: str) -> str:
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(m["statuses"].items()))  # type: ignore[attr-defined]
    return "\n".join([
        f"Measured {dt.date.today().isoformat()} at commit `{commit()}` on {os.cpu_count()} cores with `{command}` "
        f"(components: {m['components']}).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| requests (2 analyze-and-store : 1 search), concurrency | {m['requests']}, {m['concurrency']} |",
        f"| throughput | {m['throughput']:.2f} requests/s over {m['wall_s']:.0f} s |",
        f"| analyze latency p50 / p95 | {m['analyze_p50_ms']:.0f} ms / {m['analyze_p95_ms']:.0f} ms |",
        f"| search latency p50 / p95 | {m['search_p50_ms']:.0f} ms / {m['search_p95_ms']:.0f} ms |",
        f"| responses by status | {statuses} |",
        f"| 5xx responses | {m['server_errors']} |",
        f"| acknowledged writes lost | {m['lost_writes']} of {m['acknowledged']} "
        f"(store holds {m['stored_articles']}) |",
        f"| store integrity_check | {m['integrity']} |",
        f"| server RSS at start / 25% / 50% / end of the run, and max | {m['rss_start_mb']:.0f} / "
        f"{m['rss_quarter_mb']:.0f} / {m['rss_half_mb']:.0f} / {m['rss_end_mb']:.0f} MB, "
        f"max {m['rss_max_mb']:.0f} MB |",
    ])


def write(section: str) -> None:
    replace_section(DOC, "load", section, heading="Load")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--components", help="comma-separated component names (default: all built-in)")
    parser.add_argument("--write", action="store_true", help="write the table into docs/RELIABILITY.md")
    parser.add_argument("--latency", type=int, default=0, metavar="N",
                        help="instead: warm latency of N analyze requests for one 800-word article "
                             "(written to docs/BENCHMARKS.md with --write)")
    parser.add_argument("--leak-check", type=int, default=0, metavar="PASSES",
                        help="instead: RSS after each of PASSES in-process passes over the same 60 articles")
    args = parser.parse_args()
    command = " ".join(["python -m benchmarks.load", *sys.argv[1:]])
    if args.leak_check:
        rss = leak_check(args.leak_check, 60, args.components)
        print("RSS after each pass over the same 60 articles: " + ", ".join(f"{r:.0f} MB" for r in rss))
        return
    if args.latency:
        latency = api_latency(args.latency, args.components)
        print(f"p50 {latency['p50_ms']:.0f} ms, p95 {latency['p95_ms']:.0f} ms over {args.latency} requests")
        if args.write:
            write_latency(latency, command, args.components)
        return
    measured = run_load(requests=args.requests, concurrency=args.concurrency, seconds=args.seconds,
                        components=args.components)
    section = table(measured, command)
    print(section)
    if args.write:
        write(section)
    if measured["server_errors"] or measured["lost_writes"] or measured["integrity"] != "ok":
        sys.exit(1)


if __name__ == "__main__":
    main()
