"""Round 33 (issue 19) Russian attribution typing and finding on real-news shapes, each on sentences of our own: a
state office the lexicon lacks ("вице-канцлер") typed government, a company ("концерн") an organization, "в
спецслужбе" referring back to the last state body, one person one type and country across their phrases, a
second-person speaker inside a quotation dropped, "Об этом сообщается на сайте X", a subtitle's topic, a closing
clause whose subject the parse lost, a comparison of a substantivised participle, "заключили в X", "объявили о
планах" (a plural region body) and "предлагает <infinitive>"."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def test_a_vice_chancellor_is_government(run):
    assert _typed(run("Вице-канцлер Австрии заявил, что зимой цены на тепло вырастут вдвое.")) == \
        [("Вице-канцлер Австрии", "government", "AT")]


def test_a_company_noun_is_an_organization(run):
    assert _typed(run("В японском концерне подтвердили, что новый завод в Огайо откроют только через год.")) == \
        [("японском концерне", "organization", "JP")]


def test_a_company_head_is_a_person(run):
    assert _typed(run("Глава компании Tesla Илон Маск заявил, что завод в Берлине откроют летом.")) == \
        [("Глава компании Tesla Илон Маск", "person", "US")]
    assert _typed(run("Глава Минфина Антон Силуанов заявил, что дефицит сократится.")) == \
        [("Глава Минфина Антон Силуанов", "government", "RU")]


def test_the_service_refers_back_to_the_last_state_body(run):
    doc = run("ФСБ России сообщила, что задержала в Курске двух агентов иностранной разведки. Задержанные передавали "
              "сведения о мостах, уточнили в спецслужбе.")
    assert _typed(doc) == [("ФСБ России", "government", "RU"), ("спецслужбе", "government", "RU")]


def test_one_person_one_type_and_country(run):
    doc = run("«Зима будет трудной для всех нас», — сказал Майер.\n\nПозже вице-канцлер Австрии Карл Майер заявил, "
              "что запасы газа в хранилищах растут.")
    assert _typed(doc) == [("Майер", "government", "AT"), ("вице-канцлер Австрии Карл Майер", "government", "AT")]


def test_a_former_office_holder_keeps_his_own_type(run):
    doc = run("Бывший президент США Дональд Трамп сообщил, что подаст иск против телеканала. «Мы вернемся», — "
              "сказал Трамп.")
    assert _typed(doc)[0] == ("Бывший президент США Дональд Трамп", "person", "US")


def test_a_second_person_inside_a_quotation_is_no_speaker(run):
    said = _said(run('Экономист Иван Орлов написал, что спорить стало опасно: "Или вы говорите, что рынок растет, '
                     'или вы враг".'))
    assert [s for s, _, _ in said] == ["Экономист Иван Орлов"]


def test_about_this_on_a_site(run):
    doc = run("Запасы зерна в стране выросли за год на треть. Об этом сообщается на сайте Министерства сельского "
              "хозяйства России.")
    assert _said(doc) == [("Министерства сельского хозяйства России", "сообщается",
                           "Запасы зерна в стране выросли за год на треть")]
    assert _typed(doc)[0][1:] == ("government", "RU")


def test_a_subtitles_topic(run):
    said = _said(run("Бюджет трещит по швам\nМинфин Австрии сообщил о планах сократить расходы на оборону вдвое\n\n"
                     "Это решение обсуждают уже месяц."))
    assert said == [("Минфин Австрии", "сообщил", "о планах сократить расходы на оборону вдвое")]


def test_a_closing_clause_with_its_subject_after_a_comma(run):
    doc = run("Цены на газ останутся высокими до самой весны, заявил в эфире радиостанции Ö1, австрийский министр "
              "Карл Майер.")
    assert _said(doc) == [("австрийский министр Карл Майер", "заявил", "Цены на газ останутся высокими до самой весны")]
    assert _typed(doc)[0][1:] == ("government", "AT")


def test_a_comparison_of_a_participle(run):
    assert _said(run('Министр финансов Австрии сравнил происходящее с "штормом" в открытом океане.')) == \
        [("Министр финансов Австрии", "сравнил", 'происходящее с "штормом" в открытом океане')]


def test_concluded_in_a_body(run):
    assert _said(run("Новый закон позволит продавать заводы соседям со скидкой, заключили в спецслужбе.")) == \
        [("спецслужбе", "заключили", "Новый закон позволит продавать заводы соседям со скидкой")]


def test_concluding_a_contract_is_no_report(run):
    assert _said(run("Две страны заключили в Вене договор о поставках газа.")) == []


def test_regions_announced_plans(run):
    doc = run("Регионы объявили о планах провести выборы губернаторов уже в сентябре.")
    assert _said(doc) == [("Регионы", "объявили", "о планах провести выборы губернаторов уже в сентябре")]
    assert _typed(doc)[0][1:] == ("government", None)


def test_a_proposal_with_its_infinitive(run):
    # the quoted words make the parser read the sentence (it reads those with a cue word or a quotation mark)
    said = _said(run('Министр Карл Майер заявил, что бюджет трещит. Он предлагает сократить расходы на "оборону" к '
                     'весне вдвое.'))
    assert said[1] == ("Он", "предлагает", 'сократить расходы на "оборону" к весне вдвое')


def test_others_proposing_are_no_speaker(run):
    assert _said(run('Одни эксперты назвали речь министра ошибкой, а другие предложили считать её "шуткой" '
                     'неудачного оратора.')) == []


def test_an_offer_of_help_is_no_proposal(run):
    said = _said(run('Министр Карл Майер заявил, что бюджет трещит. Он предлагает "соседям" помощь.'))
    assert len(said) == 1


@pytest.mark.parametrize("name", ["attributions_ru_real33.jsonl", "attributions_ru_real33_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2023_task3/ru/train-articles-subtask-3/article")


def test_gold_parts_do_not_overlap() -> None:
    assert_halves_disjoint("attributions_ru_real33")
