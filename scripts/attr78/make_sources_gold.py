"""Round 78's source gold for the speakers of tests/gold/attributions_real78*.jsonl (sources51's format, anchors of
six words at most), written by hand from the articles before any spinscope run on them. One entry per source span
(the four quotation paragraphs of one speaker share one; two records of one "Those" subject share one); the
speakerless "revelation" record has no entry.

    python scripts/attr78/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEMEVAL = "data/semeval2023_task3/en/train-articles-subtask-1/"
LEE = "../lee/test/"

P, PO, G, M, R, N = "person", "politician", "government", "media", "report", "anonymous"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


DEV = {
    SEMEVAL + "article833039623.txt": [
        sp("Carload of crazies headed to the", "Carload of crazies", None, PO, "US", False),
        sp("half of America steadfastly believed", "half of America", None, N, "US", False),
        sp("Fox News-described as being", "Fox News", "Fox News", M, "US", True),
        sp("last two and a half years", "last two and a half years", None, R, None, False),
        sp("came from Tony Mangan, spokesman", "Tony Mangan", "Tony Mangan", P, None, True),
        sp("Thanks to Paul Sperry over", "Paul Sperry", "Paul Sperry", M, "US", True),
        sp("The Establishment refused to believe", "The Establishment", None, N, "US", False),
        sp("Those who refuse to believe", "Those", None, N, None, False),
        sp("what someone else calls", "someone else", None, N, None, False),
        sp("each one of them hoping", "each one of them", None, PO, "US", False),
        sp("that the carload of crazies", "the carload of crazies", None, PO, "US", False),
        sp("the words of a prayer", "a prayer", None, R, None, False),
    ],
    LEE + "lee_t_29.txt": [
        sp("6, police said Friday", "police", None, G, None, False),
        sp("Staff-Insp. Gary Ellis said", "Staff-Insp. Gary Ellis", "Gary Ellis", G, None, True),
        sp("Ellis said, reading from", "Ellis", "Gary Ellis", G, None, True),
    ],
    LEE + "lee_t_32.txt": [
        sp("Senator Andrew Murray said yesterday", "Andrew Murray", "Andrew Murray", PO, "AU", True),
    ],
}

HELD = {
    LEE + "lee_t_02.txt": [
        sp("The United States government has said", "The United States government", "United States government", G,
           "US", True),
        sp("a senior Bush administration official called", "a senior Bush administration official", None, G, "US",
           False),
        sp("Walter Kansteiner, the assistant secretary", "Walter Kansteiner", "Walter Kansteiner", G, "US", True),
    ],
    LEE + "lee_t_05.txt": [
        sp("A gay former student of", "A gay former student", "Tim", P, "AU", True),
        sp("Tim, 16, alleged", "Tim", "Tim", P, "AU", True),
        sp("after he said homophobic", "he", "Tim", P, "AU", True),
    ],
    LEE + "lee_t_42.txt": [
        sp("Pope John Paul II urged", "Pope John Paul II", "Pope John Paul II", P, "VA", True),
        sp("the pope said God", "the pope", "Pope John Paul II", P, "VA", True),
        sp("John Paul said", "John Paul", "Pope John Paul II", P, "VA", True),
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
    write(DEV, ROOT / "tests/gold/sources_real78.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real78_heldout.jsonl")
