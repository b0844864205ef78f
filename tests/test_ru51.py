"""Round 51 (issue 19): a particle at a Russian speaker phrase's end and a bare "МИД" with no country, on sentences
of our own (no article text)."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner

HEAD = "Новости дня\n\n"


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _by_cue(doc, cue: str) -> list[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", a.speaker_name, a.source_type,
             a.source_country) for a in doc.attributions if a.cue is not None and t[a.cue.start:a.cue.end] == cue]


def test_a_particle_after_a_bare_ministry(run):
    doc = run(HEAD + "Встреча в Вене закончилась ничем. В МИД же напоминали, что Москва открыта для переговоров.")
    found = _by_cue(doc, "напоминали")
    assert found and found[0][0] == "МИД"
    assert found[0][2:] == ("government", "RU")


def test_a_particle_after_the_kremlin(run):
    doc = run(HEAD + "В Кремле же подчеркнули, что окончательное решение пока не принято.")
    found = _by_cue(doc, "подчеркнули")
    assert found and found[0][0] == "Кремле" and found[0][1] is not None and not found[0][1].endswith("же")
    assert found[0][2:] == ("government", "RU")


def test_a_bare_ministry_after_a_named_foreign_one(run):
    doc = run(HEAD + "В МИД Франции заявили, что посол будет отозван. В МИД же напоминали, что переговоры "
              "возможны при любых условиях.")
    found = _by_cue(doc, "напоминали")
    assert found and found[0][0] == "МИД" and found[0][2:] == ("government", "FR")


def test_a_named_foreign_ministry_keeps_its_country(run):  # guard
    doc = run(HEAD + "В МИД Франции заявили, что посол будет отозван.")
    found = _by_cue(doc, "заявили")
    assert found and found[0][0] == "МИД Франции" and found[0][2:] == ("government", "FR")


def test_a_minister_of_a_bare_ministry_keeps_his_reading(run):  # guard
    doc = run(HEAD + "Глава МИД Сергей Лавров заявил, что ответ будет жёстким.")
    found = _by_cue(doc, "заявил")
    assert found and found[0][0] == "Глава МИД Сергей Лавров" and found[0][2:] == ("government", "RU")


def test_a_bare_defence_ministry_is_russian(run):  # guard: the dictionary already reads it
    doc = run(HEAD + "В Минобороны заявили, что учения пройдут по плану.")
    found = _by_cue(doc, "заявили")
    assert found and found[0][2:] == ("government", "RU")


def test_a_bare_defence_ministry_after_a_named_foreign_one(run):  # guard: the actors pass reads it back
    doc = run(HEAD + "В Минобороны Украины заявили, что атака отражена. В Минобороны же отметили, что потерь нет.")
    found = _by_cue(doc, "отметили")
    assert found and found[0][0] == "Минобороны" and found[0][2:] == ("government", "UA")
