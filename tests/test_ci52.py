"""The statement walk and the paused-collector parse of tests/ast_statements.py give what ``ast.walk`` and
``ast.parse`` give (ci52: the package-wide source tests read through them)."""

from __future__ import annotations

import ast
import gc
import textwrap
from pathlib import Path

import pytest

from tests.ast_statements import parse_file, walk_statements

# Invented code with statements at every depth: in functions, classes, handlers, match cases, loops and ``with``.
SOURCE = textwrap.dedent('''
    from __future__ import annotations
    import os
    from typing import TYPE_CHECKING
    if TYPE_CHECKING:
        from collections import deque
    class Quill(ValueError):
        def ink(self):
            import json
            return (lambda x: x + 1)(2)
    def scribe(blot):
        try:
            import zlib
        except ImportError:
            from . import marsh
        finally:
            class Fen(Exception):
                pass
        match blot:
            case 1:
                from .heron import Wing
            case _:
                if blot > 2 and [i for i in range(3) if i]:
                    import re
                else:
                    with open(os.devnull) as fh:
                        for line in fh:
                            while line:
                                import glob
                                break
        return {k: v for k, v in blot.items()}
''')
KINDS = (ast.Import, ast.ImportFrom, ast.If, ast.ClassDef, ast.FunctionDef, ast.Try, ast.Match, ast.With)


def test_ci52_statement_walk_yields_what_ast_walk_yields_in_its_order() -> None:
    tree = ast.parse(SOURCE)
    full = [n for n in ast.walk(tree) if isinstance(n, KINDS)]
    mine = [n for n in walk_statements(tree) if isinstance(n, KINDS)]
    assert len(full) == 19 and len(mine) == len(full)
    assert all(a is b for a, b in zip(full, mine, strict=True))
    # statements only: no expression node is visited
    assert not [n for n in walk_statements(tree) if isinstance(n, ast.expr)]


@pytest.mark.parametrize("enabled", [True, False])
def test_ci52_parse_file_gives_ast_parse_and_restores_the_collector(tmp_path: Path, enabled: bool) -> None:
    path = tmp_path / "quill.py"
    path.write_text(SOURCE, encoding="utf-8")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        tree = parse_file(path)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert ast.dump(tree, include_attributes=True) == ast.dump(ast.parse(SOURCE), include_attributes=True)
