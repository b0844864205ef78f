"""Every record that differs between two runs of ``allgold_dump.py`` (the same articles, two trees' code).

    python scripts/attr94/diff.py OUT_A OUT_B

Articles run by both only. One line a change: the article's path, the record's content offsets, and the fields
that differ (speaker offsets, name, type, country, state affiliation, named, cue, sources), or the record found in
one run only. No article text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FIELDS = ("speaker", "speaker_name", "source_type", "source_country", "state_affiliated", "named", "cue", "sources")


def load(out: str) -> dict[str, list[dict[str, Any]]]:
    rows = [json.loads(line) for line in Path(out, "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["path"]: r["records"] for r in rows}


def short(value: Any) -> Any:
    if isinstance(value, dict) and "start" in value:
        return f"{value['start']}-{value['end']}"
    if isinstance(value, list):
        return [short(v.get("speaker")) if isinstance(v, dict) else v for v in value]
    return value


def main() -> None:
    a, b = load(sys.argv[1]), load(sys.argv[2])
    changed = 0
    for path in sorted(set(a) & set(b)):
        ra = {(r["content"]["start"], r["content"]["end"]): r for r in a.get(path, [])}
        rb = {(r["content"]["start"], r["content"]["end"]): r for r in b.get(path, [])}
        for key in sorted(set(ra) | set(rb)):
            if key not in rb:
                print(path, key, "only in A", short(ra[key]["speaker"]), ra[key]["source_type"])
            elif key not in ra:
                print(path, key, "only in B", short(rb[key]["speaker"]), rb[key]["source_type"])
            else:
                diff = {f: (short(ra[key][f]), short(rb[key][f])) for f in FIELDS if ra[key][f] != rb[key][f]}
                if not diff:
                    continue
                print(path, key, "; ".join(f"{f} {x!r} -> {y!r}" for f, (x, y) in diff.items()))
            changed += 1
    print(f"{changed} records differ in {len(set(a) & set(b))} articles run by both"
          f" ({len(set(a) ^ set(b))} run by one only)")


if __name__ == "__main__":
    main()
