#!/usr/bin/env python3
"""Round 75 (events75): write tests/gold/events_real75*.jsonl from the hand codes below and scripts/events75/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on them). From the project root, after branch news52's ``python scripts/wekareuters/fetch.py``."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 171)}
codes.update({
 # Conventions (rounds 36-74, see README): law-making at home, a government's own inquiry into its industry and a
 # ministry's requests to its own firms have no second party: no event; a US official or group urging or criticising
 # a US body: state to state (rounds 62/69/71/74); commercial acts (bank loans, debt service, grain purchases, tenders)
 # and forecasts: no event; a denial: no event; an agreement named only as background: no event; acts of unnamed
 # blocs (an ICO's "producers" or "consumers") carry no record (no country code for a source).
 # held out (wr-train-0990: an oil minister on OPEC prices; wr-train-1000: officials on currency and trade shifts;
 # wr-train-1307: a House panel scaling back a farm provision)
 109: [E("CONSULT", ["IGO"], [])],          # quoted: the Gulf council meets often among its members
 161: [E("DISAPPROVE", ["USA"], ["USA"])],  # farm groups and members of Congress criticised the proposal
 # development
 29: [E("DEMAND", ["USA"], ["USA"])],       # a Fed governor: the government should cut the deficit (round 72 domestic)
 32: [E("CONSULT", ["USA"], ["CAN"])],      # a trade pact under negotiation with Canada
 48: [E("DISAPPROVE", ["USA"], ["JPN"])],   # US officials complained about Japanese chip sales
 62: [E("DEMAND", ["BRA"], [])],            # a Brazilian institute's head urged producers (unnamed) to stay calm
 74: [E("REJECT", ["BRA"], [])],            # consumers (unnamed) may not dictate quotas: turning their demand down
 79: [E("CONSULT", ["IGO"], [])],           # the ICO board meets on set dates (a body's meeting, round 72)
 80: [E("CONSULT", ["IGO"], [])],           # the board due to meet again in June
 88: [E("DEMAND", ["RUS"], ["USA"])],       # headline: more Soviet buying tied to price (a condition)
 89: [E("DEMAND", ["RUS"], ["USA"])],       # fulfilling the pact depends on the US (a condition)
 90: [E("DEMAND", ["RUS"], ["USA"])],       # quoted: the US must offer competitive prices
 91: [E("DEMAND", ["RUS"], ["USA"])],       # quoted: up to the US to offer such prices
 92: [E("DISAPPROVE", ["RUS"], ["USA"])],   # the US has not lived up to the pact (an accusation)
 96: [E("DEMAND", ["RUS"], ["USA"])],       # quoted: the US should supply set quantities
 97: [E("DEMAND", ["RUS"], ["USA"])],       # quoted question whether the US is ready to supply
 100: [E("DEMAND", ["RUS"], ["USA"])],      # quoted: the US must offer competitive wheat prices
 101: [E("REJECT", ["RUS"], ["USA"])],      # last year's US subsidised wheat offer was turned down
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("/work/wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events75/draw.txt").read_text().splitlines():
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
    item = {"id": f"r75-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real75.jsonl", dev), ("events_real75_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
