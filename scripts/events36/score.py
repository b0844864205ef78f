#!/usr/bin/env python3
"""Score ``spinscope predict events`` on the real-news event gold (tests/gold/events_real36*.jsonl).

Each gold line is ``{"id", "path", "sha256", "start", "end", "events": [{"event", "source": [codes],
"target": [codes]}]}``: ``path`` is relative to the shared folder (../shared), ``sha256`` is the file's, the
sentence is ``text[start:end]`` of the file read as UTF-8 (the text is never stored in the project). A sentence
with ``events: []`` was drawn and carries no event between political actors (no event = no record).

Every gold event becomes one record of the PLOVER gold-standard shape (``{id, event, source:[{code}],
target:[{code}]}``; an empty target list accepts any target, as the GSR's records without a target) and the
records are scored by ``../shared/eval/score.py plover``: the same full-correct metric as
``scripts/plover_dev_halves.py`` (a record is fully correct when some event predicted for its sentence has the
gold type, after the GSR's aliases FIGHT = ASSAULT, DISAPPROVE = ACCUSE, DEMAND = REQUEST, a source code among the
gold sources and a target code among the gold targets). Also printed: events predicted on the sentences that
carry none.

Usage (from the project root, ``spinscope`` on PATH)::

    python scripts/events36/score.py tests/gold/events_real36.jsonl [--show] [--shared ../shared] [--keep DIR]

``--show`` (development file only: refused for a held-out file) prints every record with the predictions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def load(gold: Path, shared: Path) -> list[dict[str, Any]]:
    """The gold lines with their sentence text, each file checked against its sha256."""
    items = []
    texts: dict[str, str] = {}
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        path = shared / item["path"]
        if item["path"] not in texts:
            if not path.is_file():
                raise SystemExit(f"error: {gold}:{n}: {path} not found")
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != item["sha256"]:
                raise SystemExit(f"error: {gold}:{n}: sha256 of {path} differs from the gold's")
            texts[item["path"]] = data.decode("utf-8")
        text = texts[item["path"]]
        if not 0 <= item["start"] < item["end"] <= len(text):
            raise SystemExit(f"error: {gold}:{n}: offsets {item['start']}-{item['end']} outside {path}")
        item["text"] = text[item["start"]:item["end"]]
        items.append(item)
    return items


def records(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        for k, ev in enumerate(item["events"]):
            out.append({"id": f"{item['id']}-{k}", "sentence": item["id"], "event": ev["event"],
                        "source": [{"code": c} for c in ev["source"]],
                        "target": [{"code": c} for c in ev["target"]]})
    return out


def plover_score(shared: Path, out: Path, n: int) -> str:
    """The shared scorer's line for out/records.json against out/records.out.jsonl; a gold with no record (a
    held-out part with no event, round 82) has no rate to score: its line says n=0 (the events on its no-event
    sentences are still counted by the caller)."""
    if not n:
        return "plover full_correct=n/a type_correct=n/a wrong_type_events_per_record=n/a n=0"
    return subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "plover",
                           str(out / "records.json"), str(out / "records.out.jsonl")],
                          check=True, capture_output=True, text=True).stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print every record (development file only)")
    parser.add_argument("--keep", type=Path, help="keep the records and predictions in this folder")
    args = parser.parse_args(argv)
    if args.show and "heldout" in args.gold.name:
        sys.stderr.write("error: --show is refused on a held-out file (read its score only)\n")
        return 2
    items = load(args.gold, args.shared)
    recs = records(items)
    out = args.keep or Path(tempfile.mkdtemp(prefix="events36-"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "sentences.jsonl").write_text("".join(json.dumps({"id": i["id"], "text": i["text"]}) + "\n"
                                                 for i in items), encoding="utf-8")
    subprocess.run(["spinscope", "predict", "events", "--input", str(out / "sentences.jsonl"),
                    "--out", str(out / "sentences.out.jsonl")], check=True, capture_output=True)
    pred = {}
    for line in (out / "sentences.out.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            pred[obj["id"]] = obj.get("events", [])
    (out / "records.json").write_text(json.dumps(recs), encoding="utf-8")
    (out / "records.out.jsonl").write_text("".join(json.dumps({"id": r["id"], "events": pred.get(r["sentence"], [])})
                                                   + "\n" for r in recs), encoding="utf-8")
    score = plover_score(args.shared, out, len(recs))
    empty = [i for i in items if not i["events"]]
    spurious = sum(len(pred.get(i["id"], [])) for i in empty)
    sys.stdout.write(f"{args.gold.name}: {score} sentences={len(items)} "
                     f"events_on_no_event_sentences={spurious}/{len(empty)}\n")
    if args.show:
        for item in items:
            sys.stdout.write(f"\n{item['id']}: {item['text']}\n")
            for ev in item["events"]:
                sys.stdout.write(f"  gold {ev['source']} {ev['event']} {ev['target']}\n")
            for p in pred.get(item["id"], []):
                sys.stdout.write(f"  pred {p.get('source_code')} {p.get('event')} {p.get('target_code')} "
                                 f"({p.get('source')} -> {p.get('target')}, {p.get('mode')})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
