"""The lead's fixes of round 31, from reading real articles: a promotion that only points to an address is page
furniture, a technique span never starts inside a number, and a person the dictionary knows by one name only
("Hassan", a prince of Jordan) is not whoever bears that name as a surname."""

from __future__ import annotations

import pytest

from spinscope.api import analyze
from spinscope.components.persuasion_models import snap_to_words
from spinscope.ingest.clean import strip_chrome

ACTOR_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "actors.v1"]


@pytest.mark.parametrize("line", ["TRUTH LIVES on at https://truth.example.tv/",
                                  "Facebook: https://www.facebook.com/SomeWriter/",
                                  "Read the whole series at https://news.example.org/series"])
def test_a_line_that_only_points_to_an_address_is_removed_and_kept(line):
    cleaned, removed = strip_chrome(f"The port reopened on Monday after the strike.\n\n{line}\n\nShips left at dawn.")
    assert line not in cleaned
    assert removed == [line]


@pytest.mark.parametrize("line", ["The full audit is available at https://audit.example.org/2024.pdf and runs to "
                                  "40 pages.",
                                  "He said the clip was first posted on https://t.me/channel on Sunday."])
def test_a_sentence_with_an_address_in_it_stays(line):
    cleaned, removed = strip_chrome(f"The port reopened on Monday.\n\n{line}")
    assert line in cleaned and removed == []


@pytest.mark.parametrize("number", ["22,233", "3.5", "1,200,000"])
def test_spans_never_start_or_end_inside_a_number(number):
    text = f"Officials counted {number} arrivals."
    start = text.index(number)
    for cut in range(start + 1, start + len(number)):
        if text[cut].isdigit() and not text[cut - 1].isdigit():  # a cut right after a separator
            s, e = snap_to_words(text, cut, text.index(" arrivals"))
            assert text[s:e] == f"{number}"
        if not text[cut].isdigit():  # a cut right before a separator
            s, e = snap_to_words(text, start, cut)
            assert text[s:e] == number


def test_a_sentence_end_after_a_number_is_no_joiner():
    text = "The toll rose to 1,200. Rescuers kept digging."
    s, e = snap_to_words(text, text.index("1,200"), text.index("1,200") + 5)
    assert text[s:e] == "1,200"


def test_a_one_name_dictionary_person_is_not_a_namesakes_surname():
    text = ("The garment exporters' president Faruque Hassan spoke at the forum in Dhaka on Sunday. Hassan said the "
            "sector was changing fast.")
    actors = analyze(text, components=ACTOR_COMPONENTS).actors
    hassan = [a for a in actors if "Hassan" in a.name]
    assert hassan and all(a.code != "JORGOV" and a.country != "JOR" for a in hassan)


@pytest.mark.parametrize("text", ["King Hassan of Jordan met the envoy in Amman on Monday.",
                                  "Crown Prince Hassan said the talks would go on."])
def test_the_one_name_person_after_a_title_is_still_known(text):
    actors = analyze(text, components=ACTOR_COMPONENTS).actors
    assert any(a.code == "JORGOV" and a.type == "person" for a in actors)
