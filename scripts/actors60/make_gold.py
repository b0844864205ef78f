"""Write round 60's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading twelve short Reuters wire articles of 1987 (takeovers, stakes, company
results; Debian ``r-cran-tm``'s sample texts, ``../reuters``, named relative to ``../shared``) drawn from this
helper's pool by ``python scripts/actors60/draw.py`` (seed 60; ``draw.txt``) before any spinscope run on them. Whole
articles (title, dateline, body) are annotated; an article's id is its folder and stem. Usage (repository root,
../shared and ../reuters present): ``python scripts/actors60/make_gold.py`` (it also checks that every surface occurs
in its article as whole words). Choices of this batch: ``README.md``.
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
FOLDER = "../reuters/"
USA = "USA"
GBR = "GBR"
CAN = "CAN"
JPN = "JPN"


DEV = {
    "acq/reut-00029": [
        _a("Dale Burdett Inc", ["DALE BURDETT INC", "Dale Burdett Inc", "Dale Burdett", "The company"], USA),
        _a("Burdett Publications Inc", ["Burdett Publications Inc", "Burdett Publications"], USA),
        _a("Nolex Development Inc", ["Nolex Development Inc", "Nolex"], USA),
        _a("California Department of Corporations", ["California Department of Corporations"], USA),
        _a("Former Burdett Publications owners", ["owners"], None),
    ],
    "acq/reut-00035": [
        _a("Senior Engineering Group Plc", ["SENIOR ENGINEERING", "Senior Engineering Group Plc"], GBR),
        _a("Cronus Industries Inc", ["Cronus Industries Inc"], USA),
        _a("South Western Engineering Co", ["South Western Engineering Co", "South Western"], USA),
    ],
    "acq/reut-00050": [
        _a("Multi-Step Products Inc", ["MULTI-STEP", "Multi-Step Products Inc", "Multi-Step", "The company"], CAN),
        _a("Multi-Step Manufacturing Inc", ["LADDER UNIT", "Multi-Step Manufacturing Inc", "Multi-Step Manufacturing",
                                            "unit"], CAN),
        _a("Michael Penhale", ["Michael Penhale", "Penhale"], None),
        _a("Tarxien Company Ltd", ["Tarxien Company Ltd", "Tarxien"], CAN),
    ],
    "acq/reut-00023": [
        _a("Exco International Plc", ["EXCO", "Exco International Plc", "Exco"], GBR),
        _a("British and Commonwealth Shipping Co Plc", ["British and Commonwealth Shipping Co Plc", "BCOM.L",
                                                        "B and C"], GBR),
        _a("RMJ Holdings Corp", ["RMJ Holdings Corp", "RMJ"], USA),
        _a("RMJ Securities", ["RMJ Securities"], USA),
        _a("SMS", ["SMS"], USA),
        _a("Richard Lacy", ["Exco Chairman Richard Lacy", "Richard Lacy", "Lacy"], None),
        _a("Reuters", ["Reuters"], None),
        _a("Bank of New York Co Inc", ["Bank of New York Co Inc", "BK.N", "Bank of New York"], USA),
        _a("RMJ partners", ["partners"], None),
        _a("Security Pacific Corp", ["Security Pacific Corp", "SPC.N"], USA),
        _a("Peter Goldie", ["Peter Goldie"], None),
    ],
    "acq/reut-00006": [
        _a("Group of New York investment firms", ["INVESTMENT FIRMS", "investment firms", "group"], USA),
        _a("Mutual Shares Corp", ["Mutual Shares Corp"], USA),
        _a("Cyclops Corp", ["CYCLOPS", "CYL", "Cyclops Corp", "Cyclops"], USA),
        _a("Securities and Exchange Commission", ["Securities and Exchange Commission"], USA),
    ],
    "r21578/newid-00003": [
        _a("Texas Commerce Bancshares Inc", ["TEXAS COMMERCE BANCSHARES", "TCB", "Texas Commerce Bancshares Inc"], USA),
        _a("Texas Commerce Bank-Houston", ["Texas Commerce Bank-Houston", "The bank"], USA),
        _a("Comptroller of the Currency", ["Comptroller of the Currency"], USA),
    ],
    "acq/reut-00018": [
        _a("Toshin Steel Co Ltd", ["Toshin Steel Co Ltd", "TOSS.T", "Toshin Steel", "the company"], JPN),
        _a("Azuma Steel Co Ltd", ["Azuma Steel Co Ltd", "Azuma Steel", "The firm"], JPN),
        _a("Nippon Kokan KK", ["NIPPON KOKAN", "Nippon Kokan KK", "NKKT.T", "Nippon Kokan"], JPN),
        _a("Company spokesmen", ["spokesmen"], None),
        _a("Azuma spokesman", ["spokesman"], None),
        _a("Industry sources", ["industry sources"], None),
    ],
    "r21578/newid-00008": [
        _a("Moody's Investors Service Inc", ["MOODY'S", "Moody's Investors Service Inc", "Moody's"], USA),
        _a("USX Corp", ["USX", "X", "USX Corp", "The company"], USA),
        _a("Marathon Oil Co", ["Marathon Oil Co"], USA),
    ],
}

HELD = {
    "acq/reut-00005": [
        _a("CoFAB Inc", ["COFAB INC", "CoFAB Inc", "CoFAB"], USA),
        _a("Gulfex Inc", ["GULFEX", "Gulfex Inc"], USA),
    ],
    "acq/reut-00026": [
        _a("American Express Co", ["AMERICAN EXPRESS", "AXP", "American Express Co", "American Express",
                                   "financial services giant", "The company", "financial services firm"], USA),
        _a("Shearson Lehman Brothers Inc", ["SHEARSON", "Shearson Lehman Brothers Inc", "Shearson", "Shearon",
                                            "brokerage unit", "brokerage firm"], USA),
        _a("Analysts", ["Analysts", "analysts"], None),
        _a("American Express spokesman", ["spokesman"], None),
        _a("Larry Eckenfelder", ["Larry Eckenfelder"], None),
        _a("Prudential-Bache Securities", ["Prudential-Bache Securities"], None),
        _a("Jeffrey Lane", ["Chief operating officer Jeffrey Lane", "Jeffrey Lane"], None),
        _a("E.F. Hutton Group Inc", ["E.F. Hutton Group Inc", "Hutton"], USA),
    ],
    "acq/reut-00052": [
        _a("Four Seasons Hotels Inc", ["FOUR SEASONS", "Four Seasons Hotels Inc"], CAN),
        _a("VMS Realty Partners", ["VMS Realty Partners", "VMS Realty"], USA),
        _a("Marriott Corp", ["MARRIOTT", "MHS", "Marriott Corp"], USA),
    ],
    "acq/reut-00025": [
        _a("Scientific Micro Systems Inc", ["SCIENTIFIC MICRO SYSTEMS", "SMSI", "Scientific Micro Systems Inc",
                                            "Scientific Micro"], USA),
        _a("Supermac Technology", ["SUPERMAC", "Supermac Technology", "Supermac"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real60.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real60_heldout.jsonl", FOLDER)
