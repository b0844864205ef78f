"""Write round 63's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading eight Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; government / trade and company stories) drawn from this helper's
pool by ``python scripts/actors63/draw.py`` (seed 63; ``draw.txt``) before any spinscope run on them. Whole stories
(title and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors63/make_gold.py`` (it also checks that every surface occurs in its
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
ITA = "ITA"
ESP = "ESP"
FRA = "FRA"
CAN = "CAN"
BRA = "BRA"


DEV = {
    "train/wr-train-1031": [
        _a("OPEC", ["OPEC", "group"], IGO),
        _a("OPEC ministers", ["OPEC ministers"], IGO),
        _a("Reuters", ["Reuter", "Reuters"], None),
        _a("United Arab Emirates", ["United Arab Emirates", "UAE"], "ARE"),
        _a("Kuwait", ["Kuwait", "KUWAIT"], "KWT"),
        _a("Ecuador", ["Ecuador", "ECUADOR"], "ECU"),
        _a("Saudi Arabia", ["Saudi Arabian", "Saudi", "SAUDI ARABIA"], "SAU"),
        _a("Iran", ["Iran", "IRAN"], "IRN"),
        _a("Iraq", ["Iraq", "IRAQ"], "IRQ"),
        _a("Qatar", ["Qatar", "QATAR"], "QAT"),
        _a("Nigeria", ["Nigeria", "NIGERIA"], "NGA"),
        _a("Industry sources", ["Industry sources"], None),
        _a("Japanese buyers", ["Japanese buyers"], "JPN"),
        _a("Gulf Arab oil states", ["Gulf Arab oil states"], IGO),
        _a("Nigeria's customers", ["customers"], None),
    ],
    "test/wr-test-0463": [
        _a("National Distillers and Chemical Corp", ["NATIONAL DISTILLERS", "DR",
                                                    "National Distillers and Chemical Corp", "National Distillers",
                                                    "the company"], USA),
        _a("American Brands Inc", ["American Brands Inc", "AMB"], USA),
        _a("John Henry", ["John Henry", "Henry"], None),
        _a("E.F. Hutton Group", ["E.F. Hutton Group"], None),
        _a("Company spokeswoman", ["spokeswoman"], None),
        _a("Grand Metropolitan PLC", ["Grand Metropolitan PLC"], "GBR"),
        _a("Heublein Inc", ["Heublein Inc"], USA),
        _a("Enron Chemicals", ["Enron Chemicals", "Enron"], USA),
    ],
    "train/wr-train-1004": [
        _a("Bank of Spain", ["Bank of Spain", "central bank", "the bank"], ESP),
        _a("Spain", ["SPAIN", "Spain"], ESP),
        _a("Spanish government", ["government"], ESP),
        _a("Banking sources", ["Banking sources"], None),
        _a("Miguel Angel Fernandez Ordonez", ["Secretary of State for Trade", "Miguel Angel Fernandez Ordonez"], ESP),
    ],
    "train/wr-train-0421": [
        _a("OECD", ["OECD", "Organisation for Economic Cooperation and Development"], IGO),
        _a("France", ["FRANCE", "France"], FRA),
        _a("French government", ["government", "authorities"], FRA),
        _a("OECD official", ["OECD official"], IGO),
        _a("OECD officials", ["OECD officials"], IGO),
    ],
    "test/wr-test-0153": [
        _a("Montedison SPA", ["MONTEDISON", "Montedison SPA", "Montedison", "the company", "The company"], ITA),
        _a("Agrimont SPA", ["AGRIMONT", "Agrimont Group", "Agrimont SPA", "Agrimont", "Argimont"], ITA),
        _a("Conserv", ["Conserv"], None),
        _a("Ettore dell'Isola", ["Ettore dell'Isola"], None),
        _a("Renato Picco", ["Renato Picco"], None),
        _a("Eridania SPA", ["Eridania SPA"], ITA),
        _a("Gianfranco Ceroni", ["Gianfranco Ceroni"], None),
        _a("Italiana Olii e Sifi", ["Italiana Olii e Sifi"], ITA),
        _a("Ferruzzi Group", ["Ferruzzi Group", "Ferruzzi"], ITA),
    ],
}

HELD = {
    "test/wr-test-0545": [
        _a("Canada", ["CANADA", "Canada"], CAN),
        _a("Canadian federal government", ["federal government"], CAN),
        _a("Economists", ["economists", "Economists"], None),
        _a("Richardson Greenshields of Canada Ltd", ["Richardson Greenshields of Canada Ltd"], None),
        _a("Susan Clark", ["Susan Clark"], None),
        _a("James Donegan", ["James Donegan", "Donegan"], None),
        _a("Midland Doherty Ltd", ["Midland Doherty Ltd", "Midland"], None),
        _a("Statistics Canada", ["Statistics Canada", "the agency"], CAN),
        _a("Money market analysts", ["Money market analysts"], None),
        _a("Bank of Nova Scotia", ["Bank of Nova Scotia"], None),
        _a("Warren Jestin", ["Warren Jestin", "Jestin"], None),
    ],
    "train/wr-train-1204": [
        _a("Brazilian seamen", ["SEAMEN", "seamen"], BRA),
        _a("Almir Pazzianotto", ["Labour Minister Almir Pazzianotto", "Almir Pazzianotto"], BRA),
        _a("Union officials", ["union officials"], None),
        _a("Jorge Luis Leao Franco", ["Jorge Luis Leao Franco", "union official"], None),
        _a("National Merchant Marine Union", ["National Merchant Marine Union"], BRA),
        _a("Reuters", ["Reuters"], None),
        _a("Brazil", ["Brazil"], BRA),
        _a("Brazilian government", ["government"], BRA),
        _a("Economic analysts", ["Economic analysts"], None),
        _a("Murilo Rubens Habbema", ["Murilo Rubens Habbema", "Rubens Habbema"], BRA),
        _a("National Merchant Marine Authority", ["National Merchant Marine Authority"], BRA),
        _a("Gazeta Mercantil", ["Gazeta Mercantil"], None),
        _a("Port of Santos spokesman", ["spokesman"], None),
    ],
    "test/wr-test-0503": [
        _a("US retailers", ["U.S. retailers", "retailers", "Retailers"], USA),
        _a("Analysts", ["analysts", "Analysts"], None),
        _a("Monroe Greenstein", ["Monroe Greenstein", "Greenstein"], None),
        _a("Bear Stearns", ["Bear Stearns"], None),
        _a("Edward Johnson", ["Edward Johnson"], None),
        _a("Johnson Redbook Associates", ["Johnson Redbook Associates"], None),
        _a("Jeff Edelman", ["Jeff Edelman", "Edelman"], None),
        _a("Drexel Lambert and Burnham", ["Drexel Lambert and Burnham", "Drexel"], None),
        _a("Edward Brennan", ["Edward Brennan", "Brennan"], None),
        _a("Sears Roebuck and Co", ["Sears Roebuck and Co", "Sears", "SEARS"], USA),
        _a("Harry Mortner", ["Harry Mortner", "Mortner"], None),
        _a("C.J. Lawrence", ["C.J. Lawrence"], None),
        _a("J.C. Penney Co Inc", ["J.C. Penney Co Inc", "JCP", "Penney", "JC PENNEY"], USA),
        _a("Dayton Hudson Corp", ["Dayton Hudson Corp", "DH", "Dayton Hudson", "Hudson", "DAYTON"], USA),
        _a("William Howell", ["William Howell"], None),
        _a("Kenneth Mackes", ["Kenneth Mackes"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real63.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real63_heldout.jsonl", FOLDER)
