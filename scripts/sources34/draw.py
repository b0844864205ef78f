#!/usr/bin/env python3
"""Seeded draw of fresh real articles for the source-typing gold (round 34, issue 16).

The task names the folder: SemEval-2023 task 3, English, train-articles-subtask-1 (article<ID>.txt). An article is
fresh when its stem is found by no ``git grep`` over every local branch (which covers the other helpers' branches
too), this round's own gold and folder aside. It is kept only when

- its stem is so fresh;
- its text has 1,500 to 3,500 characters and two reporting cues at least ("said", "says", "according to", "told",
  "stated"; short enough to annotate every speaker within the round);
- its text (whitespace-normalised) repeats no other kept article;
- it shares no run of twelve words with an article any ``tests/gold/*real*.jsonl`` names (the same story relayed
  by another site is not fresh).

Seed 34. The held-out three are fixed here, before any spinscope run: the last three of the draw's order.
``--round N`` draws for round N instead (its own files are ``scripts/sourcesN/`` and ``tests/gold/sources_realN``
on branch ``sourcesN``; round 36 runs it with ``--round 36 --seed 36``); the defaults give round 34's draw.
``--pool ptc`` draws from the PTC corpus's training articles (SemEval-2020 task 11, ``POOLS``) instead of the
SemEval-2023 folder, under the same filters; ``--max-chars`` widens the length filter (round 38, whose PTC pool held
four articles under 3,500 characters: ``--round 38 --seed 38 --pool ptc --max-chars 5000``). ``--min-chars`` raises
its floor and ``--held`` sets how many of the draw's last articles are held out (round 39, longer articles, 4 + 2:
``--round 39 --seed 39 --pool ptc --n 6 --held 2 --min-chars 4500 --max-chars 8000``). ``--pool semeval2025``
draws from SemEval-2025 task 10's English raw documents (``EN_CC_<digits>.txt``, ``EN_UA_<digits>.txt``; round 40:
``--round 40 --seed 40 --pool semeval2025 --n 6 --held 2 --min-chars 3400 --max-chars 3899``); their stems count as
stale the same way (``git grep`` over every branch). ``--min-cues`` sets how many reporting cues an article needs
(default 2; round 40's band held four articles with two, so its draw adds ``--min-cues 1``). ``--furniture N``
treats a twelve-word run found in N or more of the articles the real-article golds name (distinct texts) as a
site's furniture (a sidebar, a comment form, a tag list), not as a relayed story: such runs alone no longer make an
article stale, and an article that shares another run with one kept before it (the same story on one site) is
not kept (default 0: off; round 41's SemEval-2023 band, 3,900-4,699 characters, held no article without such
a run: ``--round 41 --seed 41 --pool semeval2023 --n 6 --held 2 --min-chars 3900 --max-chars 4699 --min-cues 1
--furniture 2``). ``--relay-share F`` (default 0: any shared run) makes an article stale only when the runs it
shares with the gold-named texts (furniture aside) are at least the share F of its own runs: a quoted passage
found in another story is not the story relayed (round 42's band, 4,100-4,759 characters, held one article without
any shared run; three more share 1-32 of their 600-700 runs, one shares a third of its runs with a round-31 held-out
article: ``--round 42 --seed 42 --pool semeval2023 --n 4 --held 2 --min-chars 4100 --max-chars 4759 --min-cues 1
--furniture 2 --relay-share 0.1``). ``--pool lee`` draws from the Lee news corpus's background file
(``../lee/background/lee_bg_NNN.txt`` seen from ../shared, as ``scripts/lee/fetch.py`` unpacks it; paths are
written relative to ../shared); its stems count as stale the same way, and the runs of this round's own gold are
not counted as relayed, so that the draw reproduces after the gold is committed (round 43: ``--round 43 --seed 43
--pool lee --n 8 --held 3 --min-chars 1000 --max-chars 1399``).

    python scripts/sources34/draw.py [--n 8] [--seed 34] [--round 34] [--pool semeval2023|ptc] [--max-chars 3500]
                                     [--min-chars 1500] [--held 3] [--min-cues 2]   (--pool semeval2025|lee too)
                                     [--furniture 0] [--relay-share 0]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
FOLDER = "data/semeval2023_task3/en/train-articles-subtask-1"
POOLS = {"semeval2023": FOLDER, "ptc": "data/ptc_semeval2020_task11/train-articles",
         "semeval2025": "data/semeval2025_task10/EN/raw-documents", "lee": "../lee/background"}
GLOBS = {"data/semeval2025_task10/EN/raw-documents": "EN_*.txt", "../lee/background": "lee_bg_*.txt"}
HELD_OUT = 3
OWN = ("scripts/sources34/", "tests/gold/sources_real34")
LOW, HIGH = 1500, 3500
MIN_CUES = 2
CUES = re.compile(r"\b(?:said|says|according to|told|stated)\b")


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"draw_{name}", ROOT / "scripts" / name / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def own_files(round_: int) -> tuple[str, tuple[str, ...]]:
    """The branch and the path prefixes of round ``round_``'s own files (its draw's stems do not make them stale)."""
    if round_ == 34:
        return "sources34", OWN
    return f"sources{round_}", (f"scripts/sources{round_}/", f"tests/gold/sources_real{round_}")


def branch_stems(round_: int = 34) -> set[str]:
    """Every ``article<digits>`` (or SemEval-2025 ``EN_XX_<digits>``, or Lee ``lee_bg_<digits>``) stem written in a file of any local branch,
    this round's own files aside."""
    branch, own = own_files(round_)
    refs = subprocess.run(["git", "for-each-ref", "--format=%(refname:short)", "refs/heads"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.split()
    # POSIX ERE (git grep -E): no "(?:" groups. Until round 40 the pattern held one, grep refused it and every stem
    # passed as fresh; a refusal (exit status 2 or more) now stops the draw instead of passing silently.
    done = subprocess.run(["git", "grep", "-I", "-o", "-E", r"article[0-9]{6,}|EN_[A-Z]{2}_[0-9]+|lee_(bg|t)_[0-9]+",
                           *refs], cwd=ROOT, capture_output=True, text=True)
    if done.returncode > 1:
        raise SystemExit(f"git grep failed: {done.stderr.strip()}")
    out = done.stdout
    stems: set[str] = set()
    for line in out.splitlines():
        ref, _, rest = line.partition(":")
        path, _, stem = rest.rpartition(":")
        if ref == branch and path.startswith(own):
            continue
        stems.add(stem)
    return stems


def furniture_runs(times: int) -> set[tuple[str, ...]]:
    """The twelve-word runs found in ``times`` or more distinct texts that the real-article golds name (round 32's
    ``gold_runs`` set, its own gold aside): a site's furniture. Empty when ``times`` is 0."""
    if times <= 0:
        return set()
    draw32 = _load("sources32")
    draw30 = draw32._load("sources31")._round30()
    texts: dict[str, set[tuple[str, ...]]] = {}
    for gold in sorted((ROOT / "tests" / "gold").glob("*real*.jsonl")):
        if gold.name.startswith(draw32.OWN_GOLD):
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = draw30._read(SHARED / json.loads(line)["path"])
                texts.setdefault(draw30._digest(text), draw32._runs(text))
    counts = Counter(run for runs in texts.values() for run in runs)
    return {run for run, count in counts.items() if count >= times}


def own_gold_runs(round_: int) -> set[tuple[str, ...]]:
    """The twelve-word runs of the articles this round's own gold names (``tests/gold/sources_real<round>*``), so
    that a draw from the Lee pool reproduces after its gold is committed (the older pools keep their output)."""
    draw32 = _load("sources32")
    draw30 = draw32._load("sources31")._round30()
    out: set[tuple[str, ...]] = set()
    for gold in sorted((ROOT / "tests" / "gold").glob(f"sources_real{round_}*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out |= draw32._runs(draw30._read(SHARED / json.loads(line)["path"]))
    return out


def pool(round_: int = 34, folder: str = FOLDER, high: int = HIGH, low: int = LOW,
         min_cues: int = MIN_CUES, furniture: int = 0, relay_share: float = 0.0) -> list[str]:
    draw32 = _load("sources32")
    draw30 = draw32._load("sources31")._round30()
    stems = branch_stems(round_)
    furniture_set = furniture_runs(furniture)
    relayed = draw32.gold_runs() - furniture_set
    if folder == POOLS["lee"]:  # round 43: this round's own gold (once committed) does not make its articles stale
        relayed -= own_gold_runs(round_)
    out, kept = [], set()
    kept_runs: set[tuple[str, ...]] = set()
    for path in sorted((SHARED / folder).glob(GLOBS.get(folder, "article*.txt"))):
        text = draw30._read(path)
        digest = draw30._digest(text)
        if path.stem in stems or digest in kept:
            continue
        if not (low <= len(text) <= high and len(CUES.findall(text)) >= min_cues):
            continue
        shared = draw32._runs(text) & relayed
        if shared and len(shared) >= relay_share * len(draw32._runs(text)):
            continue
        if furniture:  # with furniture set aside, an article relaying a kept one (same story) is not kept either
            own = draw32._runs(text) - furniture_set
            if own & kept_runs:
                continue
            kept_runs |= own
        kept.add(digest)
        out.append(f"{folder}/{path.name}")
    return out


def draw(n: int = 8, seed: int = 34, candidates: list[str] | None = None) -> list[str]:
    return random.Random(seed).sample(pool() if candidates is None else candidates, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--seed", type=int, default=34)
    parser.add_argument("--round", type=int, default=34, help="the round whose own files are not stale")
    parser.add_argument("--pool", choices=sorted(POOLS), default="semeval2023", help="the folder drawn from")
    parser.add_argument("--max-chars", type=int, default=HIGH, help="the longest article kept (characters)")
    parser.add_argument("--min-chars", type=int, default=LOW, help="the shortest article kept (characters)")
    parser.add_argument("--held", type=int, default=HELD_OUT, help="how many of the draw's last are held out")
    parser.add_argument("--min-cues", type=int, default=MIN_CUES, help="the fewest reporting cues an article needs")
    parser.add_argument("--furniture", type=int, default=0,
                        help="a run found in this many gold-named texts or more is site furniture (0: off)")
    parser.add_argument("--relay-share", type=float, default=0.0,
                        help="an article is relayed when this share of its runs or more is found in gold-named "
                             "texts (0: any run)")
    args = parser.parse_args()
    candidates = pool(args.round, POOLS[args.pool], args.max_chars, args.min_chars, args.min_cues, args.furniture,
                      args.relay_share)
    paths = draw(args.n, args.seed, candidates)
    print(f"# pool {len(candidates)}; the last {args.held} are held out")
    for i, rel in enumerate(paths):
        print(rel + ("  # held out" if i >= len(paths) - args.held else ""))


if __name__ == "__main__":
    main()
