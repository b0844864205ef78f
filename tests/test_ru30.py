"""Round 30 (issue 19) Russian attribution fixes on real-news shapes, each on sentences of our own: a question clause
as what was told ("рассказал, как ...", "объяснил, почему ..."), the verbs "объяснить", "проговориться" and
"высказаться", a headline's last sentence "X: ...", a quotation whose marks were stripped run over several sentences
before its closing cue, a topic told ("рассказывал о закрытии ..."), an outlet named by its domain, an outlet's
unnamed source, the officer of a non-state body, and a headline's bare occupation resolved to the person quoted
under it later."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed_named as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def test_told_how(run):
    said = _said(run("Министр энергетики рассказал, как снизить цены на топливо и сохранить рабочие места."))
    assert said == [("Министр энергетики", "рассказал", "как снизить цены на топливо и сохранить рабочие места")]


def test_explained_why_and_explained_that(run):
    said = _said(run("Экономист Иван Петров объяснил, почему банки повышают ставки по кредитам. Позже Петров "
                     "объяснил, что рост ставок продлится до весны."))
    assert ("Экономист Иван Петров", "объяснил", "почему банки повышают ставки по кредитам") in said
    assert ("Петров", "объяснил", "рост ставок продлится до весны") in said


def test_not_explaining_why_reports_nothing(run):
    said = _said(run("Министр не объяснил, почему бюджет сократили вдвое."))
    assert said == []


def test_let_slip_that(run):
    said = _said(run("Министр иностранных дел Франции Жан Дюпон проговорился журналистам, что переговоры о "
                     "поставках газа сорваны."))
    assert said == [("Министр иностранных дел Франции Жан Дюпон", "проговорился",
                     "переговоры о поставках газа сорваны")]


def test_a_headline_report_by_a_chamber(run):
    said = _said(run("В Госдуме высказались о запрете продажи энергетиков подросткам\n\nДепутаты обсудили "
                     "законопроект во втором чтении."))
    assert ("Госдуме", "высказались", "о запрете продажи энергетиков подросткам") in said


def test_the_last_sentence_of_a_two_sentence_headline(run):
    said = _said(run("«Слишком поздно»: Сидоров рассказал, почему завод закрылся. Сидоров: город потеряет три "
                     "тысячи рабочих мест\n\nМэр Иван Сидоров заявил, что закрытие завода ударит по бюджету."))
    assert ("Сидоров", ":", "город потеряет три тысячи рабочих мест") in said
    assert ("Сидоров", "рассказал", "почему завод закрылся") in said


def test_a_stripped_quotation_runs_back_to_the_same_speakers_report(run):
    said = _said(run("Ремонт дорог завершат к осени. Об этом сообщил журналистам губернатор области Иван Сидоров. "
                     "Подрядчики уже получили деньги. Техника работает круглосуточно. Мы успеем до холодов, "
                     "подчеркнул Сидоров."))
    assert ("Сидоров", "подчеркнул", "Подрядчики уже получили деньги. Техника работает круглосуточно. Мы успеем "
                                     "до холодов") in said


def test_an_occupation_closing_a_stripped_quotation(run):
    said = _said(run("Экономист Иван Петров объяснил, что цены вырастут из-за пошлин. Дело в том, что импорт "
                     "подорожал на треть. Магазины переложат это на покупателей, уточняет эксперт."))
    assert ("эксперт", "уточняет", "Дело в том, что импорт подорожал на треть. Магазины переложат это на "
                                   "покупателей") in said


def test_no_run_over_another_speaker_or_a_paragraph(run):
    other = _said(run("Ремонт дорог завершат к осени. Об этом сообщил губернатор области Иван Сидоров. Подрядчики "
                      "уже получили деньги. Мы успеем до холодов, подчеркнул Петров."))
    assert ("Петров", "подчеркнул", "Мы успеем до холодов") in other
    paragraph = _said(run("Ремонт дорог завершат к осени. Об этом сообщил губернатор области Иван Сидоров.\n\n"
                          "Подрядчики уже получили деньги. Мы успеем до холодов, подчеркнул Сидоров."))
    assert ("Сидоров", "подчеркнул", "Мы успеем до холодов") in paragraph


def test_a_topic_told_by_an_outlet(run):
    doc = run("Ранее Ura.ru рассказывал о закрытии металлургического завода в Туле.")
    assert _said(doc) == [("Ura.ru", "рассказывал", "о закрытии металлургического завода в Туле")]
    assert _typed(doc)[0][1:3] == ("media", "RU")


def test_a_topic_not_told_reports_nothing(run):
    assert _said(run("Ранее Ura.ru не рассказывал о закрытии металлургического завода в Туле.")) == []


def test_an_outlets_unnamed_source_is_anonymous(run):
    typed = _typed(run("Как сообщил источник РИА Новости в правительстве, решение о повышении пошлин уже принято."))
    assert typed[0][1:3] == ("anonymous", None)


def test_the_officer_of_a_non_state_body_is_a_person(run):
    typed = _typed(run("Председатель правления общественной организации «Союз ветеранов» Иван Петров заявил, что "
                       "организация поможет семьям военных."))
    assert typed[0][1] == "person"


def test_the_head_of_government_stays_government(run):
    typed = _typed(run("Председатель правительства Михаил Мишустин заявил, что тарифы не вырастут."))
    assert typed[0][1] == "government"


def test_a_bare_occupation_in_the_headline_is_the_expert_quoted_later(run):
    typed = _typed(run("Эксперт объяснил, почему цены на бензин растут\n\nЭкономист Иван Петров заявил, что "
                       "цены на бензин растут из-за ремонта заводов. Рост продолжится до весны, уточняет эксперт."))
    assert typed[0][0] == "Эксперт"
    assert typed[0][1] == typed[-1][1] == "academic"
    assert typed[0][3] == typed[1][3] is not None


@pytest.mark.parametrize("name", ["attributions_ru_real30.jsonl", "attributions_ru_real30_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2025_task10/RU/raw-documents/RU-URW-")


def test_no_article_in_both_halves() -> None:
    assert_halves_disjoint("attributions_ru_real30")


def test_a_pronoun_takes_the_titled_person_named_outside_any_report(run):
    typed = _typed(run("Газета Vedomosti.ru сообщила, что минздрав упростит наем медиков.\n\nВласти ищут деньги. "
                       "Министр финансов Иван Петров хочет поднять налог на роскошь.\n\n«Мы будем брать больше с "
                       "владельцев дорогих машин и яхт», — рассказал он в эфире телеканала."))
    assert typed[-1][0] == "он"
    assert typed[-1][1] == "government"


def test_i_explained_outside_a_quotation_is_no_report(run):
    said = _said(run("Я объяснял, почему этот план не сработает, но меня никто не слушал."))
    assert said == []
