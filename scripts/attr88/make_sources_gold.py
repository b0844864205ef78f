"""Round 88's source gold for the speakers of tests/gold/attributions_real88*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight wekareuters stories before any spinscope run on them. One entry
per source span (two records sharing one subject share one entry); a source span of more than six words is named by
its head (surface) inside a six-word anchor.

Types (round 35's, attr80's, attr83's and attr85's conventions): a head of government, ministers, a deputy prime
minister, a ministry and its unnamed officials `government` of their country (KR, JP, FR, CN, US); an embassy and
its unnamed official `government` of its country; an unnamed diplomat of no stated country `government`, no
country; a country speaking as a state ("China said") `government`; a law quoted by name and a newspaper's table
`report` of their country; a newspaper's editorial `media` of the paper's country, named by the paper; bank
economists named `person` of the bank's country; unnamed economists, "sources" and an industry's speculation
`anonymous`, no country (a group "including" one named economist is the group); an international fund, its team
and a cartel's secretariat official `organization`, no country; their reports and statements `report`, no
country; a private research institute `organization` of its country.

    python scripts/attr88/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, REP, MED = "person", "organization", "government", "anonymous", "report", "media"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


KIM, SHU, CHEN, IB = "Kim Mahn-je", "George Shultz", "Chen Shibiao", "International Business"
EMB, TAB, REPT, FIN = "U.S. Embassy", None, None, "Finance Ministry"
WAKO = "Wako Research Institute of Economics"

DEV = {
    T + "wr-test-0019.txt": [
        sp("Deputy Prime Minister Kim Mahn-je said", "Deputy Prime Minister Kim Mahn-je", KIM, G, "KR", True),
        sp("He told a press conference", "He", KIM, G, "KR", True),
        sp("But he said the government", "he", KIM, G, "KR", True),
        sp("Kim, who is also economic", "Kim", KIM, G, "KR", True),
        sp("than we expected,\" he said", "he", KIM, G, "KR", True),
        sp("Trade ministry officials said", "Trade ministry officials", None, G, "KR", False),
        sp("Kim said the swing", "Kim", KIM, G, "KR", True),
        sp("Korean economy,\" Kim said", "Kim", KIM, G, "KR", True),
        sp("Kim said his government plannned", "Kim", KIM, G, "KR", True),
        sp("trade surplus,\" he said", "he", KIM, G, "KR", True),
        sp("Kim said a sudden rise", "Kim", KIM, G, "KR", True),
        sp("a proper level,\" Kim said", "Kim", KIM, G, "KR", True),
    ],
    R + "wr-train-0471.txt": [
        sp("China called on the United States", "China", "China", G, "CN", True),
        sp("But the U.S. Embassy replied", "the U.S. Embassy", EMB, G, "US", True),
        sp("the editorial said", "the editorial", IB, MED, "CN", True),
        sp("two countries,\" it added", "it", IB, MED, "CN", True),
        sp("Chen Shibiao, who said that", "who", CHEN, G, "CN", True),
        sp("He named them as", "He", CHEN, G, "CN", True),
        sp("printed a table showing", "a table", TAB, REP, "CN", False),
        sp("It shows the 1986", "It", TAB, REP, "CN", False),
        sp("A U.S. Embassy official said", "A U.S. Embassy official", None, G, "US", False),
        sp("He said that, if China", "He", None, G, "US", False),
        sp("The U.S. Trade Act of 1974", "The U.S. Trade Act of 1974", "U.S. Trade Act of 1974", REP, "US", True),
        sp("The official said China was", "The official", None, G, "US", False),
        sp("U.S. Side won, he said", "he", None, G, "US", False),
        sp("anti-dumping case, he added", "he", None, G, "US", False),
        sp("Another diplomat said", "Another diplomat", None, G, None, False),
        sp("in GATT,\" the diplomat said", "the diplomat", None, G, None, False),
        sp("State George Shultz said his country", "George Shultz", SHU, G, "US", True),
        sp("Chinese type,\" Shultz said", "Shultz", SHU, G, "US", True),
        sp("GATT participation,\" he said", "he", SHU, G, "US", True),
        sp("last month, China said", "China", "China", G, "CN", True),
        sp("The diplomat said that, to", "The diplomat", None, G, None, False),
    ],
    R + "wr-train-0489.txt": [
        sp("senior economists, including Susumu Taketomi", "senior economists", None, N, None, False),
        sp("said Takashi Kiuchi, senior economist", "Takashi Kiuchi", "Takashi Kiuchi", P, "JP", True),
        sp("a Labour Ministry official said", "a Labour Ministry official", None, G, "JP", False),
        sp("Finance Minister Kiichi Miyazawa said", "Finance Minister Kiichi Miyazawa", "Kiichi Miyazawa", G, "JP",
           True),
        sp("Prime Minister Yasuhiro Nakasone told", "Prime Minister Yasuhiro Nakasone", "Yasuhiro Nakasone", G, "JP",
           True),
        sp("ceased hiring, economists said", "economists", None, N, None, False),
        sp("said Koichi Tsukihara, Deputy General", "Koichi Tsukihara", "Koichi Tsukihara", P, "JP", True),
        sp("However, other economists disagreed", "other economists", None, N, None, False),
    ],
    R + "wr-train-1087.txt": [
        sp("the Finance Ministry said", "the Finance Ministry", FIN, G, "FR", True),
        sp("It said the fall", "It", FIN, G, "FR", True),
        sp("the month, the ministry said", "the ministry", FIN, G, "FR", True),
    ],
    R + "wr-train-1426.txt": [
        sp("by an International Monetary Fund team", "an International Monetary Fund team",
           "International Monetary Fund", ORG, None, True),
        sp("The IMF team also urges", "The IMF team", "International Monetary Fund", ORG, None, True),
        sp("The team's report to the", "The team's report", REPT, REP, None, False),
        sp("However, it adds that", "it", REPT, REP, None, False),
        sp("The report says", "The report", REPT, REP, None, False),
        sp("It says there is", "It", REPT, REP, None, False),
        sp("in 1988,\" the report adds", "the report", REPT, REP, None, False),
        sp("The IMF urges a strong", "The IMF", "International Monetary Fund", ORG, None, True),
        sp("It says firmer long-term", "It", "International Monetary Fund", ORG, None, True),
        sp("It also urges net", "It", "International Monetary Fund", ORG, None, True),
    ],
}

FMS = None
HELD = {
    R + "wr-train-0139.txt": [
        sp("Finance Ministry sources said", "Finance Ministry sources", FMS, N, None, False),
        sp("They said the cut", "They", FMS, N, None, False),
        sp("official uses, they said", "they", FMS, N, None, False),
        sp("prime rates, the sources said", "the sources", FMS, N, None, False),
        sp("domestic economy, they said", "they", FMS, N, None, False),
        sp("and Welfare, the sources said", "the sources", FMS, N, None, False),
        sp("the ministry sources said", "the ministry sources", FMS, N, None, False),
        sp("likeliest choice, they added", "they", FMS, N, None, False),
    ],
    R + "wr-train-0186.txt": [
        sp("Wako Research Institute of Economics said", "Wako Research Institute of Economics", WAKO, ORG, "JP",
           True),
        sp("The private research body also", "The private research body", WAKO, ORG, "JP", True),
        sp("by 4.2 pct, it said", "it", WAKO, ORG, "JP", True),
        sp("outlook, the institute said", "the institute", WAKO, ORG, "JP", True),
        sp("It said lower interest", "It", WAKO, ORG, "JP", True),
        sp("construction businesses, it said", "it", WAKO, ORG, "JP", True),
    ],
    R + "wr-train-1093.txt": [
        sp("an OPEC secretariat official as saying", "an OPEC secretariat official", None, ORG, None, False),
        sp("The official was quoted as", "The official", None, ORG, None, False),
        sp("The unnamed official was further", "The unnamed official", None, ORG, None, False),
        sp("The statement said only", "The statement", None, REP, None, False),
        sp("may entail,\" the statement said", "the statement", None, REP, None, False),
        sp("selling price,\" the statement said", "the statement", None, REP, None, False),
        sp("been oil industry speculation", "oil industry", None, N, None, False),
        sp("The official said in the", "The official", None, ORG, None, False),
        sp("an official of the United Arab", "an official", None, G, "AE", False),
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
    write(DEV, ROOT / "tests/gold/sources_real88.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real88_heldout.jsonl")
