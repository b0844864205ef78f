#!/usr/bin/env python3
"""Round 65's measurements in one run (attr57's both.py, four variants): each article is parsed once and extracted
four times:

- ``base``: this round's changes switched off (``round65_attributions`` a no-op and the resolver's
  ``name_heads_verbless_65`` always False: main's output exactly, with ``run_line_cue_s44`` as on main);
- ``no-s44``: the base with ``sources44.run_line_cue_s44`` a no-op (the overlap lead: does it still change anything
  once round 61's ``_run_closing_speaker`` runs?);
- ``branch``: this round's changes on, ``run_line_cue_s44`` as on main;
- ``final``: this round's changes on, ``run_line_cue_s44`` a no-op (what the branch ships once the rule is removed).

Printed per gold: the base's and the final's score line (the acceptance scorer), and counts only: articles and
attributions whose output differs between base and no-s44 (``s44``), between base and branch (``moved``) and
between base and final (``final``), and the final's round-65 tags. No text or span is printed. (Once
``run_line_cue_s44`` is gone from the code, ``no-s44`` and ``final`` are the base and the branch.)

    python scripts/attr65/both.py polnear:tune real31 real32 ...          # development golds, PolNeAR's tuning half
    python scripts/attr65/both.py --held real32 ...                        # held-out golds (at the start and the end)
    python scripts/attr65/both.py [--held] sources:real44 ...              # a source gold's articles: counts only
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "attr31"))
sys.path.insert(0, str(ROOT / "scripts"))
import attr_dev  # type: ignore[import-not-found]  # noqa: E402
import score as real  # type: ignore[import-not-found]  # noqa: E402

LABELS = ("base", "no-s44", "branch", "final")
TAGS = ("scheduled-speaker-65",)


def main(args: list[str]) -> None:
    import spinscope.components.attribution as attribution
    import spinscope.components.attribution.sources44 as s44
    import spinscope.components.attribution.speakers as speakers
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import iter_paths
    from spinscope.pipeline import Pipeline

    held = "--held" in args
    names = [a for a in args if a != "--held"]
    extractor, upstream = attribution.AttributionExtractor(), Pipeline.from_names(real.UPSTREAM)
    r65, names65, line44 = (attribution.round65_attributions, speakers.name_heads_verbless_65,
                            getattr(s44, "run_line_cue_s44", None))

    def variant(label: str) -> None:
        on = label in ("branch", "final")
        attribution.round65_attributions = r65 if on else (lambda text, d, found, *rest: found)  # type: ignore
        speakers.name_heads_verbless_65 = names65 if on else (lambda ent: False)  # type: ignore
        if line44 is not None:
            s44.run_line_cue_s44 = (lambda text, found: found) if label in ("no-s44", "final") else line44  # type: ignore

    counts: dict[str, int] = {}

    def three(doc: Any, out: Path, stem: str) -> None:
        dumps: dict[str, list[dict[str, Any]]] = {}
        for label in LABELS:
            variant(label)
            res = extractor(doc)
            dumps[label] = [a.model_dump(mode="json") for a in res.attributions]
            (out / label).mkdir(parents=True, exist_ok=True)
            (out / label / f"{stem}.json").write_text(
                json.dumps({"article": {"text": res.text}, "attributions": dumps[label]}), encoding="utf-8")
        variant("branch")
        for key, other in (("s44", "no-s44"), ("moved", "branch"), ("final", "final")):
            diff = sum(a != b for a, b in zip(dumps["base"], dumps[other], strict=False)) + abs(len(dumps["base"]) -
                                                                                   len(dumps[other]))
            counts[f"{key} articles"] = counts.get(f"{key} articles", 0) + bool(diff)
            counts[f"{key} attributions"] = counts.get(f"{key} attributions", 0) + diff
        for tag in TAGS:
            counts[tag] = counts.get(tag, 0) + sum(tag in a["evidence"] for a in dumps["final"])

    for name in names:
        counts.clear()
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            if name.startswith("sources:"):  # a source-typing gold's articles: counts only, no score
                gold = ROOT / "tests" / "gold" / f"sources_{name[8:]}{'_heldout' if held else ''}.jsonl"
                for line in gold.read_text(encoding="utf-8").splitlines():
                    rec = json.loads(line)
                    item = next(iter(iter_paths([real.SHARED / rec["path"]])))
                    three(upstream.run(make_document(item)), out, rec["id"])
                lines = ["counts only"]
            elif name.startswith("polnear:"):
                if name != "polnear:tune" and not held:
                    sys.exit("PolNeAR's held-out half: pass --held (read at the start and the end only)")
                stems = attr_dev.stems(name.split(":")[1])
                for stem in stems:
                    three(attr_dev._parsed(stem, upstream), out, stem)
                lines = [f"{label}: {attr_dev.score(stems, out / label).splitlines()[-1]}"
                         for label in ("base", "final")]
            else:
                gold = ROOT / "tests" / "gold" / f"attributions_{name}{'_heldout' if held else ''}.jsonl"
                records = real.load_gold(gold)
                for rec in records:
                    item = next(iter(iter_paths([real.SHARED / rec["path"]])))
                    three(upstream.run(make_document(item)), out, real.stem_of(rec))
                lines = []
                for label in ("base", "final"):
                    (out / f"s{label}").mkdir()
                    lines.append(f"{label}: {real.score(records, out / f's{label}', out / label).splitlines()[-1]}")
            print(f"{name}{' held' if held else ''}: " + " | ".join(lines), flush=True)
            print("    counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
