"""Round 45: held-out precision / recall / predicted with one round-45 rule switched off at a time (counts only, no
error read). Run at b5832774 (before the back-outs): PYTHONPATH=src python scripts/actors45/rule_off.py SET ...
(SET: a gold stem, e.g. actors_real33b_heldout). The second toggle table (middle / first-name passes, police parts) replaced
the first in a second run."""
import copy
import sys
from pathlib import Path

import spinscope.components.actors as A
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import actor_code
from spinscope.training.actor_eval import _occurrences, read_real_gold

sets = sys.argv[1:]
full = Pipeline.from_names(["segment.v1", "entities.v1", "actors.v1"])
pre = Pipeline(specs=full.specs[:2], components=full.components[:2])
act_c = full.components[2]
docs = {}
for s in sets:
    items = read_real_gold(Path(f"tests/gold/{s}.jsonl"), Path(__file__).resolve().parents[3] / "shared")
    docs[s] = [(it, pre.run(make_document(ArticleInput(text=it["text"], input_format="jsonl")))) for it in items]

def score(s):
    pred = corr = gold = found_n = 0
    for it, d0 in docs[s]:
        doc = act_c(copy.deepcopy(d0))
        text = doc.text
        g = [[sp for m in a["mentions"] for sp in _occurrences(text, m, whole_words=True)] for a in it["actors"]]
        found = set()
        for a in doc.actors:
            if a.type == "location":
                continue
            pred += 1
            code = actor_code(a)
            hits = [i for i, spans in enumerate(g) if any(m.start < e and s0 < m.end for m in a.mentions for s0, e in spans)]
            good = [i for i in hits if it["actors"][i]["code"] in (None, code)]
            if good:
                corr += 1; found.update(good)
        gold += len(g); found_n += len(found)
    return f"{corr/pred:.3f} {found_n/gold:.3f} {pred}"

orig = {n: getattr(A, n) for n in dir(A) if n.endswith("_45")}
import re as _re

src_short = __import__("inspect").getsource(A._short_names_45)
def _mk(flags):
    ns = dict(vars(A))
    code = src_short.replace("for short_form in (False, True):", f"for short_form in {flags}:")
    exec(code, ns)
    return ns["_short_names_45"]
toggles = {
 "middle_only": {"_short_names_45": _mk("(False,)")},
 "first_only": {"_short_names_45": _mk("(True,)")},
 "no_bare_police": {"BARE_POLICE_45": _re.compile(r"(?!x)x")},
 "no_state_again": {"STATE_AGENT_45": _re.compile(r"(?!x)x")},
 "no_unit": {"POLICE_UNIT_WORDS_45": frozenset()},
}
for name, patch in toggles.items():
    for k, v in orig.items():
        setattr(A, k, v)
    for k, v in patch.items():
        setattr(A, k, v)
    print(name, " | ".join(f"{s} {score(s)}" for s in sets), flush=True)
