"""Draw five fresh SemEval-2023 task 3 EN training articles for the round-34 actor gold (seeded, reproducible).

Fresh per the task: the file stem (``article<ID>``) is found by ``git grep`` in no local branch
(``git for-each-ref refs/heads``) and in no other worktree's ``tests/gold`` file at draw time. Articles of 150-350
words, so five can be annotated by hand in the round. Candidates are the sorted pool shuffled with
``random.Random(3404)``, taken in order until five fresh ones are found. Held out (fixed here before any score): the
second and the fourth drawn.
Usage: ``python scripts/actors34/draw.py [--heldout | --dev]`` (from the repository root; texts from ../shared).
Options for later rounds (the defaults give round 34's draw): ``--seed N`` (the shuffle's seed), ``--count K`` (how
many fresh articles), ``--held H`` (held out: ``random.Random(N).sample(drawn, H)`` instead of the second and the
fourth), ``--own PATHSPEC`` (repeatable: the round's own gold and scripts, left out of the freshness check so the
draw stays put once they are committed). Round 37: ``--seed 37 --count 8 --held 3 --own
tests/gold/actors_real37.jsonl --own tests/gold/actors_real37_heldout.jsonl --own scripts/actors37``.
``--us`` (round 38): only articles naming a US state (``US_STATES``) or a US federal body (``US_FEDERAL``), by a
case-sensitive whole-word match. Round 38: ``--seed 38 --count 8 --held 3 --us --own tests/gold/actors_real38.jsonl
--own tests/gold/actors_real38_heldout.jsonl --own scripts/actors38``.
``--pool ptc`` (round 39): the PTC (SemEval-2020 task 11) training articles (``PTC_ARTICLES``) instead of the
SemEval-2023 ones; the default ``--pool semeval2023`` keeps the earlier draws; ``--max-words W`` (default 350) widens
the length window (PTC's 150-350-word articles held fewer than three fresh ones). Round 39: ``--seed 39 --count 8
--held 3 --pool ptc --max-words 500 --own tests/gold/actors_real39.jsonl --own tests/gold/actors_real39_heldout.jsonl
--own scripts/actors39``.
``--min-words W`` (round 41; default 150) raises the window's floor: round 41 draws longer PTC articles with
``--seed 41 --count 6 --held 2 --pool ptc --min-words 750 --max-words 1400 --own tests/gold/actors_real41.jsonl
--own tests/gold/actors_real41_heldout.jsonl --own scripts/actors41``.
``--pool semeval2025`` (round 43): the SemEval-2025 task 10 EN raw documents (``SEMEVAL2025_ARTICLES``, files
``EN_*.txt``); ``--min-chars C`` / ``--max-chars C`` (round 43; default: no bound) keep articles whose raw file has
C characters or more / at most C characters (the word window still applies); ``--distinct`` (round 43) skips an
article whose text equals one already drawn (the pool holds byte-identical copies under two stems). Round 43:
``--seed 43 --count 6 --held 2 --pool semeval2025 --min-words 1 --max-words 100000 --min-chars 2500 --max-chars
3399 --own tests/gold/actors_real43.jsonl --own tests/gold/actors_real43_heldout.jsonl --own scripts/actors43
--distinct``.
``--pool semeval2023st3`` (round 46): the same articles' subtask-3 files (``train-articles-subtask-3``), whose
characters ``scripts/lead50/fresh.py`` counts. Round 46: ``--seed 46 --count 6 --held 2 --pool semeval2023st3
--distinct --min-words 1 --max-words 100000 --min-chars 2900 --max-chars 4099 --own tests/gold/actors_real46.jsonl
--own tests/gold/actors_real46_heldout.jsonl --own scripts/actors46``.
``--pool lee`` (round 47): the Lee corpus's background articles (``LEE_ARTICLES``, files ``lee_bg_*.txt``, which
``scripts/lee/fetch.py`` writes to ``/work/lee``, i.e. ``../lee`` seen from ``../shared``; printed paths are relative
to ``../shared``: ``../lee/background/lee_bg_NNN.txt``). Round 47: ``--pool lee --seed 47 --count 8 --held 3
--min-chars 700 --max-chars 999 --min-words 1 --max-words 100000 --distinct --own tests/gold/actors_real47.jsonl
--own tests/gold/actors_real47_heldout.jsonl --own scripts/actors47``.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT.parent / "shared" / "data" / "semeval2023_task3" / "en" / "train-articles-subtask-1"
PTC_ARTICLES = ROOT.parent / "shared" / "data" / "ptc_semeval2020_task11" / "train-articles"
SEMEVAL2025_ARTICLES = ROOT.parent / "shared" / "data" / "semeval2025_task10" / "EN" / "raw-documents"
POOLS = {"semeval2023": ARTICLES, "ptc": PTC_ARTICLES, "semeval2025": SEMEVAL2025_ARTICLES}
# round 46: the subtask-3 copies (the lead's FRESH.txt counts characters of these; a few stems' texts differ from
# subtask 1's)
POOLS["semeval2023st3"] = ARTICLES.parent / "train-articles-subtask-3"
GLOBS = {"semeval2025": "EN_*.txt"}
# round 47: the Lee news corpus (background part), next to ../shared
LEE_ARTICLES = ROOT.parent / "shared" / ".." / "lee" / "background"
POOLS["lee"] = LEE_ARTICLES
GLOBS["lee"] = "lee_bg_*.txt"
US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
             "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
             "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
             "Montana", "Nebraska", "Nevada", "New_Hampshire", "New_Jersey", "New_Mexico", "New_York",
             "North_Carolina", "North_Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode_Island",
             "South_Carolina", "South_Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
             "West_Virginia", "Wisconsin", "Wyoming"]
US_FEDERAL = ["Justice Department", "Department of Justice", "Supreme Court", "Secret Service", "FBI", "Pentagon",
              "White House", "Congress", "Senate", "House of Representatives", "Department of Homeland Security",
              "State Department", "Department of State", "CIA", "Federal Reserve", "CDC", "FDA"]
US_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(n.replace("_", " ")) for n in US_STATES + US_FEDERAL) + r")\b")


def _branches() -> list[str]:
    out = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def _fresh(stem: str, branches: list[str], worktree_gold: str, own: list[str] | None = None) -> bool:
    if stem in worktree_gold:
        return False
    skip = ["--", ".", *[f":!{o}" for o in own]] if own else []
    found = subprocess.run(["git", "grep", "-l", "-F", stem, *branches, *skip], cwd=ROOT, capture_output=True,
                           text=True, check=False)
    return not found.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3404)
    ap.add_argument("--count", type=int, default=5)
    ap.add_argument("--held", type=int, default=None)
    ap.add_argument("--own", action="append", default=[])
    ap.add_argument("--heldout", action="store_true")
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--us", action="store_true")
    ap.add_argument("--pool", choices=sorted(POOLS), default="semeval2023")
    ap.add_argument("--max-words", type=int, default=350)
    ap.add_argument("--min-words", type=int, default=150)
    ap.add_argument("--min-chars", type=int, default=None)
    ap.add_argument("--max-chars", type=int, default=None)
    ap.add_argument("--distinct", action="store_true")
    args = ap.parse_args()
    branches = _branches()
    worktree_gold = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                              for p in Path("/work/wt").glob("*/tests/gold/*.jsonl") if ROOT.name not in p.parts)
    articles = POOLS[args.pool]
    pool = [p.stem for p in sorted(articles.glob(GLOBS.get(args.pool, "article*.txt")))
            if args.min_words <= len(p.read_text(encoding="utf-8").split()) <= args.max_words]
    if args.min_chars is not None or args.max_chars is not None:
        low, high = args.min_chars or 0, args.max_chars if args.max_chars is not None else float("inf")
        pool = [s for s in pool if low <= len((articles / f"{s}.txt").read_text(encoding="utf-8")) <= high]
    if args.us:
        pool = [s for s in pool if US_NAMES.search((articles / f"{s}.txt").read_text(encoding="utf-8"))]
    random.Random(args.seed).shuffle(pool)
    drawn: list[str] = []
    texts: set[str] = set()
    for stem in pool:
        if args.distinct:
            body = (articles / f"{stem}.txt").read_text(encoding="utf-8")
            if body in texts:
                continue
        if _fresh(stem, branches, worktree_gold, args.own):
            drawn.append(stem)
            if args.distinct:
                texts.add(body)
        if len(drawn) == args.count:
            break
    held = {drawn[1], drawn[3]} if args.held is None else set(random.Random(args.seed).sample(drawn, args.held))
    for stem in drawn:
        if args.heldout and stem not in held:
            continue
        if args.dev and stem in held:
            continue
        where = articles.relative_to(ROOT.parent / "shared")
        print(f"{where}/{stem}.txt" + ("  HELD" if stem in held else ""))


if __name__ == "__main__":
    main()
