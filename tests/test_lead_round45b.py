"""The lead's second reading, round 45 (branch ``lead45b``): two fresh SemEval-2023 Russian articles. A speaker named
by a common noun alone is no named source; a first person inside a quotation acts as its speaker in the events; a
blockade by its verb is coercion.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from spinscope import analyze


@pytest.mark.parametrize("text, name", [
    ("«Мы не уйдём с площади», — говорит протестующая.\n", "протестующая"),
    ("«Воды нет уже неделю», — сказал местный житель.\n", "местный житель"),
])
def test_lead45b_a_common_noun_speaker_is_no_named_source(text: str, name: str) -> None:
    sources = [(s.name, s.named) for s in analyze(text).sourcing.sources]
    assert sources == [(name, False)], sources


def test_lead45b_a_named_speaker_and_his_pronoun_stay_named() -> None:
    text = "Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся. «Мы готовы», — сказал он.\n"
    sources = [(s.name, s.named) for s in analyze(text).sourcing.sources]
    assert sources == [("Sergey Lavrov", True)], sources


def test_lead45b_a_first_person_inside_a_quotation_is_its_speaker_in_the_events() -> None:
    text = ("«Я поддерживаю решение Верховного суда», — заявляет глава движения «Живая вода» Анна Смирнова.\n")
    result = analyze(text)
    names = [a.name for a in result.actors]
    events = [(e.label, names[e.actor] if e.actor is not None else None) for e in result.events]
    assert any(label == "SUPPORT" and actor is not None and "Smirnova" in actor for label, actor in events), \
        (events, names)


def test_lead45b_a_blockade_by_its_verb_is_coercion() -> None:
    result = analyze("Россия блокирует украинские порты на Чёрном море.\n")
    names = [a.name for a in result.actors]
    events = [(e.label, names[e.actor] if e.actor is not None else None) for e in result.events]
    assert ("COERCE", "Russia") in events, events
