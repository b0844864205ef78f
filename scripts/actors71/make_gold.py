"""Write round 71's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; stories that name governments) drawn from
this helper's pool by ``python scripts/actors71/draw.py`` (seed 71; ``draw.txt``) before any spinscope run on them.
Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root,
../shared and ../wekareuters present): ``python scripts/actors71/make_gold.py`` (it also checks that every surface
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
DEU = "DEU"
CAN = "CAN"
NLD = "NLD"
AUS = "AUS"


DEV = {
    "test/wr-test-0291": [
        _a("German central bankers", ["GERMAN BANKERS", "central bankers"], DEU),
        _a("Currency dealers", ["currency dealers", "Currency dealers", "German dealers", "dealers"], None),
        _a("Bundesbank", ["Bundesbank"], DEU),
        _a("Claus Koehler", ["Claus Koehler", "Koehler"], DEU),
        _a("Dieter Hiss", ["Dieter Hiss"], DEU),
    ],
    "train/wr-train-0503": [
        _a("Equatorial Communications Co", ["EQUATORIAL COMMUNICATIONS", "Equatorial Communications Co", "Equatorial",
                                            "Equitorial", "The company"], USA),
        _a("Contel Corp", ["Contel Corp", "Contel", "Conteol"], USA),
        _a("Burnham Leasing", ["Burnham Leasing"], None),
    ],
    "test/wr-test-0254": [
        _a("Canada", ["CANADA", "Canada"], CAN),
        _a("Canadian government", ["the government"], CAN),
        _a("Pat Carney", ["Pat Carney", "Carney"], CAN),
        _a("Canadian companies", ["Canadian companies"], CAN),
        _a("House of Commons", ["House of Commons"], CAN),
        _a("Canadian trade officials", ["Canadian trade officials"], CAN),
        _a("US lawmakers", ["U.S. lawmakers"], USA),
    ],
    "test/wr-test-0112": [
        _a("Argentine grain producers", ["Argentine grain producers", "producers", "Producers"], "ARG"),
        _a("Trade sources", ["trade sources"], None),
        _a("Private sources", ["private sources"], None),
    ],
    "train/wr-train-1242": [
        _a("United States", ["U.S."], USA),
        _a("Commerce Department", ["Commerce Department", "Commerce"], USA),
        _a("Department officials", ["department officials"], USA),
        _a("Industry officials", ["industry officials"], None),
        _a("US International Trade Commission", ["U.S. International Trade Commission", "ITC"], USA),
        _a("Brazil", ["Brazil"], "BRA"),
        _a("Florida Citrus Mutual", ["Florida Citrus Mutual"], None),
        _a("Alcoma Packing Co", ["Alcoma Packing Co"], None),
        _a("Barry Citrus Products", ["Barry Citrus Products"], None),
        _a("US growers", ["U.S. growers"], USA),
        _a("US officials", ["U.S. officials"], USA),
    ],
    "train/wr-train-0589": [
        _a("United States", ["U.S."], USA),
        _a("Agriculture Department", ["Agriculture Department", "USDA"], USA),
        _a("Tom von Garlem", ["Tom von Garlem", "von Garlem", "senior Agriculture Department official",
                              "USDA official"], USA),
        _a("Reuters", ["Reuters"], None),
        _a("US corn and sorghum farmers", ["corn and sorghum farmers", "farmers", "Farmers", "producers"], USA),
        _a("Office of Management and Budget", ["Office of Management and Budget", "OMB"], USA),
    ],
}

HELD = {
    "train/wr-train-0494": [
        _a("Rotterdam port employers", ["Employers", "employers"], NLD),
        _a("FNV", ["FNV", "port union"], None),
        _a("Union spokesman", ["union spokesman"], None),
        _a("Reuters", ["Reuters"], None),
        _a("Jacques Schoufour", ["Jacques Schoufour", "Schoufour"], None),
        _a("Louw de Graaf", ["Louw de Graaf", "the minister"], NLD),
    ],
    "test/wr-test-0048": [
        _a("Australian Sugar Producers' Association", ["Australian Sugar Producers' Association"], AUS),
        _a("Association spokesman", ["spokesman"], None),
        _a("Sugar mills", ["Mills", "mills"], AUS),
    ],
    "test/wr-test-0178": [
        _a("International Commodity Clearing House", ["International Commodity Clearing House", "ICCH"], None),
        _a("ICCH spokesman", ["spokesman"], None),
        _a("London Cocoa Terminal Market", ["London Cocoa Terminal Market"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real71.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real71_heldout.jsonl", FOLDER)
