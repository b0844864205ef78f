"""The tagger variants trained on the GPU (scripts/tech28/device.py), by recipe and seed:

    python scripts/tech28/summary.py scripts/tech28/results/call1.json scripts/tech28/results/call2.json

ST3 micro-F1 cross-fitted on the 87 validation articles (thresholds fitted on one half, scored on the other,
`crossfit_st3`, for the paragraph source the run chose), and the validation ST3 / PTC SI / PTC TC with everything
fitted on those articles (optimistic).
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path


def main(paths: list[str]) -> None:
    rows: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for path in paths:
        for run in json.loads(Path(path).read_text(encoding="utf-8")).values():
            t = run["training"]
            recipe = f"negative_keep {t['negative_keep']}, {t['epochs']} epochs"
            rows[recipe].append((t["seed"], run))
    print("| recipe | seed | ST3 cross-fitted | ST3 fitted | SI fitted | TC fitted |")
    print("|---|---:|---:|---:|---:|---:|")
    for recipe, runs in sorted(rows.items()):
        for seed, run in sorted(runs, key=lambda r: r[0]):
            cross = run["st3_crossfit_by_source"][run["paragraph_source"]]
            print(f"| {recipe} | {seed} | {cross:.4f} | {run['st3_micro_f1']:.4f} | {run['ptc_si_f1']:.4f} | "
                  f"{run['ptc_tc_micro_f1']:.4f} |")
        mean = statistics.mean(r["st3_crossfit_by_source"][r["paragraph_source"]] for _, r in runs)
        lo = min(r["st3_crossfit_by_source"][r["paragraph_source"]] for _, r in runs)
        si = statistics.mean(r["ptc_si_f1"] for _, r in runs)
        tc = statistics.mean(r["ptc_tc_micro_f1"] for _, r in runs)
        print(f"| **{recipe}: mean of {len(runs)}** | | **{mean:.4f}** (min {lo:.4f}) | | {si:.4f} | {tc:.4f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
