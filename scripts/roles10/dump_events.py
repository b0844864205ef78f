"""Round 10 (roles10): run segment, entities, actors, attributions and events over the English subtask-1
articles (raw text, offsets kept) and dump what the role experiments read: actors with their mention spans,
events (PLOVER label, actor and target indices, mode) and attributions (speaker span).
Usage: python scripts/roles10/dump_events.py DATA_DIR OUT.json"""
import json
import sys
import time
from pathlib import Path

from spinscope.predict import _raw_documents
from spinscope.training import semeval2025 as S

data, out = Path(sys.argv[1]), Path(sys.argv[2])
folder = S.language_dir(data, "EN")
texts = S.read_articles(folder / "raw-documents")
wanted = {m.article for m in S.read_subtask1(folder / "subtask-1-annotations.txt")}
arts = {k: v for k, v in texts.items() if k in wanted}
res = {}
t0 = time.process_time()
for name, doc in _raw_documents(arts, ("segment.v1", "entities.v1", "actors.v1", "attributions.v1", "events.v1")):
    res[name] = {
        "actors": [{"name": a.name, "type": a.type, "mentions": [[m.start, m.end] for m in a.mentions]}
                   for a in doc.actors],
        "events": [{"label": e.label, "actor": e.actor, "target": e.target, "mode": e.mode, "start": e.start,
                    "end": e.end, "speaker": e.speaker} for e in doc.events],
        "attributions": [{"speaker": [a.speaker.start, a.speaker.end] if a.speaker else None,
                          "content": [a.content.start, a.content.end]} for a in doc.attributions],
    }
print(f"{len(res)} articles, {time.process_time() - t0:.1f} s CPU", flush=True)
out.write_text(json.dumps(res))
