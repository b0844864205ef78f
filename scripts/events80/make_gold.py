#!/usr/bin/env python3
"""Round 80 (events80): write tests/gold/events_real80*.jsonl from the hand codes below and scripts/events80/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on them). From the project root, with ../wekareuters beside it (branch news52's
``scripts/wekareuters/fetch.py``)."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 145)}
codes.update({
 # Conventions (rounds 36-79, see README): statistics, reserve and money tables, forecasts, market reports and
 # analysts' views: no event; a state's own measures (a cabinet ratifying spending advice, a minister accepting a
 # commission's advice to block takeover bids, a state cutting its tariffs or halting its own exports, a central
 # bank buying dollars): no event; private parties (a farmers' union worried about a firm's owners, asking bidders
 # for undertakings, its committee meeting): no event (round 70's private parties); a war, a pact or a meeting named
 # as background or as a time mark: no event; a body's meeting reported as held: CONSULT `IGO` (round 72); the
 # Group of Seven is `IGO` (round 72); pressing a state to act: DEMAND (= REQUEST, round 51); citizens' protests
 # against their own government: PROTEST, domestic (rounds 62/67).
 # development
 30: [E("PROTEST", ["ZMB"], ["ZMB"])],      # last year's riots over a staple's price (deaths): citizens vs. state
 31: [E("CONCEDE", ["ZMB"], ["ZMB"]),       # the president later reversed that price rise (yielding, domestic)
      E("DEMAND", ["IGO"], ["ZMB"])],       # the fund's pressure on the state to cut its subsidy bill
 36: [E("AGREE", ["IGO"], [])],             # the seven reaffirmed their currency pact (their own act at the talks)
 37: [E("CONSULT", ["IGO"], [])],           # the seven's meeting held today (a body's meeting)
 47: [E("CONSULT", ["IGO"], [])],           # the seven discussed developing states' debt
 53: [E("CONSULT", ["IGO"], []),            # four hours of talks of the seven
      E("AGREE", ["IGO"], [])],             # their communique reaffirmed the pact's view
 # held out (wr-test-0522: a cattle disease and a southern African state's beef sales; wr-train-1006: an Asian
 # state's reserves; wr-train-1340: US money supply and economists)
 69: [E("SANCTION", ["BWA", "ZMB"], ["ZWE"])],  # two neighbours barred its beef and dairy imports (an embargo)
 95: [E("DEMAND", ["USA"], ["TWN"])],       # under US pressure to cut its trade surplus
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("../wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events80/draw.txt").read_text().splitlines():
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
    item = {"id": f"r80-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real80.jsonl", dev), ("events_real80_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
