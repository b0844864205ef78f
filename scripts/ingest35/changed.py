#!/usr/bin/env python3
"""Which gold articles' cleaned text the round-35 change touches: base and branch cleaning compared, text by text.

    python scripts/ingest35/changed.py BASE_SRC BRANCH_SRC [GOLD ...]    # default: every real gold + PLOVER dev

Every layer reads the cleaned text and nothing else of the input that changed (``article.removed`` lists the same
lines), so a gold file none of whose texts changes gives the same figure on base and branch. Each text is cleaned
the way its scorer reads it: a gold naming an article by path as a text file (``spinscope analyze``,
``scripts/attr31``, ``scripts/sources27``) and as a JSON Lines record (``actor_eval``, ``spinscope predict``); an
events gold's sentence (``start``/``end``) and a PLOVER record as a JSON Lines record. Counts only.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
PLOVER = SHARED / "data" / "plover_gsr_dev" / "PLOVER_GSR_dev.json"
PATTERNS = ("attributions_real*.jsonl", "sources_real*.jsonl", "actors_real*.jsonl", "events_real*.jsonl")


def items(gold: Path) -> list[tuple[str, str, str]]:
    """(key, text, how) for each text the gold's scorer cleans."""
    if gold == PLOVER:
        return [(r["id"], r["text"], "jsonl") for r in json.loads(gold.read_text(encoding="utf-8"))]
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = (SHARED / rec["path"]).read_text(encoding="utf-8")
        if "start" in rec:
            out.append((f"{rec['id']}", text[rec["start"]:rec["end"]], "jsonl"))
        else:
            out += [(f"{rec['path']}:path", rec["path"], "path"), (f"{rec['path']}:jsonl", text, "jsonl")]
    return out


def digests(golds: list[Path]) -> dict[str, dict[str, str]]:
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths

    out: dict[str, dict[str, str]] = {}
    for gold in golds:
        seen = out.setdefault(gold.name, {})
        for key, text, how in items(gold):
            item = next(iter(iter_paths([SHARED / text]))) if how == "path" else \
                ArticleInput(text=text, input_format="jsonl")
            doc = make_document(item)  # type: ignore[arg-type]
            seen[key] = hashlib.sha256(json.dumps([doc.text, doc.removed]).encode()).hexdigest()
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        print(json.dumps(digests([Path(p) for p in sys.argv[2:]])))
        return
    base, branch, *golds = sys.argv[1:]
    every = [str(p) for pat in PATTERNS for p in sorted((ROOT / "tests" / "gold").glob(pat))]
    paths = [str(p) for p in golds] or [*every, str(PLOVER)]
    runs = []
    for src in (base, branch):
        env = dict(os.environ, PYTHONPATH=src)
        runs.append(json.loads(subprocess.run([sys.executable, __file__, "--dump", *paths], env=env, check=True,
                                              capture_output=True, text=True).stdout))
    print("gold\ttexts\tchanged")
    for name, before in runs[0].items():
        after = runs[1][name]
        print(f"{name}\t{len(before)}\t{sum(before[k] != after[k] for k in before)}")


if __name__ == "__main__":
    main()
