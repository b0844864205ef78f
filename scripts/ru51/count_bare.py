"""Round 51: count ministry / Kremlin speakers and particle-ended source spans in the Russian golds' dev parts.

Prints, for every attributions_ru_real* development file, each gold record whose source span (read from the
article) holds "МИД", "Минобороны", "Кремл" or "министерств", or ends in a particle (же, ведь, то, мол), with
the gold speaker, type and country; then a count per (bare?, type, country). Offsets and labels only, no text
beyond the source phrase (a name or an office).
"""
from __future__ import annotations

import glob
import json
import re
from pathlib import Path

BODY = re.compile(r"МИД|Минобороны|Кремл|министерств", re.IGNORECASE)
BARE = re.compile(r"(?:(?:в|во|из|у)\s+)?(?:МИД\w*|Минобороны|Кремл\w*)", re.IGNORECASE)
PARTICLE = re.compile(r"\s(?:же|ведь|то|мол)$", re.IGNORECASE)


def main() -> None:
    counts: dict[str, int] = {}
    particles = 0
    for path in sorted(glob.glob("tests/gold/attributions_ru_real*.jsonl")):
        if path.endswith("_heldout.jsonl"):
            continue
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = (Path("../shared") / rec["path"]).read_text(encoding="utf-8")
            for a in rec["attributions"]:
                src = " ".join(text[s:e] for s, e in a["source"]).strip()
                if PARTICLE.search(src):
                    particles += 1
                    print(Path(path).stem, Path(rec["path"]).stem, "PARTICLE-END", repr(_short(src)))
                if not BODY.search(src):
                    continue
                bare = bool(BARE.fullmatch(src))
                key = f"{'bare' if bare else 'qualified'} {a['source_type']} {a['country']}"
                counts[key] = counts.get(key, 0) + 1
                print(Path(path).stem, Path(rec["path"]).stem, repr(_short(src)), "->", a["speaker"], a["source_type"],
                      a["country"])
    print("source spans ending in a particle:", particles)
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(v, k)


def _short(phrase: str) -> str:
    """At most five words of a source span: no run of article text is committed."""
    words = phrase.split()
    return " ".join(words[:5]) + (" …" if len(words) > 5 else "")


if __name__ == "__main__":
    main()
