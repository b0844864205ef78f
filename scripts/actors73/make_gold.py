"""Write round 73's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; stories naming governments) drawn from
this helper's pool by ``python scripts/actors73/draw.py`` (seed 73; ``draw.txt``) before any spinscope run on them.
Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root,
../shared and ../wekareuters present): ``python scripts/actors73/make_gold.py`` (it also checks that every surface
occurs in its story as whole words). Choices of this batch: ``README.md``.
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
GBR = "GBR"


DEV = {
    "test/wr-test-0197": [
        _a("Medtronic Inc", ["MEDTRONIC", "Medtronic Inc", "Medtronic", "Medtronics", "the company", "The company"],
           USA),
        _a("Winston Wallin", ["Winston Wallin", "Wallin"], None),
        _a("Glen Nelson", ["Glen Nelson"], None),
        _a("Regulators", ["Regulators"], None),
        _a("Siemens AG", ["Siemens AG"], "DEU"),
    ],
    "test/wr-test-0051": [
        _a("Shearson Lehman Brothers Inc", ["SHEARSON", "Shearson Lehman Brothers", "Shearson"], USA),
        _a("Nickel producers", ["producers"], None),
    ],
    "train/wr-train-0191": [
        _a("Bank of England", ["Bank of England", "the Bank", "The Bank"], GBR),
        _a("United Kingdom", ["U.K."], GBR),
    ],
    "train/wr-train-0480": [
        _a("Hong Kong government", ["the government"], "HKG"),
    ],
    "train/wr-train-0634": [
        _a("Oil World", ["Oil World"], None),
        _a("Indian government", ["Indian government"], "IND"),
        _a("European Community", ["European Community", "EC"], IGO),
    ],
    "train/wr-train-0720": [
        _a("US Agriculture Department", ["U.S. Agriculture Department", "USDA", "The Department", "the department"],
           USA),
        _a("US corn and sorghum producers", ["Eligible producers", "corn producers", "Corn and sorghum producers",
                                             "Sorghum producers", "Eligible corn producers",
                                             "Eligible corn and sorghum producers", "producers", "farmers"], USA),
        _a("Agricultural Stabilization and Conservation Service",
           ["Agricultural Stabilization and Conservation Service"], USA),
    ],
}

HELD = {
    "train/wr-train-0364": [
        _a("Viacom International Inc", ["VIACOM INTERNATIONAL", "Viacom International Inc", "Viacom", "The company"],
           USA),
        _a("Viacom management group", ["management group", "management side", "management", "Management"], None),
        _a("National Amusements Inc", ["National Amusements Inc", "National Amusements"], None),
        _a("Sumner Redstone", ["Sumner Redstone", "Redstone"], None),
        _a("Source close to management", ["source", "The source"], None),
        _a("Wall Street arbitrageurs", ["arbitrage players", "Other arbitrageurs"], None),
        _a("Wall Street firm", ["Wall Street firm"], None),
        _a("The firm's arbitrageur", ["arbitrageur", "The arbitrageur"], None),
        _a("Viacom independent directors", ["outside directors", "independent directors"], None),
        _a("Terrence Elkes", ["Terrence Elkes"], None),
        _a("Wall Street analyst", ["Wall Street analyst"], None),
        _a("Analysts", ["Analysts"], None),
        _a("FMC Corp", ["FMC Corp"], USA),
        _a("Warner Communications Inc", ["Warner Communications Inc", "Warner"], USA),
        _a("Chris Craft Industries", ["Chris Craft Industries"], USA),
        _a("CBS Inc", ["CBS Inc"], USA),
        _a("Arsenal Holdings", ["Arsenal Holdings", "Arsenal"], None),
    ],
    "test/wr-test-0149": [
        _a("Association of White Metals", ["Association of White Metals", "The Association"], None),
        _a("French Federation of Non-Ferrous Metals", ["French Federation of Non-Ferrous Metals"], "FRA"),
        _a("Association spokesman", ["spokesman"], None),
        _a("International Chamber of Commerce", ["International Chamber of Commerce"], None),
        _a("London Metal Exchange", ["London Metal Exchange", "LME"], GBR),
    ],
    "train/wr-train-1439": [
        _a("Algemene Bank Nederland N.V.", ["ABN", "Algemene Bank Nederland N.V.", "the bank"], "NLD"),
        _a("Robertus Hazelhoff", ["Robertus Hazelhoff", "Hazelhoff"], None),
        _a("Brokers", ["brokers"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real73.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real73_heldout.jsonl", FOLDER)
