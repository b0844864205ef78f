"""Write round 57's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight Reuters-21578 trade-policy and company stories of 1987 (Debian weka's
example data, ``../wekareuters``, named relative to ``../shared``) drawn from this helper's pool by
``python scripts/actors57/draw.py`` (seed 57; ``draw.txt``) before any spinscope run on them. Whole stories (title
and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and ../wekareuters
present): ``python scripts/actors57/make_gold.py`` (it also checks that every surface occurs in its story as whole
words). Choices of this batch: ``README.md``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# round 38's gold writer, the same form (one line per article: id, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a
FOLDER = "../wekareuters/"
USA = "USA"
IGO = "IGO"


DEV = {
    "train/wr-train-0153": [
        _a("International Coffee Organization", ["International Coffee Organization", "ICO", "council"], IGO),
        _a("Delegates", ["delegates"], None),
        _a("Coffee producers", ["producers"], None),
        _a("Coffee consumers", ["consumers"], None),
    ],
    "train/wr-train-1474": [
        _a("Lucky Stores", ["LUCKY STORES", "LKS", "Lucky Stores Inc", "Lucky Stores", "Lucky", "the company"], USA),
        _a("Asher Edelman", ["EDELMAN", "Asher Edelman", "Edelman"], None),
        _a("Edelman group", ["Edelman group"], None),
        _a("Plaza Securities Co", ["Plaza Securities Co"], USA),
        _a("Hancock Fabrics", ["Hancock Fabrics", "Hancock Textile Co"], USA),
        _a("John Lillie", ["John Lillie"], None),
    ],
    "train/wr-train-0911": [
        _a("CTS Corp", ["CTS"], USA),
        _a("Dynamics Corp of America", ["DYNAMICS", "DYA", "Dynamics Corp of America", "DCA"], USA),
        _a("CTS special committee", ["special committee"], USA),
    ],
    "train/wr-train-0233": [
        _a("International Coffee Organization", ["International Coffee Organization"], IGO),
        _a("Delegates", ["delegates", "Delegates"], None),
        _a("One delegate", ["delegate"], None),
        _a("Coffee producers", ["producers"], None),
        _a("Coffee consumers", ["consumers"], None),
        _a("Contact group", ["contact group"], IGO),
        _a("Colombia", ["Colombian"], "COL"),
    ],
    "test/wr-test-0059": [
        _a("Conrac Corp", ["CONRAC", "CAX", "Conrac Corp", "Conrac", "the company"], USA),
        _a("Interested parties", ["interested parties"], None),
        _a("Mark IV Industries", ["Mark IV Industries Inc", "IV"], USA),
    ],
}

HELD = {
    "train/wr-train-1469": [
        _a("Telecom Plus International", ["TELECOM PLUS", "TELE", "Telecom Plus International Inc", "Telecom"], USA),
        _a("Siemens", ["SIEMENS", "Siemens AG", "Siemens Information Systems", "Siemens"], "DEU"),
        _a("Telecom spokesman", ["spokesman"], None),
    ],
    "train/wr-train-0562": [
        _a("International Coffee Organization", ["International Coffee Organization", "ICO"], IGO),
        _a("Analysts", ["analysts"], None),
        _a("Coffee analyst", ["analyst"], None),
        _a("Reagan administration", ["Reagan administration"], USA),
        _a("Congress", ["Congress"], USA),
        _a("Frank Guarini", ["Rep. Frank Guarini", "Frank Guarini"], USA),
        _a("Customs service", ["customs service"], USA),
    ],
    "train/wr-train-1187": [
        _a("Libra Bank", ["LIBRA BANK", "Libra Bank Plc", "Libra", "bank"], "GBR"),
        _a("Brazil", ["BRAZIL", "Brazil"], "BRA"),
        _a("Peter Belmont", ["Peter Belmont", "Belmont"], None),
        _a("Brazil's creditors", ["creditors"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real57.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real57_heldout.jsonl", FOLDER)
