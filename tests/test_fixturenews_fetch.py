"""scripts/fixturenews/fetch.py: fixture pages under two layouts become title, blank line, paragraphs one a line."""

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
<html lang="en"><head><meta charset="utf-8"><title>Valley railway reopens after the spring floods</title></head>
<body>
<nav><a href="/">Home</a> <a href="/regions">Regions</a></nav>
<article>
<h1>Valley railway reopens after the spring floods</h1>
<p>BRENNOCK - Trains ran again on the narrow valley line on Monday, six weeks after spring floods washed away part of
the embankment near the village of Brennock and cut the only rail link to the upper valley.</p>
<p>"We rebuilt the embankment higher than it was, so the river should not reach the track again," the line's chief
engineer, Ivo Castellan, said at the reopening, adding that the timetable would be back to normal by the summer.</p>
</article>
<footer>Copyright 2032 Valley Courier.</footer>
</body></html>
"""

SEITE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Brücke über den Mühlbach eröffnet</title></head>
<body><article><h1>Neue Brücke über den Mühlbach eröffnet</h1>
<p>Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über den Mühlbach am Freitag eröffnet worden, wie die
Gemeinde Erlenau mitteilte; die alte Holzbrücke war im Winter wegen Einsturzgefahr gesperrt worden.</p>
<p>Die Bürgermeisterin Jana Obermaier sagte bei der Eröffnung, die Brücke verbinde nun wieder beide Ortsteile.</p>
</article></body></html>
"""


def _fetch() -> Any:
    spec = importlib.util.spec_from_file_location("fixturenews_fetch", ROOT / "scripts" / "fixturenews" / "fetch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tar(path: Path, members: dict[str, str]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, html in members.items():
            data = html.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _digest(html: str) -> str:
    return hashlib.sha256(html.encode("utf-8")).hexdigest()


def _setup(fetch: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    pytest.importorskip("trafilatura")
    monkeypatch.setattr(fetch, "PACKAGES", {
        "pages": ("pages-1.0.tgz", ["true"], "package/test/test-pages/{}/source.html"),
        "cases": ("cases-1.0.tar.gz", ["true"], "cases-1.0/fixtures/{}/raw.html"),
    })
    monkeypatch.setattr(fetch, "ARTICLES", {
        "pages": {"railway-1": _digest(PAGE), "bruecke": _digest(SEITE)},
        "cases": {"www.courier.example/valley-railway-reopens": _digest(PAGE)},
    })
    monkeypatch.setattr(fetch, "LANGUAGES", {"bruecke": "de"})
    return {
        "pages": _tar(tmp_path / "pages-1.0.tgz", {"package/test/test-pages/railway-1/source.html": PAGE,
                                                   "package/test/test-pages/bruecke/source.html": SEITE}),
        "cases": _tar(tmp_path / "cases-1.0.tar.gz",
                      {"cases-1.0/fixtures/www.courier.example/valley-railway-reopens/raw.html": PAGE}),
    }


def test_pages_become_title_and_paragraphs_with_their_language(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    archives = _setup(fetch, monkeypatch, tmp_path)
    rows = fetch.unpack(archives, tmp_path / "out")
    # the second layout's copy of the same page is a repeat and is left out
    assert [(row[0], row[3]) for row in rows] == [("pages/railway-1.txt", "en"), ("pages/bruecke.txt", "de")]
    text = (tmp_path / "out" / "pages" / "railway-1.txt").read_text(encoding="utf-8")
    parts = text.split("\n\n")
    assert parts[0] == "Valley railway reopens after the spring floods"
    assert parts[1].startswith("BRENNOCK - Trains ran again on the narrow valley line")
    assert len(parts) == 3 and text.endswith("back to normal by the summer.\n")
    assert "Home" not in text and "Copyright" not in text
    assert rows[0][1] == len(text)
    assert rows[0][2] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    german = (tmp_path / "out" / "pages" / "bruecke.txt").read_text(encoding="utf-8")
    assert german.startswith("Neue Brücke über den Mühlbach eröffnet\n\nNach zwei Jahren Bauzeit")


def test_a_host_and_case_key_becomes_one_file_name() -> None:
    fetch = _fetch()
    assert fetch.file_name("www.courier.example/valley-railway-reopens") == "courier.example-valley-railway-reopens.txt"
    assert fetch.file_name("railway-1") == "railway-1.txt"


def test_a_changed_page_stops_the_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    archives = _setup(fetch, monkeypatch, tmp_path)
    fetch.ARTICLES["cases"]["www.courier.example/valley-railway-reopens"] = "0" * 64
    with pytest.raises(SystemExit, match="sha256 differs"):
        fetch.unpack(archives, tmp_path / "out")


def test_the_pinned_extractor_is_webnews_pin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    archives = _setup(fetch, monkeypatch, tmp_path)
    shared = fetch.webnews()
    monkeypatch.setattr(shared, "EXTRACTOR", "0.0.0")
    monkeypatch.setattr(fetch, "webnews", lambda: shared)
    with pytest.raises(SystemExit, match=r"not 0\.0\.0"):
        fetch.unpack(archives, tmp_path / "out")
