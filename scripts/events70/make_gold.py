#!/usr/bin/env python3
"""Write round 70's event gold from hand codes (``tests/gold/events_real70.jsonl`` and ``..._heldout.jsonl``).

The codes below were made by reading each sentence of ``draw.txt`` in its page (no spinscope output seen). Every
sentence with an act between political actors is coded (``CODES``, keyed by the draw's sentence number); of the
other sentences of each page a sample of ``NONE_PER_PAGE`` by ``random.Random(70)`` enters the gold with no event.
Held-out pages are the draw's own (``HELD``). Offsets and sha256 are checked against ``../webnews/MANIFEST.tsv``; no
article text is stored.

    python scripts/events70/make_gold.py
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
NONE_PER_PAGE = 4
U = "USA"

#: draw number -> [(event, sources, targets)]; an empty target list accepts any target.
CODES: dict[int, list[tuple[str, list[str], list[str]]]] = {
    # cnn_test_nlp (dev): a former secretary defending and, with another, recommending the president-elect's pick
    158: [("SUPPORT", [U], [U])],
    161: [("SUPPORT", [U], [U])],
    # huffingtonPost2 (dev): a federal judge blocking sections of a state law ("blocked a declaration" = REJECT)
    232: [("REJECT", [U], [U])],
    # testHuffingtonPost (dev): a regional Fed president criticising the Fed's policy, dissenting, urging a rise
    252: [("DISAPPROVE", [U], [U])],
    253: [("DISAPPROVE", [U], [U])],
    255: [("DISAPPROVE", [U], [U])],
    256: [("DISAPPROVE", [U], [U])],
    262: [("DISAPPROVE", [U], [])],
    273: [("DISAPPROVE", [U], [U])],
    275: [("DISAPPROVE", [U], [U])],
    278: [("DISAPPROVE", [U], [U])],
    302: [("DEMAND", [U], [U])],
    308: [("DISAPPROVE", [U], [U])],
    # yahoo (dev): a company swept up in a federal regulator's inquiry (the state's event, no target: round 66)
    412: [("INVESTIGATE", [U], [])],
    # cnn_002 (held out): a former president, a state attorney general, her office's lawyer and a state judge
    18: [("DISAPPROVE", [U], [U])],
    20: [("THREATEN", [U], [U])],
    23: [("DISAPPROVE", [U], [U])],
    24: [("DISAPPROVE", [U], [U])],
    27: [("DISAPPROVE", [U], [])],
    28: [("DISAPPROVE", [U], [U])],
    29: [("DISAPPROVE", [U], [])],
    30: [("DISAPPROVE", [U], [U])],
    31: [("DISAPPROVE", [U], [U])],
    32: [("DISAPPROVE", [U], [U])],
    33: [("DISAPPROVE", [U], [U])],
    34: [("INVESTIGATE", [U], [U])],
    35: [("DISAPPROVE", [U], [])],
    37: [("DISAPPROVE", [U], [U])],
    38: [("DEMAND", [U], [U])],
    39: [("THREATEN", [U], [U])],
    40: [("DISAPPROVE", [U], [U])],
    45: [("DEMAND", [U], [])],
    47: [("DISAPPROVE", [U], [])],
    53: [("INVESTIGATE", [U], [U])],
    54: [("INVESTIGATE", [U], [U])],
    56: [("INVESTIGATE", [U], [U])],
    59: [("INVESTIGATE", [U], [U])],
    64: [("DISAPPROVE", [U], [U])],
    66: [("DISAPPROVE", [U], [U])],
    75: [("INVESTIGATE", [U], [U])],
    80: [("INVESTIGATE", [U], [U])],
    81: [("DISAPPROVE", [U], [U])],
    83: [("DISAPPROVE", [U], [U])],
}


def main() -> None:
    manifest = {}
    for line in (ROOT.parent / "webnews" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        rel, _chars, sha = line.split("\t")
        manifest[f"../webnews/{rel}"] = sha
    rows = []
    for line in (ROOT / "scripts" / "events70" / "draw.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0].isdigit():
            rows.append((int(parts[0]), parts[1] == "HELD", parts[2], int(parts[3]), int(parts[4])))
    unknown = set(CODES) - {r[0] for r in rows}
    assert not unknown, unknown
    keep = set(CODES)
    rng = random.Random(70)
    for page in sorted({r[2] for r in rows}):
        rest = sorted(r[0] for r in rows if r[2] == page and r[0] not in CODES)
        keep |= set(rng.sample(rest, min(NONE_PER_PAGE, len(rest))))
    out: dict[bool, list[str]] = {False: [], True: []}
    for num, held, rel, start, end in rows:
        if num not in keep:
            continue
        data = (SHARED / rel).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        assert sha == manifest[rel], rel
        assert 0 <= start < end <= len(data.decode("utf-8")), (rel, start, end)
        events = [{"event": e, "source": s, "target": t} for e, s, t in CODES.get(num, [])]
        out[held].append(json.dumps({"id": f"r70-{num:03d}", "path": rel, "sha256": sha, "start": start, "end": end,
                                     "events": events}))
    for held, name in ((False, "events_real70.jsonl"), (True, "events_real70_heldout.jsonl")):
        (ROOT / "tests" / "gold" / name).write_text("\n".join(out[held]) + "\n", encoding="utf-8")
        print(name, len(out[held]), "sentences,", sum(1 for x in out[held] if '"events": []' not in x), "with events")


if __name__ == "__main__":
    main()
