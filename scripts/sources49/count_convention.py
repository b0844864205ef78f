"""Round 49: which convention older source golds follow for private speakers of a story set abroad (a heuristic).

An article's story country is the most common country of its government/politician speakers (else of any
speaker); only articles whose story country is not AU count. Each distinct person/organization speaker (by name,
else surface) is counted as "story" (the story's country), "null" (no country) or "other".

    python scripts/sources49/count_convention.py [-v]
"""

from __future__ import annotations

import collections
import glob
import json
import sys


def verdict(st: collections.Counter[str]) -> str:
    if st["story"] > st["null"]:
        return "story"
    return "null" if st["null"] > st["story"] else "tie"


def main() -> None:
    per: dict[str, collections.Counter[str]] = {}
    for f in sorted(glob.glob("tests/gold/sources_real*.jsonl")):
        st: collections.Counter[str] = collections.Counter()
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                sp = art["speakers"]
                govc = collections.Counter(s["country"] for s in sp
                                           if s["type"] in ("government", "politician") and s["country"])
                allc = collections.Counter(s["country"] for s in sp if s["country"])
                if not allc:
                    continue
                story = (govc or allc).most_common(1)[0][0]
                if story == "AU":
                    continue
                seen = set()
                for s in sp:
                    key = s["name"] or s["surface"]
                    if s["type"] not in ("person", "organization") or key in seen:
                        continue
                    seen.add(key)
                    c = s["country"]
                    st["story" if c == story else "null" if c is None else "other"] += 1
                    if "-v" in sys.argv:
                        print(f.split("/")[-1], art["id"], story, s["type"], key, c)
        per[f.split("/")[-1]] = st
    total: collections.Counter[str] = collections.Counter()
    for f, st in per.items():
        print(f, dict(st), verdict(st))
        total += st
    print(total)
    print(collections.Counter(verdict(st) for st in per.values() if st))


if __name__ == "__main__":
    main()
