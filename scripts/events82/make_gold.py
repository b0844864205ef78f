#!/usr/bin/env python3
"""Round 82 (events82): write tests/gold/events_real82*.jsonl from the hand codes below and scripts/events82/draw.txt
(offsets and sha256 only; the codes were written from reading each sentence in its wire story, before any spinscope
run on them). From the project root, with ../wekareuters beside it (branch news52's
``scripts/wekareuters/fetch.py``)."""
import hashlib
import json
import pathlib

E = lambda ev, s, t: {"event": ev, "source": s, "target": t}  # noqa: E731
codes = {n: [] for n in range(1, 120)}
codes.update({
 # Conventions (rounds 36-80, see README): statistics, forecasts, market reports and analysts' views (a strategist's
 # forecast of what the central bank will do when the state presses two allies), a central bank's own market
 # operations and rate moves, a state's own measures (an export agency naming its director, reviewing its cover
 # policy, a farm department's bonus offer): no event; commercial acts (a bank's loans put on non-accrual, a
 # debtor's suspended interest payments, a bank's stake sales): no event (round 79); a pact or a meeting named as
 # background or as a time mark (the Paris accord, a minister's deadline): no event; legislative steps (a bill
 # introduced, trimmed, an amendment backed): no event (round 78); private parties (a port union and employers,
 # their talks): no event (round 70), and a minister's conditional warning to his own port sector to end its
 # dispute is a state's request to its own firms, no second party: no event (rounds 75/79); unnamed groups
 # ("supporters", "opponents" of a plan): no record (round 75); a US group urging or criticising a US body: USA,
 # the target left open where the body is not named (rounds 74/78); a debtor's talks with its banks reported as
 # set to resume: CONSULT by the debtor, no target (banks named by no state carry no code, round 77).
 # development
 10: [E("CONSULT", ["BRA"], [])],          # the state's talks with its bank creditors resume on a set day
 42: [E("DISAPPROVE", ["GBR"], ["GBR"])],  # the export agency's losses led to criticism in Parliament (at home)
 51: [E("DISAPPROVE", ["USA"], [])],       # headline: a national farm group opposes changes to the farm law
 52: [E("DEMAND", ["USA"], ["USA"])],      # its directors voted to urge Congress to leave the law alone
 53: [E("DISAPPROVE", ["USA"], [])],       # quoted: its president firmly against reopening the law
 56: [E("DEMAND", ["USA"], ["USA"])],      # it urged the farm secretary to adjust a loan rate
 58: [E("DEMAND", ["USA"], ["USA"])],      # it urged the secretary to authorise payments
 # held out (wr-train-0120: a farm department's bonus offer; wr-train-0548: a cereals body's export figures;
 # wr-train-0997: analysts on a bank's profit): no event
})
man = {r.split("\t")[0]: r.split("\t")[2].strip()
       for r in pathlib.Path("../wekareuters/MANIFEST.tsv").read_text().splitlines()[1:]}
dev, held = [], []
for line in pathlib.Path("scripts/events82/draw.txt").read_text().splitlines():
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
    item = {"id": f"r82-{n:03d}", "path": path, "sha256": sha, "start": s, "end": e, "events": codes[n]}
    (held if parts[1] == "HELD" else dev).append(item)
for name, items in (("events_real82.jsonl", dev), ("events_real82_heldout.jsonl", held)):
    pathlib.Path("tests/gold/" + name).write_text("".join(json.dumps(i) + "\n" for i in items))
    print(name, len(items), sum(len(i["events"]) for i in items), sum(not i["events"] for i in items))
