"""Markdown rows from ``decide.py combine`` logs (scripts/tech24/results/*_combine.log)."""
from __future__ import annotations

import ast
import sys


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        name, rest = line.split(" ", 1)
        if name == "POOLED":
            continue
        d = ast.literal_eval(rest[rest.index("{"):])
        p, n = d["plain"], d["news"]
        print(f"| {name} | {p['base']:.4f} -> {p['new']:.4f} | {n['base']:.4f} -> {n['new']:.4f} | "
              f"{d['reporting'][1]:.4f} -> {d['reporting'][2]:.4f} | {d['opinion'][1]:.4f} -> {d['opinion'][2]:.4f} |")


if __name__ == "__main__":
    main()
