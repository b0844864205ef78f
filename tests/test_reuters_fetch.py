"""scripts/reuters/fetch.py: wire articles unwrapped one paragraph a line, sign-off and empty bodies left out."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

WIRE = """<?xml version="1.0"?>
<REUTERS NEWID="7">
 <TEXT>
  <TITLE>ACME &lt;ACM&gt; TO BUY MILL</TITLE>
  <DATELINE>    BOSTON, March 3 - </DATELINE>
  <BODY>Acme Corp said it agreed to
buy a paper mill in Maine.
    &quot;The mill fits our plans,&quot; a company
spokesman said.
 Reuter</BODY>
 </TEXT>
</REUTERS>
"""

NEWSITEM = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="1"><headline>Mill sold.</headline><dateline>PORTLAND</dateline>
<text><p>The mill was sold on
Monday.</p><p>Shares rose.</p></text></newsitem>
"""

EMPTY = """<?xml version="1.0"?>
<ROOTLESS><REUTERS NEWID="1"><TEXT TYPE="BRIEF"><TITLE>NO BODY</TITLE></TEXT></REUTERS>
<REUTERS NEWID="3"><TEXT><TITLE>SHORT ONE</TITLE><BODY>Prices fell.
 Reuter</BODY></TEXT></REUTERS></ROOTLESS>
"""


def _fetch() -> Any:
    spec = importlib.util.spec_from_file_location("reuters_fetch", ROOT / "scripts" / "reuters" / "fetch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _texts(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    for folder in ("crude", "acq"):
        (texts / folder).mkdir(parents=True)
    (texts / "crude" / "reut-00001.xml").write_text(WIRE, encoding="utf-8")
    (texts / "acq" / "reut-00001.xml").write_text(WIRE, encoding="utf-8")  # a repeat: left out
    (texts / "reuters-21578.xml").write_text(EMPTY.replace("<ROOTLESS>", "").replace("</ROOTLESS>", ""),
                                             encoding="latin-1")
    (texts / "rcv1_2330.xml").write_text(NEWSITEM, encoding="latin-1")
    return texts


def _digest(texts: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted([*texts.glob("crude/*.xml"), *texts.glob("acq/*.xml"), texts / "reuters-21578.xml",
                        texts / "rcv1_2330.xml"]):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_wire_unwrapped_one_paragraph_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    texts = _texts(tmp_path)
    monkeypatch.setattr(fetch, "DIGEST", _digest(texts))
    rows = fetch.unpack(texts, tmp_path / "out")
    assert [row[0] for row in rows] == ["crude/reut-00001.txt", "r21578/newid-00003.txt", "rcv1/rcv1_2330.txt"]
    assert (tmp_path / "out" / "crude" / "reut-00001.txt").read_text(encoding="utf-8") == (
        "ACME <ACM> TO BUY MILL\n\nBOSTON, March 3 - Acme Corp said it agreed to buy a paper mill in Maine.\n\n"
        '"The mill fits our plans," a company spokesman said.\n')
    assert (tmp_path / "out" / "r21578" / "newid-00003.txt").read_text(encoding="utf-8") == (
        "SHORT ONE\n\nPrices fell.\n")
    assert (tmp_path / "out" / "rcv1" / "rcv1_2330.txt").read_text(encoding="utf-8") == (
        "Mill sold.\n\nPORTLAND - The mill was sold on Monday.\n\nShares rose.\n")
    assert rows[0][1] == len((tmp_path / "out" / "crude" / "reut-00001.txt").read_text(encoding="utf-8"))


def test_a_changed_package_stops_the_script(tmp_path: Path) -> None:
    fetch = _fetch()
    with pytest.raises(SystemExit, match="sha256 differs"):
        fetch.unpack(_texts(tmp_path), tmp_path / "out")
