#!/usr/bin/env python3
"""Attributions and events of real articles (not dev gold) with two ``src`` trees, changed rows printed (round 28).

    python scripts/attr28/compare.py BASE_SRC BRANCH_SRC OUT_DIR

The file set is fixed by :func:`files` (see scripts/attr28/RULE.md): PTC train articles 401-440 and SemEval-2025
EN raw documents 301-320 by sorted name, plus the first 15 files (sorted, not in that set) a grep finds for each
round-28 shape. Prints each changed attribution or event with its sentence, for reading by hand.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
COMPONENTS = "language.v1,segment.v1,entities.v1,attributions.v1,actors.v1,events.v1"
SHAPES = {
    "surname-object": re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{3,})\b[\s\S]*\b(?:of|against|with|for) \2\b"),
    "surname-possessive": re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{3,})\b[\s\S]*\b\2(?:'s|’s)\b"),
    "time-phrase": re.compile(r"\b(?:until|since|during|throughout) the [A-Z][a-z]+ [a-z]+"),
    "find-out": re.compile(r"\bf(?:ind|inds|ound|inding) out\b"),
}


def files() -> list[Path]:
    ptc = sorted((SHARED / "ptc_semeval2020_task11" / "train-articles").glob("*.txt"))
    se25 = sorted((SHARED / "semeval2025_task10" / "EN" / "raw-documents").glob("*.txt"))
    chosen = ptc[400:440] + se25[300:320]
    pool = sorted([*ptc, *(SHARED / "ptc_semeval2020_task11" / "dev-articles").glob("*.txt"), *se25,
                   *(SHARED / "semeval2023_task3").rglob("en/train-articles-subtask-1/*.txt")])
    for shape in SHAPES.values():
        hits = [p for p in pool if p not in chosen and shape.search(p.read_text(encoding="utf-8", errors="replace"))]
        chosen += hits[:15]
    return list(dict.fromkeys(chosen))


def run(src: str, paths: list[Path], out: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    rows: dict[str, dict] = {}  # type: ignore[type-arg]
    for p in paths:
        res = subprocess.run(["spinscope", "analyze", str(p), "--format", "jsonl", "--components", COMPONENTS],
                             capture_output=True, text=True, env=env)
        line = res.stdout.strip().splitlines()
        rows[p.name] = json.loads(line[0]) if line else {}
    (out / "rows.json").write_text(json.dumps(rows), encoding="utf-8")
    return rows


def _atts(d: dict) -> set[tuple]:  # type: ignore[type-arg]
    t = d["article"]["text"]
    return {(a["kind"], a["speaker_name"], a["speaker"] and t[a["speaker"]["start"]:a["speaker"]["end"]],
             a["content"]["start"], a["content"]["end"], round(a["score"], 3)) for a in d.get("attributions", [])}


def _events(d: dict) -> set[tuple]:  # type: ignore[type-arg]
    acts = d.get("actors", [])

    def name(i: int | None) -> str | None:
        return acts[i]["name"] if i is not None else None
    return {(e["label"], e["mode"], name(e["actor"]), name(e["target"]), e["trigger"]["start"])
            for e in d.get("events", [])}


def main() -> None:
    base_src, branch_src, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    paths = files()
    print(f"{len(paths)} files")
    base, branch = run(base_src, paths, out / "base"), run(branch_src, paths, out / "branch")
    for name in base:
        b, n = base[name], branch[name]
        if not b or not n:
            print(f"!! {name}: no output ({bool(b)}, {bool(n)})")
            continue
        t = b["article"]["text"]
        for label, fn in (("ATT", _atts), ("EV", _events)):
            old, new = fn(b), fn(n)
            for row in sorted(old - new, key=str):
                print(f"{name} {label} - {row}")
            for row in sorted(new - old, key=str):
                print(f"{name} {label} + {row}")
            if old != new:
                pos = [r[3] if label == "ATT" else r[4] for r in old ^ new]
                for p in sorted(set(pos)):
                    print(f"    ctx@{p}: {' '.join(t[max(0, p - 250):p + 150].split())}")


if __name__ == "__main__":
    main()
