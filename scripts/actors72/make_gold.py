"""Write round 72's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; mostly company and market wire) drawn from
this helper's pool by ``python scripts/actors72/draw.py`` (seed 72; ``draw.txt``) before any spinscope run on them.
Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root,
../shared and ../wekareuters present): ``python scripts/actors72/make_gold.py`` (it also checks that every surface
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
    "test/wr-test-0363": [
        _a("Physio Technology Inc", ["PHYSIO TECHNOLOGY", "Physio Technology Inc", "Physio Technology", "The company",
                                     "the company"], USA),
        _a("Michael R. Hall", ["Michael R. Hall"], None),
        _a("James C. Lane", ["James C. Lane", "Lane"], None),
        _a("Merchants Bank of Kansas City", ["Merchants Bank of Kansas City"], USA),
    ],
    "train/wr-train-1471": [
        _a("Pioneer Group Inc", ["PIONEER GROUP", "Pioneer Group Inc", "the company"], None),
        _a("Teberebie Goldfields Ltd", ["Teberebie Goldfields Ltd", "Teberebie Goldfields", "the venture"], None),
        _a("State Gold Mining Corp of Ghana", ["State Gold Mining Corp of Ghana"], "GHA"),
    ],
    "train/wr-train-1288": [
        _a("Armtek Corp", ["ARMTEK", "Armtek Corp", "Armstrong Rubber Co", "Armtek", "the company"], USA),
        _a("Condere Corp", ["Condere Corp", "Condere"], None),
        _a("S and A Truck Tire Sales and Services Corp", ["S and A Truck Tire Sales and Services Corp", "S and A"],
           None),
        _a("John Sievers", ["John Sievers"], None),
        _a("Dyneer Corp", ["Dyneer Corp"], USA),
        _a("Armstrong Tire Co", ["Armstrong Tire Co"], USA),
    ],
    "train/wr-train-1223": [
        _a("Tandem Computers Inc", ["TANDEM COMPUTERS", "Tandem Computers Inc", "Tandem", "the computer maker",
                                    "the company"], USA),
        _a("James Treybig", ["James Treybig", "Treybig", "The executive"], None),
        _a("L.F. Rothschild Unterberg Towbin", ["L.F. Rothschild Unterberg Towbin"], None),
        _a("Frederic Cohen", ["Frederic Cohen"], None),
        _a("Bank of Tokyo", ["Bank of Tokyo"], "JPN"),
    ],
    "train/wr-train-1456": [
        _a("Copper producing and consuming countries", ["copper producing and consuming countries"], None),
        _a("Meeting officials", ["officials"], None),
        _a("Governments", ["Governments"], None),
        _a("United Nations Conference on Trade and Development",
           ["United Nations Conference on Trade and Development", "UNCTAD"], IGO),
        _a("UNCTAD spokesman", ["spokesman"], None),
        _a("United States", ["U.S."], USA),
    ],
    "train/wr-train-1194": [
        _a("Imperial Chemical Industries PLC", ["ICI", "Imperial Chemical Industries PLC", "the company"], GBR),
        _a("Denys Henderson", ["Denys Henderson", "Henderson"], None),
        _a("ICI executives", ["executives"], None),
        _a("Glidden Inc", ["Glidden Inc"], USA),
        _a("Hanson Trust PLC", ["Hanson Trust PLC"], GBR),
        _a("Alan Clements", ["Alan Clements", "Clements"], None),
    ],
}

HELD = {
    "test/wr-test-0532": [
        _a("Bank of Canada", ["Bank of Canada"], "CAN"),
    ],
    "train/wr-train-0520": [
        _a("Transform Logic Corp", ["TRANSFORM LOGIC", "Transform Logic Corp", "Transform", "The company",
                                    "the company"], USA),
        _a("Securities and Exchange Commission", ["Securities and Exchange Commission", "SEC"], USA),
    ],
    "train/wr-train-1459": [
        _a("Chicago Milwaukee Corp", ["CHICAGO MILWAUKEE", "Chicago Milwaukee Corp", "Chicago Milwaukee",
                                      "the company"], USA),
        _a("Shearson Lehman Brothers Inc", ["SHEARSON", "Shearson Lehman Brothers Inc", "Shearson Lehman",
                                            "Shearson, Lehman"], USA),
        _a("American Express Co", ["American Express Co"], USA),
        _a("Edwin Jacobson", ["Edwin Jacobson"], None),
        _a("Soo Line Railroad Co", ["Soo Line Railroad Co"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real72.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real72_heldout.jsonl", FOLDER)
