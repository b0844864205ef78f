"""Peak memory and CPU time of one `spinscope` process on long and hostile inputs (issue 21, docs/RELIABILITY.md).

    python -m benchmarks.long_inputs news:1 news:2 news:4       # ordinary English news text of 1, 2 and 4 MB
    python -m benchmarks.long_inputs line:4.9 storm:0.2 bomb     # the red team's hostile inputs

Each case writes its input to a temporary folder and runs ``spinscope analyze FILE --format json -o out.json``
(``bomb``: ``spinscope ingest bomb.jsonl.gz --db b.db``) under ``/usr/bin/time -v``, in a process of its own
with the default per-article budget, and prints one Markdown table row: the input, its size, the exit status,
peak RSS ("Maximum resident set size"), CPU seconds (user + sys) and wall seconds. Compare CPU seconds, not
wall time, on a shared machine; run it with ``nice`` there, one case at a time.

Cases (sizes in MB of UTF-8 text, 1 MB = 1,000,000 bytes):

- ``news:N``: generated news-like articles (benchmarks.generate, seed 7) concatenated into one article of N MB,
  one paragraph a line, so every component runs (English, sentences, quotes, actors);
- ``line:N``: ``'word '`` repeated to N MB on one line (no sentence break);
- ``storm:N``: six random words, then ``"`` (60 %) or ``. ``, repeated to N MB on one line: thousands of
  unbalanced quotation marks;
- ``bomb``: a ``.jsonl.gz`` whose first line is ``{"text": "`` + 1 GiB of ``a`` + ``"}`` and whose second is
  an article (gzip level 6, about 1 MB).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generate import article

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
STORM_WORDS = ["the", "minister", "said", "that", "prices", "will", "rise", "and", "officials", "claimed", "it",
               "was", "fine", "according", "to", "experts", "we", "must", "act", "now"]


def news_text(size: int, *, seed: int = 7) -> str:
    """Generated articles, one paragraph a line, concatenated to at least ``size`` characters (ASCII)."""
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        text = article(rng)["text"]
        parts.append(text)
        n += len(text) + 1
    return "\n".join(parts)[:size].rstrip() + "\n"


def storm_text(size: int, *, seed: int = 2) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        chunk = " ".join(rng.choice(STORM_WORDS) for _ in range(6)) + ('" ' if rng.random() < 0.6 else ". ")
        out.append(chunk)
        n += len(chunk)
    return "".join(out)


def write_bomb(path: Path, gib: float = 1.0) -> None:
    """``{"text": "aaa…"}`` of ``gib`` GiB on line 1, one ordinary article on line 2, gzipped (level 6)."""
    block = b"a" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=6) as fh:
        fh.write(b'{"text": "')
        for _ in range(int(gib * 1024)):
            fh.write(block)
        fh.write(b'"}\n')
        fh.write(json.dumps(article(random.Random(1))).encode("utf-8") + b"\n")


def prepare(case: str, folder: Path) -> tuple[str, list[str]]:
    """The input's description and the spinscope arguments that read it."""
    kind, _, size = case.partition(":")
    n = int(float(size or 0) * MB)
    if kind == "news":
        path = folder / f"news{size}.txt"
        path.write_text(news_text(n), encoding="utf-8")
        return f"generated news articles as one article, {n / MB:g} MB", ["analyze", str(path)]
    if kind == "line":
        path = folder / f"line{size}.txt"
        path.write_text(("word " * (n // 5)).rstrip() + "\n", encoding="utf-8")
        return f"`'word '` × {n // 5:,}, one {n / MB:g} MB line", ["analyze", str(path)]
    if kind == "storm":
        path = folder / f"storm{size}.txt"
        text = storm_text(n)
        path.write_text(text + "\n", encoding="utf-8")
        return f"quote storm, {n / MB:g} MB ({text.count(chr(34)):,} unbalanced `\"`)", ["analyze", str(path)]
    if kind == "bomb":
        path = folder / "bomb.jsonl.gz"
        write_bomb(path)
        return "gzip bomb: 1 GiB line in a `.jsonl.gz`, then one article", \
            ["ingest", str(path), "--db", str(folder / "b.db")]
    raise SystemExit(f"unknown case {case!r}: news:N, line:N, storm:N or bomb")


def measure(args: list[str], folder: Path) -> dict[str, float | int]:
    """Exit status, peak RSS (MB), CPU and wall seconds of one spinscope process under /usr/bin/time -v."""
    time_bin = shutil.which("time") if not Path("/usr/bin/time").exists() else "/usr/bin/time"
    if time_bin is None:
        raise SystemExit("GNU time (/usr/bin/time) is needed")
    report = folder / "time.txt"
    out = ["--format", "json", "-o", str(folder / "out.json")] if args[0] == "analyze" else []
    cmd = [time_bin, "-v", "-o", str(report), sys.executable, "-m", "spinscope", *args, *out]
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - started
    text = report.read_text(encoding="utf-8")

    def field(name: str) -> float:
        m = re.search(rf"{re.escape(name)}: ([\d.]+)", text)
        return float(m.group(1)) if m else float("nan")

    if done.returncode != 0:  # the reason (E035 past the budget, E011 for the bomb's first line) on stderr
        sys.stderr.write(done.stderr.decode("utf-8", errors="replace")[-2000:])
    return {"exit": done.returncode, "rss_mb": field("Maximum resident set size (kbytes)") / 1000,
            "cpu_s": field("User time (seconds)") + field("System time (seconds)"), "wall_s": wall}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.long_inputs",
                                     description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("cases", nargs="+", help="news:N, line:N, storm:N (N in MB) or bomb")
    args = parser.parse_args(argv)
    print("| input | command | exit | peak RSS | CPU (user + sys) | wall |")
    print("|---|---|---|---:|---:|---:|")
    for case in args.cases:
        with tempfile.TemporaryDirectory(prefix="spinscope-long-") as tmp:
            folder = Path(tmp)
            described, spin_args = prepare(case, folder)
            figures = measure(spin_args, folder)
            command = "spinscope " + " ".join(Path(a).name if "/" in a else a for a in spin_args)
            if spin_args[0] == "analyze":
                command += " --format json -o out.json"
            print(f"| {described} | `{command}` | {figures['exit']} | {figures['rss_mb']:,.0f} MB "
                  f"| {figures['cpu_s']:.1f} s | {figures['wall_s']:.0f} s |", flush=True)


if __name__ == "__main__":
    main()
