"""Score Russian events (``events.v1`` through :func:`spinscope.analyze`) on sentences coded by hand before
their first run: one TSV line per sentence, ``sentence<TAB>actor<TAB>PLOVER<TAB>target`` (actor names as
spinscope's canonical actors). A sentence counts when one of its events has that actor, code and target; a line
coded ``NONE`` (empty actor and target: "Песков отказался комментировать ...") counts when the sentence has no event.

    python scripts/russian_events_score.py tests/gold/russian_events_written1.tsv [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spinscope import analyze


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--show", action="store_true", help="print each sentence's events")
    args = parser.parse_args()
    full = pair = n = 0
    for path in args.gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            text, actor, code, target = line.split("\t")
            res = analyze(text)
            got = [(res.actors[e.actor].name if e.actor is not None else None, e.label,
                    res.actors[e.target].name if e.target is not None else None) for e in res.events]
            n += 1
            ok = not got if code == "NONE" else (actor, code, target) in got
            full += ok
            pair += not got if code == "NONE" else any(a == actor and t == target for a, _, t in got)
            if args.show:
                print("OK" if ok else "--", text[:70], got)
    print(f"full triples {full}/{n} = {full / max(n, 1):.3f}; actor and target {pair}/{n} = {pair / max(n, 1):.3f}")


if __name__ == "__main__":
    main()
