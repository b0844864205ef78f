"""Round 29 (issue 19) Russian attribution fixes on real-news shapes, each on sentences of our own: closing verbs of
persuasion and confession with the audience before the speaker ("— убеждал банкиров X", "— призналась она"), the
outlet of "Об этом <outlet> рассказал X" that is no speaker, a stated belief ("Он уверен, что ..."), a parenthetical
"по словам X" inside its clause, "согласно которым" with no speaker, a derogatory descriptor of a leader as the
speaker ("по словам главаря ... режима"), a body's name in a title ("директор Института ... исследований") that
does not make a person a report, and the female and editorial forms of journalist titles as media."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed_named as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


FINANCE = "Министр финансов Германии Кристиан Линднер провел встречу с банкирами во Франкфурте.\n\n"


def test_a_quotation_closed_by_persuaded_with_the_audience_first(run):
    said = _said(run(FINANCE + "«Бюджет будет сбалансирован уже в следующем году, и мы не станем повышать "
                               "налоги», — убеждал банкиров Линднер."))
    assert ("Линднер", "убеждал", "Бюджет будет сбалансирован уже в следующем году, и мы не станем повышать "
                                  "налоги") in said


def test_a_quotation_closed_by_confessed(run):
    doc = run("Суд рассмотрел дело об угрозах главному редактору Ольге Мироновой. «Я уже привыкла "
              "жить с этим ощущением», — призналась Миронова.")
    assert _said(doc) == [("Миронова", "призналась", "Я уже привыкла жить с этим ощущением")]
    assert _typed(doc)[0][1] == "media"  # an editor speaks as media


def test_persuading_someone_to_act_reports_nothing(run):
    said = _said(run("Министр убедил коллег согласиться на компромисс по бюджету."))
    assert [c for _, c, _ in said if c == "убедил"] == []


def test_a_stated_belief_is_an_attribution(run):
    doc = run(FINANCE + "«Бюджет будет сбалансирован уже в следующем году», — сказал Линднер. Он уверен, что "
                        "инфляция в стране пойдет на спад к осени.")
    said = _said(doc)
    assert ("Он", "уверен", "инфляция в стране пойдет на спад к осени") in said
    assert _typed(doc)[-1][1:3] == ("government", "DE")  # the minister quoted before


def test_a_feminine_belief_and_a_doubt(run):
    said = _said(run("«Мы будем работать и дальше, несмотря ни на что», — сказала журналистка Анна Смирнова. Она "
                     "уверена, что зрители это оценят. Она не уверена, что канал сохранит эфир."))
    assert ("Она", "уверена", "зрители это оценят") in said
    assert [c for _, c, _ in said if c == "уверена"] == ["уверена"]  # "не уверена": a doubt, not a statement


def test_an_outlet_before_the_verb_is_the_audience(run):
    said = _said(run("Рост цен замедлится уже к зиме. Об этом MarketNews.Ru рассказал директор Института "
                     "экономических исследований Иван Сидоров."))
    assert said == [("директор Института экономических исследований Иван Сидоров", "рассказал",
                     "Рост цен замедлится уже к зиме")]


def test_a_parenthetical_according_to_takes_its_whole_clause(run):
    said = _said(run("Перспективы рынка остаются туманными. Другой проблемой, по словам аналитика Ивана Петрова, "
                     "является слабый спрос на жилье в регионах страны."))
    assert said == [("аналитика Ивана Петрова", "по словам", "Другой проблемой, по словам аналитика Ивана "
                                                          "Петрова, является слабый спрос на жилье в регионах страны")]


def test_an_according_to_after_a_verb_keeps_its_clause(run):
    said = _said(run("Войска отошли от линии фронта на десять километров, по словам военного эксперта Ивана "
                     "Петрова."))
    assert [c for _, _, c in said] == ["Войска отошли от линии фронта на десять километров"]


def test_according_to_which_has_no_speaker(run):
    said = _said(run("Это произошло вопреки договоренностям сторон, согласно которым поставки должны были "
                     "возобновиться в мае, напомнил Петров."))
    assert [s for s, _, _ in said] == ["Петров"]


MADURO = ("Президент Венесуэлы Николас Мадуро выступил в парламенте. «Мы не отдадим ни метра нашей земли», — "
          "заявил президент Венесуэлы Николас Мадуро. ")


def test_a_derogatory_descriptor_is_the_one_leader_quoted_before(run):
    typed = _typed(run(MADURO + "По словам главаря каракасского режима, страна «готова к диалогу» с соседями."))
    assert typed[-1][0] == "главаря каракасского режима"
    assert typed[-1][1:] == typed[0][1:]  # government, VE, Nicolás Maduro


def test_a_derogatory_descriptor_with_two_leaders_stays_unresolved(run):
    typed = _typed(run(MADURO + "«Мы поддержим Каракас», — заявил президент Никарагуа Даниэль Ортега. По словам "
                                "главаря режима, страна «готова к диалогу» с соседями."))
    assert typed[-1][0] == "главаря режима"
    assert typed[-1][3] not in {typed[0][3], typed[1][3]}  # two leaders fit: no guess


def test_a_body_named_in_a_title_does_not_make_a_person_a_report(run):
    typed = _typed(run("Рост цен замедлится уже к зиме. Об этом Lenta.ru рассказал директор Института "
                       "экономических исследований Иван Сидоров. «Мы ждем снижения ставки», — подчеркнул Сидоров."))
    assert [t[1] for t in typed] == ["academic", "academic"]


def test_a_female_journalist_is_media(run):
    typed = _typed(run("Журналистка Анна Смирнова заявила, что не боится угроз."))
    assert typed[0][1] == "media"


def test_a_subtitle_statement_under_the_headline(run):
    said = _said(run("Почему переговоры снова зашли в тупик\nСидоров: Европа не готова платить за чужие ошибки\n"
                     "Европа не готова платить за чужие ошибки. Об этом РБК рассказал политолог Иван Сидоров."))
    assert ("Сидоров", ":", "Европа не готова платить за чужие ошибки") in said


def test_a_body_line_with_a_colon_is_no_subtitle(run):
    said = _said(run("Переговоры снова зашли в тупик\nВ программе визита: встречи с министрами и бизнесом.\n"
                     "Делегация прибыла в Берлин утром."))
    assert [c for _, c, _ in said if c == ":"] == []


def test_a_report_of_an_absence(run):
    said = _said(run("Министерство обороны Эстонии заявило об отсутствии угрозы для жителей приграничных районов."))
    assert [c for _, _, c in said] == ["об отсутствии угрозы для жителей приграничных районов"]


def test_the_finnish_president_by_surname_is_government(run):
    typed = _typed(run("Стубб заявил, что Европа должна увеличить расходы на оборону."))
    assert typed[0][1:3] == ("government", "FI")


def test_confessed_that(run):
    said = _said(run("Бывший министр Иван Петров признался, что знал о готовящейся отставке заранее."))
    assert said == [("Бывший министр Иван Петров", "признался", "знал о готовящейся отставке заранее")]
