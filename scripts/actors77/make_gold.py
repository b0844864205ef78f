"""Write round 77's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading thirty short Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; stories the lead's allocation counted as naming governments)
drawn from this helper's pool by ``python scripts/actors77/draw.py`` (seed 77; ``draw.txt``) before any spinscope
run on them. Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository
root, ../shared and ../wekareuters present): ``python scripts/actors77/make_gold.py`` (it also checks that every
surface occurs in its story as whole words). Choices of this batch: ``README.md``.
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
CAN = "CAN"
ITA = "ITA"
AUS = "AUS"
ZWE = "ZWE"
JPN = "JPN"
FRA = "FRA"


DEV = {
    "train/wr-train-0370": [
        _a("US Intec Inc", ["U.S. INTEC INC"], USA),
    ],
    "train/wr-train-1455": [
        _a("Insituform Group Ltd", ["INSITUFORM", "Insituform Group Ltd", "Insituform"], "GGY"),
        _a("Insituform Permaline Ltd", ["Insituform Permaline Ltd", "Permaline"], None),
        _a("James Colclough", ["James Colclough"], None),
        _a("Scott Saltpeter", ["secretary Scott Saltpeter", "Scott Saltpeter"], None),
    ],
    "test/wr-test-0281": [
        _a("Australian Statistics Bureau", ["Statistics Bureau", "Bureau"], AUS),
    ],
    "train/wr-train-0043": [
        _a("International Coffee Organization", ["International Coffee Organization", "ICO"], IGO),
        _a("ICO exporters", ["EXPORTERS", "exporters", "producers"], None),
        _a("Coffee importers", ["importers"], None),
        _a("ICO delegates", ["delegates"], None),
        _a("Producer splinter group", ["splinter group"], None),
    ],
    "test/wr-test-0038": [
        _a("Isuzu Motor Ltd", ["ISUZU", "Isuzu Motor Ltd", "the company", "The company"], JPN),
        _a("Isuzu spokesman", ["company spokesman"], None),
    ],
    "test/wr-test-0525": [
        _a("Gordex Mineral Ltd", ["GORDEX MINERALS", "Gordex Mineral Ltd", "Gordex", "The company"], None),
        _a("Geologists", ["geologists"], None),
    ],
    "train/wr-train-0426": [
        _a("Groupe Cantrex Inc", ["CANTREX", "Groupe Cantrex Inc", "Cantrex"], None),
        _a("CAP Appliance Purchasers Inc", ["ONTARIO GROUP", "CAP Appliance Purchasers Inc", "CAP"], CAN),
    ],
    "train/wr-train-0527": [
        _a("Precambrian Shield Resources Ltd", ["PRECAMBRIAN SHIELD", "Precambrian Shield Resources Ltd",
                                                "Precambrian"], None),
        _a("Mark Resources Inc", ["Mark Resources Inc"], None),
        _a("Canadian Institute of Chartered Accountants", ["Canadian Insititute of Chartered Accountants"], CAN),
    ],
    "train/wr-train-0281": [
        _a("K-Tron International Inc", ["K-TRON INTERNATIONAL INC"], USA),
    ],
    "test/wr-test-0068": [
        _a("Bank of England", ["Bank of England", "the Bank"], GBR),
    ],
    "train/wr-train-0571": [
        _a("Home Federal Savings and Loan Association of the Rockies",
           ["HOME FEDERAL OF THE ROCKIES", "Home Federal Savings and Loan Association of the Rockies"], USA),
    ],
    "train/wr-train-1436": [
        _a("International Totalizator Systems Inc", ["INT'L TOTALIZATOR", "International Totalizator Systems Inc",
                                                     "automated ticket systems supplier", "the company"], USA),
        _a("Joel Graff", ["Joel Graff", "Graff"], None),
    ],
    "train/wr-train-0582": [
        _a("Investor group", ["GROUP", "investor group", "the group"], None),
        _a("Central National-Gottesman Inc", ["Central National-Gottesman Inc", "New York investment firm"], USA),
        _a("Edgar Wachenheim", ["Edgar Wachenheim"], None),
        _a("Material Sciences Corp", ["MATERIAL SCIENCES", "Material Sciences Corp", "Material Sciences"], USA),
    ],
    "test/wr-test-0050": [
        _a("La Fondiaria Spa", ["LA FONDIARIA", "Italian insurer", "La Fondiaria Spa", "Fondiaria",
                                "The company"], ITA),
        _a("Iniziativa Meta", ["Iniziativa Meta", "financial services unit"], ITA),
        _a("Montedison Spa", ["Montedison Spa"], ITA),
    ],
    "train/wr-train-1230": [
        _a("Novacor Inc", ["Novacor Inc", "Novacor", "The company"], None),
        _a("Nova", ["NOVA", "Nova"], CAN),
        _a("Novacor official", ["Novacor official", "The official"], None),
    ],
    "test/wr-test-0282": [
        _a("CSR Ltd", ["CSR"], AUS),
        _a("Delhi Petroleum Pty Ltd", ["Delhi Petroleum Pty Ltd", "Delhi"], None),
        _a("Santos Ltd", ["Santos Ltd"], AUS),
        _a("Exxon Corp", ["Exxon Corp"], USA),
    ],
    "test/wr-test-0495": [
        _a("Fiji Sugar Marketing", ["Fiji Sugar Marketing"], "FJI"),
        _a("CSR", ["CSR"], None),
        _a("Unnamed charterer", ["unnamed charterer"], None),
        _a("Kaines", ["Kaines"], None),
        _a("French charterer", ["French charterer"], FRA),
    ],
    "train/wr-train-0530": [
        _a("Commercial Coffee Growers Association", ["Commercial Coffee Growers Association", "association"], ZWE),
        _a("Robin Taylor", ["Administrative Executive Robin Taylor", "Robin Taylor", "Taylor"], None),
        _a("ZIANA", ["domestic news agency", "ZIANA"], None),
        _a("Zimbabwe", ["Zimbabwe", "the country"], ZWE),
        _a("Zimbabwean commercial coffee growers", ["commercial coffee growers"], ZWE),
    ],
    "test/wr-test-0410": [
        _a("Yugoslavia", ["YUGOSLAVIA", "Yugoslavia"], "SRB"),  # actors79: SRB (round 79)
        _a("US Agriculture Department", ["U.S. Agriculture Department"], USA),
        _a("USDA counselor in Belgrade", ["Counselor"], USA),
    ],
    "test/wr-test-0531": [
        _a("Gordex Mineral Ltd", ["GORDEX MINERALS", "Gordex Mineral Ltd", "Gordex", "The company"], None),
        _a("Geologists", ["geologists"], None),
    ],
}

HELD = {
    "train/wr-train-0595": [
        _a("Chilean National Statistics Institute", ["National Statistics Institute"], "CHL"),
    ],
    "test/wr-test-0328": [
        _a("Group of Seven", ["G-7"], IGO),
        _a("Bankers", ["bankers"], None),
        _a("Dealers", ["dealers"], None),
    ],
    "test/wr-test-0405": [
        _a("Zenex Oil Pty Ltd", ["ZENEX", "Zenex Oil Pty Ltd", "Zenex"], None),
        _a("Esso South Africa", ["SOUTH AFRICAN UNIT", "Esso South Africa", "Esso", "local subsidiary"], "ZAF"),
        _a("Exxon Corp", ["EXXON", "Exxon Corp", "Exxon"], USA),
        _a("John Truscott", ["Zenex chairman John Truscott", "John Truscott"], None),
    ],
    "test/wr-test-0301": [
        _a("Pergamon Holdings Ltd", ["PERGAMON HOLDINGS", "Pergamon Holdings Ltd", "Pergamon", "The company",
                                     "the company"], None),
        _a("Pergamon associate companies", ["associate companies"], None),
        _a("British Printing and Communication Corp Plc", ["British Printing and Communication Corp Plc", "BPCC"],
           GBR),
        _a("Hollis Plc", ["HOLLIS", "Hollis Plc", "Hollis"], GBR),
    ],
    "test/wr-test-0313": [
        _a("MEPC Plc", ["MEPC"], GBR),
        _a("Oldham Estates Ltd", ["OLDHAM", "Oldham Estates Ltd", "Oldham"], None),
    ],
    "train/wr-train-1135": [
        _a("Banco Santander", ["BANCO SANTANDER", "Banco Santander", "the bank"], None),
        _a("Bank of America", ["Bank of America"], USA),
        _a("Bankhaus Centrale Credit AG", ["CC-BANK", "Bankhaus Centrale Credit AG", "CC-Bank"], "DEU"),
    ],
    "test/wr-test-0160": [
        _a("Tunisia", ["TUNISIA", "Tunisia"], "TUN"),
        _a("Traders", ["traders"], None),
        _a("COFACE", ["French export credit agency", "COFACE"], FRA),
        _a("France", ["France"], FRA),
    ],
    "test/wr-test-0380": [
        _a("Gemina Spa", ["GEMINA", "Gemina Spa", "Gemina"], None),
        _a("Nuovo Banco Ambrosiano Spa", ["AMBROSIANO", "Nuovo Banco Ambrosiano Spa", "Ambrosiano", "the bank"],
           ITA),
        _a("La Repubblica", ["Italian daily", "La Repubblica"], None),
        _a("Gemina spokeswoman", ["Gemina spokeswoman"], None),
        _a("Ambrosiano spokeswoman", ["A spokeswoman"], None),
        _a("Giovanni Bazoli", ["Ambrosiano chairman Giovanni Bazoli", "Giovanni Bazoli"], None),
        _a("Italian banks", ["several Italian banks"], ITA),
        _a("Foreign and domestic firms", ["foreign and domestic firms"], None),
        _a("Reuters", ["Reuters"], None),
    ],
    "test/wr-test-0603": [
        _a("Sony Corp", ["SONY", "Sony Corp", "Sony"], JPN),
        _a("Akio Morita", ["chairman Akio Morita", "Akio Morita", "Morita"], None),
        _a("Japan", ["Japan"], JPN),
    ],
    "train/wr-train-0245": [
        _a("Whittaker Corp", ["WHITTAKER CORP", "Company"], USA),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real77.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real77_heldout.jsonl", FOLDER)
