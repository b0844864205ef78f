"""The speed42 checker: spinscope's whole output on every article the golds name, as canonical JSON.

Runs ``spinscope.analyze`` (the default layers and configuration) on

* every article file named in ``tests/gold/*.jsonl`` (Lee background/test files, SemEval-2023/2025 and PTC
  articles: a path under ``../shared`` or ``../lee``), each read by its path, and
* the benchmark's generated articles (``benchmarks.generate.articles(N)``, seed 7), each once as the benchmark
  passes it (the text alone) and once with its title, outlet and date,

and writes one line per article: ``{"key": ..., "out": <ArticleAnalysis as JSON>}`` with sorted keys and the
keys that may change from run to run or branch to branch left out (``provenance``: the version and component
list; ``article.source``: the path as given). An article that raises is written with the error's type and
message instead. The last line holds the count and the sha256 of the lines before it.

Usage (from the worktree root, with ``PYTHONPATH=src``)::

    python scripts/speed42/same.py OUT.jsonl [--generated 20] [--limit N]
    python scripts/speed42/same.py --compare A.jsonl B.jsonl     # exit 1 and the differing keys when unlike
    python scripts/speed42/same.py P0.jsonl --part 0/2 & python scripts/speed42/same.py P1.jsonl --part 1/2
    python scripts/speed42/same.py OUT.jsonl --merge P0.jsonl P1.jsonl   # the same file as one whole run

Byte-identical output of two code versions is what a speed-only change must keep.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
LEE = Path("/work/lee")
GOLD = ROOT / "tests" / "gold"
PATH_RE = re.compile(r'"((?:\.\./lee|\.\./shared|data)/[^"]+\.txt)"')

#: Keys dropped at any depth: run-dependent bookkeeping (none of these is an analysis result).
DROP_ANYWHERE = frozenset({"timings", "timing", "elapsed", "duration", "seconds"})


def gold_paths() -> list[tuple[str, Path]]:
    """Every article file the golds name, as (name as written, file on this machine), sorted, unique."""
    names: set[str] = set()
    for gold in sorted(GOLD.glob("*.jsonl")):
        names.update(PATH_RE.findall(gold.read_text(encoding="utf-8")))
    out = []
    for name in sorted(names):
        if name.startswith("../lee/"):
            path = LEE / name[len("../lee/"):]
        elif name.startswith("../shared/"):
            path = SHARED / name[len("../shared/"):]
        else:
            path = SHARED / name
        out.append((name, path))
    return out


def _canonical(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items() if k not in DROP_ANYWHERE}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    return value


def canonical(result: Any) -> dict[str, Any]:
    data = result.model_dump(mode="json")
    data.pop("provenance", None)
    data.get("article", {}).pop("source", None)
    out: dict[str, Any] = _canonical(data)
    return out


def line(key: str, out: Any) -> str:
    return json.dumps({"key": key, "out": out}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def run(target: Path, generated: int, limit: int | None, part: tuple[int, int] | None = None,
        start: int = 0) -> None:
    from benchmarks.generate import articles

    import spinscope

    jobs: list[tuple[str, Any, dict[str, str]]] = []
    for name, path in gold_paths():
        if not path.is_file():
            sys.exit(f"missing article {path} (named {name} in tests/gold)")
        jobs.append((name, path, {}))
    for d in articles(generated):
        jobs.append((f"{d['id']}:text", d["text"], {}))
        jobs.append((f"{d['id']}:meta", d["text"], {k: d[k] for k in ("title", "outlet", "published")}))
    if limit is not None:
        jobs = jobs[:limit]
    jobs = jobs[start:]
    if part is not None:  # one of n parts, every n-th article; --merge joins them in order
        jobs = jobs[part[0]::part[1]]
    digest = hashlib.sha256()
    started = time.perf_counter()
    with target.open("w", encoding="utf-8") as fh:
        for n, (key, arg, meta) in enumerate(jobs, 1):
            try:
                out: Any = canonical(spinscope.analyze(arg, **meta))
            except Exception as exc:  # recorded, so an error that changes is a difference too
                out = {"error": type(exc).__name__, "message": str(exc)}
            text = line(key, out) + "\n"
            digest.update(text.encode("utf-8"))
            fh.write(text)
            if n % 50 == 0:
                print(f"{n}/{len(jobs)} {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        fh.write(json.dumps({"articles": len(jobs), "sha256": digest.hexdigest()}) + "\n")
    print(f"{len(jobs)} articles, sha256 {digest.hexdigest()}, {time.perf_counter() - started:.0f} s -> {target}")


def merge(target: Path, parts: list[Path]) -> None:
    """Join the part files of ``--part i/n`` (i = 0..n-1, in that order) into the one file a whole run writes."""
    rows = [p.read_text(encoding="utf-8").splitlines()[:-1] for p in parts]
    digest = hashlib.sha256()
    count = 0
    with target.open("w", encoding="utf-8") as fh:
        for k in range(max(len(r) for r in rows)):
            for r in rows:
                if k < len(r):
                    text = r[k] + "\n"
                    digest.update(text.encode("utf-8"))
                    fh.write(text)
                    count += 1
        fh.write(json.dumps({"articles": count, "sha256": digest.hexdigest()}) + "\n")
    print(f"{count} articles, sha256 {digest.hexdigest()} -> {target}")


def _rows(path: Path) -> dict[str, str]:
    """Key -> line of a checker file (a cut-short file's broken last line and the digest line left out)."""
    out = {}
    for x in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(x)
        except json.JSONDecodeError:
            continue
        if "key" in row:
            out[row["key"]] = x
    return out


def compare(a: Path, b: Path, *, subset: bool = False) -> int:
    if subset:
        ka, kb = _rows(a), _rows(b)
        common = sorted(ka.keys() & kb.keys())
        differ = [k for k in common if ka[k] != kb[k]]
        print(f"{'DIFFERENT' if differ else 'identical'}: {len(differ)} of {len(common)} common articles differ")
        for k in differ[:40]:
            print("  ", k)
        return 1 if differ else 0
    if a.read_bytes() == b.read_bytes():
        print(f"identical: {a} == {b}")
        return 0
    la = a.read_text(encoding="utf-8").splitlines()
    lb = b.read_text(encoding="utf-8").splitlines()
    ka = {json.loads(x).get("key"): x for x in la[:-1]}
    kb = {json.loads(x).get("key"): x for x in lb[:-1]}
    differ = sorted(k for k in ka.keys() | kb.keys() if ka.get(k) != kb.get(k))
    print(f"DIFFERENT: {len(differ)} of {len(ka | kb)} articles")
    for k in differ[:40]:
        print("  ", k)
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--generated", type=int, default=20)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (a quick look)")
    parser.add_argument("--start", type=int, default=0, help="skip the first articles (a run cut short goes on)")
    parser.add_argument("--subset", action="store_true", help="--compare: only the articles both files hold")
    parser.add_argument("--part", default=None, metavar="I/N", help="only every N-th article from the I-th (0-based)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    parser.add_argument("--merge", nargs="+", type=Path, metavar="PART", help="join part files into OUT")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare, subset=args.subset))
    if args.merge:
        merge(args.out, args.merge)
        return
    if args.out is None:
        parser.error("give OUT or --compare A B")
    sys.path.insert(0, str(ROOT))
    part = tuple(int(x) for x in args.part.split("/")) if args.part else None
    run(args.out, args.generated, args.limit, part, args.start)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
