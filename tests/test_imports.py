"""The import rules of docs/ARCHITECTURE.md, checked over the module graph of ``src/spinscope``.

Imports inside functions count (a cycle hidden in a function is still a cycle: it only moves the failure to run
time); imports under ``if TYPE_CHECKING:`` do not (they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.ast_statements import parse_file, walk_statements

SRC = Path(__file__).resolve().parents[1] / "src" / "spinscope"
#: The core every layer builds on; it imports none of the layers above it.
CORE = ("spinscope.errors", "spinscope.settings", "spinscope.result", "spinscope.document", "spinscope.pipeline",
        "spinscope.config", "spinscope.budget", "spinscope.ingest")
#: The front ends: only spinscope.cli (and spinscope.__main__) may import them.
FRONT_ENDS = ("spinscope.cli", "spinscope.web")
#: What the analysis components may not import: the layers that run them or read their results.
ABOVE_COMPONENTS = ("spinscope.cli", "spinscope.web", "spinscope.batch", "spinscope.corpus", "spinscope.api",
                    "spinscope.report", "spinscope.training")


def _name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in walk_statements(tree):  # an ``if`` is a statement
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def module_graph() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports (run-time imports, nested ones included)."""
    paths = {_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = parse_file(path)
        skip = _type_checking_lines(tree)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in walk_statements(tree):  # an import is a statement
            if getattr(node, "lineno", None) in skip:
                continue
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in paths else target)
        graph[name] = {m for m in found if m in paths and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _inside(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return module_graph()


def test_imports_no_cycles(graph):
    assert len(graph) > 50 and "spinscope.components.events" in graph  # the scan sees the package
    assert cycles(graph) == []


def test_imports_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_imports_core_imports_no_layer_above_it(graph):
    bad = [(m, t) for m in CORE for t in graph[m] if not _inside(t, CORE)]
    assert not bad, f"the core imports a layer above it: {bad}"


def test_imports_front_ends_are_imported_by_the_cli_only(graph):
    bad = [(m, t) for m, targets in graph.items() for t in targets
           if _inside(t, FRONT_ENDS) and not _inside(m, FRONT_ENDS) and m != "spinscope.__main__"]
    assert not bad, f"the library imports a front end: {bad}"
    assert not [t for t in graph["spinscope.web.app"] if _inside(t, ("spinscope.cli",))]


def test_imports_components_import_no_layer_above_them(graph):
    bad = [(m, t) for m, targets in graph.items() if m.startswith("spinscope.components")
           for t in targets if _inside(t, ABOVE_COMPONENTS)]
    assert not bad, f"a component imports a layer above it: {bad}"
