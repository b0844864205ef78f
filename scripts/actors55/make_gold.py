"""Write round 55's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading ten Reuters wire articles of 1987 (Debian ``r-cran-tm``'s sample texts,
unpacked by ``python scripts/reuters/fetch.py`` to ``../reuters``, named relative to ``../shared``) drawn from this
helper's pool by ``python scripts/actors55/draw.py`` (seed 55; ``draw.txt``) before any spinscope run on them.
Whole articles (title, dateline and body) are annotated; an article's id is its folder and stem. Usage (repository
root, ../shared and ../reuters present): ``python scripts/actors55/make_gold.py`` (it also checks that every surface
occurs in its article as whole words). Choices of this batch: ``README.md``.
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
CAN = "CAN"
BRA = "BRA"
KWT = "KWT"


DEV = {
    "crude/reut-00006": [
        _a("Houston Oil Trust", ["HOUSTON OIL", "HO", "Houston Oil Trust", "trust"], USA),
        _a("Independent petroleum engineers", ["independent petroleum engineers"], None),
    ],
    "acq/reut-00001": [
        _a("Computer Terminal Systems", ["COMPUTER TERMINAL SYSTEMS", "CPML", "Computer Terminal Systems Inc",
                                         "Computer Terminal", "The company", "the company"], USA),
        _a("Sedio N.V.", ["Sedio N.V.", "Sedio"], "CHE"),
        _a("Woodco Inc", ["Woodco Inc", "Woodco"], USA),
    ],
    "crude/reut-00002": [
        _a("OPEC", ["OPEC", "organization"], "IGO"),
        _a("Oil industry analysts and sources", ["ANALYSTS", "analysts", "Analysts", "oil industry sources"], None),
        _a("Daniel Yergin", ["Daniel Yergin"], None),
        _a("Cambridge Energy Research Associates", ["Cambridge Energy Research Associates", "CERA"], None),
        _a("Paul Mlotok", ["Paul Mlotok"], None),
        _a("Salomon Brothers", ["Salomon Brothers Inc"], None),
        _a("Oil company regional manager", ["regional manager"], None),
        _a("David T. Mizrahi", ["David T. Mizrahi", "Mizrahi"], None),
        _a("Mideast reports", ["Mideast reports"], None),
        _a("Dillard Spriggs", ["Dillard Spriggs"], None),
        _a("Petroleum Analysis Ltd", ["Petroleum Analysis Ltd"], None),
        _a("Bijan Moussavar-Rahmani", ["Bijan Moussavar-Rahmani"], None),
        _a("Harvard Energy and Environment Policy Center", ["Harvard University",
                                                            "Energy and Environment Policy Center"], None),
        _a("Reuters", ["Reuters"], None),
    ],
    "acq/reut-00016": [
        _a("Groupe Videotron", ["VIDEOTRON", "Groupe Videotron Ltd"], CAN),
        _a("Groupe Promexpo", ["EXHIBIT COMPANY", "Groupe Promexpo Inc", "company"], CAN),
    ],
    "acq/reut-00017": [
        _a("Circuit Systems", ["CIRCUIT SYSTEMS", "CSYI", "Circuit Systems Inc", "Circuit Systems"], USA),
        _a("Ionic Industries", ["BOARD MAKER", "Ionic Industries Inc", "Ionic"], USA),
    ],
    "acq/reut-00014": [
        _a("Suffield Financial", ["SUFFIELD FINANCIAL", "SSBK", "Suffield Financial Corp", "Suffield"], USA),
        _a("Federal Reserve Board", ["FED", "Federal Reserve Board"], USA),
        _a("Coastal Bancorp", ["Coastal Bancorp", "CSBK"], USA),
        _a("Maine banking superintendent", ["superintendent", "banking department"], USA),
    ],
}

HELD = {
    "acq/reut-00048": [
        _a("Consolidated TVX Mining", ["CONSOLIDATED TVX", "Consolidated TVX Mining Corp", "Consolidated TVX", "TVX",
                                       "The company", "the company's"], CAN),
        _a("CMP", ["CMP"], BRA),
        _a("Novo Astro", ["Novo Astro"], BRA),
        _a("Teles Pires Mining", ["Teles Pires Mining"], BRA),
    ],
    "crude/reut-00011": [
        _a("Hisham Nazer", ["Saudi Arabian Oil Minister Hisham Nazer", "Hisham Nazer", "Nazer"], "SAU"),
        _a("Saudi Arabia", ["SAUDI ARABIA", "Saudi Arabia", "kingdom"], "SAU"),
        _a("Saudi Press Agency", ["Saudi Press Agency", "SPA", "agency"], None),
        _a("OPEC", ["OPEC", "group"], "IGO"),
        _a("Rilwanu Lukman", ["OPEC President Rilwanu Lukman", "Rilwanu Lukman"], None),
        _a("Kuwait", ["Kuwait", "emirate"], KWT),
        _a("Sheikh Ali al-Khalifa al-Sabah", ["Sheikh Ali al-Khalifa al-Sabah", "Sheikh Ali"], KWT),
        _a("Al-Qabas", ["Al-Qabas"], None),
        _a("Traders and analysts", ["Traders and analysts"], None),
        _a("United Arab Emirates", ["United Arab Emirates"], "ARE"),
        _a("Ecuador", ["Ecuador"], "ECU"),
    ],
    "r21578/newid-00002": [
        _a("Standard Oil", ["STANDARD OIL", "SRD", "Standard Oil Co", "Standard Oil"], USA),
        _a("BP North America", ["BP North America Inc", "BP North America"], USA),
        _a("British Petroleum", ["British Petroleum Co Plc", "BP"], "GBR"),
        _a("BP/Standard Financial Trading", ["BP/Standard Financial Trading", "venture"], None),
    ],
    "crude/reut-00009": [
        _a("Traders", ["Traders"], None),
        _a("OPEC", ["OPEC", "organisation"], "IGO"),
        _a("Oil industry sources", ["Oil industry sources"], None),
        _a("Gulf Arab producers", ["Gulf Arab producers"], None),
        _a("Kuwait", ["Kuwait"], KWT),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real55.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real55_heldout.jsonl", FOLDER)
