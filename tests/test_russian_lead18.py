"""The lead's round-16 fixes from real Russian articles, on sentences of our own: an occupation that opens a
sentence is nobody's name, and a bare occupation refers back to the one quoted before."""

from __future__ import annotations

import pytest

from spinscope import analyze
from spinscope.components.russian.nlp import common_noun


def _speakers(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    result = analyze(text)
    return ([(text[a.speaker.start:a.speaker.end], a.speaker_name) for a in result.attributions
             if a.speaker is not None], [a.name for a in result.actors if a.type == "person"])


def test_a_former_occupation_opening_a_sentence_is_the_one_quoted_before():
    text = ("Бывший британский дипломат заявил, что переговоры в Женеве зашли в тупик.\n\n"
            "Экс-дипломат подчеркнул, что следующая встреча может пройти только весной.")
    speakers, persons = _speakers(text)
    assert speakers == [("Бывший британский дипломат", "Бывший британский дипломат"),
                        ("Экс-дипломат", "Бывший британский дипломат")]
    assert persons == []  # no person "Eks-diplomat"


def test_a_bare_expert_is_the_person_quoted_before():
    text = ("Бывший американский разведчик заявил в эфире радиостанции, что наступление остановится.\n\n"
            "«Я думаю, что зима всё изменит», — отметил эксперт.")
    speakers, _ = _speakers(text)
    assert [name for _, name in speakers] == ["Бывший американский разведчик"] * 2


@pytest.mark.parametrize(("word", "common"), [
    ("Эксперт", True), ("Экс-разведчик", True), ("Экс-дипломат", True),
    ("Риттер", False), ("Шольц", False), ("Навальный", False), ("Орбан", False), ("Лавров", False),
])
def test_only_dictionary_common_nouns_are_no_names(word, common):
    assert common_noun(word) is common


def test_the_side_an_attack_comes_from_is_its_doer():
    result = analyze("Атака со стороны Азербайджана на армянские позиции была отбита.")
    names = [a.name for a in result.actors]
    found = [(e.label, names[e.actor] if e.actor is not None else None,
              names[e.target] if e.target is not None else None) for e in result.events]
    assert found == [("ASSAULT", "Azerbaijan", "Armenia")]
