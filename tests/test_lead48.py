"""The lead's fixes of round 48, from reading 1987 wire stories and news pages: a group's "they" is the group, a
plural group opening a sentence is typed as in lower case, "shows off" in a headline reports nothing, and the
listener of "told" is no content. Every sentence here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
SOURCING_COMPONENTS = [*ATTRIBUTION_COMPONENTS, "claims.v1"]

MINISTRY = ("The Ministry of Transport will cut the number of rail lines to 40 from 55, ministry officials said.\n\n"
            "The ministry is expected to publish its plan by June, they said.\n\n"
            "The change follows a fall in passenger numbers, they noted.")


def _records(text: str, cue: str):
    found = analyze(text, components=ATTRIBUTION_COMPONENTS).attributions
    return [a for a in found if a.cue is not None and text[a.cue.start:a.cue.end] == cue]


def test_a_groups_they_takes_the_groups_type():
    for record in _records(MINISTRY, "said") + _records(MINISTRY, "noted"):
        assert record.source_type == "government"
        assert record.speaker_name == "ministry officials"
        assert record.named is False


def test_the_profile_counts_the_group_not_they():
    sources = analyze(MINISTRY, components=SOURCING_COMPONENTS).sourcing.sources
    assert [s.name for s in sources] == ["ministry officials"]
    assert sources[0].attributions == 3


def test_a_they_after_a_named_speaker_is_left_alone():
    text = ("Rail lines will be cut to 40 from 55, Transport Minister Anna Berg said.\n\n"
            "The plan is due by June, they said.")
    record = _records(text, "said")[-1]
    assert text[record.speaker.start:record.speaker.end] == "they"
    assert record.source_type != "government"  # one named minister is no group: the rule reads unnamed groups only


@pytest.mark.parametrize("word", ["Executives", "Traders", "Analysts"])
def test_a_plural_group_opening_a_sentence_is_typed_as_in_lower_case(word):
    text = (f"Acme Corp plans a new phone for next year.\n\n"
            f"{word} admitted the older model will stay on sale for a while.")
    record = _records(text, "admitted")[0]
    assert record.named is False
    assert record.source_type != "person"


def test_shows_off_in_a_headline_reports_nothing():
    text = "Acme shows off new phone\n\nThe phone will cost less than the old one, the company said."
    assert _records(text, "shows") == []


def test_shows_in_a_headline_still_reports():
    text = "Poll shows voters favour the plan\n\nThe poll of 1,000 adults was taken last week, its authors said."
    assert len(_records(text, "shows")) == 1


def test_the_listener_of_told_is_no_content():
    text = ('Prime Minister Jan Kowalski told a radio interviewer, "As soon as the bill is passed, and it will be '
            'within days, all staff laid off will have the right to support."')
    records = _records(text, "told")
    assert len(records) == 1
    assert text[records[0].content.start:records[0].content.end].startswith("As soon as the bill")


def test_the_soviet_union_is_a_country_of_sources():
    text = "A Soviet trade official said the grain deal depends on prices."
    record = _records(text, "said")[0]
    assert record.source_country == "RU"
