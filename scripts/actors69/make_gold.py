"""Write round 69's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; stories naming governments) drawn from this helper's pool by
``python scripts/actors69/draw.py`` (seed 69; ``draw.txt``) before any spinscope run on them. Whole stories (title
and body) are annotated; a story's id is its folder and stem. Usage (repository root, ../shared and
../wekareuters present): ``python scripts/actors69/make_gold.py`` (it also checks that every surface occurs in its
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
CIV = "CIV"
MYS = "MYS"
THA = "THA"
IDN = "IDN"
AUS = "AUS"
PHL = "PHL"


DEV = {
    "train/wr-train-0982": [
        _a("Ivory Coast", ["IVORY COAST", "Ivory Coast", "West African nation", "his country"], CIV),
        _a("International Coffee Organisation", ["International Coffee Organisation", "ICO"], IGO),
        _a("Denis Bra Kanon", ["Denis Bra Kanon", "Bra Kanon", "the minister", "Agriculture Minister"], CIV),
        _a("Producer and consumer nations", ["producer and consumer nations"], None),
        _a("Traders", ["traders"], None),
        _a("Inter-African Coffee Organisation", ["Inter-African Coffee Organisation", "IACO"], IGO),
        _a("Felix Houphouet-Boigny", ["Felix Houphouet-Boigny", "Ivorian leader"], CIV),
        _a("Ivorian government", ["his government", "the government"], CIV),
        _a("Ivorian coffee-growers", ["Ivorian coffee-growers", "small farmers"], CIV),
        _a("Finance Ministry", ["Finance Ministry"], CIV),
    ],
    "test/wr-test-0220": [
        _a("Kenneth Blaylock", ["Kenneth Blaylock", "Blaylock"], None),
        _a("American Federation of Government Employees", ["American Federation of Government Employees"], None),
        _a("House Agriculture Subcommittee", ["House Agriculture subcommittee", "House Agriculture Subcommittee",
                                              "the panel"], USA),
        _a("Rodney Leonard", ["Rodney Leonard", "Leonard"], None),
        _a("Community Nutrition Institute", ["Community Nutrition Institute"], None),
        _a("Kenneth Morrison", ["Kenneth Morrison", "Morrison"], None),
        _a("Government Accountability Project", ["Government Accountability Project"], None),
        _a("Inspectors", ["inspectors"], USA),
        _a("Donald Houston", ["Donald Houston", "Houston"], USA),
        _a("US Agriculture Department", ["U.S. Agriculture Department", "USDA"], USA),
        _a("Food Safety and Inspection Service", ["Food Safety and Inspection Service", "FSIS"], USA),
        _a("James Olin", ["James Olin"], USA),
        _a("National Research Council", ["National Research Council"], None),
        _a("Meat and poultry industries", ["meat and poultry industries"], None),
        _a("Stanley Emerling", ["Stanley Emerling"], None),
        _a("National Association of Meat Purveyors", ["National Association of Meat Purveyors"], None),
        _a("Charles Stenholm", ["Charles Stenholm"], USA),
    ],
    "train/wr-train-1115": [
        _a("Trade sources", ["trade sources", "the sources", "sources"], None),
        _a("Saudi Arabia", ["Saudi Arabia"], "SAU"),
        _a("Soviet Union", ["Soviet Union"], "RUS"),
        _a("Italy", ["Italy"], "ITA"),
        _a("Spain", ["Spain"], "ESP"),
        _a("China", ["China"], "CHN"),
        _a("Algeria", ["Algeria"], "DZA"),
        _a("Sri Lanka", ["Sri Lanka"], "LKA"),
        _a("Poland", ["Poland"], "POL"),
    ],
    "train/wr-train-0088": [
        _a("Government Accounting Office", ["Government Accounting Office", "GAO"], USA),
        _a("GAO official", ["GAO official", "GAO source"], USA),
        _a("US government", ["the government"], USA),
        _a("Administration and industry sources", ["administration and industry sources"], None),
        _a("Agriculture Department", ["Agriculture Department", "USDA"], USA),
        _a("Office of Management and Budget", ["Office of Management and Budget", "OMB"], USA),
        _a("Reuters", ["Reuters"], None),
        _a("Jesse Helms", ["Jesse Helms"], USA),
        _a("Senate agriculture committee", ["senate agriculture committee"], USA),
        _a("Agricultural consultant", ["agricultural consultant"], None),
    ],
    "train/wr-train-0181": [
        _a("Association of Tin Producing Countries", ["Association of Tin Producing Countries", "ATPC"], IGO),
        _a("Mine and industry officials", ["Mine and industry officials"], None),
        _a("Reuters", ["Reuter", "Reuters"], None),
        _a("Malaysia", ["Malaysia"], MYS),
        _a("Indonesia", ["Indonesia"], IDN),
        _a("Thailand", ["Thailand"], THA),
        _a("Bolivia", ["Bolivia"], "BOL"),
        _a("Zaire", ["Zaire"], "COD"),
        _a("Nigeria", ["Nigeria"], "NGA"),
        _a("Australia", ["Australia"], AUS),
        _a("Malaysian mine officials", ["Mine officials"], MYS),
        _a("Redzuan Sumun", ["Redzuan Sumun", "Redzuan"], MYS),
        _a("Malaysian mine owners", ["Mine owners"], MYS),
        _a("Malaysian government", ["the government"], MYS),
        _a("Mines Department", ["Mines Department"], MYS),
        _a("Subroto", ["Subroto"], IDN),
        _a("PT Tambang Timah", ["PT Tambang Timah"], IDN),
        _a("Tambang Timah spokesman", ["spokesman"], None),
        _a("Pramual Sabhavasu", ["Pramual Sabhavasu", "Pramual"], THA),
        _a("Thai industry ministry", ["industry ministry"], THA),
        _a("Thailand Smelting and Refining Co", ["Thailand Smelting and Refining Co"], THA),
        _a("Thai Mineral Resources Department", ["Thai Mineral Resources Department"], THA),
        _a("Industry sources", ["industry sources", "Industry sources"], None),
        _a("Mining Industry Council", ["Mining Industry Council"], None),
        _a("Dam Teutong", ["Dam Teutong"], None),
        _a("Thai miners", ["Thai miners"], THA),
        _a("Jaimie Villalobos", ["Jaimie Villalobos"], "BOL"),
        _a("Comibol", ["Comibol"], "BOL"),
        _a("Bunu Sheriff Musa", ["Bunu Sheriff Musa"], "NGA"),
        _a("ATPC officials", ["ATPC officials"], IGO),
        _a("ATPC member countries", ["member countries"], None),
        _a("Brazil", ["Brazil"], "BRA"),
        _a("China", ["China"], "CHN"),
    ],
    "test/wr-test-0456": [
        _a("James Baker", ["BAKER", "James Baker", "Baker"], USA),
        _a("International Monetary Fund", ["IMF", "International Monetary Fund"], IGO),
        _a("IMF Interim Committee", ["Interim Committee"], IGO),
        _a("Group of Seven", ["Group of Seven"], IGO),
        _a("The ministers", ["the ministers"], None),
        _a("Reagan administration", ["Reagan administration"], USA),
        _a("US Congress", ["U.S. Congress"], USA),
        _a("IMF executive board", ["executive board"], IGO),
    ],
}

HELD = {
    "test/wr-test-0007": [
        _a("Indonesian Commodity Exchange", ["Indonesian Commodity Exchange", "the exchange"], IDN),
        _a("Paian Nainggolan", ["Paian Nainggolan", "Nainggolan"], None),
        _a("Reuters", ["Reuters"], None),
        _a("Rachmat Saleh", ["Rachmat Saleh", "Saleh"], IDN),
        _a("Exchange officials", ["exchange officials"], None),
        _a("Indonesian trade ministry", ["trade ministry"], IDN),
        _a("Exchange board", ["exchange board"], IDN),
        _a("Traders", ["traders"], None),
        _a("Indonesia", ["Indonesia"], IDN),
    ],
    "test/wr-test-0032": [
        _a("Anheuser-Busch Companies Inc", ["ANHEUSER-BUSCH", "Anheuser-Busch Companies Inc", "BUD.N",
                                            "Anheuser-Busch"], USA),
        _a("San Miguel Corp", ["SAN MIGUEL", "San Miguel Corp", "SANM.MN"], PHL),
        _a("Presidential Commission on Good Government", ["Presidential Commission on Good Government", "PCGG",
                                                          "government panel"], PHL),
        _a("Ramon Diaz", ["Ramon Diaz", "Diaz"], PHL),
        _a("Reuters", ["Reuters"], None),
        _a("Philippine government", ["the government"], PHL),
        _a("Alan Bond", ["Alan Bond"], None),
        _a("Bond Corp Holdings Ltd", ["Bond Corp Holdings Ltd"], AUS),
        _a("Allen and Co Inc", ["Allen and Co Inc"], USA),
        _a("Elders IXL Ltd", ["Elders IXL Ltd", "ELXA.S"], AUS),
        _a("Hong Kong Economic Journal", ["Hong Kong Economic Journal"], None),
        _a("Jacksons Ltd", ["Jacksons Ltd"], AUS),
        _a("Barwon Farmlands Ltd", ["Barwon Farmlands Ltd"], AUS),
        _a("Ariadne Australia Ltd", ["Ariadne Australia Ltd"], AUS),
        _a("San Miguel Brewery Ltd", ["San Miguel Brewery Ltd"], None),
        _a("Neptunia Corp Ltd", ["Neptunia Corp Ltd"], None),
    ],
    "train/wr-train-0928": [
        _a("Congressmen", ["Congressmen", "lawmakers"], USA),
        _a("US livestock industry representatives", ["representatives"], USA),
        _a("Reagan administration", ["Reagan administration", "the administration", "administration"], USA),
        _a("Japan", ["Japan", "the Japanese"], "JPN"),
        _a("South Korea", ["South Korea", "Korea", "Seoul"], "KOR"),
        _a("Hal Daub", ["Hal Daub", "Daub"], USA),
        _a("House subcommittee", ["House subcommittee"], USA),
        _a("Suzanne Earley", ["Suzanne Earley"], USA),
        _a("Clayton Yeutter", ["Clayton Yeutter", "Yeutter"], USA),
        _a("Senior Korean official", ["senior Korean official"], "KOR"),
        _a("Richard Lyng", ["Richard Lyng"], USA),
        _a("United States", ["U.S."], USA),
        _a("Industry officials", ["industry officials"], None),
        _a("Tom Cook", ["Tom Cook"], None),
        _a("National Cattlemens Association", ["National Cattlemens Association"], None),
        _a("Congress", ["Congress"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real69.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real69_heldout.jsonl", FOLDER)
