"""Scoring the Russian layers (actors_ru.v1, attributions_ru.v1) on the hand-annotated Russian articles of
``tests/gold/russian.jsonl``.

Each line is ``{"id", "split", "text", "attributions": [...], "actors": [...]}``, the attributions as in
``tests/gold/attributions.jsonl`` (scored by :mod:`.attribution_eval`: content precision and recall, exact and
overlap, then speaker, cue, kind and source-type accuracy over matched pairs, plus state-affiliation accuracy)
and the actors as in ``tests/gold/actors.jsonl`` (scored as :mod:`.actor_eval` does: a predicted actor is
correct when a mention overlaps a gold mention and its code agrees; places are left out). ``split`` is
"development" (the articles read while the rules were written) or "heldout" (written at the same time, never
used to change a rule); each is reported apart.

Usage: ``python -m spinscope.training.russian_eval [GOLD.jsonl]``; ``--speed [N]`` instead times the default
pipeline on the English sample article (N times over) and on as many characters of the Russian gold articles
(warm, median of runs, the two texts alternating; wall-clock and CPU seconds).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from .attribution_eval import GoldAttribution, _locate, _prf, score_article

GOLD_FILE = Path(__file__).resolve().parents[3] / "tests" / "gold" / "russian.jsonl"


def _gold_attributions(item: dict[str, Any]) -> tuple[list[GoldAttribution], list[bool]]:
    text = item["text"]
    gold, state = [], []
    for i, att in enumerate(item["attributions"]):
        where = f"{item['id']} attribution {i}"
        content = _locate(text, att["content"], 0, where)
        assert content is not None
        gold.append(GoldAttribution(content=content, speaker=_locate(text, att.get("speaker"), content[0], where),
                                    cue=_locate(text, att.get("cue"), content[0], where), kind=att["kind"],
                                    source_type=att.get("source_type")))
        state.append(bool(att.get("state_affiliated")))
    return gold, state


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]


def evaluate(path: Path = GOLD_FILE) -> dict[str, Any]:
    """Run the default pipeline over every article and score actors and attributions, per split."""
    from ..document import ArticleInput
    from ..ingest.clean import make_document
    from ..pipeline import Pipeline
    from ..predict import actor_code
    from ..settings import DEFAULT_COMPONENTS

    names = [n for n in DEFAULT_COMPONENTS if n in ("language.v1", "segment_ru.v1", "actors_ru.v1",
                                                     "attributions_ru.v1")]
    pipeline = Pipeline.from_names(names)
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, Any] = {}
    for split in ("development", "heldout"):
        keys = ("gold", "pred", "exact", "overlap", "speaker_ok", "cue_ok", "kind_ok", "type_ok")
        totals: dict[str, Any] = {k: 0 for k in keys} | {"state_ok": 0, "misses": [], "spurious": []}
        actors: dict[str, Any] = {"predicted": 0, "correct": 0, "gold": 0, "found": 0, "wrong": [], "missed": []}
        for item in (i for i in items if i.get("split", "development") == split):
            doc = pipeline.run(make_document(ArticleInput(text=item["text"], input_format="jsonl")))
            text = doc.text
            gold, state = _gold_attributions(item)
            counts = score_article(text, gold, doc.attributions)
            for k in keys:
                totals[k] += counts[k]
            totals["misses"] += [f"{item['id']}: {m}" for m in counts["misses"]]
            totals["spurious"] += [f"{item['id']}: {m}" for m in counts["spurious"]]
            for g, st in zip(gold, state, strict=True):
                overlaps = [(min(a.content.end, g.content[1]) - max(a.content.start, g.content[0]), a)
                            for a in doc.attributions]
                size, best = max(overlaps, key=lambda pair: pair[0], default=(0, None))
                if best is not None and size > 0:
                    totals["state_ok"] += best.state_affiliated == st
            spans = [(g, [s for m in g["mentions"] for s in _occurrences(text, m)]) for g in item["actors"]]
            found: set[int] = set()
            for actor in doc.actors:
                if actor.type == "location":
                    continue
                actors["predicted"] += 1
                code = actor_code(actor)
                hits = [i for i, (_, ss) in enumerate(spans)
                        if any(m.start < e and s < m.end for m in actor.mentions for s, e in ss)]
                good = [i for i in hits if spans[i][0]["code"] in (None, code)]
                if good:
                    actors["correct"] += 1
                    found.update(good)
                else:
                    actors["wrong"].append(f"{item['id']}: {actor.aliases[0]!r} -> {actor.name} ({code})")
            actors["gold"] += len(spans)
            actors["found"] += len(found)
            actors["missed"] += [f"{item['id']}: {g['name']}" for i, (g, _) in enumerate(spans) if i not in found]
        n = totals["overlap"]
        out[split] = {
            "attributions": {
                "gold": totals["gold"], "predicted": totals["pred"],
                "exact": _prf(totals["exact"], totals["pred"], totals["gold"]),
                "overlap": _prf(totals["overlap"], totals["pred"], totals["gold"]),
                **{f"{k[:-3]}_accuracy": round(totals[k] / n, 3) if n else 0.0
                   for k in ("speaker_ok", "cue_ok", "kind_ok", "type_ok", "state_ok")},
                "misses": totals["misses"], "spurious": totals["spurious"]},
            "actors": {"gold": actors["gold"], "predicted": actors["predicted"],
                       "precision": round(actors["correct"] / actors["predicted"], 3) if actors["predicted"] else 0.0,
                       "recall": round(actors["found"] / actors["gold"], 3) if actors["gold"] else 0.0,
                       "wrong": actors["wrong"], "missed": actors["missed"]},
        }
    return out


def speed(path: Path = GOLD_FILE, *, runs: int = 3, repeat: int = 1) -> dict[str, Any]:
    """Seconds the default pipeline takes on the English sample article and on a Russian text of the same length
    (the Russian gold articles, repeated and cut at a paragraph), each warmed up once, the median of ``runs``;
    ``repeat`` times the sample article for a longer text."""
    import statistics
    import time

    from .. import load_pipeline
    from ..document import ArticleInput

    sample = (Path(__file__).resolve().parents[3] / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    english = "\n".join([sample.strip()] * repeat)
    items = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    russian = ""
    while len(russian) < len(english):
        russian += "\n".join(items) + "\n"
    russian = russian[:russian.rfind("\n", 0, len(english) + 200)].strip()
    pipeline = load_pipeline()
    texts = {"en": english, "ru": russian}
    wall: dict[str, list[float]] = {"en": [], "ru": []}
    cpu: dict[str, list[float]] = {"en": [], "ru": []}
    languages = {}
    for name, text in texts.items():  # warm-up: models load, caches fill
        languages[name] = pipeline(ArticleInput(text=text)).article.language
    # the two texts alternate, so a change of load on a shared machine falls on both; CPU seconds of this
    # process (all its threads) are the steadier figure there
    for _ in range(runs):
        for name, text in texts.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            pipeline(ArticleInput(text=text))
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - cpu_started)
    out: dict[str, Any] = {name: {"characters": len(text), "language": languages[name],
                                  "seconds": round(statistics.median(wall[name]), 3),
                                  "cpu_seconds": round(statistics.median(cpu[name]), 3)}
                           for name, text in texts.items()}
    out["ru_over_en"] = round(out["ru"]["seconds"] / out["en"]["seconds"], 2)
    out["ru_over_en_cpu"] = round(out["ru"]["cpu_seconds"] / out["en"]["cpu_seconds"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args[:1] == ["--speed"]:
        repeat = int(args[1]) if len(args) > 1 else 1
        sys.stdout.write(json.dumps(speed(repeat=repeat), indent=1) + "\n")
        return 0
    path = Path(args[0]) if args else GOLD_FILE
    sys.stdout.write(json.dumps(evaluate(path), indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
