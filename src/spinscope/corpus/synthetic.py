"""A synthetic corpus generator for tests and benchmarks: articles, republication chains, partial copies.

The text is random sentences over a small built-in vocabulary (no real articles), so tests and benchmarks run
anywhere. ``python -m spinscope.corpus.synthetic --articles 100000 --out synth.jsonl.gz`` writes one.
"""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SUBJECTS = ("the minister", "the committee", "officials", "the mayor", "critics", "the agency", "residents",
             "the council", "analysts", "the company", "lawmakers", "the court", "observers", "the union",
             "the governor", "researchers", "the ministry", "protesters", "the board", "diplomats")
_VERBS = ("announced", "rejected", "questioned", "approved", "delayed", "criticised", "defended", "reviewed",
          "proposed", "blocked", "welcomed", "denied", "confirmed", "postponed", "funded", "investigated")
_OBJECTS = ("the new budget", "a plan for the harbour", "the water tariffs", "the school reform", "a trade deal",
            "the pension changes", "a bridge project", "the election rules", "the energy subsidy", "a tax cut",
            "the rail strike", "the border checks", "a housing scheme", "the grain exports", "the data law")
_TAILS = ("on Monday", "after a long debate", "despite strong objections", "in a brief statement",
          "without giving details", "for the third time this year", "at a press conference", "late on Friday",
          "according to local reports", "amid growing pressure", "in the capital", "before the summer recess")
_ADJ = ("shocking", "disastrous", "brave", "corrupt", "historic", "reckless", "modest", "careful", "bold", "weak")
_NAMES = ("Alder", "Brisk", "Corvo", "Dunmore", "Elsby", "Farrow", "Galen", "Harrow", "Ivel", "Jessop", "Kendry",
          "Lorne", "Marrick", "Norwell", "Oakes", "Pellow", "Quarry", "Rudge", "Selby", "Tamsin")

OUTLETS = tuple(f"{a} {b}" for a in ("Daily", "Morning", "Evening", "Weekly", "Northern") for b in
                ("Herald", "Courier", "Ledger", "Post", "Observer"))

#: Footer line each outlet appends to every article: boilerplate the duplicate detector must ignore.
FOOTER = "Follow {outlet} for more news and analysis from the region every single day of the week and share it"


_SYLLABLES = ("ka", "lo", "mi", "ren", "tas", "vo", "pri", "del", "sun", "gar", "ne", "tho", "bel", "ur", "fin",
              "os", "cal", "dre", "wen", "zi")
#: An invented vocabulary with Zipf-like word frequencies, so unrelated articles share few word 5-grams,
#: as real ones do.
_VOCAB = tuple(sorted({a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in ("", *_SYLLABLES[:12])}))
_CUM_WEIGHTS = tuple(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(_VOCAB))))


def sentence(rng: random.Random) -> str:
    """A sentence: a readable template clause, then invented words in Zipf proportions."""
    filler = " ".join(rng.choices(_VOCAB, cum_weights=_CUM_WEIGHTS, k=rng.randint(6, 14)))
    return (f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
            f"{rng.choice(_TAILS)}, said {rng.choice(_NAMES)}, {filler} ({rng.randint(2, 999)} cases).")


def paragraph(rng: random.Random, sentences: int | None = None) -> str:
    return " ".join(sentence(rng) for _ in range(sentences or rng.randint(2, 4)))


def edit(rng: random.Random, text: str, *, edits: int = 3) -> str:
    """A republication's small edits: a few words replaced, one paragraph dropped when there are many."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 4:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    words = "\n\n".join(paragraphs).split(" ")
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(_ADJ)
    return " ".join(words)


@dataclass
class SyntheticCorpus:
    records: list[dict[str, Any]] = field(default_factory=list)
    #: chain id -> record ids, the original first
    chains: dict[str, list[str]] = field(default_factory=dict)
    #: (original record id, partial copy record id, paragraphs copied)
    partials: list[tuple[str, str, int]] = field(default_factory=list)

    def write(self, path: str | Path) -> Path:
        path = Path(path)
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
            for record in self.records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path


def generate(
    n: int, *, seed: int = 0, chains: int | None = None, copies: int = 3, partials: int | None = None,
    start: dt.date = dt.date(2024, 1, 1), days: int = 365, footers: bool = True,
) -> SyntheticCorpus:
    """``n`` original articles, plus ``chains`` republication chains of ``copies`` edited copies each (later
    dates, other outlets) and ``partials`` articles that copy three paragraphs of an original."""
    rng = random.Random(seed)
    corpus = SyntheticCorpus()
    chains = max(1, n // 50) if chains is None else chains
    partials = max(1, n // 100) if partials is None else partials

    def record(rid: str, body: str, outlet: str, day: dt.date, title: str) -> dict[str, Any]:
        text = body + (f"\n\n{FOOTER.format(outlet=outlet)}" if footers else "")
        return {"id": rid, "title": title, "text": text, "outlet": outlet, "published": day.isoformat(),
                "url": f"https://{outlet.lower().replace(' ', '-')}.example/{rid}"}

    originals: list[tuple[str, str, str, dt.date, str]] = []
    for i in range(n):
        rid = f"a{i:07d}"
        body = "\n\n".join(paragraph(rng) for _ in range(rng.randint(4, 8)))
        title = sentence(rng)[:80]
        outlet = rng.choice(OUTLETS)
        day = start + dt.timedelta(days=rng.randrange(days))
        originals.append((rid, body, outlet, day, title))
        corpus.records.append(record(rid, body, outlet, day, title))
    for c in range(min(chains, n)):
        rid, body, outlet, day, title = originals[c * (n // max(chains, 1))]
        chain = [rid]
        for k in range(copies):
            copy_outlet = rng.choice([o for o in OUTLETS if o != outlet])
            copy_id = f"c{c:05d}-{k}"
            corpus.records.append(record(copy_id, edit(rng, body), copy_outlet,
                                         day + dt.timedelta(days=k + 1), title))
            chain.append(copy_id)
        corpus.chains[f"chain{c}"] = chain
    for p in range(min(partials, n)):
        rid, body, outlet, day, _ = originals[(p * 7 + 3) % n]
        taken = [para for para in body.split("\n\n") if len(para.split()) >= 25][:3]
        if len(taken) < 3:
            continue
        mixed = [paragraph(rng, 4), paragraph(rng, 4), *taken, paragraph(rng, 4), paragraph(rng, 4)]
        copy_outlet = rng.choice([o for o in OUTLETS if o != outlet])
        pid = f"p{p:05d}"
        corpus.records.append(record(pid, "\n\n".join(mixed), copy_outlet, day + dt.timedelta(days=2),
                                     sentence(rng)[:80]))
        corpus.partials.append((rid, pid, len(taken)))
    return corpus


def iter_texts(corpus: SyntheticCorpus) -> Iterator[str]:
    for r in corpus.records:
        yield r["text"]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    made = generate(args.articles, seed=args.seed)
    print(f"wrote {len(made.records)} records to {made.write(args.out)}")
