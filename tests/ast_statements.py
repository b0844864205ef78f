"""A module's syntax tree, parsed with the garbage collector paused, and its statements, in ``ast.walk``'s order,
without walking its expressions: shared by the tests that read the whole package's source (``test_imports``,
``test_errors``)."""

from __future__ import annotations

import ast
import gc
from collections import deque
from collections.abc import Iterator
from pathlib import Path

#: The nodes that hold statements. A statement's parent is a statement, an except handler, a match case or the
#: module; no expression holds a statement (a lambda's body is an expression), so skipping expressions loses none.
HOLDERS = (ast.stmt, ast.excepthandler, ast.match_case)


def parse_file(path: Path) -> ast.Module:
    """``ast.parse`` of the file's text, the collector paused while it runs.

    A large module's tree is hundreds of thousands of new objects, and their allocations set off collector passes
    over the growing tree (and, in a test worker, over what else is alive): parsing the package's 4.9 MB took 7.3 s
    of CPU with the collector on and 2.1 s paused (``scripts/ci52/README.md``). A syntax tree holds no reference
    cycles (no node points to its parent), so pausing leaves nothing behind: the tree is freed by reference
    counting when the caller drops it.
    """
    text = path.read_text(encoding="utf-8")
    enabled = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(text)
    finally:
        if enabled:
            gc.enable()


def walk_statements(tree: ast.AST) -> Iterator[ast.AST]:
    """``tree`` and every statement, except handler and match case below it, in the order ``ast.walk`` yields them.

    ``ast.walk`` goes breadth first through every node; a statement's ancestors are all statements (or handlers,
    cases, the module), so dropping the other nodes keeps the rest in the same order. Most of a module's nodes are
    expressions: this walk visits about a tenth of them.
    """
    todo: deque[ast.AST] = deque([tree])
    while todo:
        node = todo.popleft()
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                todo.extend(item for item in value if isinstance(item, HOLDERS))
        yield node
