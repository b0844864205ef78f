"""Round 104's source gold for the speakers of tests/gold/attributions_real104*.jsonl (sources51's format, anchors of
six words at most), written by hand from the ten wekareuters stories of round 104's draw before any spinscope run
on them. One entry per source span; a source span of more than six words is named by its head (surface) inside a
six-word anchor.

Types (attr83's to attr103's conventions): a United Nations agency `organization`, no country (an international
body: attr103's OECD); two national farm groups, their "they" and the unnamed officers who sign their letter
`organization` of their country, not named (attr83's "a UAL spokesman", attr102's unnamed leaders of a business
body); a named officer of such a group `person` of its country; cabinet secretaries `government` of their country;
a company's unnamed spokesman `organization` of its country, not named; a named company spokesman `person` of its
country (attr102's "spokesman David Annesley"). Held out: analysts, arbitragers, "Wall Street professionals",
"trade sources", dealers, bankers and "a dealer" of a French bank `anonymous`, no country (attr102's unnamed
market voices); "A published report" `report`, no country; a company and its spokesman `organization` of its country;
named analysts of brokerage firms `person` of the firm's country.

    python scripts/attr104/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, REP = "person", "organization", "government", "anonymous", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


def anon(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, None, N, None, False)


FAO, MONSOD, ONGPIN = "Food and Agriculture Organisation", "Solita Monsod", "Jaime Ongpin"
MILLER, HALL, GORMLEY, JOHNSON = "Jim Miller", "Rich Hall", "Eileen Gormley", "Edward Johnson"


def fao(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, FAO, ORG, None, True)


def groups(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, None, ORG, "US", False)


def monsod(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, MONSOD, G, "PH", True)


def ongpin(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, ONGPIN, G, "PH", True)


def gormley(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, GORMLEY, P, "US", True)


DEV = {
    T + "wr-test-0343.txt": [
        fao("The U.N. Food and Agriculture Organisation", "U.N. Food and Agriculture Organisation"),
        fao("FAO said in its monthly", "FAO"),
        fao("harvests,\" FAO said", "FAO"),
        fao("FAO said world cereal", "FAO"),
    ],
    T + "wr-test-0600.txt": [],
    R + "wr-train-0380.txt": [
        groups("two U.S. wheat organizations said", "two U.S. wheat organizations"),
        groups("the president of the National Association", "the president"),
        groups("be, the two organizations said", "the two organizations"),
        groups("welcome the two organizations said", "the two organizations"),
        groups("farmers, they said", "they"),
        groups("the organizations said", "the organizations"),
        sp("Jim Miller, president of NAWG", "Jim Miller", MILLER, P, "US", True),
        sp("agriculture,\" Miller said", "Miller", MILLER, P, "US", True),
    ],
    R + "wr-train-0461.txt": [
        monsod("Economic Planning Secretary Solita Monsod told", "Economic Planning Secretary Solita Monsod"),
        monsod("Monsod said an interview", "Monsod"),
        ongpin("Finance Secretary Jaime Ongpin has said", "Finance Secretary Jaime Ongpin"),
        monsod("Monsod said Ongpin was", "Monsod"),
        monsod("difficult,\" she said", "she"),
        monsod("She said she was not", "She"),
        monsod("Monsod said, \"The ideal", "Monsod"),
        ongpin("Ongpin told reporters", "Ongpin"),
        ongpin("He said the government and", "He"),
    ],
    R + "wr-train-0837.txt": [],
    R + "wr-train-1315.txt": [
        sp("a company spokesman said", "a company spokesman", None, ORG, "US", False),
        sp("spokesman Rich Hall said", "Rich Hall", HALL, P, "US", True),
    ],
    R + "wr-train-1526.txt": [],
}

HELD = {
    T + "wr-test-0167.txt": [
        anon("candidate, analysts said", "analysts"),
        sp("A published report said", "A published report", None, REP, None, False),
        sp("a spokesman for Montreal-based Dominion", "a spokesman", None, ORG, "CA", False),
        sp("Burlington said it did not", "Burlington", "Burlington Industries Inc", ORG, "US", True),
        anon("Wall Street professionals said", "Wall Street professionals"),
        anon("Arbitragers said past comments", "Arbitragers"),
        sp("Dominion has said that", "Dominion", "Dominion Textiles Inc", ORG, "CA", True),
        sp("A Dominion spokesman said", "A Dominion spokesman", None, ORG, "CA", False),
        gormley("said Eileen Gormley of Thomson McKinnon", "Eileen Gormley"),
        gormley("competition, Gormley said", "Gormley"),
        gormley("said Gormley.", "Gormley"),
        gormley("She said in moving", "She"),
        gormley("did make,\" she said", "she"),
        gormley("the past,\" Gormley said", "Gormley"),
        anon("Some analysts today recommended", "Some analysts"),
        sp("Edward Johnson of Johnson Redbook said", "Edward Johnson", JOHNSON, P, "US", True),
        sp("He said he believes", "He", JOHNSON, P, "US", True),
        anon("Some arbitragers, however, said", "Some arbitragers"),
        anon("said one arbitrager", "one arbitrager"),
        anon("Another, however, said", "Another"),
    ],
    R + "wr-train-0286.txt": [
        anon("French trade sources said", "French trade sources"),
    ],
    R + "wr-train-1422.txt": [
        anon("fulfilled, market operators said", "market operators"),
        anon("week, dealers noted", "dealers"),
        anon("a dealer for a major French", "a dealer"),
        anon("Dealers said there is abundant", "Dealers"),
        anon("150 billion, one banker said", "one banker"),
        anon("Dealers said there was no", "Dealers"),
        anon("buyers, one banker said", "one banker"),
        anon("Dealers said that now", "Dealers"),
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
    write(DEV, ROOT / "tests/gold/sources_real104.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real104_heldout.jsonl")
