"""Round 111's source gold for the speakers of tests/gold/attributions_real111*.jsonl (sources51's format, anchors
of six words at most), written by hand from the thirty wekareuters stories of round 111's draw before any spinscope
run on them. One entry per source span; a long source span is named by its head (surface) inside a short anchor.

Types (attr102's, attr106's and attr108's conventions, checked against every older sources_real* gold): a company,
its "The company", "It", "which" and short name `organization` of its country (US for the US firms, GB for a
London-listed Plc, CH for a Swiss bank), named by its full name; a company's unnamed spokesman `organization` of the
company's country, not named (older golds: "a company spokesman", "A TWA spokesman"; a British broker's spokesman
GB); a company's named spokesman, president or adviser `person` of its country ("spokesman Rich Hall" US in the
older golds); central banks, departments and a treasury `government` of their country, named ("the Bank of England"
GB, "the Reserve Bank" AU and "the USDA" US in the older golds); a prime minister `government`, named; an unnamed
European monetary official `government` of no country ("U.S. officials" of no country, "a senior Canadian official"
CA); ministry figures `report` of the ministry's country, named by the ministry (real107's "figures from the
Ministry of Agriculture" NL); a newspaper `media` of its country; a research institute `organization` of its
country, named (the Kiel institute DE), its report the same ("A new report by ..." `organization` in the older
golds); the United Nations and the Group of Seven of no country; dealers and company sources `anonymous`, no
country ("dealers", "trade sources" in the older golds).

    python scripts/attr111/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, M, REP = "person", "organization", "government", "anonymous", "media", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


OPP, RBNZ, CD, DIW, BOE, USDA = ("Oppenheimer and Co", "Reserve Bank of New Zealand", "China Daily", "DIW",
                                 "Bank of England", "U.S. Agriculture Department")
EDP, CARL, HALL, SARA, ST, HAL = ("Energy Development Partners Ltd", "Ingvar Carlsson", "Rich Hall", "Sara Lee Corp",
                                  "SouthTrust Corp", "Halcyon Investments")
IMT, TUCK = "Imtec Inc", "Richard Tucker"
CS, NARU, BRY, DAS, DON = ("Credit Suisse", "Koei Narusawa", "Bryson Oil and Gas Plc", "Data Access Systems Inc",
                           "Donaldson Co Inc")

DEV = {
    R + "wr-train-0710.txt": [
        sp("Oppenheimer and Co, a New", "Oppenheimer and Co", OPP, ORG, "US", True),
        sp("Commission, Oppenheimer said it bought", "Oppenheimer", OPP, ORG, "US", True),
        sp("It said it bought the", "It", OPP, ORG, "US", True),
    ],
    R + "wr-train-0063.txt": [
        sp("December, the Reserve Bank said", "the Reserve Bank", RBNZ, G, "NZ", True),
        sp("period, it said in its", "it", RBNZ, G, "NZ", True),
    ],
    R + "wr-train-0474.txt": [
        sp("China, the China Daily said", "the China Daily", CD, M, "CN", True),
        sp("quoted Mobil president Richard Tucker", "Mobil president Richard Tucker", TUCK, P, "US", True),
        sp("It said Mobil bought", "It", CD, M, "CN", True),
    ],
    T + "wr-test-0022.txt": [
        sp("the DIW economic institute said", "the DIW economic institute", DIW, ORG, "DE", True),
        sp("A DIW report added", "A DIW report", DIW, ORG, "DE", True),
    ],
    T + "wr-test-0208.txt": [
        sp("A European monetary official said", "A European monetary official", None, G, None, False),
    ],
    T + "wr-test-0018.txt": [
        sp("The Bank of England said it", "The Bank of England", BOE, G, "GB", True),
    ],
    R + "wr-train-0026.txt": [
        sp("the Agriculture Department said", "the Agriculture Department", USDA, G, "US", True),
        sp("The department said the Customs", "The department", USDA, G, "US", True),
    ],
    R + "wr-train-1544.txt": [
        sp("The U.N. said the report", "The U.N.", "United Nations", ORG, None, True),
    ],
    T + "wr-test-0218.txt": [
        sp("Energy Development Partners Ltd said it", "Energy Development Partners Ltd", EDP, ORG, "US", True),
        sp("But it said a 41.5", "it", EDP, ORG, "US", True),
        sp("the company also said", "the company", EDP, ORG, "US", True),
        sp("It said proved reserves", "It", EDP, ORG, "US", True),
    ],
    R + "wr-train-0196.txt": [
        sp("Prime Minister Ingvar Calrsson said", "Prime Minister Ingvar Calrsson", CARL, G, "SE", True),
        sp("Carlsson told a news conference", "Carlsson", CARL, G, "SE", True),
    ],
    T + "wr-test-0318.txt": [
        sp("opened, dealers said", "dealers", None, N, None, False),
        sp("new, they said", "they", None, N, None, False),
        sp("The G-7 reaffirmed", "The G-7", "Group of Seven", G, None, True),
        sp("One dealer said", "One dealer", None, N, None, False),
    ],
    R + "wr-train-1327.txt": [
        sp("a company spokesman said", "a company spokesman", None, ORG, "US", False),
        sp("spokesman Rich Hall said", "Rich Hall", HALL, P, "US", True),
    ],
    R + "wr-train-1231.txt": [
        sp("a spokesman for brokers James", "a spokesman", None, ORG, "GB", False),
        sp("Japan, he added", "he", None, ORG, "GB", False),
        sp("sold, company sources said", "company sources", None, N, None, False),
    ],
    R + "wr-train-0524.txt": [
        sp("Sara Lee Corp said it", "Sara Lee Corp", SARA, ORG, "US", True),
        sp("33 mln dlrs, it said", "it", SARA, ORG, "US", True),
        sp("shares, it noted", "it", SARA, ORG, "US", True),
        sp("government, it said", "it", SARA, ORG, "US", True),
    ],
    R + "wr-train-1488.txt": [
        sp("SouthTrust Corp, a 5.1", "SouthTrust Corp", ST, ORG, "US", True),
        sp("It said the agreements", "It", ST, ORG, "US", True),
    ],
    R + "wr-train-1149.txt": [
        sp("Halcyon Investments, a New York", "Halcyon Investments", HAL, ORG, "US", True),
        sp("Commission, Halcyon, whose", "Halcyon", HAL, ORG, "US", True),
        sp("Halcyon, which said it has", "which", HAL, ORG, "US", True),
        sp("Halcyon, which said", "Halcyon", HAL, ORG, "US", True),
    ],
    R + "wr-train-0011.txt": [
        sp("the U.S. Agriculture Department said", "the U.S. Agriculture Department", USDA, G, "US", True),
        sp("1986, it said", "it", USDA, G, "US", True),
    ],
    R + "wr-train-0628.txt": [
        sp("Imtec Inc said some", "Imtec Inc", IMT, ORG, "US", True),
        sp("The company said the shareholders", "The company", IMT, ORG, "US", True),
        sp("It said the shareholders had", "It", IMT, ORG, "US", True),
        sp("But Imtec said no", "Imtec", IMT, ORG, "US", True),
    ],
    R + "wr-train-1357.txt": [
        sp("The Bank of England said it", "The Bank of England", BOE, G, "GB", True),
    ],
}

HELD = {
    R + "wr-train-1019.txt": [
        sp("figures from the economics ministry show", "figures", "Economics Ministry", REP, "BE", True),
        sp("A ministry spokesman said", "A ministry spokesman", None, G, "BE", False),
    ],
    T + "wr-test-0348.txt": [
        sp("lead manager Credit Suisse said", "Credit Suisse", CS, ORG, "CH", True),
    ],
    R + "wr-train-0729.txt": [
        sp("the U.S. Agriculture Department said", "the U.S. Agriculture Department", USDA, G, "US", True),
        sp("the department said traders", "the department", USDA, G, "US", True),
        sp("corn, it said", "it", USDA, G, "US", True),
        sp("(Oct-Sept), it said", "it", USDA, G, "US", True),
    ],
    R + "wr-train-0453.txt": [
        sp("provisional trade ministry figures show", "figures", "Trade Ministry", REP, "KR", True),
    ],
    R + "wr-train-0440.txt": [
        sp("economic adviser Koei Narusawa said", "Koei Narusawa", NARU, P, "JP", True),
        sp("he told reporters", "he", NARU, P, "JP", True),
        sp("Narusawa said the U.S.", "Narusawa", NARU, P, "JP", True),
    ],
    R + "wr-train-1513.txt": [
        sp("day, the Treasury said", "the Treasury", "U.S. Treasury", G, "US", True),
    ],
    R + "wr-train-0492.txt": [
        sp("<Bryson Oil and Gas Plc> said", "Bryson Oil and Gas Plc", BRY, ORG, "GB", True),
        sp("Bryson said its board", "Bryson", BRY, ORG, "GB", True),
    ],
    T + "wr-test-0419.txt": [
        sp("Data Access Systems Inc said", "Data Access Systems Inc", DAS, ORG, "US", True),
        sp("The company said Phoenix", "The company", DAS, ORG, "US", True),
        sp("Data Access said Phoenix chairman", "Data Access", DAS, ORG, "US", True),
        sp("It said four directors", "It", DAS, ORG, "US", True),
    ],
    R + "wr-train-1409.txt": [
        sp("Donaldson Co Inc said it", "Donaldson Co Inc", DON, ORG, "US", True),
        sp("It said Filter Products", "It", DON, ORG, "US", True),
        sp("Donaldson said the acquisition", "Donaldson", DON, ORG, "US", True),
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
    write(DEV, ROOT / "tests/gold/sources_real111.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real111_heldout.jsonl")
