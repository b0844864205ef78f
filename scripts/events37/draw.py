#!/usr/bin/env python3
"""Draw round 37's real-news event sentences and their held-out part (before any spinscope run).

    python scripts/events37/draw.py [--sheet /tmp/events37_sheet.txt] [--seed 37] [--pool semeval|ptc]

A second, wider batch than round 36 (``scripts/events36/draw.py``, whose sentence cutting and freshness test this
reuses). Pool: SemEval-2023 task 3 English training articles (subtask 1: US and world politics) and SemEval-2025
task 10 English raw documents (Ukraine war and climate), every file whose stem is found by no ``git grep -F STEM``
over every local branch. A candidate sentence has 40-400 characters, names at least two distinct entries of the
wider lexicon below (more states, blocs, and US domestic bodies as an entry of their own, so that a US political
event between Congress and the White House counts) and has an event cue word. No spinscope code is used.

Draw: random.Random(37) shuffles the sorted candidates and keeps them in that order with at most 2 a document and at
most TARGET // 3 sentences that name Russia or Ukraine (so the batch is not one war), until TARGET are kept.
Held out: random.Random(37).sample(sorted documents of the kept sentences, a third of them, rounded); every sentence
of a held-out document is held out. The coder keeps every drawn sentence: one with no event between political actors
keeps ``events: []`` (no event = no record).

``--pool ptc`` draws from the PTC (SemEval-2020 task 11) training articles instead (``POOLS["ptc"]``: 371 news and
partisan articles 2017-2019; round 42: ``--pool ptc --seed 42``); ``--pool semeval2025`` draws from the SemEval-2025
EN raw documents alone (round 48: ``--pool semeval2025 --seed 48 --min-chars 1300 --max-chars 2499 --per-doc 3``,
the SemEval-2023 EN pool being spent); the default pool (``semeval``) is the two directories above, unchanged.

``--min-chars N`` / ``--max-chars N`` keep only articles of that many characters, ``--min-actors 1`` lets a
sentence that names one lexicon entry be a candidate (a US domestic event: "the FBI", "Congress" and "Trump" are
separate entries, "the president" none), ``--per-doc N`` keeps N sentences a document (round 45: ``--pool ptc
--seed 45 --min-chars 8500 --min-actors 1 --per-doc 3``: the fresh PTC articles longer than the 4,500-8,000
characters the other helpers of round 45 draw whole, where two lexicon entries a sentence found no candidate at
all). The defaults (0, none, 2, 2) give every earlier draw unchanged.

``--stems FILE`` keeps only the articles whose stem is listed in FILE (one a line, ``#`` comments; round 50:
``--stems scripts/events50/stems.txt --seed 50 --per-doc 3 --min-actors 1 --target 40``, the task's SemEval-2025 EN
stems of every length and SemEval-2023 EN ones up to 2,899 characters, two bands no one ``--max-chars`` gives),
``--target N`` keeps N sentences (the cap on Russia/Ukraine sentences is a third of it). The defaults (no list,
60) give every earlier draw unchanged.

``--keep-abbreviations`` (round 58) cuts no sentence after "U.S.", "Sept.", "Mr." and the like (round 55 found two
fragments of 34 drawn sentences cut there); without it the cut is round 36's, so every earlier draw is unchanged.

``--seed N`` draws another round's batch the same way (round 39: ``--seed 39``): the seed drives the shuffle and the
held-out sample, and that round's own files (``tests/gold/events_realN*``, ``scripts/eventsN/*``) are the ones left
out of the freshness test; the default (37) gives round 37's draw unchanged.

This round's gold and scripts are left out of the freshness test (they name the drawn stems), so a rerun gives the
committed draw while no other file names those documents. Prints the draw (path, offsets, dev/HELD); ``--sheet``
writes the sentences to a snippet sheet for hand coding (keep it in /tmp: article text is never committed).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "events36"))
from draw import CUES, branches, sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
DIRS = ("data/semeval2023_task3/en/train-articles-subtask-1", "data/semeval2025_task10/EN/raw-documents")
#: The pools ``--pool`` chooses from; "semeval" (the default) is ``DIRS``.
POOLS = {"semeval": DIRS, "ptc": ("data/ptc_semeval2020_task11/train-articles",),
         "semeval2025": (DIRS[1],),
         # round 55/56: the Lee news corpus (ABC Australia, 2001) that scripts/lee/fetch.py unpacks beside ../shared
         "lee": ("../lee/test",), "leebg": ("../lee/background",)}
PER_DOC = 2
TARGET = 60
WAR = ("RUS", "UKR")

ACTORS = {
    "RUS": r"Russia|Russian|Moscow|Kremlin|Putin",
    "UKR": r"Ukraine|Ukrainian|Kyiv|Kiev|Zelensky|Zelenskyy",
    "USA": r"United States|U\.S\.|US|America|American|Washington|White House|Pentagon|Biden|Trump|Obama",
    "USD": r"Congress|Senate|House|FBI|CIA|DOJ|Justice Department|Democrats?|Republicans?|GOP|Supreme Court",
    "NATO": r"NATO",
    "EU": r"European Union|EU|Brussels|European Commission",
    "UN": r"United Nations|UN|U\.N\.|Security Council|WHO|World Health Organization",
    "CHN": r"China|Chinese|Beijing|Xi",
    "GBR": r"Britain|British|UK|London",
    "DEU": r"Germany|German|Berlin|Merkel",
    "FRA": r"France|French|Paris|Macron",
    "ITA": r"Italy|Italian|Rome",
    "POL": r"Poland|Polish|Warsaw",
    "BLR": r"Belarus|Belarusian|Minsk",
    "IRN": r"Iran|Iranian|Tehran",
    "ISR": r"Israel|Israeli|Netanyahu",
    "PSE": r"Palestinian|Hamas|Gaza",
    "TUR": r"Turkey|Turkish|Ankara|Erdogan",
    "IND": r"India|Indian|New Delhi",
    "PAK": r"Pakistan|Pakistani|Islamabad",
    "AFG": r"Afghanistan|Afghan|Kabul|Taliban",
    "HUN": r"Hungary|Hungarian|Orban",
    "PRK": r"North Korea|North Korean|Pyongyang",
    "KOR": r"South Korea|South Korean|Seoul",
    "SYR": r"Syria|Syrian|Damascus|Assad",
    "IRQ": r"Iraq|Iraqi|Baghdad",
    "SAU": r"Saudi|Riyadh",
    "YEM": r"Yemen|Yemeni|Houthis?",
    "LBN": r"Lebanon|Lebanese|Hezbollah",
    "EGY": r"Egypt|Egyptian|Cairo",
    "JPN": r"Japan|Japanese|Tokyo",
    "TWN": r"Taiwan|Taiwanese|Taipei",
    "CAN": r"Canada|Canadian|Ottawa|Trudeau",
    "AUS": r"Australia|Australian|Canberra",
    "MEX": r"Mexico|Mexican",
    "VEN": r"Venezuela|Venezuelan|Caracas|Maduro",
    "CUB": r"Cuba|Cuban|Havana",
    "BRA": r"Brazil|Brazilian|Bolsonaro|Lula",
    "NGA": r"Nigeria|Nigerian",
    "ZAF": r"South Africa|South African",
    "SRB": r"Serbia|Serbian|Belgrade",
    "IMF": r"IMF|World Bank|G7|G20|BRICS|OPEC",
}
ACTOR_RES = {k: re.compile(rf"\b(?:{v})\b") for k, v in ACTORS.items()}


#: This round's own files name the drawn stems: left out of the freshness test so the draw can be rerun after them.
OWN = (":(exclude)tests/gold/events_real37*", ":(exclude)scripts/events37/*")


def own_files(seed: int) -> tuple[str, ...]:
    """The pathspecs of the drawing round's own files (round 37's ``OWN`` for the default seed)."""
    return OWN if seed == 37 else (f":(exclude)tests/gold/events_real{seed}*", f":(exclude)scripts/events{seed}/*")


def used_stems(stems: list[str], refs: list[str], seed: int = 37) -> set[str]:
    """The stems found by one ``git grep -F`` over the refs (as round 36's), this round's own files left out."""
    out = subprocess.run(["git", "grep", "-h", "-o", "-F", *[a for s in stems for a in ("-e", s)], *refs, "--",
                          *own_files(seed)],
                         cwd=ROOT, capture_output=True, text=True)
    found = {line.split(":", 1)[-1] for line in out.stdout.splitlines()}
    return found & set(stems)


def named(sent: str) -> list[str]:
    return [k for k, rx in ACTOR_RES.items() if rx.search(sent)]


def candidate(sent: str, min_actors: int = 2) -> bool:
    return 40 <= len(sent) <= 400 and len(named(sent)) >= min_actors and bool(CUES.search(sent))


def draw(seed: int = 37, pool: str = "semeval", min_chars: int = 0, max_chars: int | None = None,
         min_actors: int = 2, per_doc: int = PER_DOC, stems: set[str] | None = None,
         target: int = TARGET, abbreviations: bool = False) -> tuple[list[tuple[str, int, int]], set[str]]:
    refs = branches()
    cands = []
    for d in POOLS[pool]:
        paths = sorted((SHARED / d).glob("*.txt"))
        if stems is not None:
            paths = [p for p in paths if p.stem in stems]
        used = used_stems([p.stem for p in paths], refs, seed)
        for p in paths:
            if p.stem in used:
                continue
            text = p.read_text(encoding="utf-8")
            if len(text) < min_chars or (max_chars is not None and len(text) > max_chars):
                continue
            cands.extend((f"{d}/{p.name}", s, e, bool(set(named(text[s:e])) & set(WAR)))
                         for s, e in sentences(text, abbreviations) if candidate(text[s:e], min_actors))
    cands.sort()
    order = list(cands)
    random.Random(seed).shuffle(order)
    kept: list[tuple[str, int, int]] = []
    per: dict[str, int] = {}
    war = 0
    for rel, s, e, is_war in order:
        if per.get(rel, 0) >= per_doc or (is_war and war >= target // 3):
            continue
        kept.append((rel, s, e))
        per[rel] = per.get(rel, 0) + 1
        war += is_war
        if len(kept) == target:
            break
    docs = sorted(per)
    held = set(random.Random(seed).sample(docs, round(len(docs) / 3)))
    return sorted(kept), held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", help="write a snippet sheet here (keep it in /tmp)")
    parser.add_argument("--seed", type=int, default=37, help="the round's seed (default 37: round 37's draw)")
    parser.add_argument("--pool", choices=sorted(POOLS), default="semeval",
                        help="the articles to draw from (default semeval: round 37's pool; ptc: PTC train articles; "
                             "semeval2025: the SemEval-2025 EN raw documents alone)")
    parser.add_argument("--min-chars", type=int, default=0,
                        help="draw only from articles of at least this many characters (default 0: every article)")
    parser.add_argument("--max-chars", type=int, default=None,
                        help="draw only from articles of at most this many characters (default: no limit)")
    parser.add_argument("--min-actors", type=int, default=2,
                        help="lexicon entries a candidate sentence names (default 2; round 45: 1, for domestic events)")
    parser.add_argument("--per-doc", type=int, default=PER_DOC,
                        help=f"sentences kept a document (default {PER_DOC})")
    parser.add_argument("--stems", help="draw only from the articles whose stems this file lists (one a line, "
                                        "'#' comments; default: every article of the pool)")
    parser.add_argument("--target", type=int, default=TARGET, help=f"sentences to keep (default {TARGET})")
    parser.add_argument("--keep-abbreviations", action="store_true",
                        help="no sentence cut after \"U.S.\", \"Sept.\", \"Mr.\" and the like (round 58; default: "
                             "round 36's cut, which splits after them)")
    args = parser.parse_args()
    stems = None
    if args.stems:
        lines = Path(args.stems).read_text(encoding="utf-8").splitlines()
        stems = {w for line in lines for w in line.split("#", 1)[0].split()[:1]}
    kept, held = draw(args.seed, args.pool, args.min_chars, args.max_chars, args.min_actors, args.per_doc, stems,
                      args.target, args.keep_abbreviations)
    lines = []
    for n, (rel, s, e) in enumerate(kept, 1):
        tag = "HELD" if rel in held else "dev "
        print(f"{n:02d} {tag} {rel} {s} {e}")
        if args.sheet:
            text = (SHARED / rel).read_text(encoding="utf-8")
            lines.append(f"{n:02d} {tag} {rel} {s} {e}\n    {text[s:e]}\n")
    print(f"{len(kept)} sentences from {len({k[0] for k in kept})} documents, {len(held)} documents held out")
    if args.sheet:
        Path(args.sheet).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
