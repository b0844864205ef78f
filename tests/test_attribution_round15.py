"""Round 15 of the attribution layer (issue 16), on sentences of our own: what a naming verb says is its object with
the name ("called the plan “a gift to the rich”"); a quote after another reporting clause is that clause's; a bare
surname stays with the person named most, and a full name of another gender is another person; "he"/"she" is no
longer sure of a man named before when someone of unknown gender, or a surname the tagger missed, is the subject
since."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.speakers import People, Person, _Mention, _resolve_pronoun
from tests.test_attribution import _find, _part


@pytest.mark.parametrize(("text", "content"), [
    ("On Tuesday, Smith called half of the council’s members “freeloaders.”",
     "half of the council’s members “freeloaders.”"),
    ("At the dinner, the mayor called the harbour festival “a celebration of the ways a town can come together.”",
     "the harbour festival “a celebration of the ways a town can come together.”"),
    ("Hale described the budget as “a disaster waiting to happen.”", "the budget as “a disaster waiting to happen.”"),
    ("The senator called his opponent a “reckless gambler” who is “out of touch” and a “fraud.”",
     "his opponent a “reckless gambler” who is “out of touch” and a “fraud.”"),
])
def test_a_naming_verb_says_its_object_with_the_name(extract, text, content) -> None:
    doc = extract(text)
    a = _find(doc, "“")
    assert _part(doc, a, "content") == content
    assert _part(doc, a, "cue") in ("called", "described")


@pytest.mark.parametrize(("text", "content"), [
    ("The minister called for “a new start in the north.”", "a new start in the north"),
    ("“We will win this seat,” the candidate called out to the crowd.", "We will win this seat"),
])
def test_a_call_for_or_a_quote_before_keeps_the_quote_alone(extract, text, content) -> None:
    doc = extract(text)
    assert _part(doc, _find(doc, content), "content") == content


def test_a_quote_after_another_reporting_clause_is_that_clauses(extract) -> None:
    doc = extract("In a letter confirming the vote, the board called Smith a “friend” of the town.")
    a = _find(doc, "friend")
    assert _part(doc, a, "cue") == "called"
    assert _part(doc, a, "speaker") == "the board"
    assert not any("friend" in doc.text[b.content.start:b.content.end] and _part(doc, b, "cue") == "confirming"
                   for b in doc.attributions)


def test_a_bare_surname_stays_with_the_person_named_most_not_a_relative_named_once(extract) -> None:
    doc = extract("Senator Tom Brennan endorsed the harbour plan on Friday. Brennan said the vote had been close. "
                  "Brennan had refused to back it in May, when Brennan was still a councillor.\n\n"
                  "Critics had attacked his wife, Maria Brennan, during the campaign.\n\n"
                  "“I will not forget that,” Brennan said. Brennan added that the plan would pass.")
    assert _find(doc, "I will not forget").speaker_name == "Tom Brennan"
    assert _find(doc, "the plan would pass").speaker_name == "Tom Brennan"


def test_a_full_name_of_another_gender_is_not_the_titled_surname(extract) -> None:
    doc = extract("Mr. Hale spoke in Leeds on Saturday. “We won the vote,” Mr. Hale said.\n\n"
                  "The campaign plans to send Mr. Hale and his wife, Maria Hale, to three cities.\n\n"
                  "“It is about the harbour,” Mr. Hale said.")
    for words in ("We won the vote", "It is about the harbour"):
        assert _find(doc, words).speaker_name != "Maria Hale"


def _people(*mentions: tuple[str, str, int, bool, str | None], name_subjects=()) -> People:
    """People of hand-made mentions: (full name, surname, start, subject, gender)."""
    out = []
    for name, key, start, subject, gender in mentions:
        parts = name.split()
        person = Person(key=key, name=name, first=parts[0].lower() if len(parts) > 1 else None, gender=gender)
        out.append(_Mention(name, start, start + len(name), None, None, person=person, subject=subject,
                            sentence=start))
    return People(out, name_subjects)


def test_a_person_of_unknown_gender_named_as_subject_after_the_man_takes_he_unsure() -> None:
    # "Mr. Petrov met the board. Gen. Norbert Brennan told the radio host about the cuts he opposed ..."
    people = _people(("Ivan Petrov", "petrov", 0, True, "m"), ("Norbert Brennan", "brennan", 100, True, None))
    res = _resolve_pronoun("he", 160, people, None)
    assert res is not None and res.name == "Norbert Brennan"
    assert res.confidence == "coref:pronoun-unsure"


def test_a_surname_subject_the_tagger_missed_makes_he_unsure_and_takes_it() -> None:
    # "Mr. Petrov spoke. The Gen. Norbert Brennan affair ... Brennan explained why ... “...,” he said."
    people = _people(("Ivan Petrov", "petrov", 0, True, "m"), ("Norbert Brennan", "brennan", 40, False, None),
                     name_subjects=[(120, "brennan")])
    res = _resolve_pronoun("he", 200, people, None)
    assert res is not None and res.name == "Norbert Brennan"
    assert res.confidence == "coref:pronoun-unsure"


def test_an_unknown_name_subject_leaves_the_man_unsure() -> None:
    # "Mr. Petrov spoke. Delacroix (typed a body by the tagger) has said ..., but he refuses ..."
    people = _people(("Ivan Petrov", "petrov", 0, True, "m"), name_subjects=[(120, "delacroix")])
    res = _resolve_pronoun("he", 200, people, None)
    assert res is not None and res.name == "Ivan Petrov"
    assert res.confidence == "coref:pronoun-unsure"
    alone = _resolve_pronoun("he", 200, _people(("Ivan Petrov", "petrov", 0, True, "m")), None)
    assert alone is not None and alone.confidence == "coref:pronoun-sure"
