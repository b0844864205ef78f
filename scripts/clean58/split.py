"""Cut one Python file into one file per top-level function or class and one per run of other statements, each
padded with blank lines so that its line numbers stay the original's, for `duplicates` (which pairs files and
shows one run a pair) to pair the pieces of one large module (clean58, round 57).

    python scripts/clean58/split.py src/spinscope/components/actors.py /tmp/clean58/split/actors a
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path


def main() -> None:
    src, outdir, prefix = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    text = src.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    outdir.mkdir(parents=True, exist_ok=True)
    chunks: list[tuple[int, int, str]] = []
    run: list[int] | None = None
    for node in ast.parse(text).body:
        decorators = getattr(node, "decorator_list", [])
        start = min([d.lineno for d in decorators] + [node.lineno])
        end = node.end_lineno or node.lineno
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if run is not None:
                chunks.append((run[0], run[1], "consts"))
                run = None
            chunks.append((start, end, node.name))
        elif run is None:
            run = [start, end]
        else:
            run[1] = end
    if run is not None:
        chunks.append((run[0], run[1], "consts"))
    for start, end, name in chunks:
        piece = "\n" * (start - 1) + "".join(lines[start - 1:end])
        (outdir / f"{prefix}_{start:05d}_{name}.py").write_text(piece, encoding="utf-8")


if __name__ == "__main__":
    main()
