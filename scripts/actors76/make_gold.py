"""Write round 76's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading thirty short Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; company and market wire under 700 characters) drawn from this
helper's pool by ``python scripts/actors76/draw.py`` (seed 76; ``draw.txt``) before any spinscope run on them. Whole
stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors76/make_gold.py`` (it also checks that every surface occurs in its
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
CAN = "CAN"
ZAF = "ZAF"
JPN = "JPN"
GBR = "GBR"
AUS = "AUS"
COL = "COL"
DEU = "DEU"
BEL = "BEL"


DEV = {
    "train/wr-train-1418": [
        _a("Leaseway Transportation Corp", ["LEASEWAY TRANSPORTATION CORP"], USA),
    ],
    "train/wr-train-0572": [
        _a("Statistics Canada", ["Statistics Canada", "the federal agency"], CAN),
    ],
    "train/wr-train-0929": [
        _a("Gerhard de Kock", ["Reserve Bank Governor Gerhard de Kock", "Gerhard de Kock", "De Kock"], ZAF),
        _a("South African state", ["The state"], ZAF),
    ],
    "test/wr-test-0174": [
        _a("Preston Corp", ["PRESTON CORP", "Preston corp", "The trucking company"], USA),
    ],
    "train/wr-train-0365": [
        _a("Up-Right Inc", ["UP-RIGHT INC"], USA),
    ],
    "train/wr-train-0999": [
        _a("Canon Inc", ["CANON INC", "The company"], JPN),
    ],
    "test/wr-test-0242": [
        _a("Strata Corp", ["STRATA", "Strata Corp", "Strata", "The company"], USA),
        _a("Lomak Petroleum Inc", ["Lomak Petroleum Inc"], None),
    ],
    "test/wr-test-0232": [
        _a("Zondervan Corp", ["ZONDERVAN", "Zondervan Corp", "Zondervan"], USA),
        _a("Jeffrey Wendel", ["Jeffrey Wendel"], None),
        _a("Wendel group", ["investor group", "the Wendel group", "The Wendel group"], None),
        _a("Moran shareholder group", ["shareholder group"], None),
        _a("Christopher Moran", ["Christopher Moran"], None),
    ],
    "test/wr-test-0485": [
        _a("Trade sources", ["trade sources"], None),
    ],
    "train/wr-train-0200": [
        _a("Carlton Communications Plc", ["CARLTON COMMUNICATIONS", "Carlton Communications Plc", "Carlton"], GBR),
        _a("M.P. Green", ["Chairman M.P. Green", "M.P. Green", "the Chairman"], None),
    ],
    "test/wr-test-0009": [
        _a("Western Mining Corp Holdings Ltd", ["WESTERN MINING", "Western Mining Corp Holdings Ltd", "WMC"], AUS),
        _a("W.R. Grace and Co", ["W.R. Grace and Co"], USA),
    ],
    "train/wr-train-0875": [
        _a("Nusource Investments Inc", ["Nusource Investments Inc", "Nusource", "ANW Inc"], None),
        _a("American Nutrition Works Inc", ["AMERICAN NUTRITION WORKS INC", "American Nutrition Works Inc",
                                            "American Nutrition"], None),
        _a("Richard A. Trydahl", ["Richard A. Trydahl"], None),
        _a("Samuel Mineo", ["Samuel Mineo"], None),
        _a("Charles E. Flink", ["Charles E. Flink"], None),
    ],
    "train/wr-train-1229": [
        _a("Yellow Freight System Inc", ["YELLOW FREIGHT", "Yellow Freight System Inc", "Yellow Freight"], USA),
        _a("Yellow Freight officials", ["company officials"], None),
    ],
    "train/wr-train-0831": [
        _a("Equitable of Iowa Cos", ["EQUITABLE OF IOWA COS"], USA),
    ],
    "train/wr-train-0744": [
        _a("C.T.C. Dealer Holdings Ltd", ["C.T.C. DEALER", "Dealer Holdings Ltd", "CTC"], None),
        _a("Canadian Tire Corp Ltd", ["CANADIAN TIRE C.T.C.", "Canadian Tire Corp Ltd", "Canadian Tire"], None),
        _a("Ontario Securities Commission", ["Ontario Securities Commission"], CAN),
    ],
    "train/wr-train-1309": [
        _a("McDonnell Douglas Corp", ["MCDONNELL DOUGLAS", "McDonnell Douglas Corp", "McDonnell Douglas"], USA),
        _a("Republic Health Corp", ["Republic Health Corp", "Republic Health"], USA),
        _a("Alpha Health Systems Corp", ["Alpha Health Systems Corp"], None),
        _a("Pesch and Co", ["Pesch and Co", "Pesch"], None),
        _a("LeRoy A. Pesch", ["PESCH", "LeRoy A. Pesch", "Mr. Pesch"], None),
        _a("REPH Acquisition Co", ["REPH Acquisition Co"], None),
        _a("McDonnell Douglas spokesman", ["spokesman"], None),
        _a("Reuters", ["Reuters"], None),
    ],
    "train/wr-train-1071": [
        _a("Mine managers", ["MINE MANAGERS", "Seven managers and employees", "the accused"], ZAF),
        _a("General Mining Union Corp Ltd", ["General Mining Union Corp Ltd"], ZAF),
        _a("Kinross Mines Ltd", ["Kinross Mines Ltd"], ZAF),
        _a("Attorney General's Office", ["Attorney General's Office"], ZAF),
        _a("Attorney General's Office spokesman", ["spokesman"], ZAF),
        _a("Kinross miners", ["gold miners", "The mineworkers", "miners"], ZAF),
    ],
    "train/wr-train-1458": [
        _a("Ecopetrol", ["Ecopetrol"], COL),
        _a("Ecopetrol spokesman", ["spokesman"], None),
        _a("Colombia", ["Colombia"], COL),
    ],
    "train/wr-train-0732": [
        _a("Zenith Laboratories Inc", ["ZENITH LABS", "Zenith Laboratories Inc", "Zenith", "the company",
                                       "The company"], USA),
        _a("Food and Drug Administration", ["Food and Drug Administration"], USA),
    ],
    "train/wr-train-0804": [
        _a("Unitrode Corp", ["UNITRODE CORP"], USA),
    ],
}

HELD = {
    "train/wr-train-0409": [
        _a("Armtek Corp", ["ARMTEK", "Armtek Corp", "Armstrong Rubber Co", "Armtek", "the company"], USA),
        _a("Dyneer Corp", ["Dyneer Corp"], USA),
        _a("Armstrong Tire Co", ["Armstrong Tire Co"], USA),
    ],
    "train/wr-train-0553": [
        _a("Lac Minerals Ltd", ["LAC", "Lac Minerals Ltd"], None),
        _a("Cambior Inc", ["Cambior Inc"], None),
    ],
    "train/wr-train-0422": [
        _a("Mitchell Hutchins Asset Management Inc", ["Mitchell Hutchins Asset Management Inc", "Mitchell Hutchins",
                                                      "The firm"], USA),
        _a("PaineWebber Group Inc", ["PAINEWEBBER", "PaineWebber Group Inc"], USA),
        _a("Shaer Shoe Corp", ["SHAER SHOE", "Shaer Shoe Corp"], USA),
        _a("Shaer management", ["Shaer management"], None),
    ],
    "train/wr-train-0042": [
        _a("Atico Financial Corp", ["ATICO FINANCIAL CORP", "Atico", "Peninsula Federal Savings and Loan Association"],
           USA),
        _a("Pan America Banks Inc", ["Pan America Banks Inc"], None),
        _a("NCNB Corp", ["NCNB Corp"], None),
    ],
    "train/wr-train-0289": [
        _a("Bank of America NT and SA", ["BANKAMERICA", "Bank of America NT and SA", "Bank of America", "the bank"],
           USA),
        _a("Bank of America's West German branch", ["West German branch"], None),
        _a("Bankhaus Centrale Credit AG", ["Bankhaus Centrale Credit AG", "Bankhaus Centrale Credit"], DEU),
        _a("Michael Seibel", ["Michael Seibel"], None),
    ],
    "test/wr-test-0173": [
        _a("General Electric Co Plc", ["GEC", "General Electric Co Plc"], GBR),
        _a("Picker International Inc", ["Picker International Inc"], USA),
        _a("GEC spokesman", ["spokesman"], None),
        _a("Stock Exchange traders", ["Stock Exchange traders"], None),
    ],
    "train/wr-train-0536": [
        _a("National Statistics Office", ["National Statistics Office", "the Statistics Office"], BEL),
    ],
    "train/wr-train-0074": [
        _a("Liberty All-Star Equity Fund", ["LIBERTY ALL-STAR", "Liberty All-Star Equity Fund", "The fund",
                                            "the fund"], USA),
    ],
    "train/wr-train-1174": [
        _a("Aequitron Medical Inc", ["AEQUITRON", "Aequitron Medical Inc", "The company", "the company"], USA),
    ],
    "train/wr-train-0885": [
        _a("Parsow Partnership Ltd", ["PARTNERSHIP", "Parsow Partnership Ltd", "Parsow", "The partnership"], USA),
        _a("ERC International Inc", ["ERC INTERNATIONAL", "ERC International Inc", "ERC"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real76.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real76_heldout.jsonl", FOLDER)
