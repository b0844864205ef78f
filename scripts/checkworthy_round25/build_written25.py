"""Round 25: builds tests/gold/checkworthy_written25.tsv from the round's written file ($CW25/w25/raw.tsv: genre,
label, kind, text) after checking that no sentence shares a 7-word run with the CheckThat! files, polnear_dev, the
earlier written batches or the supplement. Prints counts only (and the line numbers of the round's own sentences
that are dropped), never any other file's text."""

import csv
import os
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = Path(os.environ.get("CW25", "/tmp/cw25")) / "w25" / "raw.tsv"
OUT = ROOT / "tests" / "gold" / "checkworthy_written25.tsv"
SHARED = ROOT.parent / "shared" / "data"


def grams(text: str, n: int = 7) -> set[tuple[str, ...]]:
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


others: dict[str, set] = {}
for name, paths in {
    "checkthat": sorted((SHARED / "checkthat2024_en").glob("*.tsv")),
    "polnear_dev": sorted((SHARED / "polnear_dev").rglob("*.txt")) + sorted((SHARED / "polnear_dev").rglob("*.json")),
    "written": sorted(p for p in (ROOT / "tests" / "gold").glob("checkworthy_written*.tsv") if p != OUT),
    "supplement": [ROOT / "src" / "spinscope" / "resources" / "checkworthy_supplement.tsv"],
}.items():
    g: set = set()
    for p in paths:
        g |= grams(p.read_text(encoding="utf-8", errors="ignore"))
    others[name] = g
rows = []
for n, line in enumerate(RAW.read_text(encoding="utf-8").splitlines(), 1):
    genre, label, kind, text = line.split("\t")
    hits = [name for name, g in others.items() if grams(text) & g]
    if hits:
        print("dropped line", n, hits)
        continue
    rows.append({"Text": text.strip(), "class_label": label, "genre": genre, "kind": kind})
for i, r in enumerate(rows, 1):
    r["Sentence_id"] = f"w25-{i:03d}"
with OUT.open("w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["Sentence_id", "Text", "class_label", "genre", "kind"], delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(len(rows), "sentences;", dict(Counter(r["class_label"] for r in rows)), dict(Counter(r["genre"] for r in rows)))
