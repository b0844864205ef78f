"""Round 42 (issue 19) Russian development shapes, each on sentences of our own: a quotation glued to the sentence
before it (a lost space), an indirect content running over a glued sentence boundary, a title phrase cut before the
speaker's name, "отметил X и добавил, что Y", "X осудил Y за Z", and a person's country from the title before the
name ("российский актер X", "... Союза ... России X")."""

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


GLUED = ("Председатель комитета Госдумы по транспорту Олег Смирнов заявил, что новые мосты откроют к осени."
         "Ранее министерство перенесло сроки строительства на год.\"Мосты будут готовы вовремя. Подрядчики работают "
         "в три смены. Денег хватит на всё\", - написал Смирнов в своем Telegram-канале.")


def test_a_quotation_glued_to_the_sentence_before_runs_back_to_its_opening_mark(run):
    (_, _, content, _, _), = [f for f in _found(run(GLUED)) if f[1] == "написал"]
    assert content.startswith("Мосты будут готовы вовремя.") and content.endswith("Денег хватит на всё")


def test_an_indirect_content_stops_at_a_glued_sentence_boundary(run):
    (speaker, _, content, _, _), = [f for f in _found(run(GLUED)) if f[1] == "заявил"]
    assert content == "новые мосты откроют к осени"
    assert speaker.endswith("Олег Смирнов")


def test_a_quotation_with_its_space_is_unchanged(run):
    doc = run("Смирнов ответил на вопросы. \"Мосты будут готовы вовремя. Денег хватит на всё\", - написал Смирнов.")
    (_, _, content, _, _), = [f for f in _found(doc) if f[1] == "написал"]
    assert content.startswith("Мосты будут готовы")


def test_the_second_of_two_joined_verbs_keeps_the_speaker_after_the_first(run):
    doc = run("Решение Верховного суда о долгах — это ошибка, подчеркнул глава Белого дома и уточнил, что оно "
              "повредит банкам.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "уточнил"]
    assert speaker == "глава Белого дома" and content.startswith("оно повредит")


def test_a_condemnation_with_its_reason_is_a_report(run):
    doc = run("Председатель Союза художников Иван Кротов осудил певца Павла Зуева за насмешки над ветеранами войны.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "осудил"]
    assert speaker.endswith("Иван Кротов") and content.startswith("певца Павла Зуева за насмешки")


def test_a_condemnation_with_no_reason_is_not_added(run):
    doc = run("Председатель Союза художников Иван Кротов осудил решение совета.")
    assert not [f for f in _found(doc) if f[1] == "осудил"]


def test_a_person_takes_the_country_of_a_nationality_adjective_in_the_title(run):
    doc = run("В пятницу российский певец Павел Зуев выступил на концерте в Казани. Зуев заявил, что больше не будет "
              "давать концерты летом.")
    kinds = {(f[3], f[4]) for f in _found(doc) if f[1] == "заявил"}
    assert kinds == {("person", "RU")}


HEADLINE = ("Волков пообещал фермерам, что они получат субсидии до весны - Губернатор Петр Волков: фермеры получат "
            "субсидии до весны\n\nГубернатор области Петр Волков встретился с фермерами в районном центре.")


def test_a_promise_with_a_that_clause_in_the_headline_is_a_report(run):
    (speaker, _, content, _, _), = [f for f in _found(run(HEADLINE)) if f[1] == "пообещал"]
    assert speaker == "Волков" and content == "они получат субсидии до весны"


def test_a_second_headline_after_a_dash_is_the_named_ones(run):
    (speaker, _, _, _, _), = [f for f in _found(run(HEADLINE)) if f[2].startswith("фермеры получат")]
    assert speaker == "Губернатор Петр Волков"


def test_a_promise_with_no_that_clause_is_not_added(run):
    assert not [f for f in _found(run("Губернатор Петр Волков пообещал фермерам помощь.")) if f[1] == "пообещал"]

