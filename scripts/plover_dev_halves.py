"""Score ``spinscope predict events`` on the two halves of ../shared/data/plover_gsr_dev.

The records are split by the parity of the SHA-1 of their id: even is the tuning half (errors were studied
on it), odd the held-out half (only its score was read). Each half is scored with the acceptance metric
(``../shared/eval/score.py plover``). Nothing from the data is written into the project.

Usage (from the project root, ``spinscope`` on PATH)::

    python scripts/plover_dev_halves.py [--shared ../shared] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def half(record_id: str) -> str:
    return "tuning" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared folder (data and eval)")
    parser.add_argument("--keep", help="write the halves' gold and predictions into this folder")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    gold_file = shared / "data" / "plover_gsr_dev" / "PLOVER_GSR_dev.json"
    if not gold_file.is_file():
        sys.stderr.write(f"error: {gold_file} not found\n")
        return 1
    records = json.loads(gold_file.read_text(encoding="utf-8"))
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="plover-halves-"))
    out.mkdir(parents=True, exist_ok=True)
    for name in ("tuning", "held-out"):
        part = [r for r in records if half(r["id"]) == name]
        (out / f"{name}.json").write_text(json.dumps(part), encoding="utf-8")
        (out / f"{name}.jsonl").write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                                                   for r in part), encoding="utf-8")
        subprocess.run(["spinscope", "predict", "events", "--input", str(out / f"{name}.jsonl"),
                        "--out", str(out / f"{name}.out.jsonl")], check=True, capture_output=True)
        score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "plover",
                                str(out / f"{name}.json"), str(out / f"{name}.out.jsonl")],
                               check=True, capture_output=True, text=True).stdout.strip()
        sys.stdout.write(f"{name}: {score}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
