#!/usr/bin/env python3
"""Score Russian events on real SemEval-2023 RU sentences (tests/gold/russian_events_real50*.tsv).

Gold: one TSV line per coded event, ``path<TAB>sha256<TAB>start<TAB>end<TAB>actor<TAB>code<TAB>target``; ``path``
is relative to the shared folder, the sentence is ``text[start:end]`` of the file (the text is never stored in the
project). ``actor``, ``code`` and ``target`` may list alternatives split by "|"; an empty target accepts any target
(as scripts/events36/score.py); a ``NONE`` line (empty actor and target) counts when the sentence has no event.
A sentence with two acts has two lines. Two readings, both printed:

* ``alone``: the sentence analysed by itself, as scripts/russian_events_score.py scores the written batches;
* ``article``: the whole article analysed once, the events whose trigger (or span) lies in the sentence.

A line counts (full) when one event has an actor, code and target among the gold's; ``pair`` asks actor and
target only.

    python scripts/ruev50/score.py tests/gold/russian_events_real50.tsv [--show] [--shared ../shared]

``--show`` is refused for a held-out file.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from spinscope import analyze


def _events(res, lo: int, hi: int) -> list[tuple[str | None, str, str | None]]:
    out = []
    for e in res.events:
        at = e.trigger or e
        if lo <= at.start and at.end <= hi:
            out.append((res.actors[e.actor].name if e.actor is not None else None, e.label,
                        res.actors[e.target].name if e.target is not None else None))
    return out


def _ok(got, actor: str, code: str, target: str, *, pair: bool = False) -> bool:
    if code == "NONE":
        return not got
    actors, codes, targets = set(actor.split("|")), set(code.split("|")), set(target.split("|"))
    return any(a in actors and (pair or c in codes) and (not target or t in targets) for a, c, t in got)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--show", action="store_true", help="print each line's events (development file only)")
    args = parser.parse_args()
    if args.show and any("heldout" in p.name for p in args.gold):
        raise SystemExit("error: --show is refused for a held-out file")
    texts: dict[str, str] = {}
    whole: dict[str, object] = {}
    counts = {"alone": [0, 0], "article": [0, 0]}
    n = 0
    for gold in args.gold:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            path, sha, start, end, actor, code, target = line.split("\t")
            if path not in texts:
                data = (args.shared / path).read_bytes()
                if hashlib.sha256(data).hexdigest() != sha:
                    raise SystemExit(f"error: sha256 of {path} differs from the gold's")
                texts[path] = data.decode("utf-8")
                whole[path] = analyze(texts[path])
            sent = texts[path][int(start):int(end)]
            alone = analyze(sent)
            got_alone = _events(alone, 0, len(alone.article.text))
            res = whole[path]
            at = res.article.text.find(sent)  # type: ignore[attr-defined]
            got_art = _events(res, at, at + len(sent)) if at >= 0 else []
            n += 1
            for key, got in (("alone", got_alone), ("article", got_art)):
                counts[key][0] += _ok(got, actor, code, target)
                counts[key][1] += _ok(got, actor, code, target, pair=True)
            if args.show:
                mark = "".join("+" if _ok(g, actor, code, target) else "-" for g in (got_alone, got_art))
                print(mark, Path(path).stem, start, end, f"{actor}/{code}/{target}", "alone", got_alone,
                      "article", got_art)
    for key, (full, pair) in counts.items():
        print(f"{key}: full triples {full}/{n} = {full / max(n, 1):.3f}; actor and target {pair}/{n} = "
              f"{pair / max(n, 1):.3f}")


if __name__ == "__main__":
    main()
