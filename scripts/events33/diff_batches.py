"""Compare two directories written by ``sh scripts/events26/all_batches.sh DIR`` (one ``--show`` file per batch):
print every sentence whose ok/BAD verdict or whose predicted events changed, with both predictions.

Usage (from the project root)::

    python scripts/events33/diff_batches.py BEFORE_DIR AFTER_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path


def _items(path: Path) -> dict[str, tuple[str, str, list[str]]]:
    items: dict[str, tuple[str, str, list[str]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("ok  ", "BAD ")):
            verdict, _, rest = line.partition(" ")
            item_id, _, text = rest.strip().partition(" ")
            current = item_id
            items[current] = (verdict, text, [])
        elif current is not None and line.strip().startswith("pred "):
            items[current][2].append(line.strip())
    return items


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or not all(Path(a).is_dir() for a in args):
        sys.stderr.write("usage: diff_batches.py BEFORE_DIR AFTER_DIR (two existing directories)\n")
        return 1
    before_dir, after_dir = Path(args[0]), Path(args[1])
    changed = {"ok->BAD": 0, "BAD->ok": 0, "other": 0}
    for before_file in sorted(before_dir.glob("*.txt")):
        after_file = after_dir / before_file.name
        if not after_file.is_file():
            continue
        before, after = _items(before_file), _items(after_file)
        for item_id, (verdict, text, preds) in before.items():
            if item_id not in after:
                continue
            new_verdict, _, new_preds = after[item_id]
            if verdict == new_verdict and sorted(preds) == sorted(new_preds):
                continue
            kind = f"{verdict}->{new_verdict}" if verdict != new_verdict else "other"
            changed[kind] = changed.get(kind, 0) + 1
            sys.stdout.write(f"[{kind}] {item_id} {text}\n")
            for p in preds:
                sys.stdout.write(f"    before {p}\n")
            for p in new_preds:
                sys.stdout.write(f"    after  {p}\n")
    sys.stdout.write(f"{changed}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
