"""Round 51's source gold, written by hand from the cleaned articles (anchors of six words at most) before any
spinscope run. Writes tests/gold/sources_real51.jsonl and tests/gold/sources_real51_heldout.jsonl with each file's
sha256.   python scripts/sources51/make_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DIR = "data/semeval2025_task10/EN/raw-documents/"

G, P, M, ORG, A, R, N, PO = ("government", "person", "media", "organization", "academic", "report", "anonymous",
                             "politician")


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


DEV = {
    "EN_CC_300022": [
        sp("to evacuate, authorities said", "authorities", None, G, "ES", False),
        sp("Fernando Clavijo, the regional president", "Fernando Clavijo", "Fernando Clavijo", G, "ES", True),
        sp("Clavijo also said", "Clavijo", "Fernando Clavijo", G, "ES", True),
        sp("the fire, authorities said", "authorities", None, G, "ES", False),
        sp("Patricia Sanchez of the Spanish Red", "Patricia Sanchez", "Patricia Sanchez", P, "ES", True),
        sp("as scientists warn climate change", "scientists", None, N, None, False),
    ],
    "EN_UA_104791": [
        sp("the web, officials fear", "officials", None, G, "US", False),
        sp("the Russian government labeled the", "the Russian government", "Russian government", G, "RU", True),
        sp("FreedomHouse, a nonprofit focused on", "FreedomHouse", "Freedom House", ORG, None, True),
        sp("Karen Kornbluh, an expert on", "Karen Kornbluh", "Karen Kornbluh", P, None, True),
        sp("Kornbluh said", "Kornbluh", "Karen Kornbluh", P, None, True),
    ],
    "EN_UA_101251": [
        sp("The British Government has admitted", "The British Government", "British Government", G, "GB", True),
        sp("McGahey (right), a barrister", "McGahey", "Cathryn McGahey", G, "GB", True),
        sp("McGahey testifed before Hughes", "McGahey", "Cathryn McGahey", G, "GB", True),
        sp("According to McGahey", "McGahey", "Cathryn McGahey", G, "GB", True),
        sp("McGahey suggested", "McGahey", "Cathryn McGahey", G, "GB", True),
        sp("As Hughes has announced", "Hughes", "Anthony Hughes", G, "GB", True),
        sp("The Russian Government has publicly accused", "The Russian Government", "Russian Government", G, "RU",
           True),
        sp("McGahey told Hughes", "McGahey", "Cathryn McGahey", G, "GB", True),
        sp("Hughes has decided there must", "Hughes", "Anthony Hughes", G, "GB", True),
        sp("here,” he said", "he", "Anthony Hughes", G, "GB", True),
    ],
    "EN_UA_102084": [
        sp("Russian President Vladimir Putin has said", "Russian President Vladimir Putin", "Vladimir Putin", G, "RU",
           True),
        sp("interests,\" Putin said", "Putin", "Vladimir Putin", G, "RU", True),
        sp("Putin continued", "Putin", "Vladimir Putin", G, "RU", True),
        sp("border,\" he said", "he", "Vladimir Putin", G, "RU", True),
        sp("Swedish Prime Minister Ulf Kristersson said", "Swedish Prime Minister Ulf Kristersson", "Ulf Kristersson",
           G, "SE", True),
        sp("choice,\" Kristersson said", "Kristersson", "Ulf Kristersson", G, "SE", True),
        sp("He claimed in a speech", "He", "Petteri Orpo", G, "FI", True),
        sp("attack,\" he said", "he", "Petteri Orpo", G, "FI", True),
    ],
    "EN_CC_100028": [
        sp("Book.” A spokesperson for Thunberg", "A spokesperson for Thunberg", None, P, "SE", False),
        sp("Thunberg has been criticized for chanting", "Thunberg", "Greta Thunberg", P, "SE", True),
        sp("according to the Times of Israel", "the Times of Israel", "Times of Israel", M, "IL", True),
        sp("Nigel Savage, founder of the", "Nigel Savage", "Nigel Savage", P, None, True),
        sp("the outlet reported", "the outlet", "Times of Israel", M, "IL", True),
        sp("Thunberg wrote in the first", "Thunberg", "Greta Thunberg", P, "SE", True),
        sp("she added in the second", "she", "Greta Thunberg", P, "SE", True),
        sp("the spokesperson said", "the spokesperson", None, P, "SE", False),
    ],
}

HELD = {
    "EN_CC_100011": [
        sp("some experts predict heavy winds", "some experts", None, N, "GB", False),
        sp("disruption”, the weather agency said", "the weather agency", "Met Office", G, "GB", True),
        sp("The weather agency said:", "The weather agency", "Met Office", G, "GB", True),
        sp("weather experts have also explained", "weather experts", None, N, "GB", False),
    ],
    "EN_CC_300006": [
        sp("A new report by the Climate", "A new report", "Climate and Health Alliance", ORG, "IE", True),
        sp("The report said the global", "The report", "Climate and Health Alliance", ORG, "IE", True),
        sp("The report also said", "The report", "Climate and Health Alliance", ORG, "IE", True),
        sp("The report is concerned that", "The report", "Climate and Health Alliance", ORG, "IE", True),
        sp("A dietitian with the Irish Heart", "A dietitian", "Orna O'Brien", P, "IE", True),
        sp("Orna O'Brien explained", "Orna O'Brien", "Orna O'Brien", P, "IE", True),
        sp("inaccessible, she said", "she", "Orna O'Brien", P, "IE", True),
        sp("Ms O'Brien stressed", "Ms O'Brien", "Orna O'Brien", P, "IE", True),
        sp("However, she added", "she", "Orna O'Brien", P, "IE", True),
    ],
    "EN_UA_300018": [
        sp("the Defence Ministry said", "the Defence Ministry", "Defence Ministry", G, "RU", True),
        sp("The department noted", "The department", "Defence Ministry", G, "RU", True),
        sp("spokesman Yuriy Ignat said", "Yuriy Ignat", "Yuriy Ignat", G, "UA", True),
        sp("Sergei Bendin, acting head of", "Sergei Bendin", "Sergei Bendin", P, "RU", True),
    ],
}


def write(rows: dict[str, list[dict]], out: Path) -> None:
    lines = []
    for stem, speakers in rows.items():
        path = DIR + stem + ".txt"
        sha = hashlib.sha256((SHARED / path).read_bytes()).hexdigest()
        lines.append(json.dumps({"id": stem, "path": path, "sha256": sha, "speakers": speakers}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(DEV, ROOT / "tests/gold/sources_real51.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real51_heldout.jsonl")
