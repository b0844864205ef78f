"""speed50: unprofiled CPU seconds (``time.process_time``) of the two functions this round rewrote, old reading
against new, on the very inputs the pipeline gives them over speed43's 40 articles, in one process; and whether
their output agrees on every article.

    PYTHONPATH=<branch>/src python scripts/speed50/micro.py [--repeat 5]

One pass of ``spinscope.analyze`` over the 40 articles (``scripts/speed43/cpu.py``'s sets) records the arguments of
each ``events.extract_events`` call and of each ``RoleModel.predict_entities`` call (kept in memory only). Then,
best of ``--repeat``, old and new alternately:

* ``events``: ``extract_events`` with the clause-words memo of a sentence's plain and back-off ``_verb_events``
  calls forced off (each call reads its own, as before) and as shipped; compared as ``Event.model_dump()``;
* ``roles``: the role rows of every entity (``semeval2025.entity_rows``) with a fresh ``ParsedIndex`` per entity and
  a sentence's valence read at every mention (as before), and with one index per article whose sentence valences
  are read once (as shipped); compared row by row (text exactly, arrays with ``numpy.array_equal``).
"""

from __future__ import annotations

import argparse
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
    import numpy as np

    import spinscope
    from spinscope.components import events as ev
    from spinscope.components import role_context as rc
    from spinscope.components import roles
    from spinscope.components.semeval2025 import entity_rows

    ev_calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    role_calls: list[tuple[Any, ...]] = []
    orig_events = ev.extract_events
    orig_predict = roles.RoleModel.predict_entities

    def record_events(*a: Any, **k: Any) -> Any:
        a = (a[0], list(a[1]), *a[2:])
        ev_calls.append((a, k))
        return orig_events(*a, **k)

    def record_roles(self: Any, text: str, sentences: Any, vectors: Any, entities: Any, **k: Any) -> Any:
        role_calls.append((text, sentences, vectors, entities, k.get("parsed", ())))
        return orig_predict(self, text, sentences, vectors, entities, **k)

    ev.extract_events = record_events  # type: ignore[assignment]
    roles.RoleModel.predict_entities = record_roles  # type: ignore[method-assign]
    cpu.one_pass(spinscope.analyze, cpu.jobs(["gen", "real"]))
    ev.extract_events = orig_events  # type: ignore[assignment]
    roles.RoleModel.predict_entities = orig_predict  # type: ignore[method-assign]

    shipped_memo, shipped_valence = ev._ClauseMemo50, rc._sentence_valence_50

    class NoMemo(ev._ClauseMemo50):  # type: ignore[misc,name-defined]
        def words_for(self, hidden: set[int]) -> Any:
            return {}  # each call reads its own clause words, as before speed50

    def force_old(old: bool) -> None:
        ev._ClauseMemo50 = NoMemo if old else shipped_memo  # type: ignore[misc]
        rc._sentence_valence_50 = (  # type: ignore[assignment]
            (lambda index, sdoc, sent: rc._sentence_valence(sent)) if old else shipped_valence)

    def run_events() -> list[Any]:
        return [[e.model_dump() for e in orig_events(*a, **k)] for a, k in ev_calls]

    clause_words = ev._clause_words
    counts: dict[bool, int] = {}

    def counted(*a: Any, **k: Any) -> Any:
        counts[current] = counts.get(current, 0) + 1
        return clause_words(*a, **k)

    ev._clause_words = counted  # type: ignore[assignment]
    for current in (True, False):  # how many times each reading reads clause words (untimed)
        force_old(current)
        run_events()
    ev._clause_words = clause_words  # type: ignore[assignment]

    def run_roles(old: bool) -> list[Any]:
        out = []
        for text, sentences, vectors, entities, parsed in role_calls:
            index = None if old else rc.ParsedIndex(parsed)
            for mentions, scored in entities:
                rows = entity_rows(text, sentences, vectors, parsed, mentions, scored, index=index)
                out.append((rows.lexical, rows.dense, rows.context, rows.numbers))
        return out

    def same_rows(a: Any, b: Any) -> bool:
        return a[0] == b[0] and a[2] == b[2] and all(
            np.array_equal(x, y) for part in (1, 3) for x, y in zip(a[part], b[part], strict=True))

    best = {(w, o): float("inf") for w in ("events", "roles") for o in (True, False)}
    outs: dict[tuple[str, bool], Any] = {}
    for _ in range(args.repeat):
        for old in (True, False):
            force_old(old)
            started = time.process_time()
            outs["events", old] = run_events()
            best["events", old] = min(best["events", old], time.process_time() - started)
            started = time.process_time()
            outs["roles", old] = run_roles(old)
            best["roles", old] = min(best["roles", old], time.process_time() - started)
    force_old(False)
    same_events = sum(a == b for a, b in zip(outs["events", True], outs["events", False], strict=True))
    same_roles = sum(same_rows(a, b) for a, b in zip(outs["roles", True], outs["roles", False], strict=True))
    n_events = sum(len(x) for x in outs["events", False])
    print(f"{Path(spinscope.__file__).parent}: best of {args.repeat}, CPU s")
    print(f"  events.extract_events: {len(ev_calls)} calls, {n_events} events: old {best['events', True]:.4f}, "
          f"new {best['events', False]:.4f}; articles with the same events {same_events} of {len(ev_calls)}; "
          f"_clause_words calls: old {counts[True]}, new {counts[False]}")
    print(f"  roles entity rows: {len(role_calls)} articles, {len(outs['roles', False])} entities: old "
          f"{best['roles', True]:.4f}, new {best['roles', False]:.4f}; entities with the same rows {same_roles} of "
          f"{len(outs['roles', False])}")


if __name__ == "__main__":
    main()
