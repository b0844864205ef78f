"""Round 16 (roles16): the roles `analyze` shows on articles written for the check (tests/gold/roles_written16.jsonl).

Each line: {"id", "text", "cast": {actor name: intended main role}, "bystanders": [actor names that should get no
role]}; an actor in neither list is free (neither required nor wrong). Runs language, segment, entities, actors and roles (the code first on PYTHONPATH) and prints every actor
with its role, then: intended actors cast (recall), of the cast actors the gold lists those intended (precision), intended actors
shown with the intended role, bystanders cast, the role distribution shown, and the intended victims named once
shown as Innocent.

Usage: python scripts/roles16/written.py [GOLD.jsonl] [--no-gate]   (--no-gate: roles.v1 without its gate, the rule
of round 12 to 15)
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--no-gate"]
    path = args[0] if args else "tests/gold/roles_written16.jsonl"
    pipeline = Pipeline.from_names(["language.v1", "segment.v1", "entities.v1", "actors.v1", "roles.v1"])
    if "--no-gate" in sys.argv:
        pipeline.components[-1].gate = None  # type: ignore[attr-defined]
    n_int = n_cast = hit = right = by_cast = listed = 0
    once_total = once_right = 0
    shown: Counter = Counter()
    for line in open(path, encoding="utf-8"):
        item = json.loads(line)
        doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
        print(f"== {item['id']}")
        names = {a.name for a in doc.actors}
        for a in doc.actors:
            role = f"{a.roles[0].label} {a.roles[0].score:.2f}" if a.roles else "-"
            want = item["cast"].get(a.name, "bystander" if a.name in item["bystanders"] else "")
            print(f"   {a.name:28s} {a.type:12s} x{len(a.mentions)}  {role:18s} intended: {want}")
        missing = [n for n in item["cast"] if n not in names]
        if missing:
            print(f"   not found as actors: {missing}")
        cast = {a.name: a for a in doc.actors if a.roles}
        n_int += len(item["cast"])
        n_cast += len(cast)
        shown.update(a.roles[0].label for a in cast.values())
        for name, role in item["cast"].items():
            if name in cast:
                hit += 1
                right += cast[name].roles[0].label == role
            actor = next((a for a in doc.actors if a.name == name), None)
            if role == "Innocent" and actor is not None and len(actor.mentions) == 1:
                once_total += 1
                once_right += name in cast and cast[name].roles[0].label == "Innocent"
        by_cast += sum(name in item["bystanders"] for name in cast)
        listed += sum(name in item["cast"] or name in item["bystanders"] for name in cast)
    print(f"intended {n_int}, cast {n_cast}: recall {hit}/{n_int}, precision {hit}/{listed} (of the cast actors the gold lists; {n_cast} cast in all), "
          f"intended role shown {right}/{n_int}, bystanders cast {by_cast}, shown P/A/I "
          f"{shown['Protagonist']}/{shown['Antagonist']}/{shown['Innocent']}, "
          f"victims named once shown Innocent {once_right}/{once_total}")


if __name__ == "__main__":
    main()
