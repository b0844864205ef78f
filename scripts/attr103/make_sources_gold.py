"""Round 103's source gold for the speakers of tests/gold/attributions_real103*.jsonl (sources51's format, anchors of
six words at most), written by hand from the ten wekareuters stories of round 103's draw before any spinscope run
on them. One entry per source span; a source span of more than six words is named by its head (surface) inside a
six-word anchor.

Types (attr83's to attr101's conventions): a central bank's president and his "He" `government` of his country
(attr83's Bundesbank vice-president); a company or a bank and its "It", "the company", "the bank" `organization` of
its country (the US for a ticker in the title; a state-owned Italian bank IT), named by its full name; a company's
president or a port employers' chairman `person` of his country; a company's unnamed officials `organization` of its
country, not named (attr83's "a UAL spokesman"); a union `organization` of its country, named by its initials
(attr93's "the Teamsters Union"); a national statistics department and a minister `government` of their country; a
bank's vice president quoted on a market `person` of the bank's country (attr91's "Touche Ross's Collander");
unnamed analysts and traders and their "They" `anonymous`, no country; a Reuter survey `report`, no country (attr85).
Held out: a House committee chairman `politician` US and the president `government` US; a federal department's
deputy administrator `government` US; the OECD's secretary general `organization`, no country (an international
body, round 31's "European Union officials"); a US grain house's executive `person` US; a chancellor's adviser
`government` DE; "U.S. and European ... government representatives" `government`, no country (two countries;
attr101's "government and farm group representatives").

    python scripts/attr103/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, POL, REP = "person", "organization", "government", "anonymous", "politician", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


def anon(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, None, N, None, False)


POEHL, BNL, NESI = "Karl Otto Poehl", "Banca Nazionale Del Lavoro", "Nerio Nesi"
GAFS = "Great American First Savings Bank"
GRAAF, SCHOU, HSA = "Louw de Graaf", "Jacques Schoufour", "Healthcare Services Of America Inc"


def poehl(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, POEHL, G, "DE", True)


def hsa(anchor: str, surface: str) -> dict:
    return sp(anchor, surface, HSA, ORG, "US", True)


DEV = {
    T + "wr-test-0053.txt": [
        poehl("Bundesbank President Karl Otto Poehl said", "Bundesbank President Karl Otto Poehl"),
        poehl("here, Poehl said", "Poehl"),
        poehl("He said the United States", "He"),
        poehl("Poehl noted West Germany", "Poehl"),
        poehl("He said he would have", "He"),
        poehl("but he said the government", "he"),
        poehl("rising mark, he said", "he"),
        poehl("Poehl said West Germany relied", "Poehl"),
        poehl("further growth,\" he said", "he"),
        poehl("Poehl said the Bundesbank had", "Poehl"),
        poehl("But Poehl said West Germany", "Poehl"),
        poehl("very careful,\" he said", "he"),
        poehl("He said he shared some", "He"),
        poehl("Poehl welcomed the so-called", "Poehl"),
        poehl("damage growth, he said", "he"),
        poehl("American colleagues,\" he said", "he"),
        poehl("But he said there was", "he"),
    ],
    R + "wr-train-0555.txt": [
        sp("<Banca Nazionale Del Lavoro-BNL>", "Banca Nazionale Del Lavoro-BNL", BNL, ORG, "IT",
           True),
        sp("BNL president Nerio Nesi told", "BNL president Nerio Nesi", NESI, P, "IT", True),
        sp("He said the takeover move", "He", NESI, P, "IT", True),
        sp("Nesi said BNL had also", "Nesi", NESI, P, "IT", True),
        sp("BNL officials said the group", "BNL officials", None, ORG, "IT", False),
    ],
    R + "wr-train-0934.txt": [
        sp("Great American First Savings Bank said", "Great American First Savings Bank", GAFS, ORG, "US", True),
        sp("The San Diego-based bank said", "The San Diego-based bank", GAFS, ORG, "US", True),
        sp("The bank said it reported", "The bank", GAFS, ORG, "US", True),
        sp("Great American recently announced plans", "Great American", GAFS, ORG, "US", True),
        sp("The bank also said it", "The bank", GAFS, ORG, "US", True),
    ],
    R + "wr-train-0983.txt": [
        sp("measurement, the Statistics Department said", "the Statistics Department", "Statistics Department", G,
           "NZ", True),
    ],
    R + "wr-train-1197.txt": [
        sp("Affairs Minister Louw de Graaf announced", "Minister Louw de Graaf", GRAAF, G, "NL", True),
        sp("Late last month de Graaf said", "de Graaf", GRAAF, G, "NL", True),
        sp("SVZ, Jacques Schoufour, said he", "Jacques Schoufour", SCHOU, P, "NL", True),
        sp("The FNV said the actual", "The FNV", "FNV", ORG, "NL", True),
    ],
    R + "wr-train-1273.txt": [
        anon("prices, according to analysts", "analysts"),
        anon("They also said the heating", "They"),
        sp("said Simon Greenshields, a vice president", "Simon Greenshields", "Simon Greenshields", P, "US", True),
        anon("bouy prices, traders said", "traders"),
        sp("A Reuter survey found OPEC", "A Reuter survey", None, REP, None, False),
        anon("for maintenance, traders said", "traders"),
    ],
    R + "wr-train-1538.txt": [
        hsa("Healthcare Services Of America Inc said", "Healthcare Services Of America Inc"),
        hsa("It also said it expects", "It"),
        hsa("The company said it continues", "The company"),
        hsa("It said negotiations continue", "It"),
        hsa("It said it authorized Smith", "It"),
        hsa("Healthcare also said the board", "Healthcare"),
    ],
}

TODD, ROST, BAIL, PAYE, HOW, FEIT = ("Todd Shipyards Corp", "Dan Rostenkowski", "William Bailey", "Jean-Claude Paye",
                                     "James Howard", "Franz-Josef Feiter")

HELD = {
    T + "wr-test-0351.txt": [
        sp("Todd Shipyards Corp said production", "Todd Shipyards Corp", TODD, ORG, "US", True),
        sp("It said negotiations are expected", "It", TODD, ORG, "US", True),
        sp("Todd also said the collective", "Todd", TODD, ORG, "US", True),
        sp("The company said results of", "The company", TODD, ORG, "US", True),
        sp("by membership, Todd said", "Todd", TODD, ORG, "US", True),
    ],
    R + "wr-train-0642.txt": [
        sp("Committee Chairman Dan Rostenkowski said he", "Chairman Dan Rostenkowski", ROST, POL, "US", True),
        sp("He told a National Press", "He", ROST, POL, "US", True),
        sp("However, he said he would", "he", ROST, POL, "US", True),
        sp("Reagan proposed 22 billion dlrs", "Reagan", "Reagan", G, "US", True),
        sp("trade issues, Rostenkowski said he", "Rostenkowski", ROST, POL, "US", True),
        sp("is suicide,\" he said", "he", ROST, POL, "US", True),
    ],
    R + "wr-train-1256.txt": [
        sp("and government representatives called for", "representatives", None, G, None, False),
        sp("Deputy Administrator William Bailey said", "Deputy Administrator William Bailey", BAIL, G, "US", True),
        sp("Bailey said his attendance at", "Bailey", BAIL, G, "US", True),
        sp("Development Jean-Claude Paye said", "Jean-Claude Paye", PAYE, ORG, None, True),
        sp("and Trade, he noted", "he", PAYE, ORG, None, True),
        sp("Paye stressed the need for", "Paye", PAYE, ORG, None, True),
        sp("aids, proposed James Howard, Executive", "James Howard", HOW, P, "US", True),
        sp("Franz-Josef Feiter, agricultural adviser to", "Franz-Josef Feiter", FEIT, G, "DE", True),
        sp("around the EC, he said", "he", FEIT, G, "DE", True),
        sp("the Community,\" he said", "he", FEIT, G, "DE", True),
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
    write(DEV, ROOT / "tests/gold/sources_real103.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real103_heldout.jsonl")
