"""Actors on SemEval-2025 EN climate and Ukraine pieces (round 52, branch ``actors52``): a pipeline named with its
word or numbered in a pair, a site's address after "at" and a platform a clip stems from are no actors; a handle is
the person whose name it spells; a site that reports, a fact-checking outlet and a CamelCase outlet after an
inverted verb of reporting are media actors; round 51's collective villains count after "referring to".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope.components.actors import Mention, _actors52
from spinscope.pipeline import Pipeline
from spinscope.training import actor_eval
from tests.actor_findings import actors_of, surfaces


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(list(actor_eval.ACTOR_COMPONENTS))


def test_actors52_pipelines_named_with_their_word_are_no_actors(pipeline: Pipeline) -> None:
    text = ("Divers are said to have helped blow up the Nord Stream Pipelines last year. The Nord Stream 1 and 2 "
            "pipelines had carried gas to Germany for a decade, the minister said.")
    found = surfaces(actors_of(pipeline, text))
    assert "Nord Stream" not in found
    assert "Germany" in found


def test_actors52_site_address_after_at_is_no_actor(pipeline: Pipeline) -> None:
    text = ("Senator Mark Hollis of Ohio attacked the farm bill on Monday. Speak freely at the new open, "
            "chain-based Freespeechly.io. Explore our free tools at Freespeechly.AI. Support us by shopping at "
            "FarmVaultStore.com, with seeds and more.")
    found = surfaces(actors_of(pipeline, text))
    assert "Freespeechly" not in found and "FarmVaultStore" not in found
    assert "Mark Hollis" in found


def test_actors52_site_that_reports_and_fact_checkers_are_outlets(pipeline: Pipeline) -> None:
    text = ("Freedomwire.news reports: the governor of Texas signed the order on Friday. Check Your Fact found "
            "no record of the order, and a spokesman for the governor declined to comment.")
    found = actors_of(pipeline, text)
    assert "Freedomwire.news" in found and "Check Your Fact" in found
    assert found["Check Your Fact"][0] == "media"


def test_actors52_camelcase_outlet_after_inverted_report(pipeline: Pipeline) -> None:
    text = ('"Until now, the cells had to be fed from outside, or with serum," reported ScienceBlogDaily about how '
            "the cells can now make their own food.")
    assert "ScienceBlogDaily" in actors_of(pipeline, text)


def test_actors52_platform_a_clip_stems_from_is_no_actor(pipeline: Pipeline) -> None:
    text = "The clip, which originally stems from TikTok, was viewed 2,000 times before Senator Mark Hollis saw it."
    found = surfaces(actors_of(pipeline, text))
    assert "TikTok" not in found
    assert "Mark Hollis" in found


def test_actors52_powers_that_be_after_referring_to(pipeline: Pipeline) -> None:
    text = ('One reader wrote that "the scheme," referring to the powers that be, "is plain to see," and another '
            "reader agreed with Senator Mark Hollis.")
    assert "The powers that be" in actors_of(pipeline, text)


def test_actors52_handle_is_the_person_it_spells() -> None:
    text = "Treasurer Jane Roe spoke first. Thank you @JaneRoeTX for the work!"
    roe = Mention(0, 18, ("Treasurer Jane Roe", None, "USA"), "ner", ner_type="person")
    start = text.index("@JaneRoeTX")
    handle = Mention(start, start + len("@JaneRoeTX"), ("@JaneRoeTX", None, None), "ner", ner_type="group")
    out = _actors52(text, [roe, handle])
    assert [m.key for m in out] == [roe.key, roe.key]
    other = "Treasurer Jane Roe spoke first. Thank you @MarkHollis for the work!"
    handle2 = Mention(other.index("@"), other.index("@") + 11, ("@MarkHollis", None, None), "ner", ner_type="group")
    assert _actors52(other, [roe, handle2])[1].key == ("@MarkHollis", None, None)
