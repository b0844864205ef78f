"""Round 95's source gold for the speakers of tests/gold/attributions_real95*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight wekareuters stories before any spinscope run on them. One entry
per source span; a source span of more than six words is named by its head (surface) inside a six-word anchor.

Types (attr83's, attr85's, attr88's and attr93's conventions): a company, its "it" and "the company" `organization`
of its country, named by the company; a company's named chairman or analyst `person` of its country (Cargill's
analyst is David Rogers, named in the next paragraph); an international body (the tin producers' association)
`organization`, no country, and its named executive director `person`, no country (the text gives none); a
country that speaks (Australia) and its central bank `government` of that country; the association's members
(states) `government`, no country, not named; a UK ministry's unnamed official and the UK intervention board
`government` GB; the UK government's animal-welfare advisory council `government` GB; a study in a US medical
journal `report` US, named by the journal; unnamed traders (London, Paris) and "some" of them `anonymous`.

    python scripts/attr95/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, MED = "person", "organization", "government", "anonymous", "media"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


PRESTON, ATPC, SIA = "Lewis Preston", "Association of Tin Producing Countries", "Victor Siaahan"
ROGERS, KODAK, NEJM, FAWC = "David Rogers", "Eastman Kodak Co", "New England Journal of Medicine", \
    "Farm Animal Welfare Council"
IB, NCS, OSW, RBA = "U.K. Intervention Board", "National Computer Systems Inc", "Charles Oswald", \
    "Reserve Bank of Australia"

DEV = {
    T + "wr-test-0196.txt": [
        sp("Inc chairman Lewis Preston", "Lewis Preston", PRESTON, P, "US", True),
        sp("He said in response", "He", PRESTON, P, "US", True),
        sp("other hand, he said that", "he", PRESTON, P, "US", True),
        sp("He said that Morgan's", "He", PRESTON, P, "US", True),
        sp("Preston reiterated", "Preston", PRESTON, P, "US", True),
        sp("He also said that as", "He", PRESTON, P, "US", True),
    ],
    R + "wr-train-0463.txt": [
        sp("exports, the ATPC said", "the ATPC", ATPC, ORG, None, True),
        sp("Executive Director Victor Siaahan told", "Victor Siaahan", SIA, P, None, True),
        sp("Siaahan said Zaire", "Siaahan", SIA, P, None, True),
        sp("The ATPC hopes", "The ATPC", ATPC, ORG, None, True),
        sp("All ATPC members except Zaire", "All ATPC members", None, G, None, False),
        sp("Australia said its quota", "Australia", "Australia", G, "AU", True),
    ],
    R + "wr-train-1148.txt": [
        sp("a Cargill, Inc. analyst said", "a Cargill, Inc. analyst", ROGERS, P, "US", True),
        sp("David Rogers of Cargill's", "David Rogers", ROGERS, P, "US", True),
        sp("He said the wheat trade", "He", ROGERS, P, "US", True),
        sp("Rogers said that with", "Rogers", ROGERS, P, "US", True),
    ],
    R + "wr-train-1179.txt": [
        sp("Eastman Kodak Co said", "Eastman Kodak Co", KODAK, ORG, "US", True),
        sp("Kodak said it secured", "Kodak", KODAK, ORG, "US", True),
        sp("The company said it acquired", "The company", KODAK, ORG, "US", True),
        sp("Kodak said the drugs", "Kodak", KODAK, ORG, "US", True),
        sp("It said the investment", "It", KODAK, ORG, "US", True),
    ],
    R + "wr-train-1370.txt": [
        sp("a Ministry of Agriculture official said", "a Ministry of Agriculture official", None, G, "GB", False),
        sp("A study published in the", "A study", NEJM, "report", "US", True),
        sp("health,\" the official said", "the official", None, G, "GB", False),
        sp("from the Farm Animal Welfare", "the Farm Animal Welfare", FAWC, G, "GB", True),
        sp("The FAWC says", "The FAWC", FAWC, G, "GB", True),
    ],
}

HELD = {
    T + "wr-test-0085.txt": [
        sp("the U.K. Intervention Board said", "the U.K. Intervention Board", IB, G, "GB", True),
        sp("1,750 tonnes, it added", "it", IB, G, "GB", True),
        sp("London traders had declined", "London traders", None, N, None, False),
        sp("although some said total", "some", None, N, None, False),
        sp("Paris traders foresaw", "Paris traders", None, N, None, False),
    ],
    T + "wr-test-0424.txt": [
        sp("the company told analysts", "the company", NCS, ORG, "US", True),
        sp("although it said the April", "it", NCS, ORG, "US", True),
        sp("Chairman Charles Oswald said", "Chairman Charles Oswald", OSW, P, "US", True),
        sp("He said revenues are expected", "He", OSW, P, "US", True),
        sp("Oswald said National Computer's", "Oswald", OSW, P, "US", True),
        sp("The company said the next", "The company", NCS, ORG, "US", True),
    ],
    R + "wr-train-0418.txt": [
        sp("the Reserve Bank said", "the Reserve Bank", RBA, G, "AU", True),
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
    write(DEV, ROOT / "tests/gold/sources_real95.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real95_heldout.jsonl")
