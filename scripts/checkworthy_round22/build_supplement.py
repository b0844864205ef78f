"""Builds src/spinscope/resources/checkworthy_supplement.tsv from the round's written files (one sentence a
line: genre, tab, text; no_*.txt are No, yes*.txt Yes; folder $CW22/sup) and checks that no 7-word run is shared
with the CheckThat! files, polnear_dev or the written batches 20, 20b and 21c. Prints counts and the ids of the
supplement's own sentences that share a run (never the other files' text)."""

import csv
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUP = Path(os.environ.get("CW22", "/tmp/cw22")) / "sup"
OUT = ROOT / "src" / "spinscope" / "resources" / "checkworthy_supplement.tsv"
SHARED = ROOT.parent / "shared" / "data"


def grams(text: str, n: int = 7) -> set[tuple[str, ...]]:
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


KINDS = {
    "no_reporting": "reporting formula",
    "no_more": "reporting formula or unimportant fact",
    "no_promise_schedule": "promise or schedule",
    "no_sentiment_trivia": "attributed sentiment or unimportant fact",
    "no_misc": "forecast, uncertainty or opinion",
}
rows = []
for label, pattern in (("No", "no_*.txt"), ("Yes", "yes*.txt")):
    for f in sorted(SUP.glob(pattern)):
        kind = KINDS.get(f.stem, "checkable")
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                genre, text = line.split("\t", 1)
                rows.append(
                    {
                        "label": label,
                        "genre": genre,
                        "kind": kind if label == "No" else "checkable",
                        "text": text.strip(),
                    }
                )
seen = set()
rows = [r for r in rows if not (r["text"] in seen or seen.add(r["text"]))]
for i, r in enumerate(rows, 1):
    r["id"] = f"sup{i:03d}"
others: dict[str, set] = {}
for name, paths in {
    "checkthat": sorted((SHARED / "checkthat2024_en").glob("*.tsv")),
    "polnear_dev": sorted((SHARED / "polnear_dev").rglob("*.txt")) + sorted((SHARED / "polnear_dev").rglob("*.json")),
    "written": sorted((ROOT / "tests" / "gold").glob("checkworthy_written*.tsv")),
}.items():
    g: set = set()
    for p in paths:
        g |= grams(p.read_text(encoding="utf-8", errors="ignore"))
    others[name] = g
    print(name, len(paths), "files", len(g), "runs", flush=True)
bad = {name: [r["id"] for r in rows if grams(r["text"]) & g] for name, g in others.items()}
print("shared 7-word runs:", {k: v for k, v in bad.items()}, flush=True)
if "--write" in sys.argv:
    drop = {i for v in bad.values() for i in v}
    kept = [r for r in rows if r["id"] not in drop]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["Sentence_id", "Text", "class_label", "genre", "kind"])
        for r in kept:
            w.writerow([r["id"], r["text"], r["label"], r["genre"], r["kind"]])
    print(f"wrote {len(kept)} sentences ({sum(r['label'] == 'Yes' for r in kept)} Yes) to {OUT}")
