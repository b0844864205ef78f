"""Round 85's source gold for the speakers of tests/gold/attributions_real85*.jsonl (sources51's format, anchors of
six words at most), written by hand from the ten wekareuters stories with officials before any spinscope run on
them. One entry per source span; a source span of more than six words is named by its head (surface) inside a six-word
anchor.

Types (round 35's and attr80's conventions): a state department or statistics office and its minister or officer
`government` (of its country); a named company `organization` and its named officers and spokesman `person` (the
firm's country); unnamed analysts, traders, delegates and "sources" `anonymous`, no country; officials of two
governments together `government`, no country; a president `government` (the recent golds' "President Trump"); a
party's group in a legislature `politician`; a communique, published statistics and figures `report` (the older
golds' "The latest figures show"), of the country whose figures they are (the Soviet figures `RU`, the table's code
for Moscow; no table entry names the Soviet Union).

    python scripts/attr85/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R = "../wekareuters/train/"

P, ORG, G, POL, N, REP = "person", "organization", "government", "politician", "anonymous", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


MOI, PROX, IZV, LUK, LYNG = "Daniel Arap Moi", "William Proxmire", "Izvestia", "Rilwanu Lukman", "Richard Lyng"
MER, ROS, BUC = "Robert Mercer", "Jon Rosenbaum", "Alick Buchanan-Smith"
MED = "media"

DEV = {
    R + "wr-train-0528.txt": [
        sp("deficit, President Daniel Arap Moi said", "President Daniel Arap Moi", MOI, G, "KE", True),
        sp("of parliament, Moi said high", "Moi", MOI, G, "KE", True),
        sp("in 1985, he added", "he", MOI, G, "KE", True),
        sp("during the year,\" he said", "he", MOI, G, "KE", True),
        sp("Moi said the price changes", "Moi", MOI, G, "KE", True),
        sp("in its history, he added", "he", MOI, G, "KE", True),
        sp("our development,\" he said", "he", MOI, G, "KE", True),
        sp("the president added", "the president", MOI, G, "KE", True),
    ],
    R + "wr-train-0771.txt": [
        sp("Senate Banking Committee chairman William Proxmire", "Senate Banking Committee chairman William Proxmire",
           PROX, POL, "US", True),
        sp("operations,\" Proxmire said at the", "Proxmire", PROX, POL, "US", True),
        sp("investment banking,\" Proxmire said", "Proxmire", PROX, POL, "US", True),
        sp("He said he was concerned", "He", PROX, POL, "US", True),
        sp("USX Corp chairman David Roderick said", "USX Corp chairman David Roderick", "David Roderick", P, "US",
           True),
        sp("Champion International Corp chairman Andrew Sigler", "Champion International Corp chairman Andrew Sigler",
           "Andrew Sigler", P, "US", True),
    ],
    R + "wr-train-0847.txt": [
        sp("The government daily Izvestia said", "The government daily Izvestia", IZV, MED, "RU", True),
        sp("figures, the newspaper said", "the newspaper", IZV, MED, "RU", True),
        sp("The Soviet Union has previously", "The Soviet Union", "Soviet Union", G, "RU", True),
        sp("A U.S. Department of Agriculture analyst", "A U.S. Department of Agriculture analyst",
           None, G, "US", False),
        sp("simple,\" Izvestia said", "Izvestia", IZV, MED, "RU", True),
        sp("Ukraine, it said, adding", "it", IZV, MED, "RU", True),
    ],
    R + "wr-train-1238.txt": [
        sp("Opec Conference President Rilwanu Lukman said", "Opec Conference President Rilwanu Lukman", LUK, G,
           "NG", True),
        sp("Lukman, during a brief visit", "Lukman", LUK, G, "NG", True),
        sp("(December) accord,\" he said", "he", LUK, G, "NG", True),
        sp("the accord work,\" he said", "he", LUK, G, "NG", True),
        sp("He said the Opec secretariat", "He", LUK, G, "NG", True),
        sp("a Reuters survey published today", "a Reuters survey published today", None, REP, None, False),
        sp("bpd, he said;", "he", LUK, G, "NG", True),
        sp("Opec\"s news agency Opecna today", "Opec\"s news agency Opecna", "Opecna", MED, None, True),
        sp("one source close to Opec", "one source close to Opec", None, N, None, False),
        sp("The Reuter survey estimated", "The Reuter survey", None, REP, None, False),
        sp("Lukman said Qatar, Nigeria", "Lukman", LUK, G, "NG", True),
        sp("been anticipated, he said", "he", LUK, G, "NG", True),
        sp("Lukman said that some industry", "Lukman", LUK, G, "NG", True),
        sp("He said that sweet crudes", "He", LUK, G, "NG", True),
        sp("However, he said Opec in", "he", LUK, G, "NG", True),
        sp("fundamentals,\" he said, adding", "he", LUK, G, "NG", True),
        sp("The Opec President said producers", "The Opec President", LUK, G, "NG", True),
        sp("pricing system, he said", "he", LUK, G, "NG", True),
        sp("Lukman said that if refiner-buyers", "Lukman", LUK, G, "NG", True),
        sp("more later on,\" he said", "he", LUK, G, "NG", True),
        sp("Lukman, asked about industry reports", "Lukman", LUK, G, "NG", True),
        sp("He said that so far", "He", LUK, G, "NG", True),
        sp("priorities right,\" he said", "he", LUK, G, "NG", True),
        sp("be called, he said", "he", LUK, G, "NG", True),
    ],
    R + "wr-train-1274.txt": [
        sp("The U.S. Treasury repeated", "The U.S. Treasury", "U.S. Treasury", G, "US", True),
        sp("Under-Secretary Robert Ortner that", "Under-Secretary Robert Ortner", "Robert Ortner", G, "US", True),
        sp("the spokesman told Reuters", "the spokesman", None, G, "US", False),
    ],
    R + "wr-train-1512.txt": [
        sp("Agriculture Secretary Richard Lyng said no", "Agriculture Secretary Richard Lyng", LYNG, G, "US", True),
        sp("the meeting, Lyng said only", "Lyng", LYNG, G, "US", True),
        sp("making meeting,\" Lyng said", "Lyng", LYNG, G, "US", True),
        sp("Aides to Lyng earlier said", "Aides to Lyng", None, G, "US", False),
        sp("farm groups and Congressmen urging", "farm groups and Congressmen", None, N, None, False),
        sp("Soviet Union, Lyng said", "Lyng", LYNG, G, "US", True),
    ],
}

HELD = {
    R + "wr-train-0674.txt": [
        sp("The chairman of Goodyear Tire", "The chairman", MER, P, "US", True),
        sp("Goodyear Chairman Robert Mercer lashed out", "Goodyear Chairman Robert Mercer", MER, P, "US", True),
        sp("providing jobs,\" he said", "he", MER, P, "US", True),
        sp("high price, Mercer said", "Mercer", MER, P, "US", True),
        sp("by 10 pct, he said", "he", MER, P, "US", True),
        sp("Mercer, who plans to testify", "Mercer", MER, P, "US", True),
    ],
    R + "wr-train-0827.txt": [
        sp("\"objective criteria\", U.S. officials said", "U.S. officials", None, G, "US", False),
        sp("Jon Rosenbaum, assistant U.S. trade", "Jon Rosenbaum", ROS, G, "US", True),
        sp("Rosenbaum said the United States", "Rosenbaum", ROS, G, "US", True),
        sp("major consuming nations, led by", "major consuming nations", None, G, None, False),
        sp("large producers led by Brazil", "large producers", None, G, None, False),
        sp("Rosenbaum said the administration would", "Rosenbaum", ROS, G, "US", True),
        sp("He said the Reagan administration", "He", ROS, G, "US", True),
        sp("other U.S. government officials involved", "other U.S. government officials", None, G, "US", False),
        sp("said one U.S. official", "one U.S. official", None, G, "US", False),
        sp("The U.S. official, who asked", "The U.S. official", None, G, "US", False),
        sp("the U.S. position, U.S. officials", "U.S. officials", None, G, "US", False),
        sp("Central America, U.S. officials said", "U.S. officials", None, G, "US", False),
        sp("which said it would agree", "which", None, G, None, False),
        sp("criteria question, U.S. officials said", "U.S. officials", None, G, "US", False),
        sp("objective criteria, U.S. officials said", "U.S. officials", None, G, "US", False),
        sp("However, U.S. sources said", "U.S. sources", None, N, None, False),
        sp("important, U.S. officials said the", "U.S. officials", None, G, "US", False),
        sp("U.S. officials blamed Brazil", "U.S. officials", None, G, "US", False),
    ],
    R + "wr-train-0889.txt": [
        sp("for Energy Alick Buchanan-Smith said", "Alick Buchanan-Smith", BUC, G,
           "GB", True),
        sp("Buchanan Snith told the House", "Buchanan Snith", BUC, G, "GB", True),
        sp("He noted, however", "He", BUC, G, "GB", True),
        sp("He added that a report", "He", BUC, G, "GB", True),
        sp("Buchanan-Smith said the U.K.", "Buchanan-Smith", BUC, G, "GB", True),
    ],
    R + "wr-train-1498.txt": [
        sp("union leaders say they have", "union leaders", None, N, None, False),
        sp("The seamen's leaders say", "The seamen's leaders", None, N, None, False),
        sp("The Jornal do Brasil newspaper", "The Jornal do Brasil newspaper", "Jornal do Brasil", MED, "BR",
           True),
        sp("Jorge Luis Leao Franco, told", "Jorge Luis Leao Franco", "Jorge Luis Leao Franco", P, "BR", True),
        sp("Petrol station owners said many", "Petrol station owners", None, N, None, False),
        sp("Television reports said", "Television reports", None, MED, "BR", False),
        sp("Political sources said", "Political sources", None, N, None, False),
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
    write(DEV, ROOT / "tests/gold/sources_real85.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real85_heldout.jsonl")
