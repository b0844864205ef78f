#!/usr/bin/env python3
"""Round 79 (events79): write tests/gold/events_real79*.jsonl from the hand codes below and scripts/events79/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on them). From the project root, with ../wekareuters beside it (branch news52's ``scripts/wekareuters/fetch.py``)."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 181)}
codes.update({
 # Conventions (rounds 36-78, see README): statistics, export tables, forecasts, market reports and analysts' views,
 # a state's or a bloc's own measures (a central bank's deposit rules, a farm package its ministers agreed, a
 # commission's proposals withdrawn or planned), legislative steps (a package sent to Congress): no event; commercial
 # acts (purchases, imports stepped up, a debtor's suspended interest payments): no event; a denial, an opinion that
 # a meeting is not needed, a pact named as background (the Plaza accord, a cartel's pricing accord): no event; a
 # ministry's requests to its own exporters: no event (round 75); talks of unnamed producers and consumers: no
 # record (round 75); a conditional warning: THREATEN (rounds 71/73); criticism and charges of breaking rules:
 # DISAPPROVE (rounds 72/73); the EC, its commission, council and a lobby named by the bloc: IGO (rounds 71/73).
 # development
 61: [E("DISAPPROVE", ["USA"], ["IGO"])],   # headline: the US trade envoy attacks the bloc's proposed levy
 62: [E("THREATEN", ["USA"], ["IGO"])],     # warns of a trade row should the bloc's ministers pass the levy
 64: [E("DISAPPROVE", ["USA"], ["IGO"]),    # quoted: the levy is not acceptable
      E("THREATEN", ["USA"], ["IGO"])],     # and its passage would force the US to defend its trade rights
 65: [E("DISAPPROVE", ["USA"], ["IGO"])],   # the levy would breach the bloc's GATT duties (a charge)
 67: [E("DISAPPROVE", ["USA"], ["IGO"])],   # quoted: astonished at a provocative proposal by the commission
 68: [E("DISAPPROVE", ["USA"], [])],        # quoted: a confrontational course serves no purpose (no side named)
 71: [E("CONSULT", ["IDN"], ["IDN"])],      # the energy minister met his president (round 73's at-home meeting)
 151: [E("REJECT", ["BRA"], [])],          # a dealer: the state would not accept the rule change others sought
 153: [E("THREATEN", ["BRA"], [])],         # the state hinted it could outsell everyone and others would suffer
 # held out (wr-train-0304: the bloc's steel plan; wr-train-0637: a newsletter on Soviet meal imports;
 # wr-train-0979: a US farm package sent to Congress)
 54: [E("CONSULT", ["IGO"], [])],           # the bloc's ministers meet on a set date to discuss the idea
 59: [E("DEMAND", ["IGO"], ["IGO"])],       # the bloc's steel lobby: it needs the commission's backing (an appeal)
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("../wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events79/draw.txt").read_text().splitlines():
    parts = line.split()
    if len(parts) != 5 or line.startswith("#") or parts[1] not in ("dev", "HELD"):
        continue
    n = int(parts[0])
    path = parts[2]
    s, e = int(parts[3]), int(parts[4])
    rel = path.replace("../wekareuters/", "")
    data = pathlib.Path("../wekareuters/" + rel).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert sha == man[rel]
    item = {"id": f"r79-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real79.jsonl", dev), ("events_real79_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
