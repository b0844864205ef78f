"""Round 32 (issue 19) Russian attribution typing and relays on real-news shapes, each on sentences of our own: an
international body (an IGO actor) typed government with no country, a region's authorities in the locative
government, "По словам политика" and "Организация отметила" referring back to the last speaker of that kind, an
outlet's "пишет X" after the speaker of an "Об этом" report reporting that report, "Об этом говорится в релизе на
сайте X", the outlet Медуза as media, a reader's Latin-script nickname a person, "дипломат ЕС" after the EU's
foreign-policy chief, and a closing "поправил <object> <Name>" whose speaker is the name, not the object."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


@pytest.mark.parametrize("sentence", [
    "Еврокомиссия заявила, что новые пошлины ударят по фермерам Польши.",
    "ВОЗ сообщила, что число заболевших гриппом выросло вдвое.",
])
def test_an_international_body_is_government_with_no_country(run, sentence):
    assert [(t, c) for _, t, c in _typed(run(sentence))] == [("government", None)]


def test_a_regions_authorities_in_the_locative(run):
    assert _typed(run("В Курганской области заявили, что новый мост через реку откроют весной.")) == \
        [("Курганской области", "government", "RU")]
    # a region Russia claims gets no country (the policy of actors.CONTESTED_PLACES)
    assert _typed(run("В Запорожской области заявили, что выборы пройдут осенью.")) == \
        [("Запорожской области", "government", None)]


def test_politician_refers_back_to_the_last_speaker(run):
    doc = run("Депутат Госдумы Иван Петров заявил, что закон о такси примут в марте. По словам политика, "
              "таксисты уже готовы к переменам.")
    assert [(t, c) for _, t, c in _typed(doc)] == [("politician", "RU"), ("politician", "RU")]
    assert doc.attributions[1].speaker_name == doc.attributions[0].speaker_name


def test_organization_refers_back_to_the_last_body(run):
    doc = run("Европейская комиссия заявила, что пошлины вырастут. Организация отметила, что рост цен замедлится "
              "к зиме.")
    assert _typed(doc)[1] == ("Организация", "government", None)
    assert doc.attributions[1].speaker_name == doc.attributions[0].speaker_name


def test_an_outlets_relay_after_the_speaker_reports_his_report(run):
    doc = run("Цены на хлеб вырастут на десять процентов. Об этом заявил министр сельского хозяйства Иван Петров, "
              "пишет ТАСС. По его словам, муку завезут вовремя.")
    said = _said(doc)
    assert said[0] == ("министр сельского хозяйства Иван Петров", "заявил", "Цены на хлеб вырастут на десять процентов")
    assert said[1] == ("ТАСС", "пишет", "Об этом заявил министр сельского хозяйства Иван Петров")
    assert doc.attributions[2].speaker_name == doc.attributions[0].speaker_name  # "его": the minister, not TASS


def test_about_this_in_a_document_on_a_site(run):
    doc = run("Новые правила торговли вредят экономике союза. Об этом говорится в докладе на сайте Еврокомиссии.")
    assert _said(doc) == [("Еврокомиссии", "говорится в докладе", "Новые правила торговли вредят экономике союза")]
    assert _typed(doc) == [("Еврокомиссии", "government", None)]


def test_about_this_with_no_document_reports_nothing_new(run):
    assert _said(run("Новые правила торговли вредят экономике союза. Об этом говорится везде.")) == []


@pytest.mark.parametrize("sentence", [
    "«Этот фильм никто не досмотрел до конца», — пишет Медуза.",
    "Медуза сообщила, что редакция переезжает в Ригу.",
])
def test_meduza_is_media(run, sentence):
    assert [(t, c) for _, t, c in _typed(run(sentence))] == [("media", "LV")]


@pytest.mark.parametrize("sentence", [
    "«Давно пора закрыть этот рынок», — ответила ему Sunflower.",
    "«Цены растут каждый месяц», — с грустью написал Ivan K.",
])
def test_a_readers_latin_nickname_is_a_person(run, sentence):
    assert [t for _, t, _ in _typed(run(sentence))] == ["person"]


def test_an_acronym_in_latin_script_is_no_nickname(run):
    assert [t for _, t, _ in _typed(run("«Налоги снова вырастут», — сказал WP."))] != ["person"]


def test_a_bare_politician_in_the_nominative_keeps_its_type(run):
    doc = run("Министр финансов Иван Петров заявил, что бюджет сбалансирован. Политик заявил, что выборы пройдут "
              "весной.")
    assert _typed(doc)[1][1] == "politician"


def test_eu_diplomat_after_the_foreign_policy_chief(run):
    doc = run("Глава дипломатии Евросоюза Жозеп Боррель заявил, что санкции сохранятся. «Мы будем едины», — "
              "подчеркнул дипломат ЕС.")
    assert _typed(doc)[1] == ("дипломат ЕС", "government", None)
    assert doc.attributions[1].speaker_name == doc.attributions[0].speaker_name and doc.attributions[1].named


def test_eu_diplomat_with_no_chief_before_stays_anonymous(run):
    doc = run("Министр финансов Иван Петров заявил, что бюджет сбалансирован. «Мы будем едины», — подчеркнул "
              "дипломат ЕС.")
    assert _typed(doc)[1][1] == "anonymous"


def test_corrected_object_before_the_speaker(run):
    said = _said(run("Газета опубликовала письмо читателя.\n\n«Это решение мы приняли вместе», — поправил канцлера "
                     "Германии Олаф Шольц."))
    assert said == [("Олаф Шольц", "поправил", "Это решение мы приняли вместе")]


def test_naming_is_no_report(run):
    assert _said(run("Певица назвала свой новый альбом «Зима».")) == []


@pytest.mark.parametrize("name", ["attributions_ru_real32.jsonl", "attributions_ru_real32_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2023_task3/ru/train-articles-subtask-3/article")


def test_gold_parts_do_not_overlap() -> None:
    assert_halves_disjoint("attributions_ru_real32")
