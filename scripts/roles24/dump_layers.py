"""Round 24 (roles24): run segment, entities, actors, attributions and events over the English subtask-1 articles
(raw text, offsets kept, as `predict semeval2025` reads them) and dump what the article-side role features read:
actors (name, type, code, country, mention spans), events (PLOVER label, actor and target indices, mode, span),
attributions (speaker span, speaker's actor-free name, cue span, kind, source type, state-affiliated, named,
content span). Extends round 10's scripts/roles10/dump_events.py with the attribution fields.

Usage: python scripts/roles24/dump_layers.py DATA_DIR OUT.json"""
import json
import sys
import time
from pathlib import Path

from spinscope.predict import _raw_documents
from spinscope.training import semeval2025 as S


def span(s: object) -> list[int] | None:
    return [s.start, s.end] if s is not None else None  # type: ignore[attr-defined]


def main() -> None:
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    folder = S.language_dir(data, "EN")
    texts = S.read_articles(folder / "raw-documents")
    wanted = {m.article for m in S.read_subtask1(folder / "subtask-1-annotations.txt")}
    arts = {k: v for k, v in texts.items() if k in wanted}
    res = {}
    t0 = time.process_time()
    comps = ("segment.v1", "entities.v1", "actors.v1", "attributions.v1", "events.v1")
    for name, doc in _raw_documents(arts, comps):
        res[name] = {
            "actors": [{"name": a.name, "type": a.type, "code": a.code, "country": a.country,
                        "mentions": [[m.start, m.end] for m in a.mentions]} for a in doc.actors],
            "events": [{"label": e.label, "actor": e.actor, "target": e.target, "mode": e.mode, "start": e.start,
                        "end": e.end, "speaker": e.speaker} for e in doc.events],
            "attributions": [{"speaker": span(a.speaker), "cue": span(a.cue), "content": span(a.content),
                              "kind": a.kind, "source_type": a.source_type, "state": a.state_affiliated,
                              "named": a.named, "country": a.source_country} for a in doc.attributions],
        }
    print(f"{len(res)} articles, {time.process_time() - t0:.1f} s CPU", flush=True)
    out.write_text(json.dumps(res))


if __name__ == "__main__":
    main()
