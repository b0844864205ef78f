"""Round 107's source gold for the speakers of tests/gold/attributions_real107*.jsonl (sources51's format, anchors
of six words at most), written by hand from the ten wekareuters stories of round 107's draw before any spinscope
run on them. One entry per source span; a long source span is named by its head (surface) inside a short anchor.

Types (attr102's to attr106's conventions): companies, their "The company", "it" and short names `organization` of
their country, named by their full names (Unilever Plc and NV, listed by its Amsterdam ticker: NL); a company's
unnamed spokesman and his "He" `organization` of the company's country, not named (attr83's "a UAL spokesman");
the named president of an exporters' association `person` of his country (CO); a water authority's unnamed
officials `government` of the country (DE: the West German Rhine), not named; "figures in <a newsletter from a
named body> / from <a named ministry> show" `report` of the body's country, named by the body (attr83's "figures
issued by the Central Statistical Office"). Held out: the OECD `organization`, no country (attr103's), named by its
full name; its report ("The study", "the report", and the "it" that follows them) `report`, no country, not named;
a US metals statistics bureau `organization` US.

    python scripts/attr107/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, REP = "person", "organization", "government", "report"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


ARA, REX, CEB, MIN = "Gilberto Arango", "Rexham Corp", "Cebeco-Handelsraad", "Ministry of Agriculture"
ALPHA, PESCH = "Alpha Health Systems Corp", "Pesch and Co"
OECD, PAN, PIZ, ABMS = ("Organisation for Economic Cooperation and Development", "Pantera's Corp", "Pizza Inn Inc",
                        "American Bureau of Metal Statistics")

DEV = {
    T + "wr-test-0057.txt": [
        sp("a Unilever spokesman said", "a Unilever spokesman", None, ORG, "NL", False),
        sp("He noted Unilever", "He", None, ORG, "NL", False),
        sp("disposed of, he added", "he", None, ORG, "NL", False),
        sp("was limited, he added", "he", None, ORG, "NL", False),
    ],
    T + "wr-test-0277.txt": [
        sp("registered, Gilberto Arango, president", "Gilberto Arango", ARA, P, "CO", True),
        sp("closed,\" he told Reuters", "he", ARA, P, "CO", True),
        sp("breakdowns, Arango said private", "Arango", ARA, P, "CO", True),
        sp("He estimated the amount", "He", ARA, P, "CO", True),
        sp("etc\" Arango said", "Arango", ARA, P, "CO", True),
    ],
    T + "wr-test-0426.txt": [
        sp("Rexham Corp said it", "Rexham Corp", REX, ORG, "US", True),
        sp("Rexham said Nortek", "Rexham", REX, ORG, "US", True),
        sp("The company also said", "The company", REX, ORG, "US", True),
    ],
    R + "wr-train-0190.txt": [
        sp("1985, figures in the latest", "figures", CEB, REP, "NL", True),
        sp("1985, figures from the Ministry", "figures", MIN, REP, "NL", True),
    ],
    R + "wr-train-0559.txt": [],
    R + "wr-train-1297.txt": [
        sp("Alpha Health Systems Corp, a", "Alpha Health Systems Corp", ALPHA, ORG, "US", True),
        sp("of Alpha, it said", "it", ALPHA, ORG, "US", True),
        sp("merger, Pesch said", "Pesch", PESCH, ORG, "US", True),
        sp("board, Pesch said", "Pesch", PESCH, ORG, "US", True),
    ],
    R + "wr-train-1392.txt": [
        sp("water authority officials said", "water authority officials", None, G, "DE", False),
        sp("lifted, the officials said", "the officials", None, G, "DE", False),
    ],
}

HELD = {
    R + "wr-train-0112.txt": [
        sp("future, the Organisation for Economic", "the Organisation", OECD, ORG, None, True),
        sp("government, it said", "it", OECD, ORG, None, True),
        sp("The OECD, in its", "The OECD", OECD, ORG, None, True),
        sp("The study forecast", "The study", None, REP, None, False),
        sp("But it said job", "it", None, REP, None, False),
        sp("the report forecast a", "the report", None, REP, None, False),
        sp("the OECD said", "the OECD", OECD, ORG, None, True),
        sp("weakness, it noted", "it", OECD, ORG, None, True),
        sp("GDP, it added", "it", OECD, ORG, None, True),
        sp("sectors, it said", "it", OECD, ORG, None, True),
        sp("for both, it said", "it", None, REP, None, False),
        sp("position,\" it said", "it", None, REP, None, False),
    ],
    R + "wr-train-0599.txt": [
        sp("Pantera's Corp said it", "Pantera's Corp", PAN, ORG, "US", True),
        sp("conditions, it said", "it", PAN, ORG, "US", True),
        sp("approvals, it said", "it", PAN, ORG, "US", True),
        sp("Pantera's said Pizza Inn's", "Pantera's", PAN, ORG, "US", True),
        sp("Pantera's also said it", "Pantera's", PAN, ORG, "US", True),
        sp("advisor, Pantera's said", "Pantera's", PAN, ORG, "US", True),
        sp("headquarters, Pizza Inn said", "Pizza Inn", PIZ, ORG, "US", True),
        sp("agreement, Pizza Inn said", "Pizza Inn", PIZ, ORG, "US", True),
    ],
    R + "wr-train-0617.txt": [
        sp("the American Bureau of Metal Statistics", "the American Bureau of Metal Statistics", ABMS, ORG, "US",
           True),
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
    write(DEV, ROOT / "tests/gold/sources_real107.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real107_heldout.jsonl")
