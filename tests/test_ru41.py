"""Round 41 (issue 19): the Russian leads rounds 38-40 left open, each on sentences of our own: the writer's "я
заявлял", interview answers without a speech verb, "Это сказал X" after a sentence with no quoted phrase (and a
speaker phrase with Latin words), a participle cue whose head noun has a prepositional phrase."""

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


def test_the_writers_own_i_is_the_outlets_voice(run):
    doc = run("Грузия снова спорит о нейтралитете. Я уже не раз заявлял, что Грузии нужен нейтралитет, и Тбилиси "
              "меня не слушал. Грузия ответа не дала.")
    (speaker, _, _, kind, country), = [f for f in _found(doc) if f[1] == "заявлял"]
    assert speaker == "Я" and kind == "media" and country is None  # the topic's country is not the writer's


def test_an_i_inside_a_quotation_stays_a_person(run):
    doc = run("«Я не раз заявлял, что налоги вырастут», — сказал министр финансов Польши Анджей Новак.")
    assert all(f[3] != "media" for f in _found(doc))


INTERVIEW = ("Директор института экономики Сергей Волков ответил на вопросы нашего корреспондента.\n\n"
             "— Почему цены так быстро растут?\n\n— Рынок перегрет, и банки слишком щедро раздают кредиты.\n\n"
             "— Что будет дальше?\n\n— К осени всё успокоится, если ставка не упадёт.")


def test_interview_answers_without_a_speech_verb_are_the_interviewees(run):
    found = [f for f in _found(run(INTERVIEW)) if f[2].startswith(("Рынок", "К осени"))]
    assert len(found) == 2 and {(f[0], f[3]) for f in found} == {("Сергей Волков", "academic")}
    assert all(f[1] == "" for f in found)


def test_a_single_dashed_question_is_no_interview(run):
    doc = run("Директор института Сергей Волков приехал в город.\n\n— Почему так дорого?\n\n— Так решил рынок.")
    assert not [f for f in _found(doc) if f[2].startswith("Так решил")]


def test_this_said_without_a_quoted_phrase_takes_the_sentence_before(run):
    doc = run("Цены на газ вырастут вдвое уже к зиме. Это сказал глава Газпрома Алексей Миллер.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "сказал"]
    assert speaker == "глава Газпрома Алексей Миллер" and content == "Цены на газ вырастут вдвое уже к зиме"


def test_about_this_with_a_latin_company_name(run):
    doc = run("Вакцина будет готова уже к осени. Об этом сообщил генеральный директор Johnson & Johnson Алекс Горски.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "сообщил"]
    assert speaker.endswith("Johnson & Johnson Алекс Горски") and content == "Вакцина будет готова уже к осени"


def test_a_participle_cue_on_a_noun_with_its_phrase(run):
    doc = run("Первым выступил эксперт по энергетике, считающий, что цены на нефть скоро упадут.")
    (speaker, _, _, _, _), = [f for f in _found(doc) if f[1] == "считающий"]
    assert speaker == "эксперт по энергетике"
