"""Build the demo corpus from the research data in ../shared/data, with synthetic republication chains.

    python -m spinscope.corpus.demo --out demo.jsonl.gz [--data ../shared/data] [--limit N]

Originals: every article of SemEval-2023 Task 3 (subtask-1 training articles in en, fr, ge, it, po, ru) and
SemEval-2025 Task 10 (raw documents in BG, EN, HI, PT, RU). The files tell the collection, the language and,
for SemEval-2025, the topic (``UA`` Ukraine war, ``CC`` climate change): that becomes the outlet
(``semeval2023-en``, ``semeval2025-en-ua``). They carry no dates, so each original gets a synthetic date
derived from its file name (deterministic), inside the years the collection covers.

Republications are synthetic: ``--chains`` originals are copied two to four times each, with small edits
(words replaced, a paragraph dropped, a "Republished from" line), by invented outlets on later dates; and
``--partials`` articles copy three paragraphs of an original among paragraphs of another. The ground truth
goes to ``<out>.truth.json``. The output holds licensed text: never commit it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .synthetic import edit

SEMEVAL2023_LANGUAGES = ("en", "fr", "ge", "it", "po", "ru")
SEMEVAL2025_LANGUAGES = ("BG", "EN", "HI", "PT", "RU")
#: Years each collection's articles were published in (from the task descriptions), for synthetic dates.
YEARS = {"semeval2023": (2020, 2022), "semeval2025": (2022, 2024)}
COPY_OUTLETS = ("Baltic Wire", "Danube Daily", "Steppe Times", "Harbour Gazette", "Northern Echo Network",
                "Capital Digest", "Frontier Report", "Lakeside Tribune", "Mountain Voice", "Coastal Bulletin")
DEFAULT_CHAINS = 60
DEFAULT_PARTIALS = 20
#: Paragraphs shorter than this (in words) are not taken for partial copies.
MIN_COPIED_WORDS = 25


@dataclass
class Original:
    id: str
    title: str
    body: str
    outlet: str
    published: str


def _synthetic_day(name: str, collection: str) -> str:
    first, last = YEARS[collection]
    start = dt.date(first, 1, 1)
    span = (dt.date(last, 12, 31) - start).days
    offset = int(hashlib.md5(name.encode()).hexdigest(), 16) % span
    return (start + dt.timedelta(days=offset)).isoformat()


def _split_title(text: str) -> tuple[str, str]:
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else ""
    return title, "\n".join(lines[1:]).strip()


def read_originals(data: Path) -> list[Original]:
    originals: list[Original] = []
    for lang in SEMEVAL2023_LANGUAGES:
        folder = data / "semeval2023_task3" / lang / "train-articles-subtask-1"
        for path in sorted(folder.glob("article*.txt")):
            title, body = _split_title(path.read_text(encoding="utf-8", errors="replace"))
            if body:
                originals.append(Original(f"semeval2023-{lang}-{path.stem}", title, body, f"semeval2023-{lang}",
                                          _synthetic_day(path.name, "semeval2023")))
    for lang in SEMEVAL2025_LANGUAGES:
        folder = data / "semeval2025_task10" / lang / "raw-documents"
        for path in sorted(folder.glob("*.txt")):
            title, body = _split_title(path.read_text(encoding="utf-8", errors="replace"))
            parts = path.stem.split("_")
            topic = next((part.lower() for part in parts if part in ("UA", "CC", "URW")), "misc")
            if body:
                outlet = f"semeval2025-{lang.lower()}-{topic}"
                originals.append(Original(f"semeval2025-{path.stem}", title, body, outlet,
                                          _synthetic_day(path.name, "semeval2025")))
    return originals


def build(data: Path, *, limit: int | None = None, chains: int = DEFAULT_CHAINS, partials: int = DEFAULT_PARTIALS,
          seed: int = 0) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The records (JSON Lines objects) and the ground truth of the synthetic republications."""
    rng = random.Random(seed)
    originals = read_originals(data)
    if limit:
        originals = rng.sample(originals, min(limit, len(originals)))
    if not originals:
        raise FileNotFoundError(f"no SemEval articles under {data}")

    def record(rid: str, title: str, body: str, outlet: str, published: str) -> dict[str, Any]:
        slug = outlet.lower().replace(" ", "-")
        return {"id": rid, "title": title, "text": f"{title}\n\n{body}", "outlet": outlet, "published": published,
                "url": f"https://{slug}.example/{rid}"}

    records = [record(o.id, o.title, o.body, o.outlet, o.published) for o in originals]
    truth: dict[str, Any] = {"chains": {}, "partials": []}
    long_enough = [o for o in originals if len(o.body.split("\n\n" if "\n\n" in o.body else "\n")) >= 4]
    for c, original in enumerate(rng.sample(long_enough, min(chains, len(long_enough)))):
        chain = [original.id]
        day = dt.date.fromisoformat(original.published)
        for k, outlet in enumerate(rng.sample(COPY_OUTLETS, rng.randint(2, 4))):
            body = f"Republished from {original.outlet}.\n\n" + edit(rng, original.body, edits=rng.randint(1, 5))
            rid = f"copy-{c:03d}-{k}"
            day = day + dt.timedelta(days=rng.randint(1, 10))
            records.append(record(rid, original.title, body, outlet, day.isoformat()))
            chain.append(rid)
        truth["chains"][f"chain-{c:03d}"] = chain
    for p in range(partials):
        source, filler = rng.sample(originals, 2)
        taken = [x for x in source.body.splitlines() if len(x.split()) >= MIN_COPIED_WORDS][:3]
        own = [x for x in filler.body.splitlines() if x.strip()][:8]
        if len(taken) < 3 or len(own) < 4:
            continue
        body = "\n\n".join([*own[:2], *taken, *own[2:]])
        day = dt.date.fromisoformat(source.published) + dt.timedelta(days=rng.randint(1, 30))
        rid = f"partial-{p:03d}"
        records.append(record(rid, filler.title, body, rng.choice(COPY_OUTLETS), day.isoformat()))
        truth["partials"].append({"original": source.id, "copy": rid, "paragraphs": len(taken), "filler": filler.id})
    return records, truth


def main(argv: list[str] | None = None) -> None:
    import argparse
    import gzip

    parser = argparse.ArgumentParser(prog="python -m spinscope.corpus.demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="Output .jsonl or .jsonl.gz (never commit it).")
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[4] / "shared" / "data"))
    parser.add_argument("--limit", type=int, help="Use only this many originals (a random sample).")
    parser.add_argument("--chains", type=int, default=DEFAULT_CHAINS)
    parser.add_argument("--partials", type=int, default=DEFAULT_PARTIALS)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    records, truth = build(Path(args.data), limit=args.limit, chains=args.chains, partials=args.partials,
                           seed=args.seed)
    out = Path(args.out)
    opener: Any = gzip.open if out.suffix == ".gz" else open
    with opener(out, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    truth_path = Path(f"{out}.truth.json")
    truth_path.write_text(json.dumps(truth, indent=1), encoding="utf-8")
    print(f"wrote {len(records)} records ({len(truth['chains'])} republication chains, "
          f"{len(truth['partials'])} partial copies) to {out}; ground truth in {truth_path}")


if __name__ == "__main__":
    main()
