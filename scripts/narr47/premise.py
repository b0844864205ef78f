"""Round 47 (narr47), a diagnostic (decides nothing; no model involved): on the SemEval-2025 gold, how often a URW
document the side lexicon reads as written against Russia still holds a pro-Russian narrative, against the rate
on every URW document. Usage: python scripts/narr47/premise.py [SIDE_MIN]. Counts only, no text printed."""

import sys
from pathlib import Path

import side47 as side

DATA = Path("/work/shared/data/semeval2025_task10")
if len(sys.argv) > 1:
    side.SIDE_MIN = int(sys.argv[1])
for lang in ["EN", "RU", "BG", "PT", "HI"]:
    urw = urw_p = fired = fired_p = any_ukr = any_ukr_p = 0
    for line in (DATA / lang / "subtask-2-annotations.txt").read_text(encoding="utf-8").splitlines():
        name, coarse, _ = line.split("\t")
        labels = coarse.split(";")
        text = (DATA / lang / "raw-documents" / name).read_text(encoding="utf-8")
        if "_UA_" not in name and "_URW_" not in name and not any(c.startswith("URW") for c in labels):
            continue
        has_p = any(c in side.PRO_RUSSIAN for c in labels)
        urw += 1
        urw_p += has_p
        if side.written_against_russia(text):
            fired += 1
            fired_p += has_p
        if side.side_counts(text)[1] > 0:
            any_ukr += 1
            any_ukr_p += has_p
    print(f"{lang}: URW-side documents {urw}, gold has a pro-Russian narrative {urw_p}; "
          f"read as against Russia {fired}, of which gold has one {fired_p}; "
          f"with the other side's wording {any_ukr}, of which gold has one {any_ukr_p}")
