#!/usr/bin/env python3
"""Round 71 (events71): write tests/gold/events_real71*.jsonl from the hand codes below and scripts/events71/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story). From the project
root, after branch news52's ``python scripts/wekareuters/fetch.py``."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 113)}
codes.update({
 # held out (wr-test-0015: a farm ministry against US market demands; wr-train-0366: a US council on Canada's
 # trade talks; wr-train-0898: a finance minister blaming the US for failed coffee talks; wr-train-1012: a US
 # official urging Japan on its surplus)
 2: [E("DEMAND", ["USA"], ["JPN"])],        # the ministry angered by US demands that Japan open a market
 4: [E("DISAPPROVE", ["JPN"], ["USA"])],    # an official: not reasonable for the US to demand it (criticism)
 5: [E("THREATEN", ["JPN"], ["USA"])],      # a minister: if the US insists, Japan opens another market too
 8: [E("DEMAND", ["USA"], ["JPN"])],        # a US secretary will ask Japan to offer a market share
 14: [E("DEMAND", ["USA"], ["IGO"])],       # the US asked GATT to investigate Japan's import controls
 15: [E("DEMAND", ["JPN"], ["JPN"])],       # a domestic business federation urged its government (round 62/69)
 60: [E("CONSULT", ["USA", "CAN"], ["CAN", "USA"])],  # negotiators of two states opened talks
 66: [E("SANCTION", ["USA"], ["CAN"])],     # a duty the US imposed on a neighbour's exports
 68: [E("REJECT", ["USA"], ["CAN"])],       # the US rejection of a neighbour's sovereignty claim
 82: [E("DISAPPROVE", ["COL"], ["USA"])],   # headline: a state blasts the US
 83: [E("DISAPPROVE", ["COL"], ["USA"])],   # its minister blamed the US position
 84: [E("DISAPPROVE", ["COL"], ["USA"])],   # quoted: the US position more inflexible
 85: [E("DISAPPROVE", ["USA", "BRA"], ["BRA", "USA"])],  # two states blaming each other
 86: [E("DISAPPROVE", ["COL"], [])],        # deploring intransigent attitudes (no side named)
 87: [E("DISAPPROVE", ["COL"], ["USA"])],   # the US attitude will have serious consequences (criticism)
 92: [E("DEMAND", ["USA"], ["JPN"])],       # headline: the US tells Japan to do more
 93: [E("DEMAND", ["USA"], ["JPN"])],       # an undersecretary urged Japan
 94: [E("DEMAND", ["USA"], ["JPN"])],       # quoted: the message to Japan, much needs to be done
 95: [E("DEMAND", ["USA"], [])],            # quoted: what we need is ... (addressee not in the sentence)
 96: [E("DEMAND", ["USA"], ["JPN"])],       # he urged Tokyo to stimulate demand
 99: [E("DISAPPROVE", ["USA"], ["JPN"])],   # an accusation: Japanese producers still dumping (named by their state)
 # development
 23: [E("CONSULT", ["IGO"], ["USA"])],      # headline: a GATT official meets US farm leaders
 24: [E("CONSULT", ["IGO"], ["USA"])],      # in Washington to meet congressional and administration officials
 25: [E("CONSULT", ["IGO"], ["USA"])],      # met members of a House committee
 26: [E("DISAPPROVE", ["IGO"], [])],        # expressed concern over protectionism (no side named)
 28: [E("REJECT", ["USA"], ["IGO"])],       # members told him they can't eliminate subsidies unilaterally
 29: [E("DISAPPROVE", ["USA"], ["JPN"])],   # lawmakers' frustration with Japan's import policy
 30: [E("CONSULT", ["IGO"], ["USA"])],      # later today will meet Senate members and a State official
 31: [E("CONSULT", ["IGO"], ["USA"])],      # tomorrow to meet committees, before visiting a secretary
 32: [E("CONSULT", ["IGO"], ["CAN"])],      # goes to Canada later this week
 43: [E("DISAPPROVE", ["CRI"], [])],        # a minority producer spokesman: the big producers' stance is not fair
 48: [E("REJECT", ["BRA"], [])],            # Brazil unwilling to accept any proposal cutting its share
 74: [E("DISAPPROVE", ["IGO"], ["USA", "JPN"])],  # an EC complaint against a US-Japanese agreement
 78: [E("DISAPPROVE", ["IGO"], ["JPN", "USA"])],  # the EC complained the accord breached GATT rules
 79: [E("DISAPPROVE", ["IGO"], ["USA", "JPN"])],  # the Community also charged the agreement ...
 80: [E("SUPPORT", ["HKG", "CAN", "CHE", "SGP", "SWE", "MYS", "NGA"], ["IGO"])],  # nations supported the complaint
 81: [E("CONSULT", ["JPN", "USA"], ["USA", "JPN"])],  # willing to continue bilateral talks (the denial: no event)
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("/work/wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events71/draw.txt").read_text().splitlines():
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
    item = {"id": f"r71-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real71.jsonl", dev), ("events_real71_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
