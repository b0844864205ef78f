"""Round 83's source gold for the speakers of tests/gold/attributions_real83*.jsonl (sources51's format, anchors of
six words at most), written by hand from the wekareuters trade-policy stories before any spinscope run on them. One
entry per source span; a source span of more than six words is named by its head (surface) inside a six-word
anchor.

Types (round 35's and attr80's conventions): a state department or statistics office and its minister or officer
`government` (of its country); a named company `organization` and its named officers and spokesman `person` (the
firm's country); unnamed analysts, traders, delegates and "sources" `anonymous`, no country; officials of two
governments together `government`, no country; a president `government` (the recent golds' "President Trump"); a
party's group in a legislature `politician`; a communique, published statistics and figures `report` (the older
golds' "The latest figures show"), of the country whose figures they are (the Soviet figures `RU`, the table's code
for Moscow; no table entry names the Soviet Union).

    python scripts/attr83/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R = "../wekareuters/"

P, ORG, G, POL, N, REP = "person", "organization", "government", "politician", "anonymous", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


BED, KUR, TOWN, CSO = "Business Economics Department", "Makoto Kuroda", "Don Townson", "Central Statistical Office"

DEV = {
    R + "test/wr-test-0004.txt": [
        sp("the Business Economics Department said", "the Business Economics Department", BED, G, "TH", True),
        sp("It said Janunary/March imports", "It", BED, G, "TH", True),
        sp("The department said first quarter", "The department", BED, G, "TH", True),
    ],
    R + "test/wr-test-0170.txt": [
        sp("Both U.S. and Japanese officials", "Both U.S. and Japanese officials", None, G, None, False),
        sp("President Reagan announced the planned", "President Reagan", "Reagan", G, "US", True),
        sp("after he said that close", "he", "Reagan", G, "US", True),
        sp("annoucement, Reagan said", "Reagan", "Reagan", G, "US", True),
        sp("Trade analysts said his move", "Trade analysts", None, N, None, False),
        sp("Congressional Democrats have pledged", "Congressional Democrats", None, POL, "US", False),
        sp("Reagan said there were recent", "Reagan", "Reagan", G, "US", True),
        sp("Kuroda said on leaving Tokyo", "Kuroda", KUR, G, "JP", True),
        sp("He told the daily newspaper", "He", KUR, G, "JP", True),
        sp("expectations.,\" he said", "he", KUR, G, "JP", True),
        sp("He also said that U.S.", "He", KUR, G, "JP", True),
    ],
    R + "test/wr-test-0226.txt": [
        sp("<Teck Corp> said it", "Teck Corp", "Teck Corp", ORG, "CA", True),
        sp("administration John Guminski said", "John Guminski", "John Guminski", P, "CA", True),
        sp("spokesman Don Townson told Reuters", "spokesman Don Townson", TOWN, P, "CA", True),
        sp("Cominco's Townson said", "Cominco's Townson", TOWN, P, "CA", True),
        sp("he added", "he", TOWN, P, "CA", True),
        sp("pct copper, Townson said", "Townson", TOWN, P, "CA", True),
        sp("ounces of gold, he said", "he", TOWN, P, "CA", True),
    ],
    R + "test/wr-test-0329.txt": [
        sp("Finance ministers from seven major", "Finance ministers", None, G, None, False),
        sp("the ministers said the value", "the ministers", None, G, None, False),
        sp("Minister Gerhard Stoltenberg called it", "Minister Gerhard Stoltenberg", "Gerhard Stoltenberg", G, "DE",
           True),
        sp("The communique said, \"The", "The communique", None, REP, None, False),
        sp("what the communique termed", "the communique", None, REP, None, False),
        sp("The communique said the ministers", "The communique", None, REP, None, False),
        sp("The communique said Japan affirmed", "The communique", None, REP, None, False),
        sp("It said the officials", "It", None, REP, None, False),
    ],
    R + "test/wr-test-0533.txt": [
        sp("but delegates said it was", "delegates", None, N, None, False),
        sp("an extension, delegates said", "delegates", None, N, None, False),
        sp("Some sources were optimistic", "Some sources", None, N, None, False),
        sp("but others suggested a special", "others", None, N, None, False),
    ],
}

HELD = {
    R + "test/wr-test-0292.txt": [
        sp("in 1985, official figures showed", "official figures", None, REP, "RU", False),
        sp("Statistics published by the monthly", "Statistics", "Foreign Trade", REP, "RU", True),
        sp("Western analysts attributed the deficit", "Western analysts", None, N, None, False),
    ],
    R + "train/wr-train-0740.txt": [
        sp("Professionals in the grains trade think", "Professionals in the grains trade", None, N, None, False),
        sp("traders believe farmers will", "traders", None, N, None, False),
        sp("being penalized, traders said", "traders", None, N, None, False),
        sp("the government, they added", "they", None, N, None, False),
        sp("one commercial trader said", "one commercial trader", None, N, None, False),
    ],
    R + "train/wr-train-1018.txt": [
        sp("third quarter, official statistics show", "official statistics", None, REP, "GB", False),
        sp("Seasonally-adjusted figures issued by the", "Seasonally-adjusted figures", CSO, REP, "GB", True),
        sp("Preliminary figures for invisible transactions", "Preliminary figures", None, REP, "GB", False),
        sp("of 100 mln, the CSO said", "the CSO", CSO, G, "GB", True),
        sp("The CSO stressed that figures", "The CSO", CSO, G, "GB", True),
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
    write(DEV, ROOT / "tests/gold/sources_real83.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real83_heldout.jsonl")
