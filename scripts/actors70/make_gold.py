"""Write round 70's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading nine Reuters-21578 stories of 1987 (Debian weka's example data,
``../wekareuters``, named relative to ``../shared``; mostly company and market wire) drawn from
this helper's pool by ``python scripts/actors70/draw.py`` (seed 70; ``draw.txt``) before any spinscope run on them.
Whole stories (title and body) are annotated; a story's id is its folder and stem. Usage (repository root,
../shared and ../wekareuters present): ``python scripts/actors70/make_gold.py`` (it also checks that every surface
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
    "train/wr-train-0151": [
        _a("Gulf International Bank BSC", ["Gulf International Bank BSC", "GIB", "The bank"], None),
        _a("Henry Azzam", ["Henry Azzam", "Azzam"], None),
        _a("Gulf states", ["Gulf states", "Gulf nations"], None),
        _a("Gulf governments", ["governments"], None),
        _a("Gulf authorities", ["authorities"], None),
        _a("Bahrain", ["Bahrain"], "BHR"),
    ],
    "train/wr-train-0977": [
        _a("Energy Information Administration",
           ["Energy Information Administration", "EIA", "Energy Department agency", "the agency"], USA),
    ],
    "train/wr-train-0784": [
        _a("Castle and Cooke Inc", ["CASTLE AND COOKE", "Castle and Cooke Inc", "the company", "The company",
                                    "diversified holding company"], USA),
        _a("Itel Corp", ["Itel Corp"], USA),
        _a("Flexi-Van Corp", ["Flexi-Van Corp", "Flexi-Van"], None),
        _a("David Murdock", ["David Murdock"], None),
        _a("George Elkas", ["George Elkas"], None),
        _a("William Burns", ["William Burns"], None),
    ],
    "test/wr-test-0395": [
        _a("E.F. Hutton LBO Inc", ["Hutton LBO Inc", "Hutton"], USA),
        _a("E.F. Hutton", ["E.F. HUTTON", "E.F. Hutton"], USA),
        _a("PC Acquisition Inc", ["PC Acquisition Inc", "PC Acquisition", "PC"], None),
        _a("Purolator Courier Corp", ["PUROLATOR", "Purolator Courier Corp", "Purolator"], USA),
    ],
    "test/wr-test-0295": [
        _a("Rio Tinto-Zinc Corp Plc", ["RTZ", "Rio Tinto-Zinc Corp Plc", "The company"], GBR),
    ],
    "train/wr-train-1475": [
        _a("American Telephone and Telegraph Co", ["ATT", "American Telephone and Telegraph Co",
                                                   "the phone industry giant"], USA),
        _a("Analysts", ["analysts", "Analysts"], None),
        _a("Jack Grubman", ["Jack Grubman", "Grubman"], None),
        _a("PaineWebber Group", ["PaineWebber Group"], None),
        _a("Fritz Ringling", ["Fritz Ringling"], None),
        _a("Gartner Group", ["Gartner Group"], None),
        _a("Victor Krueger", ["Victor Krueger"], None),
        _a("Federal Communications Commission", ["Federal Communications Commission", "FCC"], USA),
        _a("MCI Communications Corp", ["MCI Communications Corp"], USA),
        _a("U.S. Sprint", ["U.S. Sprint"], USA),
        _a("U.S. Sprint spokesman", ["spokesman"], None),
        _a("GTE Corp", ["GTE Corp"], USA),
        _a("United Telecommunications Inc", ["United Telecommunications Inc"], USA),
    ],
}

HELD = {
    "test/wr-test-0321": [
        _a("Nationale Nederlanden NV", ["NATNED", "Nationale Nederlanden NV", "NatNed", "The company"], "NLD"),
    ],
    "train/wr-train-0507": [
        _a("BP Oil Ltd", ["BP OIL", "BP Oil"], GBR),
        _a("British Petroleum Co Plc", ["British Petroleum Co Plc"], GBR),
        _a("David Kendall", ["David Kendall"], None),
    ],
    "train/wr-train-0224": [
        _a("Cheung Kong (Holdings) Ltd", ["CHEUNG KONG", "Cheung Kong (Holdings) Ltd", "Cheung Kong", "the firm"],
           "HKG"),
        _a("Li Ka-shing", ["Li Ka-shing", "Li"], None),
        _a("Hongkong Electric Holdings Ltd", ["Hongkong Electric Holdings Ltd"], "HKG"),
        _a("Hong Kong government", ["the government"], "HKG"),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real70.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real70_heldout.jsonl", FOLDER)
