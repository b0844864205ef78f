"""Figures of two guard runs side by side (scripts/sources45/results, TAG_A vs TAG_B): the summary numbers of
each gold file and PolNeAR half.   python scripts/sources45/compare.py base branch
Later rounds' compare.py call :func:`main` with their own results folder."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).parent / "results"
KEYS = ("found", "type_acc", "country_acc", "named_acc", "name_acc", "f1", "speaker_acc", "speaker")


def figures(path: Path) -> dict[str, float]:
    text = path.read_text() if path.exists() else ""
    out: dict[str, float] = {}
    for key in KEYS:
        m = re.findall(rf'"{key}":\s*([0-9.]+)', text)
        if m:
            out[key] = float(m[-1])
    for k, v in re.findall(r"\b(F1|P|R|speaker_acc|gold|pred)=([0-9.]+)", text):
        out[k] = float(v)
    if not out:
        start = text.rfind("{")
        try:
            out = {k: v for k, v in json.loads(text[start:]).items() if isinstance(v, float)}
        except ValueError:
            out = {"lines": float(len(text.splitlines()))}
    return out


def main(a: str, b: str, out: Path = OUT) -> None:
    for fa in sorted(out.glob(f"*_{a}.txt")):
        fb = out / fa.name.replace(f"_{a}.txt", f"_{b}.txt")
        x, y = figures(fa), figures(fb)
        flag = " ".join(f"{k}:{x[k]}->{y.get(k)}" for k in x if y.get(k) != x[k])
        print(f"{fa.name.split('_')[0]:6s} {flag or 'same'}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
