"""scripts/webnews/fetch.py: an extractor fixture page becomes title, blank line, paragraphs one a line."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import tarfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour town votes to rebuild its old ferry pier</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour town votes to rebuild its old ferry pier</h1>
<p>PORTVALE (Wire) - Councillors in the small harbour town of Portvale voted on Tuesday to rebuild the wooden
ferry pier that a winter storm broke in two, ending a dispute that had split the town council for months.</p>
<p>"The pier is how half of our visitors arrive, and we could not wait another season," the mayor, Edda Marlow,
told reporters after the vote, adding that the work would start in the spring and end before the summer.</p>
<p>Opponents of the plan, led by councillor Tomas Renfield, said the town should first repair its flood walls and
warned that the cost of the pier had been set too low by the harbour board's own engineers.</p>
</article>
<footer>Copyright 2031 Portvale Wire. All rights reserved.</footer>
</body></html>
"""

STUB = "<html><body><p>Test.</p></body></html>"


def _fetch() -> Any:
    spec = importlib.util.spec_from_file_location("webnews_fetch", ROOT / "scripts" / "webnews" / "fetch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _archive(tmp_path: Path) -> Path:
    path = tmp_path / "fixtures-1.0.tgz"
    with tarfile.open(path, "w:gz") as archive:
        for name, html in (("pier", PAGE), ("again", PAGE), ("stub", STUB)):
            data = html.encode("utf-8")
            info = tarfile.TarInfo(f"package/fixtures/test_{name}.html")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _setup(fetch: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura")
    packages = {"fixtures": ("fixtures-1.0.tgz", ["true"], "package/fixtures/test_{}.html")}
    monkeypatch.setattr(fetch, "PACKAGES", packages)
    digests = {name: hashlib.sha256(html.encode("utf-8")).hexdigest()
               for name, html in (("pier", PAGE), ("again", PAGE), ("stub", STUB))}
    monkeypatch.setattr(fetch, "ARTICLES", {"fixtures": digests})
    import trafilatura

    monkeypatch.setattr(fetch, "EXTRACTOR", trafilatura.__version__)


def test_page_becomes_title_and_paragraphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    _setup(fetch, monkeypatch)
    rows = fetch.unpack({"fixtures": _archive(tmp_path)}, tmp_path / "out")
    assert [row[0] for row in rows] == ["fixtures/pier.txt"]  # the repeat and the stub with no body are left out
    text = (tmp_path / "out" / "fixtures" / "pier.txt").read_text(encoding="utf-8")
    parts = text.split("\n\n")
    assert parts[0] == "Harbour town votes to rebuild its old ferry pier"
    assert parts[1].startswith("PORTVALE (Wire) - Councillors in the small harbour town")
    assert parts[1].endswith("had split the town council for months.")
    assert len(parts) == 4 and text.endswith("own engineers.\n")
    assert "Home" not in text and "Copyright" not in text
    assert rows[0][1] == len(text)
    assert rows[0][2] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_changed_page_stops_the_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    _setup(fetch, monkeypatch)
    fetch.ARTICLES["fixtures"]["pier"] = "0" * 64
    with pytest.raises(SystemExit, match="sha256 differs"):
        fetch.unpack({"fixtures": _archive(tmp_path)}, tmp_path / "out")


def test_another_extractor_version_stops_the_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    _setup(fetch, monkeypatch)
    monkeypatch.setattr(fetch, "EXTRACTOR", "0.0.0")
    with pytest.raises(SystemExit, match=r"not 0\.0\.0"):
        fetch.unpack({"fixtures": _archive(tmp_path)}, tmp_path / "out")
