"""speed48: unprofiled CPU seconds (``time.process_time``) of the two functions this round sped up, old reading
against new, on the inputs the pipeline gave them over speed43's 40 articles (recorded by ``record.py``), in one
process; and whether the two readings agree on every input.

    PYTHONPATH=<branch>/src python scripts/speed48/micro.py /tmp/speed48/rec.pkl [--repeat 5]

Old reading: the fast path forced off (``claims._CASELESS_48`` replaced by a pattern that matches nothing, so every
sentence is read by the ``re.IGNORECASE`` patterns; ``speakers._may_follow_48`` by a function that always says
yes, so every name's searches run). ``re.purge()`` before each run of ``document_titles``, as a new article's
names miss ``re``'s cache in the pipeline. Best of ``--repeat``, old and new alternately.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any


def _doc(text: str, names: list[str]) -> Any:
    ents = [SimpleNamespace(text=n, label_="PERSON") for n in names]
    return SimpleNamespace(text=text, cache={}, parsed=[SimpleNamespace(doc=SimpleNamespace(ents=ents))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("record", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import spinscope
    from spinscope.components import claims
    from spinscope.components.attribution import speakers as sp

    rec = pickle.loads(args.record.read_bytes())
    caseless, may_follow = claims._CASELESS_48, sp._may_follow_48
    rows = []

    def bench(label: str, run: Any, force_old: Any) -> None:
        best = {True: float("inf"), False: float("inf")}
        outs: dict[bool, Any] = {}
        for _ in range(args.repeat):
            for old in (True, False):
                force_old(old)
                started = time.process_time()
                outs[old] = run()
                best[old] = min(best[old], time.process_time() - started)
        force_old(False)
        rows.append((label, best[True], best[False], outs[True] == outs[False]))

    texts = rec["opinion_cues"]
    bench(f"claims.opinion_cues ({len(texts)} calls)", lambda: [claims.opinion_cues(t) for t in texts],
          lambda old: setattr(claims, "_CASELESS_48", re.compile(r"(?!)") if old else caseless))
    docs = rec["document_titles"]

    def titles() -> list[frozenset[str]]:
        re.purge()
        return [sp.document_titles(_doc(text, names)) for text, names in docs]

    bench(f"speakers.document_titles ({len(docs)} calls)", titles,
          lambda old: setattr(sp, "_may_follow_48", (lambda *a: True) if old else may_follow))
    print(f"{Path(spinscope.__file__).parent}: best of {args.repeat}, CPU s")
    print(f"{'function':42} {'old s':>8} {'new s':>8}  output")
    for label, old_s, new_s, agree in rows:
        print(f"{label:42} {old_s:8.4f} {new_s:8.4f}  {'same' if agree else 'DIFFERENT'}")


if __name__ == "__main__":
    sys.exit(main())
