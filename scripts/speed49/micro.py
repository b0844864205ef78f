"""speed49: unprofiled CPU seconds (``time.process_time``) of ``events.extract_events``, the three rewrites of this
round forced off (old reading) against as shipped (new), on the very inputs the pipeline gives it over speed43's 40
articles, in one process; and whether the events agree on every article.

    PYTHONPATH=<branch>/src python scripts/speed49/micro.py [--repeat 5]

One pass of ``spinscope.analyze`` over the 40 articles (``scripts/speed43/cpu.py``'s sets) records each call's
arguments (text, parsed paragraphs, actors, attributions; kept in memory only). Old reading, as in
``tests/test_speed49.py``: every speed49 guard word added to the sentence's word sets (speed43's ``_words_43``), the
ASCII small-letter search finding nothing, the actor tokens of a sentence read afresh at every call. Best of
``--repeat``, old and new alternately.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "speed43"))
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import cpu  # scripts/speed43/cpu.py

    import spinscope
    from spinscope.components import events as ev

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    orig = ev.extract_events

    def record(*a: Any, **k: Any) -> Any:
        a = (a[0], list(a[1]), *a[2:])
        calls.append((a, k))
        return orig(*a, **k)

    ev.extract_events = record  # type: ignore[assignment]
    cpu.one_pass(spinscope.analyze, cpu.jobs(["gen", "real"]))
    ev.extract_events = orig  # type: ignore[assignment]

    shipped = (ev._words_43, ev._ASCII_LOWER_49, ev._actor_tokens_49)
    guarded = (ev.FORCE_NOUNS_67 | frozenset(ev.TITLE_ACTS_73)
               | {"hold", "retaliation", "finger", "defend", "leave", "depart"})

    def words(sent: Any) -> Any:
        _, lemmas, lowers = shipped[0](sent)
        return sent, lemmas | guarded, lowers | guarded

    def fresh(ctx: Any, sent: Any, offset: int) -> Any:
        return [(t, a) for t in sent if (a := ev._tok_actor(ctx, t, offset)) is not None]

    def force_old(old: bool) -> None:
        ev._words_43, ev._ASCII_LOWER_49, ev._actor_tokens_49 = (  # type: ignore[assignment]
            (words, re.compile(r"(?!)"), fresh) if old else shipped)

    def run() -> list[Any]:
        return [[e.model_dump() for e in orig(*a, **k)] for a, k in calls]

    best = {True: float("inf"), False: float("inf")}
    outs: dict[bool, Any] = {}
    for _ in range(args.repeat):
        for old in (True, False):
            force_old(old)
            started = time.process_time()
            outs[old] = run()
            best[old] = min(best[old], time.process_time() - started)
    force_old(False)
    same = sum(a == b for a, b in zip(outs[True], outs[False], strict=True))
    events = sum(len(x) for x in outs[False])
    print(f"{Path(spinscope.__file__).parent}: extract_events, {len(calls)} calls, {events} events, best of "
          f"{args.repeat}, CPU s: old {best[True]:.4f}, new {best[False]:.4f}; articles with the same events "
          f"{same} of {len(calls)}")


if __name__ == "__main__":
    main()
