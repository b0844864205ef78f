"""Round 46, helper tech49 (issue 15): technique findings on straight wire news.

Main gives no technique finding on tech49's ten Reuters wire articles (scripts/tech49: plain 1987 oil and company
reporting), so no rule shipped this round; these tests keep that: a wire report of our own (dated price and deal
news with "X said" reports and market words) and tech49's marked five stay free of findings under the default
pipeline's technique components. Every sentence here is our own, in the shape of the wire articles read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.components.persuasion_models import MODELS_DIR
from spinscope.settings import DEFAULT_COMPONENTS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
needs_models = pytest.mark.skipif(not (MODELS_DIR / "techniques" / "model.safetensors").is_file(),
                                  reason="trained models are absent")
#: The default pipeline's components up to the last technique gate (language, segment, vectors, the tagger,
#: genre and the gates), in the default order.
TECHNIQUE_COMPONENTS = [c for c in DEFAULT_COMPONENTS if c in {"language.v1", "segment.v1", "sentence-vectors.v1",
                                                                "techniques.v1", "genre.v1"}
                        or c.startswith("techniques_gate")]

WIRE = ("NORTHFIELD OIL CUTS POSTED PRICES\n\n"
        "HOUSTON, March 3 - Northfield Oil Corp said it cut the price it pays for two grades of crude by 50 cts a "
        "barrel, effective today.\n\n"
        "The company said the cut follows a slide in spot prices over the past week, when weak demand for heating "
        "oil left refiners with large stocks.\n\n"
        "Northfield last changed its postings on Feb 24.")
DEAL = ("BRANTLEY TO BUY STAKE IN MERCER TOOL\n\n"
        "CHICAGO, March 4 - Brantley Industries Inc said it agreed to buy a 20 pct stake in Mercer Tool Co for 14 mln "
        "dlrs in cash, and may seek a seat on its board.\n\n"
        "Mercer said its directors approved the sale and expected it to close by the end of April, subject to "
        "regulatory approval.\n\n"
        "Mercer earned 2.1 mln dlrs on sales of 40 mln dlrs last year.")


def test_technique_components_are_the_default_order() -> None:
    assert TECHNIQUE_COMPONENTS[:5] == ["language.v1", "segment.v1", "sentence-vectors.v1", "techniques.v1",
                                        "genre.v1"]
    assert TECHNIQUE_COMPONENTS[-1] == "techniques_gate54.v1"  # the newest gate last (round 47 merge)


@needs_models
@pytest.mark.slow
def test_plain_wire_reports_get_no_technique_finding() -> None:
    from spinscope.api import analyze

    for text in (WIRE, DEAL):
        r = analyze(text, components=TECHNIQUE_COMPONENTS)
        assert r.genre is not None and r.genre.label == "reporting"
        assert [(text[t.start:t.end], t.label) for t in r.techniques] == []


@needs_models
@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_tech49_marked_five_stay_free_of_findings() -> None:
    marks = json.loads((ROOT / "scripts" / "tech49" / "marks_m49.json").read_text())
    paths = [SHARED / name for name in marks["articles"]]
    if not all(p.is_file() for p in paths):
        pytest.skip("run scripts/reuters/fetch.py")
    from spinscope.api import analyze

    assert marks["findings"] == [] and len(paths) == 5
    for p in paths:
        r = analyze(p.read_text(encoding="utf-8"), components=TECHNIQUE_COMPONENTS)
        assert r.techniques == [], p.name
