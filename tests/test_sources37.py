"""Source typing, round 37 (issue 16): unnamed people of a force ("investigators", "the officers", "an officer") are
the state's, of the country their phrase names and no other (scripts/sources37/README.md); on sentences of our own.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import _find

STORY = ("A fire destroyed a warehouse in Lyon, France, on Tuesday. French ministers visited the site. "
         "{cue} The mayor of Lyon said the city would rebuild.")


@pytest.mark.parametrize("cue", ["Investigators said the blaze began in a storage room.",
                                 "The officers who arrived first said the blaze began in a storage room.",
                                 "An officer told reporters the blaze began in a storage room."])
def test_unnamed_people_of_a_force_are_the_states_of_no_implied_country(extract_ner, cue: str) -> None:
    a = _find(extract_ner(STORY.format(cue=cue)), "blaze began")
    assert (a.source_type, a.source_country) == ("government", None)


def test_a_force_named_by_its_country_keeps_it(extract_ner) -> None:
    a = _find(extract_ner(STORY.format(cue="Swedish investigators said the blaze began in a storage room.")),
              "blaze began")
    assert (a.source_type, a.source_country) == ("government", "SE")


def test_officials_keep_the_storys_country(extract_ner) -> None:
    a = _find(extract_ner(STORY.format(cue="Officials said the blaze began in a storage room.")), "blaze began")
    assert a.source_type == "government"


def test_a_company_officer_is_no_force() -> None:
    from spinscope.components.attribution.sources import load_source_table, unnamed_force

    table = load_source_table()
    assert unnamed_force("investigators", table) and unnamed_force("the officers who came", table)
    assert not unnamed_force("the chief executive officer", table)
    assert not unnamed_force("Tesla investigators", table)
    assert not unnamed_force("officers of the company", table)


@pytest.mark.parametrize(("text", "content", "speaker", "typed"), [
    ("The council cut the library budget by a third, reported The Daily Wire.", "cut the library budget",
     "The Daily Wire", "media"),
    ("The ferry will stop running in May, wrote the Financial Times on Friday.", "stop running in May",
     "the Financial Times", "media"),
    ("The dam failed after heavy rain, reported the newspaper.", "dam failed", "the newspaper", "media"),
])
def test_an_inverted_reporter_after_a_comma_speaks(extract_ner, text: str, content: str, speaker: str,
                                                   typed: str) -> None:
    doc = extract_ner(text)
    a = _find(doc, content)
    assert a.speaker is not None and doc.text[a.speaker.start:a.speaker.end] == speaker
    assert a.source_type == typed
    assert not any(doc.text[x.content.start:x.content.end].startswith(speaker) for x in doc.attributions)


def test_a_conjoined_report_with_and_keeps_its_subject(extract_ner) -> None:
    doc = extract_ner("The mayor met the governor on Monday, and reported the results to the council.")
    assert all(a.speaker is None or doc.text[a.speaker.start:a.speaker.end] != "the council" for a in doc.attributions)


def test_abc_in_an_australian_story_is_australias(extract_ner) -> None:
    doc = extract_ner("Bushfires burned near Sydney, Australia, on Monday. Australian firefighters worked overnight. "
                      "ABC reported that two towns were evacuated.")
    a = _find(doc, "towns were evacuated")
    assert (a.source_type, a.source_country) == ("media", "AU")


def test_abc_in_an_american_story_stays_the_us_network(extract_ner) -> None:
    doc = extract_ner("Storms hit Texas, in the United States, on Monday. American forecasters warned of floods. "
                      "ABC reported that two towns were evacuated.")
    a = _find(doc, "towns were evacuated")
    assert (a.source_type, a.source_country) == ("media", "US")


def test_an_inverted_reporter_after_a_coordinated_clause(extract_ner) -> None:
    doc = extract_ner("The old bridge seemed safe until the storm came and it received a new crack that the "
                      "inspectors found, reported The Daily Wire.")
    a = _find(doc, "new crack")
    assert a.speaker is not None and doc.text[a.speaker.start:a.speaker.end] == "The Daily Wire"
