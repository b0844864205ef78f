"""Source typing on real articles, round 29 (issue 16): an elected office of a named place, with no name given
("the former lieutenant governor of Pennsylvania said"), is the politician quoted last; an outlet the source table
lacked (The American Mirror); on sentences of our own."""

from __future__ import annotations

from tests.test_attribution import _find


def test_a_former_office_of_a_state_is_the_senator_quoted_last(extract) -> None:
    doc = extract("Sen. Carl Wendover spoke to farmers in a barn on Friday. “We will fix the roads,” Wendover "
                  "said. The crowd cheered for a long time. “Nobody here wants another delay,” the former "
                  "mayor of Ohio said.")
    a = _find(doc, "Nobody here wants another delay")
    assert a.speaker_name == "Carl Wendover" and a.named
    assert a.source_type == "politician"


def test_an_office_of_a_place_is_left_alone_after_a_private_person(extract) -> None:
    doc = extract("Carl Wendover, a farmer, waited in the barn. “We will fix the roads,” Wendover said. The crowd "
                  "cheered for a long time. “Nobody here wants another delay,” the former mayor of Ohio said.")
    a = _find(doc, "Nobody here wants another delay")
    assert a.speaker_name != "Carl Wendover"
    assert not a.named


def test_an_office_of_another_country_is_not_the_senator_quoted_last(extract) -> None:
    doc = extract("Sen. Carl Wendover (R-Ohio) spoke to farmers in a barn on Friday. “We will fix the roads,” "
                  "Wendover said. The crowd cheered for a long time. “Nobody here wants another delay,” the "
                  "former mayor of Moscow said.")
    a = _find(doc, "Nobody here wants another delay")
    assert a.speaker_name != "Carl Wendover"


def test_an_outlet_the_table_lacked_is_media(extract) -> None:
    doc = extract("The American Mirror reported that the school board met twice in secret.")
    a = _find(doc, "the school board met twice")
    assert a.source_type == "media"
    assert a.source_country == "US"
