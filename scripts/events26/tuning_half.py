"""Score ``spinscope predict events`` on the tuning half of ../shared/data/plover_gsr_dev only.

The split is the one of ``scripts/plover_dev_halves.py`` (parity of the SHA-1 of the record id); the held-out
half is never predicted or read here, so a change can be checked against the tuning half while the held-out half
stays unread until the end of the round.

Usage (from the project root, ``spinscope`` on PATH)::

    python scripts/events26/tuning_half.py [--shared ../shared] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plover_dev_halves import half


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="the shared folder (data and eval)")
    parser.add_argument("--keep", help="write the tuning half's gold and predictions into this folder")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    gold_file = shared / "data" / "plover_gsr_dev" / "PLOVER_GSR_dev.json"
    if not gold_file.is_file():
        sys.stderr.write(f"error: {gold_file} not found\n")
        return 1
    part = [r for r in json.loads(gold_file.read_text(encoding="utf-8")) if half(r["id"]) == "tuning"]
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="plover-tuning-"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "tuning.json").write_text(json.dumps(part), encoding="utf-8")
    (out / "tuning.jsonl").write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in part),
                                      encoding="utf-8")
    subprocess.run(["spinscope", "predict", "events", "--input", str(out / "tuning.jsonl"),
                    "--out", str(out / "tuning.out.jsonl")], check=True, capture_output=True)
    score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "plover", str(out / "tuning.json"),
                            str(out / "tuning.out.jsonl")], check=True, capture_output=True, text=True).stdout.strip()
    sys.stdout.write(f"tuning: {score}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
