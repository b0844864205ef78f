#!/usr/bin/env python3
"""Attributions and events of real articles (not dev gold) with two ``src`` trees, changed rows printed (round 30).

    python scripts/attr30/compare.py BASE_SRC BRANCH_SRC OUT_DIR [--more]

The file set is fixed by :func:`files` (see scripts/attr30/RULE.md): SemEval-2025 EN raw documents 301-310 by
sorted name (the brief's ten), plus the first 15 files (sorted, not in that set) a grep finds for the round-30 shape
(a noun phrase with a relative clause of a statement or commitment verb and a pronoun subject). Each tree runs once
over all files in one process (``analyze`` in a loop, one model load), output under OUT_DIR; each changed attribution
(with ``named``) or event is printed with its context, for reading by hand. Articles are read from ../shared and
nothing of them is written to the repository. ``--more`` runs the second set instead (committed before its run,
after the first set showed one change): PTC train articles 341-371 and SemEval-2025 EN raw documents 311-319 by
sorted name, the rest of both folders that rounds 29 and 30 had not read.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "actors.v1", "events.v1"]
SHAPES = {
    "object-relative": re.compile(r"\b(?:the|a|an|its|his|her|their) \w+(?: \w+)? (?:he|she|they|it|we) (?:has |have |"
                                  r"had )?(?:proposed|promised|pledged|vowed|recommended|demanded|promoted|advocated|"
                                  r"predicted|claimed)\b"),
}
RUNNER = """
import json, sys
from pathlib import Path
from spinscope import analyze
comps = json.loads(sys.argv[1])
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for p in Path(sys.argv[2]).read_text().splitlines():
        try:
            r = analyze(Path(p).read_text(encoding="utf-8", errors="replace"), components=comps)
            out.write(json.dumps({"name": Path(p).name, "result": json.loads(r.model_dump_json())}) + "\\n")
        except Exception as exc:  # noqa: BLE001 - recorded, the comparison goes on
            out.write(json.dumps({"name": Path(p).name, "error": repr(exc)}) + "\\n")
"""


def files(more: bool = False) -> list[Path]:
    se25 = sorted((SHARED / "semeval2025_task10" / "EN" / "raw-documents").glob("*.txt"))
    if more:
        return sorted((SHARED / "ptc_semeval2020_task11" / "train-articles").glob("*.txt"))[340:] + se25[310:]
    chosen = se25[300:310]
    pool = sorted([*(SHARED / "ptc_semeval2020_task11" / "train-articles").glob("*.txt"),
                   *(SHARED / "ptc_semeval2020_task11" / "dev-articles").glob("*.txt"), *se25,
                   *(SHARED / "semeval2023_task3").rglob("en/train-articles-subtask-1/*.txt")])
    for shape in SHAPES.values():
        hits = [p for p in pool if p not in chosen and shape.search(p.read_text(encoding="utf-8", errors="replace"))]
        chosen += hits[:15]
    return list(dict.fromkeys(chosen))


def run(src: str, paths: list[Path], out: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    out.mkdir(parents=True, exist_ok=True)
    (out / "files.txt").write_text("\n".join(map(str, paths)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    subprocess.run([sys.executable, "-c", RUNNER, json.dumps(COMPONENTS), str(out / "files.txt"),
                    str(out / "rows.jsonl")], env=env, check=True)
    rows = {}
    for line in (out / "rows.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rows[d["name"]] = d.get("result", {})
    return rows


def _atts(d: dict) -> set[tuple]:  # type: ignore[type-arg]
    t = d["article"]["text"]
    return {(a["kind"], a["speaker_name"], a.get("named"),
             a["speaker"] and t[a["speaker"]["start"]:a["speaker"]["end"]], a["content"]["start"],
             a["content"]["end"], round(a["score"], 3)) for a in d.get("attributions", [])}


def _events(d: dict) -> set[tuple]:  # type: ignore[type-arg]
    acts = d.get("actors", [])

    def name(i: int | None) -> str | None:
        return acts[i]["name"] if i is not None else None
    return {(e["label"], e["mode"], name(e["actor"]), name(e["target"]), e["trigger"]["start"])
            for e in d.get("events", [])}


def main() -> None:
    base_src, branch_src, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    paths = files(more="--more" in sys.argv[4:])
    print(f"{len(paths)} files")
    base, branch = run(base_src, paths, out / "base"), run(branch_src, paths, out / "branch")
    for name in base:
        b, n = base[name], branch.get(name, {})
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
                pos = [r[4] for r in old ^ new]  # content start of a statement, trigger of an event
                for p in sorted(set(pos)):
                    print(f"    ctx@{p}: {' '.join(t[max(0, p - 250):p + 150].split())}")


if __name__ == "__main__":
    main()
