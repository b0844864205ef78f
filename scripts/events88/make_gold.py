#!/usr/bin/env python3
"""Round 88 (events88): write tests/gold/events_real88*.jsonl from the hand codes below and scripts/events88/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, twice, before any
spinscope run on them). From the project root, with ../wekareuters beside it (branch news52's
``scripts/wekareuters/fetch.py``)."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes: dict[int, list] = {n: [] for n in range(1, 137)}
codes.update({
 # Conventions (rounds 36-86, see README): firms named by no state and their deals, orders, ventures, filings, loans
 # and results: no code, no record (rounds 70/76/84), also where the other party is a state-owned firm or bank
 # (a commercial deal: round 86's held-out sale of units to a state oil firm); statistics, money supply, a central
 # bank's own market operations: no event (rounds 79/80/82); a state's own measures (raising its own export duty, a
 # study of a duty's level): no event (round 80); a duty one state imposes (here upholds) on another's goods:
 # SANCTION (r71-066); a finding or charge that another's subsidised goods injure producers: DISAPPROVE (r73-064,
 # r86-142); a national or provincial trade group's charge: its state's code (rounds 62/69/73/74/76); workers, like
 # inmates, are no political actor (rounds 47/49/81): their fighting carries no record.
 # development
 133: [E("SANCTION", ["CAN"], ["USA"])],     # headline: a state keeps a countervailing duty on a neighbour's corn
 134: [E("SANCTION", ["CAN"], ["USA"]),      # its import tribunal upheld the duty set earlier this year
       E("DISAPPROVE", ["CAN"], ["USA"])],   # ... ruling the subsidised imports injurious (a finding, a charge)
 135: [E("DISAPPROVE", ["CAN"], ["USA"])],   # a provincial growers' body contended the neighbour's subsidies cut prices
 # development, no event: 6-8, 82-88 (results tables), 9-13 (a firm's outlook), 14-18 (a firm's orders, one from a
 # state-owned smelter), 19-23, 56-59 (firms' results and plans), 32-35, 64-68, 79-81, 104-107, 114-118, 128-132
 # (acquisitions, a joint venture, filings with two federal agencies), 36-38, 39-42, 48-52 (statistics, money supply,
 # economists), 60-63, 119-122 (finds and wells), 74-78 (a firm not approached), 94-99 (a state raises its own export
 # duty; prices unchanged), 136 (a revenue department's study of the duty's level: a state's own step).
 # held out, no event: 1-5 (a firm's sale of units, approvals needed), 24-28 (a factory's loan, a state bank to
 # lead-manage it: commercial), 29-31 (a central bank's money market help), 43-47 (a processors' group's crush
 # figures), 53-55 (a central bank's weekly table), 69-73 (an acquisition), 89-93 (a carmaker's results), 100-103 (a
 # sale of an affiliate), 108-113 (workers fighting at a refinery, its own guards, police arriving late: no
 # political actor, no record), 123-127 (a bank's plans).
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("../wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events88/draw.txt").read_text().splitlines():
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
    item = {"id": f"r88-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real88.jsonl", dev), ("events_real88_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
