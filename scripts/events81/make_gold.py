#!/usr/bin/env python3
"""Round 81 (events81): write tests/gold/events_real81*.jsonl from the hand codes below and scripts/events81/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on them). From the project root, with ../wekareuters beside it (branch news52's
``scripts/wekareuters/fetch.py``). Round 80's writer with this round's codes."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 97)}
codes.update({
 # Conventions (rounds 36-80, see README): statistics, forecasts, freight and price reports, a report's estimates:
 # no event; employers, unions, port workers and firms named by no state: no code, so their strikes, talks, letters
 # and appeals carry no record (rounds 70/76); a court ruling named as a time mark: no event; agenda of talks and
 # expected topics: no event (round 73); acts of unnamed groups ("producers", "importing and exporting countries"):
 # no record (round 75); a scheduled meeting of named states reported as fact: CONSULT among them (rounds 71/78); a
 # body's meeting reported as held: CONSULT `IGO` (round 72); appeals with no addressee: DEMAND, no target (rounds
 # 73/76); a national trade group urging or criticising: its state's code (rounds 62/69/74/76).
 # development
 18: [E("CONSULT", ["IDN", "MYS", "SGP"], ["IDN", "MYS", "SGP"])],  # three states' officials meet tomorrow
 20: [E("CONSULT", ["IDN"], [])],       # one state attends the meeting for the first time (the others unnamed)
 62: [E("DEMAND", ["COL"], [])],        # headline: a national exporters' body says a strategy is vital
 63: [E("DEMAND", ["COL"], [])],        # its president: producer states must map one out (no named addressee)
 64: [E("DEMAND", ["COL"], [])],        # the same appeal, to producers as a group
 65: [E("CONSULT", ["IGO"], [])],       # the coffee body's special session ended (a body's meeting, held)
 69: [E("DISAPPROVE", ["COL"], [])],    # the growers' head: consumers fail to understand (side from the story)
 70: [E("DISAPPROVE", ["COL"], [])],    # his complaint that decisions cut debt-paying earnings
 71: [E("DISAPPROVE", ["COL"], [])],    # his quoted charge against the states that back his country's drug fight
 90: [E("DEMAND", ["USA"], ["USA"])],   # a US producers' council votes to urge Congress (round 74)
 94: [E("DEMAND", ["USA"], ["USA"])],   # its resolution asking both Congress and the White House to act
 95: [E("DEMAND", ["USA"], [])],        # its members want a programme (no addressee named as such)
 # held out (wr-train-0491: a Hong Kong hotel stake fight among firms; wr-train-0984: gold prices after a US
 # president's remark; wr-train-1050: a US trade envoy on two Asian currencies)
 80: [E("DEMAND", ["USA"], ["TWN", "KOR"])],     # headline: the burden of currency rises put on two states
 81: [E("DEMAND", ["USA"], ["TWN", "KOR"])],     # the responsibility lies with them
 82: [E("DEMAND", ["USA"], ["TWN", "KOR"])],     # in their interest to raise their currencies (sides from the story)
 84: [E("DEMAND", ["USA"], ["TWN", "KOR"])],     # they must care how they are seen (quoted)
 85: [E("DISAPPROVE", ["USA"], ["TWN"])],        # its tariffs and barriers hard to defend
 86: [E("DEMAND", ["USA"], ["KOR"])],            # its currency should start to move
 87: [E("DISAPPROVE", ["USA"], ["JPN"])],        # the deficit with Japan not sustainable
 88: [E("THREATEN", ["USA"], ["JPN"])],          # otherwise US legislative action looms (conditional warning)
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("../wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events81/draw.txt").read_text().splitlines():
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
    item = {"id": f"r81-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real81.jsonl", dev), ("events_real81_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
