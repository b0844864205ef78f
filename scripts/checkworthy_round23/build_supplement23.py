"""Round 23: appends the round's written sentences ($CW23/sup: no_reporting_time.txt, No; yes_reporting_time.txt,
Yes; one sentence a line, genre, tab, text) to src/spinscope/resources/checkworthy_supplement.tsv (ids after the
highest in use: sup465 on), after checking that none shares a 7-word run with the CheckThat! files, polnear_dev,
the written batches or the supplement's earlier rows. Prints counts and the ids of the new sentences that share a
run (never the other files' text); those are dropped."""

import csv
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUP = Path(os.environ.get("CW23", "/tmp/cw23")) / "sup"
OUT = ROOT / "src" / "spinscope" / "resources" / "checkworthy_supplement.tsv"
SHARED = ROOT.parent / "shared" / "data"


def grams(text: str, n: int = 7) -> set[tuple[str, ...]]:
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


with OUT.open(encoding="utf-8", newline="") as f:
    old = list(csv.DictReader(f, delimiter="\t"))
assert not any(r["kind"].endswith("with a time") for r in old), "already appended"
new = []
for name, label, kind in (
    ("no_reporting_time.txt", "No", "reporting formula with a time"),
    ("yes_reporting_time.txt", "Yes", "checkable, reporting formula with a time"),
):
    for line in (SUP / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            genre, text = line.split("\t", 1)
            new.append({"Text": text.strip(), "class_label": label, "genre": genre, "kind": kind})
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
others["supplement"] = set().union(*(grams(r["Text"]) for r in old))
texts = {r["Text"] for r in old}
keep = []
for i, r in enumerate(new):
    hits = [name for name, g in others.items() if grams(r["Text"]) & g]
    if hits or r["Text"] in texts:
        print("dropped new sentence", i, hits or ["duplicate"])
        continue
    texts.add(r["Text"])
    keep.append(r)
# numbered after the highest id in use (round 22 numbered before dropping, so ids run past the row count)
for i, r in enumerate(keep, max(int(r["Sentence_id"][3:]) for r in old) + 1):
    r["Sentence_id"] = f"sup{i:03d}"
with OUT.open("a", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["Sentence_id", "Text", "class_label", "genre", "kind"], delimiter="\t", lineterminator="\n")
    for r in keep:
        w.writerow(r)
print(
    len(old),
    "old rows;",
    len(keep),
    "added:",
    sum(r["class_label"] == "No" for r in keep),
    "No,",
    sum(r["class_label"] == "Yes" for r in keep),
    "Yes",
)
