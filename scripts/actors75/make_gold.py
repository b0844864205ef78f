"""Write round 75's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading thirty short Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; stories naming governments) drawn from
this helper's pool by ``python scripts/actors75/draw.py`` (seed 75; ``draw.txt``) before any spinscope run on them.
Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root,
../shared and ../wekareuters present): ``python scripts/actors75/make_gold.py`` (it also checks that every surface
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


CHN = "CHN"
EGY = "EGY"
JPN = "JPN"


DEV = {
    "test/wr-test-0584": [
        _a("Hawaiian Electric Industries", ["HAWAIIAN ELECTRIC", "Hawaiian Electric Industries", "Hawaiian Electric"],
           USA),
        _a("Hawaiian Insurance Companies", ["HAWAIIAN INSURANCE", "Hawaiian Insurance Companies", "comapny"], None),
    ],
    "test/wr-test-0044": [
        _a("Bank of Japan", ["BANK OF JAPAN", "Bank of Japan", "central bank"], JPN),
        _a("Dealers", ["dealers"], None),
        _a("Medium-sized trading house", ["medium-sized trading house"], None),
        _a("Electrical consumer goods company", ["major electrical consumer goods company"], None),
    ],
    "test/wr-test-0565": [
        _a("US Agriculture Department", ["USDA", "U.S. Agriculture Department"], USA),
    ],
    "test/wr-test-0030": [
        _a("European Community", ["European Community", "EC"], IGO),
        _a("European Commission", ["European Commission"], IGO),
        _a("Traders", ["traders", "LONDON TRADE"], None),
        _a("Sugar operators", ["operators"], None),
    ],
    "test/wr-test-0494": [
        _a("Ship brokers", ["ship brokers"], None),
        _a("Cam", ["Cam"], None),
        _a("Comanav", ["Comanav"], None),
        _a("Continental", ["Continental"], None),
        _a("Cory Grain", ["Cory Grain"], None),
    ],
    "test/wr-test-0319": [
        _a("Kiichi Miyazawa", ["MIYAZAWA", "Japanese Finance Minister Kiichi Miyazawa", "Kiichi Miyazawa", "Miyazawa"],
           JPN),
        _a("Group of Seven", ["Group of Seven"], IGO),
    ],
    "test/wr-test-0458": [
        _a("Beryl Sprinkel", ["SPRINKEL", "Council of Economic Advisers chairman",
                              "chairman Beryl Sprinkel", "Beryl Sprinkel",
                              "Sprinkel"], USA),
        _a("Reagan administration", ["Reagan Administration", "Administration"], USA),
        _a("Congressional Democrats", ["Congressional Democrats"], USA),
        _a("House Rules Committee", ["House Rules Committee"], USA),
    ],
    "train/wr-train-0526": [
        _a("Malcolm Baldrige", ["U.S. COMMERCE SECRETARY", "Commerce Secretary Malcolm Baldrige", "Malcolm Baldrige"],
           USA),
        _a("US Commerce Department", ["the department"], USA),
    ],
    "train/wr-train-0388": [
        _a("AMCA International Ltd", ["AMCA", "International Ltd", "The company"], None),
        _a("Federal Industries Ltd", ["Federal Industries Ltd"], None),
        _a("Russelsteel Inc", ["Russelsteel Inc"], None),
    ],
    "test/wr-test-0404": [
        _a("India", ["INDIA", "India"], "IND"),
        _a("Indian Agriculture Ministry", ["Agriculture Ministry"], "IND"),
        _a("National Oilseeds Development Program", ["National Oilseeds Development Program"], "IND"),
    ],
    "test/wr-test-0543": [
        _a("Egypt", ["EGYPT", "Egypt"], EGY),
        _a("Trade sources", ["Trade sources"], None),
        _a("Egyptian official sources", ["Egyptian official sources"], EGY),
        _a("Islamic Corp", ["Islamic Corp", "Egyptian company"], EGY),
        _a("Other traders", ["other traders"], None),
        _a("Egyptian trade official", ["Egyptian trade official", "The official"], EGY),
        _a("Egyptian government", ["the government"], EGY),
    ],
    "train/wr-train-1155": [
        _a("Egypt", ["Egypt"], EGY),
        _a("Egyptian General Petroleum Corp", ["Egyptian General Petroleum Corp", "EGPC"], EGY),
        _a("Egyptian officials", ["Officials"], EGY),
        _a("OPEC", ["OPEC"], IGO),
    ],
    "train/wr-train-1144": [
        _a("EC Commission", ["EC Commission"], IGO),
        _a("Trade sources", ["trade sources", "PARIS TRADE"], None),
        _a("French trade houses", ["French trade houses"], "FRA"),
    ],
    "train/wr-train-1279": [
        _a("Unicorp American Corp", ["UNICORP", "Unicorp American Corp", "Unicorp"], USA),
        _a("Lincoln Savings Bank FSB", ["LINCOLN", "Lincoln Savings Bank FSB", "Lincoln"], USA),
        _a("Alton Marshall", ["Alton Marshall"], None),
    ],
    "test/wr-test-0002": [
        _a("China Daily", ["CHINA DAILY", "China Daily", "The paper"], None),
        _a("Chinese government", ["the government"], CHN),
    ],
    "test/wr-test-0430": [
        _a("Federal Reserve", ["FED", "Federal Reserve", "Fed"], USA),
        _a("Economists", ["economists"], None),
    ],
    "train/wr-train-0683": [
        _a("US Treasury", ["TREASURY", "Treasury"], USA),
    ],
    "train/wr-train-1003": [
        _a("Belgo-Luxembourg Economic Union", ["Belgo-Luxembourg Economic Union", "BLEU"], None),
        _a("National Statistics Institute", ["National Statistics Institute"], "BEL"),
        _a("Institute spokesman", ["spokesman"], "BEL"),
    ],
    "train/wr-train-0048": [
        _a("Federal Reserve", ["Federal Reserve"], USA),
        _a("Fed spokesman", ["Fed spokesman"], USA),
        _a("New York City banks", ["New York City banks", "The banks", "the banks"], USA),
    ],
    "train/wr-train-1106": [
        _a("Federal Reserve", ["FED", "Federal Reserve", "Fed"], USA),
        _a("Economists", ["economists", "Most economists"], None),
    ],
}

HELD = {
    "train/wr-train-0159": [
        _a("Indonesia", ["INDONESIA", "Indonesia"], "IDN"),
        _a("US Embassy", ["U.S. Embassy"], USA),
    ],
    "train/wr-train-0464": [
        _a("Bank of England", ["Bank of England"], GBR),
    ],
    "train/wr-train-0148": [
        _a("New China News Agency", ["New China News Agency", "the agency"], None),
        _a("Chinese Ministry of Agriculture", ["Ministry of Agriculture, Animal",
                                                             "Animal Husbandry and Fisheries"], CHN),
    ],
    "train/wr-train-1502": [
        _a("Gholamreza Aqazadeh", ["IRANIAN OIL MINISTER", "Iranian Oil Minister Gholamreza Aqazadeh",
                                   "Gholamreza Aqazadeh"], "IRN"),
        _a("APS", ["official news agency", "APS"], None),
        _a("Iran", ["Iran"], "IRN"),
        _a("Algeria", ["Algeria"], "DZA"),
        _a("Belkacem Nabi", ["Belkacem Nabi", "Algerian Minister of Energy",
                             "Energy, Chemical and Petro-Chemical", "Petro-Chemical Industries"],
           "DZA"),
    ],
    "test/wr-test-0014": [
        _a("People's Daily", ["People's Daily", "overseas edition"], None),
    ],
    "train/wr-train-0838": [
        _a("Comdata Network Inc", ["COMDATA NETWORK", "Comdata Network Inc", "Comdata"], USA),
        _a("Rosewood Financial Inc", ["Rosewood Financial Inc", "Rosewood"], None),
        _a("Cypress Partners LP", ["Cypress Partners LP"], None),
        _a("Driftwood Ltd", ["Driftwood Ltd"], None),
        _a("Mason Best Co", ["Mason Best Co"], None),
    ],
    "train/wr-train-0166": [
        _a("China", ["CHINA", "China"], CHN),
        _a("World Bank", ["WORLD BANK", "World Bank"], IGO),
        _a("New China News Agency", ["New China News Agency"], None),
        _a("Chinese company", ["Chinese company"], CHN),
    ],
    "train/wr-train-0698": [
        _a("Alcan Aluminium Ltd", ["ALCAN", "Alcan Aluminium Ltd", "Alcan", "the company"], "CAN"),
        _a("Fernand Leclerc", ["spokesman", "Fernand Leclerc", "Leclerc"], None),
    ],
    "train/wr-train-0733": [
        _a("American Pork Congress delegates", ["Delegates", "delegates"], USA),
        _a("American Pork Congress", ["American Pork Congress", "APC"], USA),
        _a("National Pork Producers Council", ["National Pork Producers Council"], USA),
        _a("Berkley Bedell", ["Iowa Congressman Berkley Bedell", "Berkley Bedell"], None),
        _a("Bill Lesher", ["Bill Lesher"], None),
    ],
    "train/wr-train-0161": [
        _a("Nippon Light Metal Co Ltd", ["NIPPON LIGHT METAL", "Nippon Light Metal Co Ltd", "Nippon"], JPN),
        _a("Nippon Light Metal official", ["company official"], None),
        _a("Ryoka Light Metal Industries Ltd", ["Ryoka Light Metal Industries Ltd"], None),
        _a("Mitsui Aluminium Co Ltd", ["Mitsui Aluminium Co Ltd"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real75.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real75_heldout.jsonl", FOLDER)
