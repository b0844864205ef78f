"""Round 43 (issue 19) Russian shapes, each on sentences of our own: a closing mark after a quoted question is not
taken for a glued opener, "заявил, что A, считает, что B", "X назвал Y Z" after a person's name, and a participle of
saying after a name ("депутату X, заявившему, что Y")."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _found(doc) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", t[a.cue.start:a.cue.end] if a.cue
             else "", t[a.content.start:a.content.end]) for a in doc.attributions]


def test_a_closing_mark_after_a_quoted_question_is_no_opener(run):
    doc = run("\"Кто заплатит за ремонт дорог?\"- такой вопрос задают жители района. Ответа пока нет. Дороги "
              "разбиты третий год\", - написал депутат Иван Петров.")
    (_, _, content), = [f for f in _found(doc) if f[1] == "написал"]
    assert not content.startswith("-") and content.endswith("разбиты третий год")


def test_a_second_verb_after_a_comma_keeps_the_speaker(run):
    doc = run("Депутат Иван Петров заявил, что дороги отремонтируют к лету, считает, что денег хватит.")
    found = _found(doc)
    (speaker, _, content), = [f for f in found if f[1] == "считает"]
    assert speaker.endswith("Иван Петров") and content == "денег хватит"
    (_, _, first), = [f for f in found if f[1] == "заявил"]
    assert first == "дороги отремонтируют к лету"


def test_a_naming_after_a_person_is_a_report(run):
    doc = run("Министр Иван Петров назвал решение совета «позорной ошибкой», а мэр промолчал.")
    (speaker, _, content), = [f for f in _found(doc) if f[1] == "назвал"]
    assert speaker.endswith("Иван Петров") and content == "решение совета «позорной ошибкой»"


def test_an_unquoted_naming_is_left_out(run):
    doc = run("Писатель Олег Громов назвал поджогом пожар на складе в Твери.")
    assert not [f for f in _found(doc) if f[1] == "назвал"]


def test_naming_a_date_is_no_report(run):
    doc = run("Министр Иван Петров назвал дату выборов.")
    assert not [f for f in _found(doc) if f[1] == "назвал"]


def test_naming_by_a_body_is_left_out(run):
    doc = run("Городской совет назвал решение министерства ошибкой.")
    assert not [f for f in _found(doc) if f[1] == "назвал"]


def test_a_dative_participle_of_saying_is_a_report(run):
    doc = run("Слово дали депутату Ивану Соколову, заявившему, что дороги отремонтируют к лету.")
    (speaker, _, content), = [f for f in _found(doc) if f[1] == "заявившему"]
    assert speaker == "Ивану Соколову" and content == "дороги отремонтируют к лету"


def test_an_outlet_relaying_a_by_his_words_report_adds_no_duplicate(run):
    doc = run("Писатель Олег Громов выступил на встрече. По его словам, новый театр откроют к весне, пишет ТАСС.")
    found = _found(doc)
    assert not [f for f in found if f[1] == "пишет"]
    (_, _, content), = [f for f in found if f[1] == "По его словам"]
    assert content == "новый театр откроют к весне"
