"""Shared fixtures. Data-dependent tests skip when ../shared/data is absent (a fresh clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPINSCOPE_SHARED", ROOT.parent / "shared"))
OUTPUT = ROOT / "test-output"


@pytest.fixture(scope="session")
def pipeline():
    from spinscope import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: data-dependent test skipped")
    return SHARED


@pytest.fixture(scope="session")
def opinion_article(shared_dir: Path) -> Path:
    path = shared_dir / "examples" / "sample-opinion-article.txt"
    if not path.is_file():
        pytest.skip("sample opinion article is absent")
    return path


@pytest.fixture(scope="session")
def sample_article() -> Path:
    return ROOT / "examples" / "sample-article.txt"


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
