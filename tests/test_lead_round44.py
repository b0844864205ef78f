"""The lead's reading of a fresh opinion piece on a court nominee, round 44 (branch ``lead44``): a surname the tagger
missed, a pronoun chain across a reported clause, a verbal attack, and two shapes that are no statement.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope import analyze
from spinscope.components.actors import Mention, _lead44_actors
from tests.attribution_rows import attribution_details

# ------------------------------------------------------------------------------------------------ actors

NOMINEE = ("Governor Tom Alder picked Ray Dorset for the state bench in June. Critics said Dorset was too close "
           "to the governor. The Dorset pick was certain to divide the chamber, and Dorset\u2019s record is long.")


def _full(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), (name, None, "USA"), "ner", ner_type="person")


def test_lead44_a_lone_surname_the_tagger_missed_is_the_person() -> None:
    out = _lead44_actors(NOMINEE, [_full(NOMINEE, "Tom Alder"), _full(NOMINEE, "Ray Dorset")])
    dorset = [NOMINEE[m.start:m.end] for m in out if m.key[0] == "Ray Dorset"]
    assert dorset == ["Ray Dorset", "Dorset", "Dorset", "Dorset"], dorset
    assert all(m.ner_type == "person" for m in out if m.key[0] == "Ray Dorset")


@pytest.mark.parametrize("text", [
    # the article writes the word in lowercase too: a common word, no surname
    "Judge Ann Rowe took office. A rowe of trees. Rowe spoke.",
    # two people bear the surname: which one is unknown
    "Ann Rowe met Peter Rowe. Rowe spoke first.",
])
def test_lead44_lone_surname_guards(text: str) -> None:
    found = [_full(text, "Ann Rowe")]
    if "Peter Rowe" in text:
        found.append(_full(text, "Peter Rowe"))
    out = _lead44_actors(text, found)
    assert len(out) == len(found), [text[m.start:m.end] for m in out]


def test_lead44_a_surname_inside_another_name_is_left() -> None:
    text = "Ann Rowe chairs the board. The Rowe Foundation paid for it, and Senator Rowe agreed."
    out = _lead44_actors(text, [_full(text, "Ann Rowe")])
    added = [text[m.start - 8:m.end] for m in out[1:]]
    assert added == ["Senator Rowe"], added


# ------------------------------------------------------------------------------------------------ events

CHAIN = ("Governor Tom Alder picked Ray Dorset for the state bench in June. If the pick had been withdrawn after "
         "Lena Marsh Pellam made her first claims about Dorset, voters might have decided it was not the "
         "governor's fault.\n\nMeanwhile, Alder's conduct has been as unpredictable as ever. At first he insisted that "
         "Pellam deserved a hearing; later he attacked her in words that hurt many victims, and he faulted the "
         "Senate for delaying the ballot until she spoke.")


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    result = analyze(text)
    names = [a.name for a in result.actors]
    t = result.article.text
    return [(e.label, names[e.actor] if e.actor is not None else None,
             names[e.target] if e.target is not None else None, t[e.trigger.start:e.trigger.end])
            for e in result.events]


def test_lead44_a_second_he_goes_on_with_the_first_not_a_subject_inside_what_was_said() -> None:
    found = {e[3]: e for e in _events(CHAIN)}
    assert found["attacked"][1:3] == ("Tom Alder", "Lena Marsh Pellam"), found
    assert found["faulted"][1] == "Tom Alder", found


@pytest.mark.parametrize(("sentence", "label"), [
    ("Senator Tom Alder attacked Governor Ray Dorset in terms that insulted every voter.", "ACCUSE"),
    ("Senator Tom Alder attacked Governor Ray Dorset in a speech on Monday.", "ACCUSE"),
    ("Senator Tom Alder attacked Governor Ray Dorset as a liar.", "ACCUSE"),
    ("Senator Tom Alder attacked Governor Ray Dorset with a knife in a car park.", "ASSAULT"),
])
def test_lead44_an_attack_in_words_is_criticism(sentence: str, label: str) -> None:
    found = [e for e in _events(sentence) if e[3] == "attacked"]
    assert [e[0] for e in found] == [label], found


# ------------------------------------------------------------------------------------------------ attributions

NO_STATEMENTS = ("Ray Dorset was a poor pick from the start. The judge was certain to be a divisive choice. The "
                 "governor has made this a very public fight by dragging it out. Voters are sure to punish him. "
                 "Senator Ann Hale was certain that the vote would fail. The mayor made clear that he would stay.")


def test_lead44_raising_adjectives_and_made_x_a_y_are_no_statements() -> None:
    rows = attribution_details(NO_STATEMENTS)
    contents = [r["content"] for r in rows]
    assert not any(c.startswith(("to be a divisive", "to punish", "this a very public")) for c in contents), rows
    # a clause after the adjective, and "made clear that", stay statements
    assert any(c.startswith("the vote would fail") for c in contents), rows
    assert any("he would stay" in c for c in contents), rows


def test_lead44_no_target_across_a_later_semicolon() -> None:
    found = _events("Governor Tom Alder backed Ray Dorset. The Senate demanded a quick ballot on Monday; by Friday, "
                    "Alder was saying that the pick would fail if Dorset did badly.")
    demanded = [e for e in found if e[3] == "demanded"]
    assert demanded and demanded[0][2] is None, found
    # a clause before the semicolon still names whom a later act answers
    found = _events("Russia demanded talks with Ukraine; Kyiv refused.")
    assert [e[1:3] for e in found if e[3] == "refused"] == [("Ukraine", "Russia")], found


PRONOUN_CHAIN = ("Senator Mark Kell warned that the vote would slip. Governor Tom Alder picked Ray Dorset for the "
                 "bench in June. If the pick had been withdrawn after Jo Pellam made her first claims about Dorset, "
                 "voters might have decided it was not Alder's fault.\n\nMeanwhile, Alder's conduct has been as "
                 "unpredictable as ever. At first he insisted that Brasko deserved a hearing; later he attacked "
                 "her in words that hurt many victims, and he faulted the Senate for delaying the ballot until she "
                 "spoke. He now and then lauds Dorset, yet he thought the nominee had fared poorly in his radio "
                 "interview.")


def test_lead44_the_owner_of_a_subjects_conduct_and_the_pronoun_chain() -> None:
    rows = [r for r in attribution_details(PRONOUN_CHAIN) if r["speaker"] in ("he", "He")]
    assert rows and all(r["name"] == "Tom Alder" for r in rows), rows


def test_lead44_a_name_in_capitals_is_the_actor_named_in_mixed_case() -> None:
    from spinscope.components.actors import _capitals_joined_l44

    text = "Host Ann Rowe spoke to John Kells.\nJOHN KELLS: It is true.\nKELLS: Yes."
    found = [_full(text, "Ann Rowe"), _full(text, "John Kells"),
             Mention(text.index("JOHN KELLS"), text.index("JOHN KELLS") + 10, ("JOHN KELLS", None, "USA"), "ner",
                     ner_type="person"),
             Mention(text.index("KELLS:"), text.index("KELLS:") + 5, ("KELLS", None, None), "ner",
                     ner_type="organization")]
    out = _capitals_joined_l44(text, found)
    assert [m.key[0] for m in out] == ["Ann Rowe", "John Kells", "John Kells", "John Kells"]
    assert out[3].ner_type == "person"


def test_lead44_a_headline_label_before_a_colon_is_no_speaker() -> None:
    rows = attribution_details("Port Deal Bombshell: Evidence of Bribes and More!\n\nThe talks went on for a week.")
    assert not any(r["speaker"] == "Port Deal Bombshell" for r in rows), rows


def test_lead44_an_everyday_phrase_is_no_group() -> None:
    result = analyze("The crowd sang for an hour.\n\nWe will win this, the organisers told the crowd.")
    assert not any(a.code == "VENREB" for a in result.actors), [a.name for a in result.actors]


def test_lead44_made_it_plainly_clear_stays_a_statement() -> None:
    rows = attribution_details("Senator Ann Hale has made it very plainly clear that the plan is dead.")
    assert [(r["speaker"], r["content"]) for r in rows] == [
        ("Senator Ann Hale", "it very plainly clear that the plan is dead")], rows


# ------------------------------------------------------------------------------------------------ second reading


@pytest.mark.parametrize(("sentence", "label"), [
    ("The bishop said the new rules were an attack from Rome on the doctrine of the Church.", "ACCUSE"),
    ("Moscow staged an attack on the values of Ukraine.", "ACCUSE"),
    ("Russia launched an attack on Ukraine's power grid.", "ASSAULT"),
])
def test_lead44_an_attack_on_an_idea_is_criticism(sentence: str, label: str) -> None:
    found = _events(sentence)
    assert [e[0] for e in found] == [label], found


def test_lead44_a_quoted_title_after_a_works_noun_is_no_actor() -> None:
    from spinscope.components.actors import _quoted_works_l44

    text = ("In her 2019 book, \u201cGrace Moreland,\u201d the author Ann Hale describes her youth. Grace Moreland "
            "sold well.")
    found = [_full(text, "Ann Hale"), Mention(text.rindex("Grace Moreland"), text.rindex("Grace Moreland") + 14,
                                              ("Grace Moreland", None, None), "ner", ner_type="person")]
    assert [m.key[0] for m in _quoted_works_l44(text, found)] == ["Ann Hale"]
    # the same name named plainly, no work's noun before its quotation: a person
    plain = "Ann Hale met \u201cGrace Moreland\u201d on Monday. Grace Moreland spoke."
    kept = [_full(plain, "Ann Hale"), Mention(plain.rindex("Grace Moreland"), plain.rindex("Grace Moreland") + 14,
                                              ("Grace Moreland", None, None), "ner", ner_type="person")]
    assert len(_quoted_works_l44(plain, kept)) == 2
