"""Round 25 (narr25), a diagnostic that decides nothing: where the reported sub-narratives' precision is lost, from
the records of scripts/narr25/support_cache.py at the shipped bar (SUPPORT_MIN 0.1). Each reported sub-narrative
(not "<narrative>: Other") is counted under: its narrative not in the gold (the coarse decision is wrong), or its
narrative in the gold and the sub-narrative in the gold (right) or not (a wrong sibling); and the same split by
best-sentence support score (under 0.3, 0.3-0.5, 0.5 and over).
Usage: python scripts/narr25/sub_diag.py RECORDS.json..."""

import json
import sys
from pathlib import Path

BINS = ((0.0, 0.3), (0.3, 0.5), (0.5, 1.01))


def main():
    for path in sys.argv[1:]:
        records = json.loads(Path(path).read_text())["records"]
        tally = {"wrong narrative": 0, "right": 0, "wrong sibling": 0}
        by_bin = {b: dict.fromkeys(tally, 0) for b in BINS}
        gold_subs = articles = 0
        for rec in records.values():
            articles += 1
            gold_subs += sum(not f.endswith(": Other") and f != "Other" for f in rec["gold_fine"])
            if rec.get("neither"):
                continue
            for lab in rec["narratives"]:
                for f, _, s in rec["subs"].get(lab, []):
                    if f.endswith(": Other") or (s is not None and s < 0.1):
                        continue
                    kind = (
                        "wrong narrative"
                        if lab not in rec["gold_coarse"]
                        else "right"
                        if f in rec["gold_fine"]
                        else "wrong sibling"
                    )
                    tally[kind] += 1
                    for lo, hi in BINS:
                        if s is not None and lo <= s < hi:
                            by_bin[(lo, hi)][kind] += 1
        n = sum(tally.values())
        print(
            f"{Path(path).stem}: {n} reported sub-narratives ({n / articles:.2f} per article; gold "
            f"{gold_subs / articles:.2f}): " + ", ".join(f"{k} {v} ({v / max(n, 1):.2f})" for k, v in tally.items())
        )
        for b, t in by_bin.items():
            m = sum(t.values())
            print(
                f"    support {b[0]}-{min(b[1], 1.0)}: {m}: "
                + ", ".join(f"{k} {v / max(m, 1):.2f}" for k, v in t.items())
            )


if __name__ == "__main__":
    main()
