"""Round 106's source gold for the speakers of tests/gold/attributions_real106*.jsonl (sources51's format, anchors
of six words at most), written by hand from the ten wekareuters stories of round 106's draw before any spinscope
run on them. One entry per source span (two records sharing one source span share one entry; a quotation
continuing its speaker's quotation shares its source span); a long source span is named by its head (surface)
inside a short anchor.

Types (attr102's conventions): a company, a producers' board or a trade association, its "The company", "It" and
short name `organization` of its country (US for the US firms and the pork board, TH for a Thai millers'
association, AU for a Sydney-listed building group), named by its full name; a company's board is the company;
company officers and a board's chairman `person` of their country; the Justice Department and the Agriculture
Department `government` US; a company's annual report `report` of the company's country, not named; held out:
unnamed critics and industry officials `anonymous`, no country; a federal agency's researchers `government` US, not
named; a study in a journal `report` US.

    python scripts/attr106/make_sources_gold.py
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


FLEET, MUR, NPB, ROS, GM, ITEL = ("Fleet Financial Group", "J. Terence Murray", "National Pork Board",
                                  "Virgil Rosendale", "General Motors Corp", "Itel Corp")
TRMA, KIS, HUG, BAK, MON, LOC, USDA = ("Thai Rice Mills Association", "W.A. Kistler", "Hughes Tool Co",
                                       "Baker International Corp", "Monier Ltd", "Bill Locke",
                                       "U.S. Agriculture Department")

DEV = {
    T + "wr-test-0145.txt": [
        sp("Fleet Financial Group said its", "Fleet Financial Group", FLEET, ORG, "US", True),
        sp("The company said shareholders", "The company", FLEET, ORG, "US", True),
        sp("J. Terence Murray, chairman", "J. Terence Murray", MUR, P, "US", True),
        sp("Murray said Fleet's", "Murray", MUR, P, "US", True),
    ],
    R + "wr-train-0737.txt": [
        sp("The National Pork Board announced", "The National Pork Board", NPB, ORG, "US", True),
        sp("Virgil Rosendale, a pork producer", "Virgil Rosendale", ROS, P, "US", True),
        sp("Rosendale said.", "Rosendale", ROS, P, "US", True),
    ],
    R + "wr-train-0749.txt": [
        sp("General Motors Corp said its", "General Motors Corp", GM, ORG, "US", True),
        sp("The company said qualified", "The company", GM, ORG, "US", True),
        sp("The company said the special", "The company", GM, ORG, "US", True),
        sp("program, it said.", "it", GM, ORG, "US", True),
    ],
    R + "wr-train-0915.txt": [],
    R + "wr-train-0933.txt": [
        sp("Itel Corp said it", "Itel Corp", ITEL, ORG, "US", True),
        sp("It said one of", "It", ITEL, ORG, "US", True),
        sp("It said a portion", "It", ITEL, ORG, "US", True),
        sp("Itel said the banks", "Itel", ITEL, ORG, "US", True),
    ],
    R + "wr-train-0994.txt": [
        sp("the Thai Rice Mills Association said", "the Thai Rice Mills Association", TRMA, ORG, "TH", True),
        sp("It said a joint", "It", TRMA, ORG, "TH", True),
        sp("The association said rice", "The association", TRMA, ORG, "TH", True),
        sp("It said last November", "It", TRMA, ORG, "TH", True),
    ],
    R + "wr-train-1167.txt": [
        sp("Tool Co Chairman W.A. Kistler", "W.A. Kistler", KIS, P, "US", True),
        sp("companies,\" Kistler said of", "Kistler", KIS, P, "US", True),
        sp("might be,\" Kistler said,", "Kistler", KIS, P, "US", True),
        sp("Kistler also said that", "Kistler", KIS, P, "US", True),
        sp("Kistler said Hughes would", "Kistler", KIS, P, "US", True),
        sp("The Justice Department in January", "The Justice Department", "Justice Department", G, "US", True),
        sp("The Hughes board said", "The Hughes board", HUG, ORG, "US", True),
        sp("Hughes said that Baker", "Hughes", HUG, ORG, "US", True),
        sp("Kistler said that under", "Kistler", KIS, P, "US", True),
        sp("He also expressed concern", "He", KIS, P, "US", True),
        sp("Baker said last night", "Baker", BAK, ORG, "US", True),
    ],
}

HELD = {
    T + "wr-test-0037.txt": [
        sp("materials group Monier Ltd", "Monier Ltd", MON, ORG, "AU", True),
        sp("chairman Bill Locke said", "Bill Locke", LOC, P, "AU", True),
        sp("shares, he said in", "he", LOC, P, "AU", True),
        sp("Locke said shareholders", "Locke", LOC, P, "AU", True),
        sp("to its annual report", "its annual report", None, REP, "AU", False),
        sp("It recently reported", "It", MON, ORG, "AU", True),
    ],
    R + "wr-train-1112.txt": [
        sp("But critics have been warning", "critics", None, N, None, False),
        sp("Industry officials have disputed", "Industry officials", None, N, None, False),
        sp("But the new study", "the new study", None, REP, "US", False),
        sp("The research team, led", "The research team", None, G, "US", False),
        sp("Thus, the researchers concluded", "the researchers", None, G, "US", False),
        sp("The researchers said the", "The researchers", None, G, "US", False),
    ],
    R + "wr-train-1509.txt": [
        sp("poultry, the department said", "the department", USDA, G, "US", True),
        sp("viruses, it said", "it", USDA, G, "US", True),
        sp("birds, it said", "it", USDA, G, "US", True),
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
    write(DEV, ROOT / "tests/gold/sources_real106.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real106_heldout.jsonl")
