"""Round 44 (issue 19) Russian shapes, each on sentences of our own: a quotation relayed by an outlet named after
its speaker, a quotation closed by a verb of irony or by a plural reply with no subject, a quotation opened with “
and closed with a straight mark, unnamed online voices, and a scholar's type under every mention."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _found(doc) -> list[tuple[str, str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", t[a.cue.start:a.cue.end] if a.cue
             else "", t[a.content.start:a.content.end], a.source_type, a.source_country) for a in doc.attributions]


def test_a_quotation_relayed_with_the_outlet_after_the_speaker(run):
    doc = run("Цены на хлеб вырастут к осени.\n\n«Закрытие шахт было решено за один вечер, без всякого расчета», "
              "– приводит слова бывшего министра энергетики Чехии ТАСС.")
    (speaker, _, content, _, country), = [f for f in _found(doc) if f[1] == "приводит слова"]
    assert speaker == "бывшего министра энергетики Чехии" and content.startswith("Закрытие шахт")
    assert country == "CZ"


def test_a_quotation_closed_by_a_verb_of_irony(run):
    doc = run("Мэр открыл новый мост.\n\n\"Наш мэр опять позирует для камер\", — сыронизировал житель города.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "сыронизировал"]
    assert speaker == "житель города" and content == "Наш мэр опять позирует для камер"


def test_a_plural_reply_with_no_subject_is_unnamed(run):
    doc = run("Мэр открыл новый мост.\n\n\"Опять одни обещания\", — написал один из комментаторов сайта.\n"
              "\"Все это только реклама\", — заключили в ответ.")
    (speaker, _, content, stype, _), = [f for f in _found(doc) if f[1] == "заключили в ответ"]
    assert speaker == "" and content == "Все это только реклама" and stype == "anonymous"


def test_a_curly_opening_closed_by_a_straight_mark_runs_from_the_opening(run):
    doc = run("Комиссия получила письмо.\n\n“Решение займет много месяцев. Все страны должны его обсудить. "
              "Нужно время\", - заявила глава комиссии Анна Смирнова.")
    (_, _, content, _, _), = [f for f in _found(doc) if f[1] == "заявила"]
    assert content.startswith("Решение займет") and content.endswith("Нужно время")


def test_online_voices_are_anonymous(run):
    doc = run("Мэр открыл новый мост.\n\n\"Опять одни обещания\", — написал один из комментаторов сайта.\n"
              "\"Согласен с вами\", — добавил пользователь.\n\"Стыдно смотреть\", — отметил другой.\n"
              "\"Пусть сначала дороги починят\", — сыронизировал британец.")
    found = {f[1]: f for f in _found(doc)}
    assert {found[c][3] for c in ("написал", "добавил", "отметил", "сыронизировал")} == {"anonymous"}
    assert found["сыронизировал"][4] == "GB"


def test_another_speaker_without_a_crowd_keeps_its_type(run):
    doc = run("Министр Иван Петров заявил, что мост откроют в мае. \"Мост откроют позже\", — отметил другой.")
    assert all(f[3] != "anonymous" for f in _found(doc) if f[1] == "заявил")


def test_a_scholar_is_academic_under_every_mention(run):
    doc = run("Врач-вирусолог, доктор медицинских наук Петр Сидоров заявил, что грипп отступает. Сидоров "
              "подчеркнул, что прививки нужны и дальше.")
    types = {f[1]: f[3] for f in _found(doc)}
    assert types["заявил"] == "academic" and types["подчеркнул"] == "academic"


def test_a_person_with_no_scholarly_title_stays_a_person(run):
    doc = run("Бизнесмен Петр Сидоров заявил, что цены вырастут.")
    assert [f[3] for f in _found(doc) if f[1] == "заявил"] == ["person"]
