#!/usr/bin/env python3
"""Round 73 (events73): write tests/gold/events_real73*.jsonl from the hand codes below and scripts/events73/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story). From the project
root, after branch news52's ``python scripts/wekareuters/fetch.py``."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
BOTH = lambda ev, a, b: E(ev, [a, b], [b, a])  # noqa: E731
codes: dict[int, list[dict]] = {n: [] for n in range(1, 100)}
codes.update({
 # held out (wr-test-0206: a Gulf war communique on a battle near a port; wr-train-0201: the EC's anti-dumping
 # enquiry into Soviet sales; wr-train-1506: a US farm group on a Canadian tribunal's ruling)
 7: [E("FIGHT", ["IRQ"], ["IRN"])],         # headline: troops pushing back the other side's forces
 8: [E("FIGHT", ["IRQ"], ["IRN"]),          # troops pushing the other side's forces out of positions
     E("FIGHT", ["IRN"], ["IRQ"])],         # ... which launched a new offensive
 9: [E("FIGHT", ["IRQ"], ["IRN"])],         # troops won a victory, continue to advance (target from the story)
 10: [E("FIGHT", ["IRQ"], ["IRN"]),         # foiled a thrust
      E("FIGHT", ["IRN"], ["IRQ"])],        # the other side occupied ground, divisions attacked
 11: [E("FIGHT", ["IRQ"], ["IRN"])],        # guards under assault from warplanes and artillery (source from the story)
 12: [E("FIGHT", ["IRQ"], ["IRN"])],        # quoted: forces continue their advance
 13: [E("FIGHT", ["IRN"], ["IRQ"])],        # troops killed or wounded soldiers of the other side
 14: [E("FIGHT", ["IRQ"], ["IRN"])],        # planes destroyed oil installations in a raid
 16: [BOTH("FIGHT", "IRQ", "IRN")],         # a naval battle (parties from the story); 15, a denial: no event
 17: [E("FIGHT", ["IRQ"], ["IRN"]),         # naval units sank boats
      E("FIGHT", ["IRN"], ["IRQ"])],        # ... boats attempting to attack a terminal
 60: [E("INVESTIGATE", ["IGO"], ["RUS"])],  # headline: the EC opens an anti-dumping enquiry (Soviet Union = RUS)
 61: [E("INVESTIGATE", ["IGO"], ["RUS"])],  # the Commission opened an enquiry into dumping allegations
 62: [E("DISAPPROVE", ["IGO"], ["RUS"])],   # a complaint of EC producers (named by the bloc) against Soviet sales
 64: [E("DISAPPROVE", ["IGO"], ["RUS"])],   # the industry: sold far below producers' prices (a dumping charge)
 96: [E("DISAPPROVE", ["USA"], ["CAN"])],   # headline: a US group (named by its state) attacks a ruling
 97: [E("DISAPPROVE", ["USA"], ["CAN"])],   # the council disappointed by the tribunal's decision
 98: [E("DISAPPROVE", ["USA"], ["CAN"])],   # quoted: incomprehensible that a country would cave in
 99: [E("DISAPPROVE", ["USA"], ["CAN"])],   # the finding will strain the relationship (criticism, r71-087)
 # development
 1: [E("SUPPORT", ["IDN"], [])],            # headline: a state supports a commodity pact's extension (a pact: no side)
 2: [E("SUPPORT", ["IDN"], [])],            # the minister confirmed support for the extension
 3: [E("AGREE", ["IDN"], [])],              # ready to back the extension (intent, 032: AGREE; corrected, see README)
 4: [E("AGREE", ["IDN"], [])],              # quoted: we can support it (intent, corrected); 5, an opinion: none
 23: [BOTH("CONSULT", "USA", "RUS")],       # officials held grain talks with their counterparts (offer not made)
 27: [E("DEMAND", ["USA"], ["USA"])],       # lawmakers urged their farm department to make an offer (round 62/69)
 28: [E("CONSULT", ["USA"], ["USA"])],      # the secretary's day-long visit to the Hill (the pressing negated)
 30: [BOTH("CONSULT", "USA", "RUS")],       # in their talks the two sides discussed an offer (sides from the story)
 31: [E("CONSULT", ["USA"], ["RUS"])],      # an official took part in the consultations
 34: [BOTH("CONSULT", "JPN", "USA")],       # headline: two states set to begin talks (scheduled)
 35: [BOTH("CONSULT", "JPN", "USA")],       # they kick off talks tomorrow
 36: [BOTH("CONSULT", "JPN", "USA")],       # the annual talks, a secretary's stop-over (scheduled)
 37: [E("DEMAND", ["USA"], ["JPN"])],       # the administration pressing Japan for action on its surplus
 41: [E("DISAPPROVE", ["JPN"], ["USA"])],   # the US ignoring progress (a Japanese official; criticism)
 42: [E("DISAPPROVE", ["USA"], ["JPN"])],   # a US official's retort (target from the story)
 43: [BOTH("CONSULT", "JPN", "USA")],       # the talks begin tomorrow (both countries)
 48: [E("DISAPPROVE", ["USA"], ["JPN"])],   # US officials complained Japan has no intention
 49: [E("DISAPPROVE", ["JPN"], ["USA"])],   # officials pointed the finger at the US deficit
 51: [E("DISAPPROVE", ["JPN"], ["USA"])],   # Japan peeved at being singled out in a Senate bill (r71-029)
 52: [E("DISAPPROVE", ["JPN"], ["USA"])],   # quoted: the bill condemns Japan (criticism of the bill)
 53: [E("DISAPPROVE", ["JPN"], ["USA"])],   # the reference spoils a senator's bill
 54: [E("DISAPPROVE", ["JPN"], ["USA"])],   # not happy with the administration's bill
 57: [E("DISAPPROVE", ["USA"], ["JPN"])],   # meeting US complaints (the complaints coded, as r71-002's demands)
 58: [E("DEMAND", ["USA"], ["JPN"])],       # the US pressing for market access
 68: [E("SUPPORT", ["KEN"], [])],           # headline: a state signs a pact (057 SUPPORT, corrected; partners unnamed)
 69: [E("SUPPORT", ["KEN"], ["GBR", "DEU"])],  # signed with British and German interests (firms named by state)
 70: [E("SUPPORT", ["KEN"], [])],           # a state-owned authority signed with a firm named by a city only
 74: [E("DISAPPROVE", ["GBR"], ["USA"])],   # headline: a British aide criticises US protectionism
 75: [E("THREATEN", ["GBR", "IGO"], ["USA"])],  # bills could trigger the bloc's retaliation (a warning)
 76: [E("THREATEN", ["GBR", "IGO"], ["USA"])],  # if Congress passed it, the community would have to retaliate
 77: [E("THREATEN", ["BEL", "IGO"], ["USA"])],  # a Belgian minister: the community would retaliate with taxes
 78: [E("CONSULT", ["GBR"], ["USA"])],      # after two days of talks with US officials and lawmakers
 79: [E("CONSULT", ["BEL"], ["USA"])],      # in Washington for trade talks (round 71)
 81: [E("DEMAND", ["GBR"], [])],            # called for cooperation to force Japan to open (round 69: no addressee)
 82: [E("DISAPPROVE", ["GBR"], ["JPN"])],   # Japan's surplus causing everyone problems
 83: [E("DEMAND", ["GBR"], [])],            # quoted: the more united pressure the better (r71-095)
 84: [E("DEMAND", ["GBR"], [])],            # called for cooperation to avoid disputes
 87: [E("DISAPPROVE", ["GBR"], ["USA"])],   # resentment over the US tactic of deadlines
 88: [E("DEMAND", ["GBR"], [])],            # the two must learn to manage relations better (an appeal)
 89: [E("DISAPPROVE", ["GBR"], ["USA"])],   # a US bill would bypass GATT
 90: [E("DISAPPROVE", ["GBR"], ["USA"])],   # law should be judged by GATT, not the US
 95: [E("CONSULT", ["USA"], ["USA"])],      # the secretary met members of a House committee (the asking negated)
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("/work/wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events73/draw.txt").read_text().splitlines():
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
    item = {"id": f"r73-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
assert all(codes[n] == [] or f"r73-{n:03d}" in {i["id"] for i in dev + held} for n in codes)
for name, items in (("events_real73.jsonl", dev), ("events_real73_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
