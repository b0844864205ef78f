"""The statements of a module's syntax tree, in ``ast.walk``'s order, without walking its expressions: shared by
the tests that read the whole package's source (``test_imports``, ``test_errors``)."""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator

#: The nodes that hold statements. A statement's parent is a statement, an except handler, a match case or the
#: module; no expression holds a statement (a lambda's body is an expression), so skipping expressions loses none.
HOLDERS = (ast.stmt, ast.excepthandler, ast.match_case)


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
