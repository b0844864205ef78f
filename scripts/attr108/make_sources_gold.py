"""Round 108's source gold for the speakers of tests/gold/attributions_real108*.jsonl (sources51's format, anchors
of six words at most), written by hand from the ten wekareuters stories of round 108's draw before any spinscope
run on them. One entry per source span; a long source span is named by its head (surface) inside a short anchor.

Types (attr102's and attr106's conventions, checked against every older sources_real* gold): a company, its "The
company", "It" and short name `organization` of its country (US for the US firms, GB for a London sugar refiner,
DE for a West German engineering group), named by its full name; a company's unnamed spokesman or spokesperson
`organization` of the company's country, not named (older golds: "a company spokesman", "A TWA spokesman",
"A Dominion spokesman" CA); company officers and a broker's strategist `person` of their country; New Zealand's
statistics department `government` NZ, named; unnamed analysts, miners' (union) leaders and trade sources
`anonymous`, no country (older golds: "Analysts", "union leaders", "trade sources").

    python scripts/attr108/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N = "person", "organization", "government", "anonymous"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


UTC, HOM, USA, TWA = "United Technologies Corp", "Homestead Financial Corp", "USAir Group", "Trans World Airlines Inc"
METZ, BUCK, TL, MAN, DIE = ("Michael Metz", "Mark Buckstein", "Tate and Lyle Plc", "Mannesmann AG", "Werner Dieter")

DEV = {
    T + "wr-test-0255.txt": [
        sp("United Technologies Corp said the", "United Technologies Corp", UTC, ORG, "US", True),
        sp("a United Technologies spokesman told", "a United Technologies spokesman", None, ORG, "US", False),
        sp("the spokesman said. He", "the spokesman", None, ORG, "US", False),
        sp("Analysts are estimating", "Analysts", None, N, None, False),
    ],
    R + "wr-train-0179.txt": [
        sp("The miners' leaders also demanded", "The miners' leaders", None, N, None, False),
    ],
    R + "wr-train-0445.txt": [
        sp("the statistics department said", "the statistics department", "Statistics Department", G, "NZ", True),
    ],
    R + "wr-train-0742.txt": [
        sp("according to a Pork Board spokesperson", "a Pork Board spokesperson", None, ORG, "US", False),
    ],
    R + "wr-train-1227.txt": [
        sp("Oppenheimer market strategist Michael Metz", "Michael Metz", METZ, P, "US", True),
        sp("Metz said.", "Metz", METZ, P, "US", True),
    ],
    R + "wr-train-1235.txt": [
        sp("Homestead Financial Corp said it", "Homestead Financial Corp", HOM, ORG, "US", True),
        sp("Homestead said the two", "Homestead", HOM, ORG, "US", True),
        sp("Homestead said the dividends", "Homestead", HOM, ORG, "US", True),
        sp("Homestead also said", "Homestead", HOM, ORG, "US", True),
    ],
    R + "wr-train-1539.txt": [
        sp("USAir Group said it sought", "USAir Group", USA, ORG, "US", True),
        sp("Aviation Act,\" USAir said", "USAir", USA, ORG, "US", True),
        sp("It said TWA week", "It", USA, ORG, "US", True),
        sp("USAir rejected the offer", "USAir", USA, ORG, "US", True),
        sp("USAir said it requested", "USAir", USA, ORG, "US", True),
        sp("USAir said if the", "USAir", USA, ORG, "US", True),
        sp("10 pct, it said", "it", USA, ORG, "US", True),
        sp("TWA has said it owns", "TWA", TWA, ORG, "US", True),
        sp("TWA today revealed", "TWA", TWA, ORG, "US", True),
        sp("general counsel Mark Buckstein said", "Mark Buckstein", BUCK, P, "US", True),
    ],
}

HELD = {
    T + "wr-test-0433.txt": [
        sp("tender, trade sources said", "trade sources", None, N, None, False),
        sp("the sources said", "the sources", None, N, None, False),
    ],
    T + "wr-test-0477.txt": [
        sp("Tate and Lyle Plc said", "Tate and Lyle Plc", TL, ORG, "GB", True),
        sp("The company said it is", "The company", TL, ORG, "GB", True),
        sp("Tate and Lyle added", "Tate and Lyle", TL, ORG, "GB", True),
    ],
    R + "wr-train-1064.txt": [
        sp("a spokesman said in reply", "a spokesman", None, ORG, "DE", False),
        sp("board chairman Werner Dieter told", "Werner Dieter", DIE, P, "DE", True),
        sp("Dieter said Mannesmann", "Dieter", DIE, P, "DE", True),
        sp("He also said the group", "He", None, ORG, "DE", False),
        sp("Mannesmann had said in January", "Mannesmann", MAN, ORG, "DE", True),
        sp("The spokesman said Mannesmann", "The spokesman", None, ORG, "DE", False),
    ],
}


def write(rows: dict[str, list[dict]], out: Path) -> None:
    lines = []
    for path, speakers in rows.items():
        sha = hashlib.sha256((SHARED / path).read_bytes()).hexdigest()
        lines.append(json.dumps({"id": Path(path).stem, "path": path, "sha256": sha, "speakers": speakers},
                                ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(DEV, ROOT / "tests/gold/sources_real108.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real108_heldout.jsonl")
