"""One error catalogue: every exception derives from SpinscopeError in errors.py, codes are unique and printed
once, and docs/ERRORS.md lists exactly the codes the code uses (errors and warnings)."""

from __future__ import annotations

import ast
import builtins
import inspect
import re
from pathlib import Path

import pytest

from spinscope import errors
from tests.ast_statements import parse_file, walk_statements

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "spinscope"
#: Exceptions allowed outside errors.py, each with its reason.
NOT_ERRORS = {"BudgetInterrupt": "a BaseException signal from the budget's watchdog, never shown to a user"}
BUILTIN_EXCEPTIONS = {name for name, obj in vars(builtins).items()
                      if isinstance(obj, type) and issubclass(obj, BaseException)}


def _error_classes() -> list[type[errors.SpinscopeError]]:
    return [obj for _, obj in inspect.getmembers(errors, inspect.isclass)
            if issubclass(obj, errors.SpinscopeError) and obj.__module__ == errors.__name__]


def _documented() -> dict[str, str]:
    table = (ROOT / "docs" / "ERRORS.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| ([EW]\d{3}) \| ([^|]+) \|", table, flags=re.MULTILINE))


def _warning_codes() -> set[str]:
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        codes |= set(re.findall(r"[\"'](W\d{3})[\"']", path.read_text(encoding="utf-8")))
    return codes


def test_errors_codes_are_unique():
    seen: dict[str, str] = {}
    for cls in _error_classes():
        assert cls.code not in seen, f"{cls.__name__} and {seen[cls.code]} share {cls.code}"
        seen[cls.code] = cls.__name__


def test_errors_every_exception_class_lives_in_errors_py():
    outside = []
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py":
            continue
        for node in walk_statements(parse_file(path)):  # a class is a statement
            if isinstance(node, ast.ClassDef) and node.name not in NOT_ERRORS:
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                if bases & (BUILTIN_EXCEPTIONS | {cls.__name__ for cls in _error_classes()}):
                    outside.append(f"{path.relative_to(SRC)}: {node.name}")
    assert not outside, f"exceptions defined outside errors.py: {outside}"


def test_errors_docs_table_matches_the_code():
    documented = _documented()
    in_code = {cls.code: cls.__name__ for cls in _error_classes()}
    for code, name in in_code.items():
        assert code in documented, f"{code} ({name}) is missing from docs/ERRORS.md"
        assert documented[code].strip() == f"`{name}`", f"docs/ERRORS.md names {code} {documented[code]!r}"
    warnings = _warning_codes()
    assert warnings, "no warning codes found in the source: the scan is broken"
    for code in warnings:
        assert code in documented, f"warning {code} is missing from docs/ERRORS.md"
    stale = set(documented) - set(in_code) - warnings
    assert not stale, f"docs/ERRORS.md lists codes the code no longer has: {sorted(stale)}"


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_errors_code_printed_once(cls):
    exc = cls.__new__(cls)
    errors.SpinscopeError.__init__(exc, "something went wrong", source="a.txt")
    assert str(exc) == f"a.txt: something went wrong [{cls.code}]"


def test_errors_no_message_carries_its_own_code():
    # SpinscopeError.__str__ adds the code; a message that spells it too prints it twice ("[E401] [E401]")
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\[E\d{3}\][\"']", text), f"{path.relative_to(SRC)} writes a code into a message"


def test_errors_component_failure_is_recorded_once_with_its_code():
    from spinscope.pipeline import _component_error

    record = _component_error("claims.v1", errors.ClaimModelMissing("claims model not found"))
    assert record.code == "E401" and "E401" not in record.message
    other = _component_error("x.v1", KeyError("boom"))
    assert other.code == errors.ComponentError.code and other.message.startswith("KeyError")
