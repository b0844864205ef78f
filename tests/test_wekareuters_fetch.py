"""scripts/wekareuters/fetch.py: ARFF wire texts split into title and paragraphs; flashes, tables, repeats left out."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

STORY = ("'ACME &lt;ACM> TO BUY PAPER MILL IN MAINE Acme Corp said on Monday it would purchase a "
         "paper mill\\nin Maine from the state\\'s largest lumber group for an undisclosed sum,\\nadding "
         "that the sale should close in the "
         "second quarter.\\n    \\\"The mill fits our plans for the region,\\\" a company\\nspokesman said, "
         "and he added that no jobs would be cut at the\\nmill after the sale closed next spring.\\n    The lumber "
         "group said it would use the money to pay down debt\\nand to build a new saw line at its main yard.\\n "
         "Reuter\\n&#3;',0")
OPENS_WITH_US = ("'FARM GROUP WARNS ON GRAIN TRADE U.S. farmers will lose export markets this year unless\\nthe "
                 "government acts on its trade talks soon, the head of a farm group said at a\\nmeeting in the "
                 "capital on Tuesday, adding that prices had fallen.\\n    He said the group would ask members "
                 "of Congress to back a new\\nexport bill before the summer recess, and that talks with buyers\\n"
                 "in Asia had stalled since the winter.\\n    Officials of the farm ministry declined to comment on "
                 "the bill\\nor on the state of the talks when reached by telephone.\\n Reuter\\n&#3;',1")
FLASH = "'BANK RATE RISES TO SIX PCT IN WEEK, FED SAYS\\n ',0"
TABLE = ("'ACME CORP &lt;ACM> YEAR NET Shr 25 cts vs 20 cts\\n    Net 800,000 vs 640,000\\n    Revs 16.4 mln vs "
         "15.1 mln\\n    Avg shrs 3,200,000 vs 3,200,000\\n    Note: year ended December 31.\\n    Shr 25 cts vs "
         "20 cts\\n    Net 800,000 vs 640,000\\n    Revs 16.4 mln vs 15.1 mln\\n Reuter\\n&#3;',0")
HEADER = "@relation 'Reuters-21578 Grain'\n\n@attribute Text string\n@attribute class-att {0,1}\n\n@data\n\n"


def _fetch() -> Any:
    spec = importlib.util.spec_from_file_location("wekareuters_fetch", ROOT / "scripts" / "wekareuters" / "fetch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _examples(tmp_path: Path, fetch: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    examples = tmp_path / "examples"
    examples.mkdir()
    rows = {"train": [STORY, FLASH, TABLE, STORY, OPENS_WITH_US], "test": [OPENS_WITH_US, STORY]}
    files = {}
    for name, data in rows.items():
        path = examples / f"Reuters-{name}.arff"
        path.write_text(HEADER + "\n".join(data) + "\n", encoding="latin-1")
        files[name] = (path.name, hashlib.sha256(path.read_bytes()).hexdigest())
    monkeypatch.setattr(fetch, "FILES", files)
    monkeypatch.setattr(fetch, "ALREADY", frozenset({("test", 1)}))
    return examples


def test_wire_texts_split_and_unwrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    rows = fetch.unpack(_examples(tmp_path, fetch, monkeypatch), tmp_path / "out")
    # the flash, the table, the repeats and the article the r-cran-tm texts hold (test 1) are left out
    assert [row[0] for row in rows] == ["train/wr-train-0001.txt", "train/wr-train-0005.txt"]
    story = (tmp_path / "out" / "train" / "wr-train-0001.txt").read_text(encoding="utf-8")
    assert story.split("\n\n") == [
        "ACME <ACM> TO BUY PAPER MILL IN MAINE",
        "Acme Corp said on Monday it would purchase a paper mill in Maine from the state's largest lumber group for an "
        "undisclosed sum, adding that the sale should close in the second quarter.",
        '"The mill fits our plans for the region," a company spokesman said, and he added that no jobs would be '
        "cut at the mill after the sale closed next spring.",
        "The lumber group said it would use the money to pay down debt and to build a new saw line at its main "
        "yard.\n",
    ]
    farm = (tmp_path / "out" / "train" / "wr-train-0005.txt").read_text(encoding="utf-8")
    assert farm.startswith("FARM GROUP WARNS ON GRAIN TRADE\n\nU.S. farmers will lose export markets")
    assert rows[0][1] == len(story)


def test_a_changed_package_stops_the_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = _fetch()
    examples = _examples(tmp_path, fetch, monkeypatch)
    (examples / "Reuters-test.arff").write_text(HEADER + STORY + "\n", encoding="latin-1")
    with pytest.raises(SystemExit, match="sha256 differs"):
        fetch.unpack(examples, tmp_path / "out")
