#!/usr/bin/env python3
"""Round 51: what the events layer finds with no source actor, which ``spinscope predict events`` leaves out, and
what writing them would score.

For the PLOVER GSR development records of the tuning half (``scripts/plover_dev_halves.py``'s split; the held-out
half is not read) and the real-news development golds given, counts the events ``events.v1`` finds with no source,
the gold records with no source code, and the full-correct records each way of writing sourceless events would add:
(a) as they are (``source_code`` null: the acceptance metric, ``../shared/eval/score.py plover``, credits a
prediction's source only where the gold has none or where its code is among the gold's), (b) with the article's
author as source (no actor code: the same as (a) for the metric), (c) with the last actor named before the event's
trigger (the last subject, most often) as source. Counts only; no sentence is printed.

Usage (from the project root, venv active)::

    python scripts/events51/sourceless.py [--shared ../shared] [GOLD.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "events36"))

OLD = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}


def _records_gsr(shared: Path) -> list[dict[str, Any]]:
    from plover_dev_halves import half
    records = json.loads((shared / "data" / "plover_gsr_dev" / "PLOVER_GSR_dev.json").read_text(encoding="utf-8"))
    return [{"id": r["id"], "text": r["text"], "gold": [{
        "event": r["event"], "source": [a.get("code", "") for a in r.get("source", []) if isinstance(a, dict)],
        "target": [a.get("code", "") for a in r.get("target", []) if isinstance(a, dict)]}]}
        for r in records if half(r["id"]) == "tuning"]


def _records_real(gold: Path, shared: Path) -> list[dict[str, Any]]:
    from score import load  # scripts/events36/score.py
    return [{"id": i["id"], "text": i["text"], "gold": i["events"]} for i in load(gold, shared)]


def _hit(want: tuple[str, set[str], set[str]], label: str, src: str | None, tgt: str | None) -> bool:
    """The acceptance metric's test of one predicted event against one gold record."""
    gtype, gsrc, gtar = want
    return OLD.get(label, label) == gtype and (not gsrc or src in gsrc) and (not gtar or tgt in gtar)


def _tcode(doc: Any, e: Any) -> str | None:
    from spinscope.predict import actor_code
    return actor_code(doc.actors[e.target]) if e.target is not None else None


def _census(records: list[dict[str, Any]]) -> dict[str, int]:
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline, registered_components
    from spinscope.predict import EVENT_COMPONENTS, actor_code

    names = list(EVENT_COMPONENTS)
    if "attributions.v1" in registered_components():
        names.insert(names.index("actors.v1"), "attributions.v1")
    pipeline = Pipeline.from_names(names)
    out = {"records": 0, "gold_without_source": 0, "sentences_with_sourceless_events": 0, "sourceless_events": 0,
           "gain_as_is": 0, "gain_last_actor_before": 0, "sourceless_right_type": 0}
    for r in records:
        doc = make_document(ArticleInput(text=r["text"], input_format="jsonl"))
        doc.language = "en"
        doc = pipeline.run(doc)
        loose = [e for e in doc.events if e.actor is None]
        out["records"] += len(r["gold"])
        out["gold_without_source"] += sum(1 for g in r["gold"] if not [c for c in g["source"] if c])
        out["sourceless_events"] += len(loose)
        out["sentences_with_sourceless_events"] += bool(loose)
        kept = [e for e in doc.events if e.actor is not None]
        for g in r["gold"]:
            want = (OLD.get(g["event"], g["event"]), set(g["source"]), set(g["target"]))
            if any(_hit(want, e.label, actor_code(doc.actors[e.actor]), _tcode(doc, e)) for e in kept):
                continue
            out["sourceless_right_type"] += any(OLD.get(e.label, e.label) == want[0] for e in loose)
            out["gain_as_is"] += any(_hit(want, e.label, None, _tcode(doc, e)) for e in loose)
            for e in loose:
                # the last actor named before the event's trigger in the text (its sentence is the record)
                start = e.trigger.start if e.trigger is not None else e.start
                last = max(((m.end, k) for k, a in enumerate(doc.actors) for m in a.mentions if m.end <= start),
                           default=None)
                if last is not None and _hit(want, e.label, actor_code(doc.actors[last[1]]), _tcode(doc, e)):
                    out["gain_last_actor_before"] += 1
                    break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("golds", nargs="*", help="real-news development golds (never a *_heldout file)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    sets = {"plover_gsr_dev tuning half": _records_gsr(shared)}
    for g in args.golds:
        if "heldout" in g:
            sys.stderr.write(f"error: {g}: held-out files are not read here\n")
            return 1
        sets[Path(g).name] = _records_real(Path(g), shared)
    for name, records in sets.items():
        sys.stdout.write(f"{name}: {json.dumps(_census(records))}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
