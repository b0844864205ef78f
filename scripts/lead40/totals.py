#!/usr/bin/env python3
"""Totals of a scripts/lead40/figures.sh output: mean actors precision / recall, events records fully correct."""

from __future__ import annotations

import re
import sys


def main(path: str) -> None:
    precision = recall = 0.0
    sets = 0
    events: list[tuple[float, int]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if fields and fields[0].startswith("actors_real") and len(fields) == 4:
                precision += float(fields[1])
                recall += float(fields[2])
                sets += 1
            found = re.search(r"full_correct=([\d.]+).* n=(\d+)", line)
            if found and line.startswith("events_real"):
                events.append((float(found.group(1)), int(found.group(2))))
    right = sum(round(score * n) for score, n in events)
    total = sum(n for _, n in events)
    if not sets:  # an events-only figures file (scripts/events59/figures.sh)
        print(f"events {len(events)} sets records full {right}/{total}")
        return
    print(f"actors {sets} sets mean P {precision / sets:.3f} R {recall / sets:.3f}; "
          f"events {len(events)} sets records full {right}/{total}")


if __name__ == "__main__":
    main(sys.argv[1])
