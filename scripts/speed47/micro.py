"""speed47: unprofiled CPU seconds (``time.process_time``) of the functions this round sped up, old reading against
new, on the very inputs the pipeline gives them over speed43's two sets (the 20 generated and the 20 real articles
of ``scripts/speed43/draw.txt``), in one process; and whether the two readings return the same on every input.

    PYTHONPATH=<branch>/src python scripts/speed47/micro.py [--repeat 5]

One pass of ``spinscope.analyze`` records the inputs (each function wrapped where the pipeline reaches it); then
each function runs on all its recorded inputs ``--repeat`` times with the new code and with the old (the skip sets
of ``find_quotes`` / ``quoted_ranges`` replaced by a set that holds every character, or the old code written out
here), alternately; the figure is the best of the repeats. Prints one row per function: calls, old s, new s, and
"same" when every output agreed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "speed43"))
sys.path.insert(0, str(ROOT))


class _Every:
    def __contains__(self, item: object) -> bool:
        return True


def _old_quoted_works(text: str, mentions: list[Any]) -> list[Any]:
    from spinscope.components import actors as ac

    titles: set[Any] = set()
    names = {text[m.start:m.end]: m.key for m in mentions if m.entry is None and m.agent is None and
             m.end - m.start > 3 and not text[m.start:m.end].isupper()}
    for name, key in names.items():
        for hit in re.finditer(rf"[{ac.OPEN_QUOTES_L44}]{re.escape(name)}[,.;:!?]?[{ac.CLOSE_QUOTES_L44}]", text):
            if ac.WORK_NEAR_L44.search(text, max(0, hit.start() - 60), hit.start()):
                titles.add(key)
                break
    return [m for m in mentions if m.key not in titles] if titles else mentions


def _old_longest(index: Any, toks: Any, i: int) -> int:
    from spinscope.components.actors import MAX_PHRASE_TOKENS

    if i >= len(toks):
        return 0
    most = min(index.max_length.get(toks[i].text, 0), MAX_PHRASE_TOKENS, len(toks) - i)
    if not most:
        return 0
    words = tuple(t.text for t in toks[i:i + most])
    for n in range(most, 0, -1):
        if words[:n] in index:
            return n
    return 0


def _old_counts(vec: Any, docs: list[Any]) -> tuple[list[int], list[int], list[int]]:
    analyze = vec.build_analyzer()
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counts: dict[int, int] = {}
        for term in analyze(doc):
            index = vec.vocabulary_.get(term)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        indices.extend(counts)
        values.extend(counts.values())
        indptr.append(len(indices))
    return indices, values, indptr


def _new_counts(vec: Any, docs: list[Any]) -> tuple[list[int], list[int], list[int]]:
    """The counting part of the new ``TfidfVectorizer.transform`` (the sparse matrix and TF-IDF after it are
    unchanged)."""
    from collections import Counter

    analyze = vec.build_analyzer()
    vocabulary = vec.vocabulary_
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counts: Counter[int | None] = Counter(map(vocabulary.get, analyze(doc)))
        counts.pop(None, None)
        indices.extend(counts)  # type: ignore[arg-type]
        values.extend(counts.values())
        indptr.append(len(indices))
    return indices, values, indptr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import cpu  # scripts/speed43/cpu.py

    import spinscope
    from spinscope import linear
    from spinscope.components import actors as ac
    from spinscope.components import attribution as at
    from spinscope.components import techniques43 as t43
    from spinscope.components import techniques45 as t45
    from spinscope.components.attribution import quotes as qt
    from spinscope.components.attribution import speakers as sp

    calls: dict[str, list[tuple[Any, ...]]] = {k: [] for k in ("find_quotes", "quoted_ranges", "quoted_works",
                                                              "longest", "tfidf", "title_words")}

    def recorder(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def rec(*a: Any) -> Any:
            calls[key].append(a)
            return fn(*a)
        return rec

    orig = {"find_quotes": qt.find_quotes, "quoted_ranges": t43.quoted_ranges, "quoted_works": ac._quoted_works_l44,
            "longest": ac.PhraseIndex.longest, "tfidf": linear.TfidfVectorizer.transform,
            "title_word": sp._title_word_47}
    at.find_quotes = recorder("find_quotes", orig["find_quotes"])
    t43.quoted_ranges = t45.quoted_ranges = recorder("quoted_ranges", orig["quoted_ranges"])
    ac._quoted_works_l44 = recorder("quoted_works", orig["quoted_works"])
    ac.PhraseIndex.longest = lambda self, toks, i: (  # type: ignore[method-assign]
        calls["longest"].append((self, toks, i)), orig["longest"](self, toks, i))[1]
    linear.TfidfVectorizer.transform = lambda self, docs: (  # type: ignore[method-assign]
        calls["tfidf"].append((self, list(docs))), orig["tfidf"](self, calls["tfidf"][-1][1]))[1]
    sp._title_word_47 = lambda w: (calls["title_words"].append((w,)), orig["title_word"](w))[1]
    cpu.one_pass(spinscope.analyze, work := cpu.jobs(["gen", "real"]))
    at.find_quotes = orig["find_quotes"]
    t43.quoted_ranges = t45.quoted_ranges = orig["quoted_ranges"]
    ac._quoted_works_l44 = orig["quoted_works"]
    ac.PhraseIndex.longest = orig["longest"]  # type: ignore[method-assign]
    linear.TfidfVectorizer.transform = orig["tfidf"]  # type: ignore[method-assign]
    sp._title_word_47 = orig["title_word"]
    del work

    def set_every(mod: Any, name: str) -> Callable[[bool], None]:
        real = getattr(mod, name)
        return lambda old: setattr(mod, name, _Every() if old else real)

    rows: list[tuple[str, int, float, float, bool]] = []

    def bench(label: str, inputs: list[tuple[Any, ...]], old: Callable[..., Any], new: Callable[..., Any],
              before: Callable[[bool], None] | None = None, same: Callable[[Any, Any], bool] | None = None) -> None:
        best = {True: float("inf"), False: float("inf")}
        outs: dict[bool, list[Any]] = {}
        for _ in range(args.repeat):
            for is_old in (True, False):
                if before is not None:
                    before(is_old)
                fn = old if is_old else new
                started = time.process_time()
                out = [fn(*a) for a in inputs]
                best[is_old] = min(best[is_old], time.process_time() - started)
                outs[is_old] = out
        if before is not None:
            before(False)
        agree = all((same or (lambda a, b: a == b))(a, b) for a, b in zip(outs[True], outs[False], strict=True))
        rows.append((label, len(inputs), best[True], best[False], agree))

    bench("quotes.find_quotes", calls["find_quotes"], qt.find_quotes, qt.find_quotes, set_every(qt, "_MARK_SET_47"))
    bench("techniques43.quoted_ranges", calls["quoted_ranges"], t43.quoted_ranges, t43.quoted_ranges,
          set_every(t43, "_QUOTE_SET_47"))
    bench("actors._quoted_works_l44", calls["quoted_works"], _old_quoted_works, ac._quoted_works_l44)
    bench("actors.PhraseIndex.longest", calls["longest"], _old_longest, ac.PhraseIndex.longest)
    windows = ["the deputy prime minister", "Senate Minority Leader", ""]  # windows are not recorded: three kinds
    bench("speakers title-word searches", [(w, x) for (w,) in calls["title_words"] for x in windows],
          lambda w, x: bool(re.search(rf"{sp.NOT_DEPUTY}\b{w}\b", x, re.I)),
          lambda w, x: bool(sp._title_word_47(w).search(x)))
    bench("TfidfVectorizer.transform counts", calls["tfidf"], _old_counts, _new_counts)
    print(f"{Path(spinscope.__file__).parent}: best of {args.repeat}, CPU s")
    print(f"{'function':36} {'calls':>7} {'old s':>8} {'new s':>8}  output")
    for label, n, old_s, new_s, agree in rows:
        print(f"{label:36} {n:7d} {old_s:8.4f} {new_s:8.4f}  {'same' if agree else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
