"""Round 100's source gold for the speakers of tests/gold/attributions_real100*.jsonl (sources51's format, anchors
of six words at most), written by hand from the ten wekareuters stories of round 100's draw before any spinscope
run on them. One entry per source span (a quotation continuing its speaker's quotation shares its source span); a
source span of more than six words is named by its head (surface) inside a six-word anchor. A table story with no
attribution (the department "detailed" figures) keeps an entry with no speaker.

Types (attr83's to attr98's conventions): the U.S. Agriculture Department and its "the department" `government` US,
named; an unnamed aide to the agriculture secretary `government` US; members of Congress `politician` US, not named;
a House subcommittee chairman and a representative `politician` US, named (the chairman's description, named in the
next sentence, by that name); the SEC chairman `government` US; "EC Commission sources" and their "they" as round
31's "European Union officials": `organization`, no country, not named; commodity-conference delegates, "some
consumers", farm leaders and economists `anonymous`, no country; a company, its "the company" and "it"
`organization` of its country (GB for a Plc quoted in pence, US for a ticker in the title), named by its full name;
its spokesman and his "he" `organization`, not named; a spokesman of the Canadian Wheat Board (attr98's state board)
and his "he", and federal agricultural officials, `government` CA, not named.

    python scripts/attr100/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
R, T = "../wekareuters/train/", "../wekareuters/test/"

P, ORG, G, N, POL = "person", "organization", "government", "anonymous", "politician"


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


USDA, SAA, SHAD, MARKEY, RIN, AC = ("U.S. Agriculture Department", "Saatchi and Saatchi Co Plc", "John Shad",
                                    "Edward Markey", "Mathew Rinaldo", "Allis-Chalmers Corp")

DEV = {
    T + "wr-test-0238.txt": [
        sp("U.S. Agriculture Department said", "U.S. Agriculture Department", USDA, G, "US", True),
        sp("Report, the department said the", "the department", USDA, G, "US", True),
    ],
    T + "wr-test-0297.txt": [
        sp("Community, EC Commission sources said", "EC Commission sources", None, ORG, None, False),
        sp("week, the sources said", "the sources", None, ORG, None, False),
        sp("They said this was despite", "They", None, ORG, None, False),
        sp("policy, they said", "they", None, ORG, None, False),
    ],
    R + "wr-train-0068.txt": [
        sp("U.S. Agriculture Department said cumulative", "U.S. Agriculture Department", USDA, G, "US", True),
    ],
    R + "wr-train-0123.txt": [
        sp("benefits, an aide to Agriculture Secretary", "an aide", None, G, "US", False),
        sp("Several members of Congress from Iowa", "Several members of Congress from Iowa", None, POL, "US", False),
        sp("farmers, Lyng's aide said", "Lyng's aide", None, G, "US", False),
    ],
    R + "wr-train-0333.txt": [
        sp("gauge, delegates said", "delegates", None, N, None, False),
        sp("year, they said", "they", None, N, None, False),
        sp("Some consumers said the mood", "Some consumers", None, N, None, False),
        sp("accord, other delegates said", "other delegates", None, N, None, False),
        sp("today, delegates said", "delegates", None, N, None, False),
        sp("report, delegates said", "delegates", None, N, None, False),
    ],
    R + "wr-train-0573.txt": [
        sp("agents Saatchi and Saatchi Co Plc", "Saatchi and Saatchi Co Plc", SAA, ORG, "GB", True),
        sp("industry, the company said", "the company", SAA, ORG, "GB", True),
        sp("It said its consulting", "It", SAA, ORG, "GB", True),
    ],
    R + "wr-train-1092.txt": [
        sp("Commission chairman John Shad said progress", "John Shad", SHAD, G, "US", True),
        sp("the chairman of a House subcommittee", "the chairman", MARKEY, POL, "US", True),
        sp("Rep. Edward Markey, D-Mass,", "Rep. Edward Markey", MARKEY, POL, "US", True),
        sp("to come,\" Markey said", "Markey", MARKEY, POL, "US", True),
        sp("Shad said the recent cases", "Shad", SHAD, G, "US", True),
        sp("traders,\" Shad said", "Shad", SHAD, G, "US", True),
        sp("Shad said insider trading cases", "Shad", SHAD, G, "US", True),
        sp("Markey said he did not", "Markey", MARKEY, POL, "US", True),
        sp("N.J. Rep. Mathew Rinaldo,", "N.J. Rep. Mathew Rinaldo", RIN, POL, "US", True),
        sp("laws,\" Rinaldo said", "Rinaldo", RIN, POL, "US", True),
    ],
}

HELD = {
    T + "wr-test-0604.txt": [],
    R + "wr-train-0876.txt": [
        sp("a board spokesman said", "a board spokesman", None, G, "CA", False),
        sp("The spokesman declined to give", "The spokesman", None, G, "CA", False),
        sp("lower,\" he said", "he", None, G, "CA", False),
        sp("Farm leaders and economists have estimated", "Farm leaders and economists", None, N, None, False),
        sp("But federal agricultural officials have", "federal agricultural officials", None, G, "CA", False),
    ],
    R + "wr-train-0968.txt": [
        sp("Allis-Chalmers Corp said it asked", "Allis-Chalmers Corp", AC, ORG, "US", True),
        sp("The company said it would sell", "The company", AC, ORG, "US", True),
        sp("Allis-Chalmers said it will exchange", "Allis-Chalmers", AC, ORG, "US", True),
        sp("Allis-Chalmers said in a statement", "Allis-Chalmers", AC, ORG, "US", True),
        sp("Allis-Chalmers said its only alternative", "Allis-Chalmers", AC, ORG, "US", True),
        sp("Allis-Chalmers said a bankruptcy filing", "Allis-Chalmers", AC, ORG, "US", True),
        sp("The spokesman said in response", "The spokesman", None, ORG, "US", False),
        sp("unions, he said", "he", None, ORG, "US", False),
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
    write(DEV, ROOT / "tests/gold/sources_real100.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real100_heldout.jsonl")
