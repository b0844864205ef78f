#!/usr/bin/env python3
"""Round 78 (events78): write tests/gold/events_real78*.jsonl from the hand codes below and scripts/events78/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on them). From the project root, after branch news52's ``python scripts/wekareuters/fetch.py``."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 151)}
codes.update({
 # Conventions (rounds 36-77, see README): statistics, forecasts, market reports and analysts' views, a state's own
 # measures and budgets, legislative steps (a committee's vote, a bill drafted, introduced, an amendment, a meeting
 # scheduled or delayed): no event; declining comment: no event (CAMEO 011 has no PLOVER type); commercial acts
 # (investment, a sale to a nationality's "interests"): no event; firms, brokers, industry councils named by no
 # state: no code; a US body's criticism or urging of a US body at home: USA (rounds 62/69/74), the target left
 # open where the body is not named in the sentence; a multilateral meeting of named states: CONSULT all to all
 # (round 72); asking a lender for aid: DEMAND (CAMEO 02 has no PLOVER type; round 72's "asked GATT").
 # development
 41: [E("DISAPPROVE", ["USA"], [])],       # quoted (the staffer, sentence before): the management was atrocious
 48: [E("DISAPPROVE", ["USA"], [])],       # the committee held the shared management counter-productive
 83: [E("CONSULT", ["USA", "DEU", "FRA", "GBR", "JPN", "CAN"],
        ["USA", "DEU", "FRA", "GBR", "JPN", "CAN"])],  # named states met in Paris to discuss currencies
 88: [E("DEMAND", ["USA"], [])],           # the administration urged that the bill be widened (addressee implied)
 95: [E("DEMAND", ["USA"], [])],           # a farm department source: something must be done quickly
 96: [E("REJECT", ["USA"], [])],           # the widening opposed at a subcommittee hearing, its chairman quoted
 97: [E("DISAPPROVE", ["USA"], [])],       # national farm groups voiced strong opposition to the provision
 # held out (wr-test-0378: a lender's terms for a state's programme; wr-train-0403: a producers' congress;
 # wr-train-0452: forecasts of unemployment, a prime minister on the budget)
 30: [E("AGREE", ["IGO"], ["LKA"])],       # headline: the lender to support the state if deficits are cut (033)
 31: [E("AGREE", ["IGO"], ["LKA"])],       # will support the programme provided deficits are reduced (033)
 32: [E("CONSULT", ["IGO", "LKA"], ["LKA", "IGO"]),  # the lender's president met the finance minister
      E("DEMAND", ["IGO"], ["LKA"])],      # and stressed the need for structural reform
 34: [E("DEMAND", ["LKA"], ["IGO"])],      # the minister asked the lender for payments support
 61: [E("DEMAND", ["JPN"], [])],           # the prime minister: the record rate shows the budget must pass (domestic)
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("/work/wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events78/draw.txt").read_text().splitlines():
    parts = line.split()
    if len(parts) != 5 or line.startswith("#") or parts[1] not in ("dev", "HELD"):
        continue
    n = int(parts[0])
    path = parts[2]
    s, e = int(parts[3]), int(parts[4])
    rel = path.replace("../wekareuters/", "")
    data = pathlib.Path("/work/wekareuters/" + rel).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert sha == man[rel]
    item = {"id": f"r78-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real78.jsonl", dev), ("events_real78_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
