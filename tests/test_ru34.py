"""Round 34 (issue 19) Russian attribution finding and typing on real-news shapes, each on sentences of our own:
the one quoted person's bare titles ("начальник разведки", "политик") typed as that person, "не исключает", the
writer's aside before a parenthetical "по мнению X", a headline's "X напомнил о Y", a headline's "В <стране>
уверены: Z", "по заверению своих X" with the subject's country, a bare "ведомства" after a state body named, and an
outlet named as one word ("USNews")."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def test_a_bare_title_is_the_one_person_quoted(run):
    doc = run("Глава разведки уверен, что морской порт выстоит до весны\n\n"
              "Начальник службы разведки Литвы Дарюс Яунишкис рассказал, что угроза диверсий растёт. "
              "Глава разведки отметил, что весной число попыток удвоилось.")
    typed = _typed(doc)
    assert ("Глава разведки", "government", "LT") in typed
    assert typed.count(("Глава разведки", "government", "LT")) == 2
    assert len({a.speaker_name for a in doc.attributions}) == 1  # the one person, under each phrase


def test_a_bare_title_with_two_persons_quoted_stays(run):
    doc = run("Министр финансов Литвы Гинтаре Скайсте заявила, что бюджет сбалансирован. Премьер Литвы Ингрида "
              "Шимоните сказала, что налоги не вырастут. Глава разведки отметил, что весной число попыток удвоилось.")
    assert ("Глава разведки", "government", None) in _typed(doc)


def test_not_excluding_is_a_report(run):
    doc = run("Министр иностранных дел Эстонии Маргус Цахкна выступил в парламенте. Он не исключает того, что "
              "переговоры о границе возобновятся осенью.")
    assert ("Он", "не исключает", "того, что переговоры о границе возобновятся осенью") in _said(doc)


def test_a_writers_aside_before_a_parenthetical(run):
    doc = run("Напомним, первая партия танков, по мнению военных аналитиков, должна была прибыть ещё в марте.")
    assert _said(doc) == [("военных аналитиков", "по мнению",
                           "первая партия танков, по мнению военных аналитиков, должна была прибыть ещё в марте")]


def test_a_headline_reminder(run):
    doc = run("Reuters напомнил о прошлых обещаниях канцлера по пенсиям\n\nВ среду правительство утвердило "
              "новый бюджет.")
    assert ("Reuters", "напомнил", "о прошлых обещаниях канцлера по пенсиям") in _said(doc)


def test_no_one_named_reminds_in_a_headline(run):
    doc = run("Канцлеру напомнили о прошлых обещаниях по пенсиям\n\nВ среду правительство утвердило новый бюджет.")
    assert not any(cue == "напомнили" for _, cue, _ in _said(doc))


def test_a_country_belief_in_a_headline(run):
    doc = run("Погода снова удивила. В Германии уверены: зима будет очень тёплой\n\n"
              "Министр экономики Германии Роберт Шульц заявил, что запасов газа хватит до апреля.")
    assert ("Германии", "уверены", "зима будет очень тёплой") in _said(doc)
    belief = next(a for a in doc.attributions if doc.text[a.cue.start:a.cue.end] == "уверены")
    assert (belief.source_type, belief.source_country) == ("government", "DE")


def test_an_assurance_of_their_own_politicians(run):
    doc = run("Тем временем Париж, по заверению своих министров, намерен сократить закупки угля вдвое.")
    assert _said(doc) == [("своих министров", "по заверению", "намерен сократить закупки угля вдвое")]
    assert doc.attributions[0].source_country == "FR"


def test_a_body_named_the_sentence_before(run):
    doc = run("Сотрудники ФСБ России задержали в Курске двух жителей области. По данным ведомства, они готовили "
              "поджог подстанции.")
    assert ("ведомства", "government", "RU") in _typed(doc)


def test_an_outlet_named_as_one_word(run):
    doc = run("Как отметило издание USNews, рост цен на жильё в стране замедлился третий месяц подряд.")
    assert _typed(doc) == [("издание USNews", "media", "US")]


@pytest.mark.parametrize("name", ["attributions_ru_real34.jsonl", "attributions_ru_real34_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2023_task3/ru/train-articles-subtask-3/article", articles=2)


def test_gold_parts_do_not_overlap() -> None:
    assert_halves_disjoint("attributions_ru_real34")
