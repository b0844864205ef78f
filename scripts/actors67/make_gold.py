"""Write round 67's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; government / economy and company stories) drawn from this
helper's pool by ``python scripts/actors67/draw.py`` (seed 67; ``draw.txt``) before any spinscope run on them. Whole
stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors67/make_gold.py`` (it also checks that every surface occurs in its
story as whole words). Choices of this batch: ``README.md``.
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
SAU = "SAU"
BRA = "BRA"
ECU = "ECU"
YUG = "YUG"


DEV = {
    "train/wr-train-1433": [
        _a("Bank of England", ["BANK OF ENGLAND", "Bank of England", "the Bank", "The Bank"], GBR),
        _a("Nigel Lawson", ["Chancellor of the Exchequer Nigel Lawson", "Nigel Lawson", "Lawson"], GBR),
        _a("Group of Six", ["Group of Six"], IGO),
        _a("Market sources", ["market sources"], None),
        _a("Treasury spokesman", ["Treasury spokesman"], GBR),
        _a("Paul Temperton", ["Paul Temperton", "Temperton"], None),
        _a("Merrill Lynch Europe Ltd", ["Merrill Lynch Europe Ltd"], None),
        _a("British government", ["the government"], GBR),
        _a("Analysts", ["analysts", "Other analysts"], None),
        _a("John Cox", ["John Cox", "Cox"], None),
        _a("EBC Amro Bank Ltd", ["EBC Amro Bank Ltd"], None),
        _a("Dealers", ["dealers"], None),
        _a("Authorities", ["the authorities"], GBR),
        _a("Richard Jeffrey", ["Richard Jeffrey"], None),
        _a("Hoare Govett Ltd", ["Hoare Govett Ltd"], None),
        _a("Ian Harwood", ["Ian Harwood"], None),
        _a("Warburg Securities", ["Warburg Securities"], None),
        _a("Mercury International Group", ["Mercury International Group"], None),
        _a("Banking sources", ["banking sources"], None),
    ],
    "train/wr-train-1390": [
        _a("James Baker", ["BAKER", "Treasury Secretary James Baker", "James Baker", "Baker"], USA),
        _a("United States", ["U.S.", "United States"], USA),
        _a("Robert Ortner", ["Commerce Department official", "Robert Ortner", "Ortner"], USA),
        _a("Five other industrial nations", ["five other industrial nations"], None),
        _a("National Newspaper Association", ["National Newspaper Association"], None),
    ],
    "train/wr-train-0512": [
        _a("Viacom International Inc", ["VIACOM", "VIA", "Viacom International Inc", "Viacom", "The company"], USA),
        _a("National Amusements Inc", ["NATIONAL AMUSEMENTS", "National Amusements Inc", "National Amusements"],
           None),
        _a("Viacom special committee", ["special committee", "the committee"], USA),
        _a("MCV Holdings Inc", ["MCV Holdings Inc"], None),
        _a("Viacom spokeswoman", ["A spokeswoman"], None),
        _a("Arsenal Holdings Inc", ["Arsenal Holdings Inc", "Arsenal Holdings"], None),
    ],
    "train/wr-train-1172": [
        _a("Prudential Insurance Company of America", ["PRUDENTIAL INSURANCE",
                                                       "Prudential Insurance Company of America",
                                                       "privately held company", "the company"], USA),
        _a("Prudential Capital and Investment Services Inc", ["Prudential Capital and Investment Services Inc",
                                                               "the holding company"], None),
        _a("Prudential-Bache Securities", ["Prudential-Bache Securities", "Prudential-Bache"], None),
    ],
    "train/wr-train-0730": [
        _a("Saudi Arabia", ["SAUDI", "Saudi Arabia", "Saudis"], SAU),
        _a("OPEC", ["OPEC", "Organization of Petroleum Exporting Countries", "the organization"], IGO),
        _a("OPEC members", ["other members", "OPEC nations", "OPE members"], None),
        _a("John Wellemeyer", ["managing director John Wellemeyer", "John Wellemeyer", "Wellemeyer"], None),
        _a("Morgan Stanley Group", ["Morgan Stanley Group"], None),
    ],
}

HELD = {
    "test/wr-test-0509": [
        _a("Northern Trust Corp", ["NORTHERN TRUST", "NTRS", "Northern Trust Corp", "the bank"], USA),
        _a("Brazil", ["BRAZIL", "Brazil"], BRA),
        _a("Ecuador", ["Ecuador"], ECU),
    ],
    "train/wr-train-0567": [
        _a("US Department of Agriculture", ["USDA", "U.S. Agriculture Department"], USA),
        _a("USDA counselor in Belgrade", ["counselor"], USA),
        _a("Yugoslav agriculture officials", ["Yugoslav agriculture officials"], YUG),
        _a("Wheat farmers", ["wheat farmers"], YUG),
    ],
    "train/wr-train-0350": [
        _a("Diagnostic Products Corp", ["DIAGNOSTIC PRODUCTS", "DPCZ", "Diagnostic Products Corp", "Diagnostic",
                                        "the company"], USA),
        _a("Sigi Ziering", ["Sigi Ziering", "Ziering"], None),
        _a("Food and Drug Administration", ["Food and Drug Administration"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real67.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real67_heldout.jsonl", FOLDER)
