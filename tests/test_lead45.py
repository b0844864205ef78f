"""The lead's fixes of round 32, from reading real articles: a community site's trailer (its pitch and the product
advertisements after it) is not the article, a closing quotation mark glued to the speaker's name does not make
the name a word of the quote, and a plural ("Russian officials") is no antecedent of a singular "the official"."""

from __future__ import annotations

import pytest

from spinscope.api import analyze
from spinscope.components.core import load_spacy
from spinscope.ingest.clean import strip_chrome

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]

TRAILER = ("Anyone can join.\n\nAnyone can contribute.\n\nAnyone can become informed about their world.\n\n"
           "Mineral Drops\n\nOur Mineral Drops support your body at the cellular level. Order yours today.")


def test_a_community_sites_trailer_and_what_follows_it_are_removed_and_kept():
    article = "The port reopened on Monday after the strike.\n\nShips left at dawn, the harbour master said."
    cleaned, removed = strip_chrome(f"{article}\n\n{TRAILER}")
    assert cleaned == article
    assert removed[0] == "Anyone can join." and removed[-1].startswith("Our Mineral Drops")
    assert len(removed) == 5


@pytest.mark.parametrize("text", [
    "Anyone can join.\n\nThe club's rules changed on Monday.",  # the first line alone is no trailer
    "The mayor said anyone can join. Anyone can contribute, she added.\n\nThe vote is on Friday.",
])
def test_prose_that_says_anyone_can_join_stays(text):
    cleaned, removed = strip_chrome(text)
    assert cleaned == text and removed == []


def test_a_closing_quote_glued_to_the_next_word_is_split_off():
    tokens = [t.text for t in load_spacy()("“It is not a complex device,”Polyansky explained.")]
    assert tokens[-5:] == [",", "”", "Polyansky", "explained", "."]


def test_a_speaker_after_a_glued_closing_quote_is_the_name_alone():
    text = ("Dmitry Polyansky, Russia's deputy envoy to the UN, spoke on Tuesday.\n\n“They can come, but I am telling "
            "you that it is not a complex device,”Polyansky explained.")
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    quoted = [a for a in found if a.content is not None and "complex device" in text[a.content.start:a.content.end]]
    assert quoted
    assert all(a.speaker is not None and text[a.speaker.start:a.speaker.end] == "Polyansky" for a in quoted)
    assert all(a.speaker_name == "Dmitry Polyansky" for a in quoted)


def test_the_official_does_not_mean_a_group_of_officials():
    text = ("Russian officials, including the defence minister, have accused Kyiv of preparing a false-flag attack.\n\n"
            "At the same time, the official claimed that the danger of an attack remains very high.")
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    claimed = [a for a in found if a.content is not None and "danger" in text[a.content.start:a.content.end]]
    assert claimed
    assert all(a.speaker_name is None or "officials" not in a.speaker_name for a in claimed)


def test_the_spokesman_still_means_the_spokesman_named_before():
    text = ("A Pentagon spokesman said the drills would go ahead on Monday.\n\n"
            "“We will not be deterred,” the spokesman said.")
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    later = [a for a in found if a.content is not None and "deterred" in text[a.content.start:a.content.end]]
    assert later and later[0].resolved_from is not None
    assert text[later[0].resolved_from.start:later[0].resolved_from.end] == "A Pentagon spokesman"


@pytest.mark.parametrize(("name", "expected"), [
    ("The International Energy Agency (IEA)", "organization"),
    ("The European Medicines Agency", "organization"),
    ("The Environmental Protection Agency", "government"),
    ("The Federal Emergency Management Agency", "government"),
    ("The Tasnim News Agency", "media"),
    ("The Anadolu Agency", "media"),  # an outlet the dictionary knows
])
def test_a_named_agency_is_a_news_agency_only_when_it_is_one(name, expected):
    text = f"{name} says any new projects are incompatible with the goals."
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    assert [a.source_type for a in found] == [expected]


def test_a_section_label_with_an_ellipsis_and_its_headlines_are_removed():
    text = ("The river burst its banks this week.\n\nDon't miss...\n\nForecasters' verdict on the snow as maps show "
            "the day it will hit [REVEAL]\n\nStorm season explained as scientists say 'more may come' [INSIGHT]\n\n"
            "With the ground saturated, the flood risk remains high.")
    cleaned, removed = strip_chrome(text)
    assert cleaned == "The river burst its banks this week.\n\nWith the ground saturated, the flood risk remains high."
    assert removed[0] == "Don't miss..." and len(removed) == 3
