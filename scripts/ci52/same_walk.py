"""ci52: ``tests/ast_statements.walk_statements`` against ``ast.walk`` over every module of a source tree.

For each ``*.py`` under the folder named (default ``src``), the imports, ``if`` statements and class definitions
``ast.walk`` yields, in order and by identity, must be those ``walk_statements`` yields; prints the counts and
the CPU seconds of both walks. Run: ``PYTHONPATH=src:. python scripts/ci52/same_walk.py [FOLDER]``.
"""

from __future__ import annotations

import ast
import sys
import time
from pathlib import Path

from tests.ast_statements import walk_statements

KINDS = (ast.Import, ast.ImportFrom, ast.If, ast.ClassDef)


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "src")
    files = nodes = 0
    old_s = new_s = 0.0
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        t = time.process_time()
        old = [n for n in ast.walk(tree) if isinstance(n, KINDS)]
        old_s += time.process_time() - t
        t = time.process_time()
        new = [n for n in walk_statements(tree) if isinstance(n, KINDS)]
        new_s += time.process_time() - t
        assert len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True)), path
        files += 1
        nodes += len(old)
    print(f"{files} files, {nodes} import/if/class nodes the same, in the same order; "
          f"ast.walk {old_s:.2f} s, walk_statements {new_s:.2f} s CPU")


if __name__ == "__main__":
    main()
