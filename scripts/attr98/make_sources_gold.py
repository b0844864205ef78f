"""Round 98's source gold for the speakers of tests/gold/attributions_real98*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight wekareuters stories of round 98's draw before any spinscope run
on them. One entry per source span; a source span of more than six words is named by its head (surface) inside a
six-word anchor.

Types (attr83's to attr95's conventions): a company or an investor group, its "it", "the company" and "the group"
`organization` of its country (the US for a ticker in the title), named by its full name; a state commodity board
(Kenya's coffee board), its "the board" and "it" `government` of its country, as attr95's UK intervention board; a
national agriculture department and its "it" `government`; named trade officials (an assistant trade
representative, the trade representative) and their "she" `government` of their country; unnamed officials and
"representatives of the government agencies" `government` of their country, not named; a former official now
heading a private institute `person` of his country; "one source" with no body and unnamed exporters `anonymous`
(the exporters of the nationality the text gives); "customs figures" `report` of the story's country, not named.

    python scripts/attr98/make_sources_gold.py
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


CBK, WHI, BERG, EARLY, YEUT = "Coffee Board of Kenya", "Whittaker Corp", "C. Fred Bergsten", "Suzanne Early", \
    "Clayton Yeutter"
SG, XEB, USDA = "Sterling Grace Capital Management L.P.", "Xebec Corp", "U.S. Agriculture Department"

DEV = {
    T + "wr-test-0412.txt": [
        sp("the Coffee Board of Kenya said", "the Coffee Board of Kenya", CBK, G, "KE", True),
        sp("The board said it offered", "The board", CBK, G, "KE", True),
        sp("a tonne, it added", "it", CBK, G, "KE", True),
    ],
    R + "wr-train-0250.txt": [
        sp("Whittaker Corp said it will", "Whittaker Corp", WHI, ORG, "US", True),
        sp("The company said in the", "The company", WHI, ORG, "US", True),
        sp("The company said it has", "The company", WHI, ORG, "US", True),
        sp("The company said to date", "The company", WHI, ORG, "US", True),
        sp("Whittaker today reported first", "Whittaker", WHI, ORG, "US", True),
    ],
    R + "wr-train-0564.txt": [
        sp("official C. Fred Bergsten said", "C. Fred Bergsten", BERG, P, "US", True),
        sp("Bergsten, now the director", "Bergsten", BERG, P, "US", True),
        sp("needed,\" he said", "he", BERG, P, "US", True),
    ],
    R + "wr-train-0961.txt": [
        sp("Community, U.S. trade officials said", "U.S. trade officials", None, G, "US", False),
        sp("Representatives of the major government agencies", "Representatives of the major government agencies",
           None, G, "US", False),
        sp("said one U.S. trade official", "one U.S. trade official", None, G, "US", False),
        sp("One source said the U.S.", "One source", None, N, None, False),
        sp("U.S. officials said no formal", "U.S. officials", None, G, "US", False),
        sp("said one trade official, adding", "one trade official", None, G, "US", False),
        sp("Suzanne Early, assistant trade representative", "Suzanne Early", EARLY, G, "US", True),
        sp("retaliation, she said", "she", EARLY, G, "US", True),
        sp("representative Clayton Yeutter Monday warned", "Clayton Yeutter", YEUT, G, "US", True),
    ],
    R + "wr-train-1045.txt": [
        sp("Capital Management L.P.> group said", "group", SG, ORG, "US", True),
        sp("The group, which also includes", "The group", SG, ORG, "US", True),
        sp("The group said it has", "The group", SG, ORG, "US", True),
        sp("The Sterling Grace Capital group said", "The Sterling Grace Capital group", SG, ORG, "US", True),
    ],
}

HELD = {
    T + "wr-test-0228.txt": [
        sp("Xebec Corp said it expects", "Xebec Corp", XEB, ORG, "US", True),
        sp("Xebec also said", "Xebec", XEB, ORG, "US", True),
        sp("Xebec said IBM has", "Xebec", XEB, ORG, "US", True),
        sp("Xebec said it intends", "Xebec", XEB, ORG, "US", True),
        sp("The company also said", "The company", XEB, ORG, "US", True),
    ],
    R + "wr-train-0654.txt": [
        sp("French exporters estimated", "French exporters", None, N, "FR", False),
        sp("April, they said", "they", None, N, "FR", False),
        sp("according to customs figures", "customs figures", None, "report", "FR", False),
        sp("certain exporters fear", "certain exporters", None, N, "FR", False),
    ],
    R + "wr-train-0715.txt": [
        sp("the U.S. Agriculture Department said", "the U.S. Agriculture Department", USDA, G, "US", True),
        sp("the Department said Florida's", "the Department", USDA, G, "US", True),
        sp("The Department noted", "The Department", USDA, G, "US", True),
        sp("The department said stocks", "The department", USDA, G, "US", True),
        sp("ago, it said", "it", USDA, G, "US", True),
        sp("strengthened, the department said", "the department", USDA, G, "US", True),
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
    write(DEV, ROOT / "tests/gold/sources_real98.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real98_heldout.jsonl")
