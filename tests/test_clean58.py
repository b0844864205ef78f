"""clean58 (round 57, code health): near-duplicate code of ``components/actors.py`` and ``components/events.py``
merged onto shared helpers, with no output changed. These tests pin what each shared helper does for its callers
(the identical-output proof over every gold is in ``scripts/clean58/README.md``). The actors tests call the new
helpers directly (they do not exist on main); the events tests go through ``predict events`` and pass on main too.

Every sentence and name here was written for these tests.
"""

from __future__ import annotations

from spinscope.components import actors as A
from spinscope.components import events as E
from spinscope.components.actors import Mention, find_mentions, load_dictionary
from tests.event_predictions import triples


def _person(start: int, end: int, name: str, country: str | None = None) -> Mention:
    return Mention(start, end, (name, None, country), "ner", ner_type="person")


def _org(start: int, end: int, name: str, country: str | None = None) -> Mention:
    return Mention(start, end, (name, None, country), "ner", ner_type="organization")


# --- actors ---------------------------------------------------------------------------------------------------------


def test_clean58_equal_sets_are_one() -> None:
    assert A.US_STATE_SHORT_A56 is A.US_STATE_SHORT_A55 and "Tex." in A.US_STATE_SHORT_A56
    assert E.REFLEXIVES_66 is E.REFLEXIVES_36 and "themselves" in E.REFLEXIVES_66
    assert E.VOW_VERBS_67 is E.VOW_VERBS_47 and "pledge" in E.VOW_VERBS_67
    assert E.NEED_WORDS_82 is E.OBLIGATION_VERBS_46 and "ought" in E.NEED_WORDS_82


def test_clean58_reporters_cut_to_the_place_as_visitors_are() -> None:
    dictionary = load_dictionary()
    for text in ("Journalists in Peru were told to wait.", "Tourists in Peru were told to wait."):
        mentions = A._reporters_in_places(text, find_mentions(text, dictionary))
        mentions = A._visitors_in_places(text, mentions)
        peru = [m for m in mentions if m.key[2] == "PER"]
        assert peru and all(text[m.start:m.end] == "Peru" for m in peru), text


def test_clean58_reporters_rule_leaves_visitors_alone() -> None:
    dictionary = load_dictionary()
    text = "Tourists in Peru were told to wait."
    found = find_mentions(text, dictionary)
    spans = [(m.start, m.end) for m in found]
    assert [(m.start, m.end) for m in A._reporters_in_places(text, found)] == spans


def test_clean58_one_country_needs_the_least_count_and_three_times_any_other() -> None:
    dictionary = load_dictionary()
    two = [_person(0, 1, "Ana Lima", "PER"), _person(2, 3, "Rui Sol", "PER")]
    assert A._one_country_39(two, dictionary, 2) is not None
    assert A._one_country_39(two, dictionary, 2)[0] == "PER"  # type: ignore[index]
    assert A._one_country_39(two, dictionary, 3) is None
    three = [*two, _person(4, 5, "Eva Mar", "PER")]
    assert A._one_country_39(three, dictionary, 3) is not None
    assert A._one_country_39([*three, _person(6, 7, "Tom Ode", "CHL")], dictionary, 3) is not None  # 3 = 3 x 1
    assert A._one_country_39([*three, _person(6, 7, "Tom Ode", "CHL"), _person(8, 9, "Lu Paz", "CHL")],
                             dictionary, 3) is None
    assert A._one_country_39([], dictionary, 2) is None


def test_clean58_home_measure_of_round_48() -> None:
    two = [_person(0, 1, "A B", "PER"), _person(2, 3, "C D", "PER")]
    chile = [_person(6, 7, "G H", "CHL"), _person(8, 9, "I J", "CHL")]
    assert A._home_a54(two) == "PER"
    assert A._home_a54([*two, chile[0]]) is None  # two and another country
    assert A._home_a54([*two, _person(4, 5, "E F", "PER"), *chile]) is None  # three, not twice two
    assert A._home_a54([*two, _person(4, 5, "E F", "PER"), _person(10, 11, "K L", "PER"), *chile]) == "PER"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_clean58_uncoded_persons_and_abroad() -> None:
    text = "Ana Vale spoke. Rui Sol met a Chilean citizen. Teo Paz met Peru."
    vale, sol = _person(*_span(text, "Ana Vale"), "Ana Vale"), _person(*_span(text, "Rui Sol"), "Rui Sol")
    paz, coded = _person(*_span(text, "Teo Paz"), "Teo Paz"), _person(*_span(text, "Peru"), "Peru", "PER")
    groups = A._uncoded_persons([vale, sol, paz, coded])
    assert set(groups) == {"Ana Vale", "Rui Sol", "Teo Paz"}
    assert not A._abroad(text, [coded], groups["Ana Vale"])
    assert A._abroad(text, [], groups["Rui Sol"])  # a foreign national in the sentence
    assert A._abroad(text, [coded], groups["Teo Paz"])  # another country named in the sentence
    assert not A._abroad(text, [], groups["Teo Paz"])


def test_clean58_surname_keys() -> None:
    text = "Ana Vale and Rui Vale met Eva Moss. Vale left."
    mentions = [_person(*_span(text, "Ana Vale"), "Ana Vale", "PER"),
                _person(*_span(text, "Rui Vale"), "Rui Vale", "CHL"),
                _person(*_span(text, "Eva Moss"), "Eva Moss", "PER"),
                _person(text.index("Vale left"), text.index("Vale left") + 4, "Vale")]
    keys = A._surname_keys_a50(text, mentions)
    assert keys["Vale"] == {("Ana Vale", None, "PER"), ("Rui Vale", None, "CHL")}
    assert keys["Moss"] == {("Eva Moss", None, "PER")}
    assert mentions[3] not in A._shared_surnames_a51(text, mentions)


def test_clean58_misspelt_and_swapped_company_names() -> None:
    text = "Kandoria Mills Corp grew. Kandorai rose. Kandoia fell."
    mentions = [_org(*_span(text, "Kandoria Mills Corp"), "Kandoria Mills Corp", "USA"),
                _org(*_span(text, "Kandorai"), "Kandorai"), _org(*_span(text, "Kandoia"), "Kandoia")]
    A._swapped_names_a74(text, mentions)
    assert mentions[1].key == ("Kandoria Mills Corp", None, "USA") and mentions[2].key == ("Kandoia", None, None)
    A._misspelt_companies_a71(text, mentions)
    assert mentions[2].key == ("Kandoria Mills Corp", None, "USA")


# --- events (through ``predict events``) ----------------------------------------------------------------------------


def test_clean58_court_hauls_of_rounds_35_and_49() -> None:
    assert ("ACCUSE", "CHL", "PER") in triples("Chile hauled Peru before the tribunal over the border.")
    assert ("ACCUSE", "PER", "CHL") in triples("Peru took Chile to court over the fishing rights.")


def test_clean58_active_subject_and_preposition_actors() -> None:
    assert ("AID", "NOR", "KEN") in triples("Last spring Norway gave 40 million dollars in aid to Kenya.")
    assert ("ASSAULT", "ETH", "SOM") in triples("Ethiopia waged a long war against Somalia in the desert.")


def test_clean58_replaced_finds_of_round_39() -> None:
    assert ("SUPPORT", "PER", "BOL") in triples("Peru offered a strong defense of Bolivia at the meeting.")
