#!/usr/bin/env python3
"""Round 72 (events72): write tests/gold/events_real72*.jsonl from the hand codes below and scripts/events72/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on these stories). From the project root, after branch news52's ``python scripts/wekareuters/fetch.py``."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 102)}
codes.update({
 # held out (wr-test-0039: a MITI official's trip to chip talks in Washington; wr-test-0115: officials arriving for
 # G-5 talks at the Treasury; wr-train-0627: a House chairman on a trade bill; wr-train-0955: a US trade trip to China)
 7: [E("CONSULT", ["JPN"], [])],            # headline: an official takes data to talks (other side not named)
 8: [E("CONSULT", ["JPN"], ["USA"]),        # leaves for Washington (a visit, round 71's "goes to")
     E("DISAPPROVE", ["USA"], ["JPN"])],    # US charges that Japan violated a pact
 9: [E("CONSULT", ["JPN", "USA"], ["USA", "JPN"])],  # groundwork for talks between two states' officials
 12: [E("DISAPPROVE", ["JPN"], ["USA"])],   # the US decision based on incorrect data (criticism)
 14: [E("DISAPPROVE", ["JPN"], ["USA"])],   # laid part of the blame on American firms (round 71: blame)
 15: [E("CONSULT", ["JPN"], ["USA"])],      # talks tomorrow and Friday, further talks with a US official
 17: [E("CONSULT", ["IGO"], [])],           # headline: officials arrive for G-5 talks (a body's meeting)
 18: [E("CONSULT", ["IGO"], [])],           # officials arrived to open the G-5 meeting
 19: [E("CONSULT", ["DEU", "FRA"], ["DEU", "FRA", "USA"])],  # named states' ministers arriving for the meeting
 20: [E("CONSULT", ["JPN", "GBR"], ["JPN", "GBR", "USA"])],  # the same
 24: [E("CONSULT", ["ITA", "USA"], ["USA", "ITA"])],  # an Italian minister met the Treasury secretary
 25: [E("CONSULT", ["USA", "ITA"], ["ITA", "USA"]),   # "at those talks"
      E("REJECT", ["ITA"], ["IGO"])],       # declined to attend a G-7 meeting (boycott)
 42: [E("DEMAND", ["USA"], ["USA"])],       # a committee chairman: Congress must avoid a bill (round 62/69 domestic)
 44: [E("THREATEN", ["USA"], [])],          # would back a warning to other countries (unnamed) to open markets
 46: [E("DEMAND", ["USA"], [])],            # quoted: reasonable to ask the nations (unnamed) to open up
 75: [E("AGREE", ["USA"], ["CHN"])],        # headline: plans a trip to China (036, intent to meet: AGREE)
 76: [E("AGREE", ["USA"], ["CHN"])],        # a planned summer visit to China for trade issues
 # development
 1: [E("THREATEN", ["USA"], ["JPN"])],      # headline: threatened US sanctions on Japan
 2: [E("THREATEN", ["USA"], ["JPN"]),       # threatened trade sanctions
     E("CONSULT", ["JPN"], ["USA"])],       # a Japanese team left for Washington (a visit)
 4: [E("DEMAND", ["USA"], ["JPN"])],        # the US hopes Japan will take steps (an appeal)
 6: [E("THREATEN", ["USA"], [])],           # cooperate or Congress acts through protectionist law (addressee unnamed)
 28: [E("DEMAND", ["CAN"], ["DEU", "JPN"])],  # two states "could do a little more" (round 71: tells X to do more)
 30: [E("CONSULT", ["GBR", "FRA", "CAN", "DEU"], ["GBR", "FRA", "CAN", "DEU", "USA"])],  # ministers back at the talks
 31: [E("CONSULT", ["JPN", "DEU"], ["DEU", "JPN"])],  # earlier G-5 talks, two named sides
 34: [E("CONSULT", ["IGO"], [])],           # a G-7 meeting under way (a body's meeting)
 38: [E("DEMAND", ["IGO"], ["USA"])],       # the producers' association chairman appealed to the US
 58: [E("INVESTIGATE", ["IGO"], ["CAN"])],  # headline: GATT sets up a dispute panel on a Canadian matter
 59: [E("INVESTIGATE", ["IGO"], ["CAN"]),   # the Council set up a panel to examine ...
      E("DISAPPROVE", ["USA"], ["CAN"])],   # ... a US complaint against a Canadian law
 61: [E("DISAPPROVE", ["USA"], ["CAN"])],   # the US ambassador charged Canada
 63: [E("AGREE", ["CAN"], ["IGO"])],        # Canada's delegate agreed to the panel (the denial before: no event)
 83: [E("DISAPPROVE", ["AUS"], ["USA"])],   # headline: a state attacks a US exemption
 84: [E("DISAPPROVE", ["AUS"], ["USA"]),    # accused the US of protectionism
      E("DEMAND", ["AUS"], ["USA"])],       # called for an end to its exemption
 85: [E("DEMAND", ["AUS"], ["USA", "IGO"])],  # its GATT delegate made the appeal at the GATT meeting
 86: [E("DISAPPROVE", ["AUS"], ["USA"])],   # the delegation's statement: US actions contradict its goals
 87: [E("DISAPPROVE", ["AUS"], ["USA"])],   # the US waiver a basic flaw
 88: [E("DISAPPROVE", ["AUS"], ["USA"])],   # waiver used to justify dubious measures by the US
 93: [E("AGREE", ["USA"], [])],             # agreed to offer the waiver in the round of talks (intent)
 97: [E("AGREE", ["FRA", "SRB"], ["SRB", "FRA"])],  # headline: two states' commission to boost trade
 98: [E("AGREE", ["FRA", "SRB"], ["SRB", "FRA"])],  # agreed to set up a joint commission (round 55/64: AGREE)
 99: [E("CONSULT", ["FRA", "SRB"], ["SRB", "FRA"]),  # talks between two ministers
      E("AGREE", ["FRA", "SRB"], ["SRB", "FRA"])],   # the commission agreed during them
 100: [E("AGREE", ["FRA", "SRB"], ["SRB", "FRA"])],  # both sides agreed that trade must grow
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("/work/wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events72/draw.txt").read_text().splitlines():
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
    item = {"id": f"r72-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real72.jsonl", dev), ("events_real72_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
