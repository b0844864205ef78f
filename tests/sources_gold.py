"""Checks shared by the tests of the real-article source-typing gold files (tests/gold/sources_real*.jsonl): their
form, that every anchor is found in its article, and the scorer of scripts/sources26."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = {"government", "politician", "media", "organization", "academic", "report", "person", "anonymous"}


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scorer() -> Any:
    """scripts/sources26/score.py as a module (the scripts are no package)."""
    spec = importlib.util.spec_from_file_location("score26", ROOT / "scripts" / "sources26" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_fresh_gold_form(golds: Sequence[Path], tag: str, articles: int,
                           drawn_later: frozenset[str] = frozenset(), extra_keys: frozenset[str] = frozenset(),
                           prefixes: tuple[str, ...] = ("data/",)) -> None:
    """Every row well formed, ``articles`` articles in all, none of them in an earlier gold file (one whose name
    does not hold ``tag``, e.g. "real31"). ``drawn_later``: paths that another gold of the same round took after
    this one had committed them (so fresh here, not there). ``extra_keys``: article keys a round adds (round 38:
    "sha256", the article file's digest). ``prefixes``: where the articles may lie, seen from ../shared (round 43:
    "../lee/", the Lee corpus beside it)."""
    seen = set()
    for path in golds:
        for art in read_gold(path):
            assert set(art) == {"id", "path", "speakers"} | extra_keys
            assert art["path"].startswith(prefixes) and art["path"].endswith(art["id"] + ".txt")
            assert art["path"] not in seen
            seen.add(art["path"])
            for sp in art["speakers"]:
                assert set(sp) == {"anchor", "surface", "name", "type", "country", "named"}
                assert 1 <= len(sp["anchor"].split()) <= 7
                assert sp["surface"] in sp["anchor"]
                assert sp["type"] in TYPES
                assert sp["country"] is None or (len(sp["country"]) == 2 and sp["country"].isupper())
                assert isinstance(sp["named"], bool)
    assert len(seen) == articles
    earlier = {row["path"] for gold in (ROOT / "tests" / "gold").glob("*_real*.jsonl") if tag not in gold.name
               for row in read_gold(gold) if "path" in row}
    assert not (seen & earlier) - drawn_later


def assert_anchors_found(golds: Sequence[Path]) -> None:
    """Every gold anchor is found in its article as spinscope reads it (needs ../shared)."""
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    score = scorer()
    for path in golds:
        for art in read_gold(path):
            text = make_document(next(iter(iter_paths([SHARED / art["path"]])))).text  # type: ignore[arg-type]
            for sp in art["speakers"]:
                assert score.locate(text, sp["anchor"], sp["surface"]) is not None, (art["id"], sp["anchor"])


def assert_articles_unchanged(golds: Sequence[Path]) -> None:
    """Each gold article is the file the gold was written from: its sha256 (needs ../shared)."""
    import hashlib

    for path in golds:
        for art in read_gold(path):
            assert hashlib.sha256((SHARED / art["path"]).read_bytes()).hexdigest() == art["sha256"], art["id"]


def assert_gold_names_its_articles(name: str, prefix: str = "../wekareuters/") -> None:
    """A real-article gold file (attributions or sources, tests/gold/NAME) names articles under ``prefix`` only,
    every offset lies inside its article and every anchor (six words at most) holds its surface and is found in the
    article's raw text. Skips when the articles are missing (they lie beside ../shared, fetched by a script)."""
    import pytest

    rows = read_gold(ROOT / "tests" / "gold" / name)
    assert rows and all(r["path"].startswith(prefix) for r in rows)
    for r in rows:
        path = SHARED / r["path"]
        if not path.is_file():
            pytest.skip(f"{prefix} articles missing (fetched beside ../shared by their scripts)")
        text = path.read_text(encoding="utf-8")
        for a in r.get("attributions", []):
            for start, end in a["source"] + a["cue"] + a["content"]:
                assert 0 <= start < end <= len(text)
        for sp in r.get("speakers", []):
            assert sp["surface"] in sp["anchor"] and sp["anchor"] in text and len(sp["anchor"].split()) <= 6
