"""Round 101: figures only (no outputs) of three held-out source files with each rule of round101.py switched off,
to find which rule moved them at the first final reading. PYTHONPATH=src python scripts/attr101/ablate.py"""
import json
import sys

sys.path.insert(0, 'scripts/sources26')
from pathlib import Path

import score as s26

import spinscope.components.attribution.round101 as r

ids = {"EN_CC_200137", "article697444415", "newid-00004"}
golds = [Path(f"tests/gold/sources_real{n}_heldout.jsonl") for n in ("36", "80", "40")]
arts = {g.name: [a for a in s26.load_gold(g) if a["id"] in ids or g.name.startswith("sources_real40")] for g in golds}
rules = ["_no_vote_reports", "_closing_role", "_and_co", "_suffixed_names", "_congress_staff",
         "_pronoun_after_unnamed_one", "_pronoun_of_unnamed"]
orig = {k: getattr(r, k) for k in rules}
def ident2(text, out, *rest): return out
for off in [None] + rules:
    for k in rules: setattr(r, k, orig[k])
    if off: setattr(r, off, ident2)
    res = {g: {k: v for k, v in s26.score(a).items() if k in ("type_acc", "name_acc", "found")} for g, a in arts.items() if a}
    print("without", off, json.dumps(res))
