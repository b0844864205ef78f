"""scripts/lee/fetch.py: the Lee news corpus unpacked one article a file, repeats left out, digests checked."""

from __future__ import annotations

import hashlib
import importlib.util
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _fetch() -> Any:
    spec = importlib.util.spec_from_file_location("lee_fetch", ROOT / "scripts" / "lee" / "fetch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wheel(tmp_path: Path, data: bytes) -> Path:
    wheel = tmp_path / "gensim-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("gensim/test/test_data/news.cor", data)
    return wheel


def test_one_file_an_article_and_repeats_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    data = "First story, said a spokesman.\nSecond story.\nFirst story, said a spokesman.\n\xa3 price\n".encode(
        "latin-1")
    monkeypatch.setattr(fetch, "MEMBERS", {"gensim/test/test_data/news.cor": (
        "test", "lee_t_", "latin-1", hashlib.sha256(data).hexdigest())})
    rows = fetch.unpack(_wheel(tmp_path, data), tmp_path / "out")
    assert [row[0] for row in rows] == ["test/lee_t_0.txt", "test/lee_t_1.txt", "test/lee_t_3.txt"]
    assert (tmp_path / "out" / "test" / "lee_t_3.txt").read_text(encoding="utf-8") == "\xa3 price\n"
    assert rows[0][1] == len("First story, said a spokesman.\n")


def test_a_changed_corpus_stops_the_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    monkeypatch.setattr(fetch, "MEMBERS", {"gensim/test/test_data/news.cor": ("test", "lee_t_", "utf-8", "0" * 64)})
    with pytest.raises(SystemExit, match="sha256 differs"):
        fetch.unpack(_wheel(tmp_path, b"Some story.\n"), tmp_path / "out")
