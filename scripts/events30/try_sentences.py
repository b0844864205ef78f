"""Print the events spinscope codes for each line of a text file (one sentence or passage a line), with the
trigger's CAMEO code, mode and actor names: a quick look while writing a rule.

Usage (from the project root)::

    python scripts/events30/try_sentences.py FILE
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from spinscope.predict import predict_events

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    args = parser.parse_args(argv)
    path = Path(args.file)
    if not path.is_file():
        sys.stderr.write(f"error: {path} not found\n")
        return 1
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [{"id": str(i), "text": text} for i, text in enumerate(lines)]
    for item, pred in zip(items, predict_events(items), strict=True):
        sys.stdout.write(f"> {item['text']}\n")
        for p in pred["events"]:
            sys.stdout.write(f"    {p['source_code']} {p['event']} {p['target_code']} {p['cameo']} {p['mode']} "
                             f"({p['source']} -> {p['target']})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
