"""Round 91's source gold for the speakers of tests/gold/attributions_real91*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight wekareuters stories before any spinscope run on them. One entry
per source span (two records sharing one subject share one entry); a source span of more than six words is named by
its head (surface) inside a six-word anchor. The one story that repeats three paragraphs word for word (a wire
repetition) has no unique anchor for the speakers of those paragraphs: they are left out here (the attributions
gold has them).

Types (round 35's, attr80's, attr83's and attr88's conventions): ministers, a central bank's chairman or vice
president, a central bank, a ministry or department, unnamed officials of a stated country, a state wheat board, a
legislature's budget committees `government` of their country (US, FR, GB, DE, CA, BR, NG); two governments named
together ("<Country> and <Country>", "<bank> and <bank>" of two countries) `government`, no country; unnamed
officials of no stated country `government`, no country; economists and analysts named with their firm `person` of
the firm's country; a union leader named `person` of his country; a union federation `organization` of its
country; unnamed analysts, economists, dealers, "union leaders", "government supporters and some analysts"
`anonymous`, no country; a private research institute `organization` of its country, its report `report` of the
same country; a communique of two governments and a joint proposal of two central banks `report`, no country.

    python scripts/attr91/make_sources_gold.py
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


COL, VOL, SIL = "Stanley Collander", "Paul Volcker", "John Silvia"
MAR, DEV, MAI = "Alain Marais", "Michel Develle", "Edmond Maire"
KIEL, BOE = "Institute for World Economy", "Bank of England"

DEV_ = {
    T + "wr-test-0274.txt": [
        sp("Financial analysts say they are", "Financial analysts", None, N, None, False),
        sp("said Stanley Collander, a Touche Ross", "Stanley Collander", COL, P, "US", True),
        sp("Collander said in an interview", "Collander", COL, P, "US", True),
        sp("Federal Reserve Board Chairman Paul Volcker", "Federal Reserve Board Chairman Paul Volcker", VOL, G, "US",
           True),
        sp("But Volcker has warned", "Volcker", VOL, G, "US", True),
        sp("Such a decline, he has", "he", VOL, G, "US", True),
        sp("U.S. officials meeting with other", "U.S. officials", None, G, "US", False),
        sp("Japan and West Germany agreed", "Japan and West Germany", "Japan and West Germany", G, None,
           True),
        sp("and the United States agreed", "the United States", "United States", G, "US", True),
        sp("Volcker said recently", "Volcker", VOL, G, "US", True),
        sp("Volcker said in recent testimony", "Volcker", VOL, G, "US", True),
        sp("Volcker also said he would", "Volcker", VOL, G, "US", True),
        sp("Analysts say that Fed tightening", "Analysts", None, N, None, False),
        sp("economist John Silvia stressed", "John Silvia", SIL, P, "US", True),
        sp("But he said the size", "he", SIL, P, "US", True),
        sp("Silvia told Reuters", "Silvia", SIL, P, "US", True),
        sp("though administration officials have predicted", "administration officials", None, G, "US", False),
        sp("Volcker has joked", "Volcker", VOL, G, "US", True),
        sp("he also has made it", "he", VOL, G, "US", True),
        sp("the House and Senate Budget Committees", "the House and Senate Budget Committees", None, G, "US",
           False),
        sp("said Touche Ross's Collander", "Touche Ross's Collander", COL, P, "US", True),
        sp("Collander said the real danger", "Collander", COL, P, "US", True),
        sp("he explained", "he", COL, P, "US", True),
        sp("The Senate Budget Committee has called", "The Senate Budget Committee", "Senate Budget Committee", G, "US",
           True),
    ],
    R + "wr-train-0130.txt": [
        sp("Finance Minister Edouard Balladur said", "Finance Minister Edouard Balladur", "Edouard Balladur", G, "FR",
           True),
        sp("But Trade Union leaders served", "Trade Union leaders", None, N, None, False),
        sp("bank economists contacted by Reuters said", "bank economists", None, N, None, False),
        sp("said Societe Generale economist Alain Marais", "Alain Marais", MAR, P, "FR", True),
        sp("be maintained,\" he added", "he", MAR, P, "FR", True),
        sp("he also demanded investment", "he", MAI, P, "FR", True),
        sp("He announced after his meeting", "He", MAI, P, "FR", True),
        sp("while the Communist-led CGT, the", "the Communist-led CGT", "CGT", ORG, "FR", True),
        sp("government supporters and some economic analysts", "government supporters and some economic analysts",
           None, N, None, False),
        sp("commented Michel Develle, economist at", "Michel Develle", DEV, P, "FR", True),
        sp("power and popularity, he said", "he", DEV, P, "FR", True),
        sp("Develle said Paribas expected", "Develle", DEV, P, "FR", True),
        sp("been freed,\" he commented", "he", DEV, P, "FR", True),
        sp("Finance Ministry officials said that", "Finance Ministry officials", None, G, "FR", False),
        sp("But they claimed it was", "they", None, G, "FR", False),
        sp("Both Marais and Develle said", "Both Marais and Develle", "Alain Marais and Michel Develle", P, "FR",
           True),
        sp("Institute, INSEE, Marais said", "Marais", MAR, P, "FR", True),
        sp("should be better, he added", "he", MAR, P, "FR", True),
        sp("deficit, several analysts said", "several analysts", None, N, None, False),
        sp("expected growth, they said", "they", None, N, None, False),
    ],
    R + "wr-train-0601.txt": [
        sp("project, an official communique said", "an official communique", None, REP, None, False),
        sp("Musa said Liberia was invited", "Musa", "Bunu Sheriff Musa", G, "NG", True),
        sp("Officials said the study will", "Officials", None, G, None, False),
        sp("the communique said Musa and", "the communique", None, REP, None, False),
    ],
    R + "wr-train-0814.txt": [
        sp("sheets, the Bank of England said", "the Bank of England", BOE, G, "GB", True),
        sp("adequacy, the proposal said", "the proposal", None, REP, None, False),
        sp("It said no final decisions", "It", None, REP, None, False),
        sp("The Bank of England and Fed", "The Bank of England and Fed", "Bank of England and Fed", G, None,
           True),
        sp("contract, the plans showed", "the plans", None, REP, None, False),
        sp("The proposal showed that collaterals", "The proposal", None, REP, None, False),
        sp("agencies, the proposals showed", "the proposals", None, REP, None, False),
    ],
    R + "wr-train-1014.txt": [
        sp("Kiel University's Institute for World Economy", "Kiel University's Institute for World Economy", KIEL, ORG,
           "DE", True),
        sp("report the Kiel institute said", "the Kiel institute", KIEL, ORG, "DE", True),
        sp("limited,\" the report said", "the report", None, REP, "DE", False),
        sp("The institute said past experience", "The institute", KIEL, ORG, "DE", True),
        sp("monetary policy, the institute said", "the institute", KIEL, ORG, "DE", True),
        sp("However, it said the labour", "it", KIEL, ORG, "DE", True),
        sp("The institute cautioned that", "The institute", KIEL, ORG, "DE", True),
        sp("It also warned that what", "It", KIEL, ORG, "DE", True),
        sp("It said central banks in", "It", KIEL, ORG, "DE", True),
        sp("The institute said this in", "The institute", KIEL, ORG, "DE", True),
        sp("The institute said this could", "The institute", KIEL, ORG, "DE", True),
        sp("It also said the Bundesbank", "It", KIEL, ORG, "DE", True),
    ],
}

SCH, USDA, WIL = "Helmut Schlesinger", "U.S. Agriculture Department", "Michael Wilson"
HELD = {
    T + "wr-test-0375.txt": [
        sp("vice-president Helmut Schlesinger told Reuters", "vice-president Helmut Schlesinger", SCH, G, "DE", True),
        sp("which, dealers said, revived", "dealers", None, N, None, False),
        sp("Schlesinger said he had no", "Schlesinger", SCH, G, "DE", True),
        sp("But he added that the", "he", SCH, G, "DE", True),
        sp("superseded,\" he said", "he", SCH, G, "DE", True),
        sp("Bank economists said that the", "Bank economists", None, N, None, False),
        sp("developments, Schlesinger added", "Schlesinger", SCH, G, "DE", True),
        sp("Schlesinger said, \"Since the", "Schlesinger", SCH, G, "DE", True),
        sp("Schlesinger said he could have", "Schlesinger", SCH, G, "DE", True),
    ],
    R + "wr-train-0731.txt": [
        sp("the U.S. Agriculture Department said", "the U.S. Agriculture Department", USDA, G, "US", True),
        sp("it said in its latest", "it", USDA, G, "US", True),
        sp("season, it said", "it", USDA, G, "US", True),
        sp("the Brazilian Wheat Board, BWB, expects", "the Brazilian Wheat Board, BWB", "Brazilian Wheat Board", G,
           "BR", True),
        sp("the USDA said", "the USDA", USDA, G, "US", True),
        sp("It said the BWB expects", "It", USDA, G, "US", True),
    ],
    R + "wr-train-1072.txt": [
        sp("Finance Minister Michael Wilson said", "Finance Minister Michael Wilson", WIL, G, "CA", True),
        sp("Wilson told the House of", "Wilson", WIL, G, "CA", True),
        sp("Wilson said it has to", "Wilson", WIL, G, "CA", True),
        sp("Wilson, appearing before the committee", "Wilson", WIL, G, "CA", True),
        sp("Wilson said in response to", "Wilson", WIL, G, "CA", True),
        sp("He said the long term", "He", WIL, G, "CA", True),
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
    write(DEV_, ROOT / "tests/gold/sources_real91.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real91_heldout.jsonl")
