"""Write round 56's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading thirteen texts drawn from this helper's pool by
``python scripts/actors56/draw.py`` (seed 56; ``draw.txt``) before any spinscope run on them: eight Reuters company
stories of 1987 (Debian ``r-cran-tm``'s sample texts, unpacked by ``python scripts/reuters/fetch.py`` to
``../reuters``; an article's id is its folder and stem) and the last five Lee corpus test stories (``../lee/test``;
its stem). Paths are relative to ``../shared``. Whole articles (title, dateline and body) are annotated. Usage
(repository root, ../shared, ../reuters and ../lee present): ``python scripts/actors56/make_gold.py`` (it also checks
that every surface occurs in its article as whole words). Choices of this batch: ``README.md``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# round 38's gold writer (its ``_a`` and whole-word ``_check``); one line per article: id, path, sha256, actors
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a
USA = "USA"
CAN = "CAN"
AUS = "AUS"


def _folder(ident: str) -> str:
    return "../lee/test/" if ident.startswith("lee_t_") else "../reuters/"


DEV = {
    "lee_t_33": [
        _a("Marine rescuers", ["marine rescuers", "rescuers"], AUS),
    ],
    "acq/reut-00030": [
        _a("Purolator Courier Corp", ["PUROLATOR", "PCC", "Purolator Courier Corp", "Purolator"], USA),
        _a("E.F. Hutton Group", ["HUTTON", "EFH", "E.F. Hutton Group Inc", "E.F. Hutton", "Hutton"], USA),
        _a("E.F. Hutton LBO", ["E.F. Hutton LBO Inc", "Hutton LBO"], USA),
        _a("Purolator courier managers", ["managers"], USA),
        _a("PC Acquisition", ["PC Acquisition Inc", "PC Acquisition", "acquiring company"], USA),
        _a("Analysts", ["Analysts", "analysts"], None),
        _a("Onex Capital", ["Onex Capital"], None),
        _a("Hutton spokesman", ["spokesman"], None),
        _a("Warren Idsal", ["Warren Idsal", "Idsal"], None),
        _a("William Taggart", ["William Taggart"], None),
        _a("Interstate Commerce Commission", ["Interstate Commerce Commission"], USA),
    ],
    "acq/reut-00024": [
        _a("Coloroll Group", ["COLOROLL", "Coloroll Group Plc", "Coloroll"], "GBR"),
        _a("Wallco", ["WALLCOVERINGS COMPANY", "Wallco Inc", "Wallco"], USA),
    ],
    "acq/reut-00015": [
        _a("Versatile Corp", ["VERSATILE", "Versatile Corp"], CAN),
        _a("Versatile Noble Cultivators", ["Versatile Noble Cultivators Co", "division"], CAN),
        _a("Vicon Inc", ["VICON", "Vicon Inc"], CAN),
    ],
    "acq/reut-00042": [
        _a("Diagnostic Retrieval Systems", ["DIAGNOSTIC", "DRS", "Diagnostic Retrieval Systems Inc"], USA),
        _a("Rospatch Corp", ["ROSPATCH", "RPCH", "Rospatch Corp", "Rospatch"], USA),
        _a("Rospatch board", ["Rospatch board"], USA),
    ],
    "lee_t_40": [
        _a("Researchers", ["Researchers", "researchers"], None),
    ],
    "acq/reut-00051": [
        _a("Esselte Business Systems", ["ESSELTE BUSINESS", "ESB", "Esselte Business Systems Inc", "Esselte",
                                        "The company"], USA),
        _a("Esselte Meto", ["Esselte Meto"], USA),
        _a("Antonson America", ["ANTONSON UNIT", "Antonson America Co", "Antonson unit"], USA),
        _a("Antonson Machines AB", ["Antonson Machines AB"], "SWE"),
    ],
    "acq/reut-00010": [
        _a("Gulf Applied Technologies", ["GULF APPLIED TECHNOLOGIES", "GATS", "Gulf Applied Technologies Inc",
                                         "The company"], USA),
    ],
}

HELD = {
    "lee_t_38": [
        _a("Blackshirts", ["Blackshirts"], AUS),
        _a("Courts", ["courts"], AUS),
    ],
    "lee_t_39": [
        _a("The Guardian", ["Guardian"], None),
    ],
    "acq/reut-00046": [
        _a("Corning Glass Works", ["GLW", "Corning Glass Works", "Corning"], USA),
        _a("Hazleton Laboratories", ["HAZLETON", "HLC", "Hazleton Laboratories Corp", "Hazleton"], USA),
    ],
    "acq/reut-00039": [
        _a("Miller Tabak Hirsch", ["MILLER TABAK", "Miller Tabak Hirsch and Co", "Miller Tabak", "The company"], USA),
        _a("Penn Traffic", ["PENN TRAFFIC", "PNF", "Penn Traffic Co", "Penn Traffic"], USA),
        _a("Guido Malacarne", ["Guido Malacarne"], None),
        _a("First National Bank of Minneapolis", ["First National Bank of Minneapolis"], USA),
        _a("Salomon Inc", ["Salomon Inc", "SB"], USA),
    ],
    "lee_t_18": [],
}


def _check(rows: dict[str, list[dict[str, object]]]) -> None:
    for ident, actors in rows.items():
        _round38._check({ident: actors}, _folder(ident))


def _write(rows: dict[str, list[dict[str, object]]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for ident, actors in rows.items():
            path = _folder(ident) + ident + ".txt"
            sha = hashlib.sha256((_round38.SHARED / path).read_bytes()).hexdigest()
            fh.write(json.dumps({"id": ident, "path": path, "sha256": sha, "actors": actors}, ensure_ascii=False)
                     + "\n")


if __name__ == "__main__":
    _check(DEV)
    _check(HELD)
    _write(DEV, ROOT / "tests" / "gold" / "actors_real56.jsonl")
    _write(HELD, ROOT / "tests" / "gold" / "actors_real56_heldout.jsonl")
