#!/usr/bin/env python3
"""Round 68 (events68): write tests/gold/events_real68*.jsonl from the hand codes below and scripts/events68/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its article). From the project root."""
import json, hashlib, pathlib
E = lambda ev, s, t: {"event": ev, "source": s, "target": t}
codes = {n: [] for n in range(1, 19)}
codes.update({
 5: [E("COERCE", ["SAU"], ["SAU"])],        # a ministry holding (detaining) a national: 173
 6: [E("INVESTIGATE", ["SAU"], ["SAU"])],   # authorities questioning the detainee (rounds 36-66: questioning is 091)
 11: [E("DISAPPROVE", ["GBR"], ["GBR"])],   # held out: a prince endorsing a charge of spying against an officer
 12: [E("REJECT", ["GBR"], ["GBR"])],       # held out: refusing to talk to one's own (police) protection officers
})
man = {l.split("\t")[0]: l.split("\t")[2].strip() for l in open("/work/lee/MANIFEST.tsv")}
dev, held = [], []
for line in open("scripts/events68/draw.txt"):
    parts = line.split()
    if len(parts) != 5 or line.startswith("#") or parts[1] not in ("dev", "HELD"): continue
    n = int(parts[0]); path = parts[2]; s, e = int(parts[3]), int(parts[4])
    rel = path.replace("../lee/", "")
    data = pathlib.Path("/work/lee/" + rel).read_bytes()
    sha = hashlib.sha256(data).hexdigest(); assert sha == man[rel]
    item = {"id": f"r68-{n:02d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real68.jsonl", dev), ("events_real68_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
