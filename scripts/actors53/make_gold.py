"""Write round 53's actor gold (hand-annotated; names, surfaces and codes only) with each article's sha256.

The actors below were written by reading five short Lee corpus background articles (ABC Australia news wire, 2001;
``/work/lee``, named relative to ``../shared``) drawn from this helper's pool by ``python scripts/actors53/draw.py``
(seed 53; ``draw.txt``) before any spinscope run on them. Whole articles are annotated. Usage (repository root,
../shared and ../lee present): ``python scripts/actors53/make_gold.py`` (it also checks that every surface occurs
in its article as whole words). Choices of this batch: ``README.md``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# round 38's gold writer, the same form (one line per article: stem, path, sha256, actors)
_spec = importlib.util.spec_from_file_location("actors38_make_gold", Path(__file__).resolve().parents[1] / "actors38"
                                               / "make_gold.py")
assert _spec is not None and _spec.loader is not None
_round38 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round38)
_a = _round38._a
FOLDER = "../lee/background/"
AUS = "AUS"
IND = "IND"
PAK = "PAK"
ARG = "ARG"
GBR = "GBR"


DEV = {
    "lee_bg_001": [
        _a("Indian security forces", ["Indian security forces"], IND),
        _a("Suspected militants", ["suspected militants"], None),
        _a("Pakistani police", ["Pakistani police", "Police in Karachi"], PAK),
        _a("India", ["India"], IND),
        _a("Indian parliament", ["parliament"], IND),
        _a("Pakistan", ["Pakistan"], PAK),
        _a("Lashkar-e-Taiba", ["Lashkar-e-Taiba"], None),
        _a("Jaish-e-Mohammad", ["Jaish-e-Mohammad"], None),
        _a("Pakistani military intelligence", ["Pakistani military intelligence"], PAK),
        _a("Hafiz Mohammed Saeed", ["Hafiz Mohammed Saeed"], None),
    ],
    "lee_bg_253": [
        _a("Computer virus experts", ["Computer virus experts"], None),
        _a("McAfee.com", ["McAfee.com", "McAfee", "The company", "the company"], None),
    ],
    "lee_bg_076": [
        _a("Argentina", ["Argentina", "Government", "government"], ARG),
        _a("Local media", ["Local media"], None),
        _a("Argentine police", ["police", "Heavily armed police"], ARG),
        _a("Protesters", ["protesters"], ARG),
        _a("Fernando de la Rua", ["President Fernando de la Rua", "Fernando de la Rua"], ARG),
        _a("Opposition", ["opposition"], ARG),
        _a("Union leaders", ["union leaders"], ARG),
        _a("Workers and the unemployed", ["workers and the unemployed"], ARG),
        _a("Economy minister", ["economy minister"], ARG),
        _a("International Monetary Fund", ["International Monetary Fund", "IMF"], "IGO"),
        _a("Brazil", ["Brazil"], "BRA"),
        _a("Chile", ["Chile"], "CHL"),
    ],
}

HELD = {
    "lee_bg_165": [
        _a("Frank Farina", ["Socceroos coach Frank Farina", "Frank Farina", "Farina", "the coach"], AUS),
        _a("Soccer Australia", ["Soccer Australia", "the organisation", "the board"], AUS),
        _a("Ian Knop", ["Soccer Australia chairman Ian Knop", "Ian Knop", "Mr Knop"], AUS),
        _a("Socceroos", ["Socceroos"], AUS),
    ],
    "lee_bg_293": [
        _a("George Harrison", ["George Harrison", "Harrison"], GBR),
        _a("The Beatles", ["Beatles", "the band"], GBR),
        _a("Paul McCartney", ["Paul McCartney"], GBR),
        _a("John Lennon", ["John Lennon", "Lennon"], GBR),
        _a("Intruder", ["an intruder"], None),
        _a("Olivia Harrison", ["Olivia"], None),
    ],
}


if __name__ == "__main__":
    _round38._check(DEV, FOLDER)
    _round38._check(HELD, FOLDER)
    _round38._write(DEV, ROOT / "tests" / "gold" / "actors_real53.jsonl", FOLDER)
    _round38._write(HELD, ROOT / "tests" / "gold" / "actors_real53_heldout.jsonl", FOLDER)
