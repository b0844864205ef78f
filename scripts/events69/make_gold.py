#!/usr/bin/env python3
"""Round 69 (events69): write tests/gold/events_real69*.jsonl from the hand codes below and scripts/events69/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its Reuters article). From the
project root, after ``python scripts/reuters/fetch.py``."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 93)}
codes.update({
 # held out (reut-00007: a Gulf minister on OPEC talks; reut-00008: an embassy report on a member's economy)
 19: [E("DISAPPROVE", ["KWT"], [])],       # a minister's challenge to any (uncoded) oil company accusing his state
 23: [E("DEMAND", ["ECU"], ["IGO"])],      # a deputy minister: his country wants OPEC to assign it a lower price
 36: [E("SUPPORT", ["IGO"], ["IDN"])],     # a state's economic changes welcomed by the World Bank (051 praise)
 46: [E("AID", ["IGO"], ["IDN"])],         # a World Bank loan in balance-of-payments support (071 economic aid)
 # development
 58: [E("AGREE", ["SAU"], ["IGO"])],       # an oil minister reiterating the kingdom's commitment to the OPEC accord
 71: [E("DEMAND", ["USA"], ["USA"])],      # headline: a (US) study group urges larger US reserves (round 62: a
 72: [E("DEMAND", ["USA"], ["USA"])],      #   domestic association's call is DEMAND, state to state); its lead
 74: [E("DEMAND", ["USA"], [])],           # the private group also called for research (no addressee named)
 77: [E("DEMAND", ["USA"], ["USA"])],      # reut-00019 repeats reut-00018's first five sentences
 78: [E("DEMAND", ["USA"], ["USA"])],
 80: [E("DEMAND", ["USA"], [])],
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("/work/reuters/MANIFEST.tsv").read_text().splitlines()}
dev, held = [], []
for line in pathlib.Path("scripts/events69/draw.txt").read_text().splitlines():
    parts = line.split()
    if len(parts) != 5 or line.startswith("#") or parts[1] not in ("dev", "HELD"):
        continue
    n = int(parts[0])
    path = parts[2]
    s, e = int(parts[3]), int(parts[4])
    rel = path.replace("../reuters/", "")
    data = pathlib.Path("/work/reuters/" + rel).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert sha == man[rel]
    item = {"id": f"r69-{n:02d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real69.jsonl", dev), ("events_real69_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
