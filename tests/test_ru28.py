"""Round 28 (issue 19) Russian attribution fixes on real-news shapes, each on sentences of our own: verbs that report
only when they close a quotation or a clause ("заключил", "прокомментировал", "делает вывод"), the ombudsman and a
bare "Премьер" as government speakers, the country of the body a government speaker heads, pronoun gender, a
relative-pronoun speaker ("который заявил"), a contested city that gives no country and a headline surname typed as
the article types the person later."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def test_a_quotation_closed_by_concluded(run):
    said = _said(run("«Переговоры зашли в тупик, и виноваты в этом только западные столицы», — заключил дипломат "
                     "Иван Петров."))
    assert said == [("дипломат Иван Петров", "заключил",
                     "Переговоры зашли в тупик, и виноваты в этом только западные столицы")]


def test_a_quotation_closed_by_commented(run):
    said = _said(run("«Мы не видим никаких признаков деэскалации на границе», — прокомментировал ситуацию аналитик "
                     "Олег Смирнов."))
    assert said == [("аналитик Олег Смирнов", "прокомментировал",
                     "Мы не видим никаких признаков деэскалации на границе")]


def test_a_clause_closed_by_draws_a_conclusion(run):
    said = _said(run("Значит, санкции больше не работают так, как задумывали в Брюсселе, делает вывод экономист "
                     "Анна Белова."))
    assert said == [("экономист Анна Белова", "делает вывод",
                     "Значит, санкции больше не работают так, как задумывали в Брюсселе")]


def test_concluded_in_reply_with_no_one_named_reports_nothing(run):
    said = _said(run("«Все это пиар и реклама, и ничего больше», — заключили в ответ."))
    assert [c for _, c, _ in said if c == "заключили"] == []


def test_concluding_a_contract_reports_nothing(run):
    said = _said(run("Стороны заключили контракт на поставку зерна, сообщил министр сельского хозяйства Сергей "
                     "Орлов."))
    assert said == [("министр сельского хозяйства Сергей Орлов", "сообщил",
                     "Стороны заключили контракт на поставку зерна")]


def test_the_ombudsman_is_a_government_source(run):
    typed = _typed(run("Уполномоченный по правам человека в России Татьяна Иванова заявила, что обращения граждан "
                       "рассматриваются."))
    assert typed == [("Уполномоченный по правам человека в России Татьяна Иванова", "government", "RU")]


def test_the_head_of_a_state_corporation_takes_its_country(run):
    typed = _typed(run("Глава «Росатома» Алексей Лихачев заявил, что станция работает штатно."))
    assert typed == [("Глава «Росатома» Алексей Лихачев", "government", "RU")]


def test_premier_alone_is_the_prime_minister_named_before(run):
    typed = _typed(run("Премьер-министр Армении Никол Пашинян провел переговоры в Ереване. Премьер заявил, что "
                       "мирный договор почти готов. По его словам, граница будет открыта."))
    assert typed == [("Премьер", "government", "AM"), ("его", "government", "AM")]


def test_premier_alone_with_no_one_named_is_still_government(run):
    typed = _typed(run("Сергей Иванов встретился с послом. Премьер заявил, что договор почти готов."))
    assert typed == [("Премьер", "government", None)]


def test_she_does_not_go_to_the_man_quoted_last(run):
    doc = run("Официальный представитель МИД Венгрии Анна Ковач сообщила, что визит перенесен. Министр Петер "
              "Сийярто заявил, что санкции не будут поддержаны. Она добавила, что новая дата визита пока не "
              "определена.")
    assert [a.speaker_name for a in doc.attributions][:2] == ["Anna Kovach", "Peter Siyyarto"]
    assert doc.attributions[2].speaker_name is None  # not him; no guess among those before
    assert _typed(doc)[2] == ("Она", "person", None)


def test_she_after_a_woman_is_her(run):
    doc = run("Официальный представитель МИД Венгрии Анна Ковач сообщила, что визит перенесен. Она добавила, что "
              "новая дата визита пока не определена.")
    assert [a.speaker_name for a in doc.attributions] == ["Anna Kovach", "Anna Kovach"]


def test_a_relative_pronoun_after_an_unnamed_phrase_stays(run):
    doc = run("Трудно не согласиться с мнением экспертов, которые считают, что кризис продлится до весны.")
    assert all(a.speaker is None or doc.text[a.speaker.start:a.speaker.end] != "с мнением экспертов"
               for a in doc.attributions)


def test_she_with_no_woman_quoted_is_no_one_known(run):
    doc = run("Министр Петер Сийярто заявил, что санкции не будут поддержаны. Она добавила, что дата визита пока "
              "не определена.")
    assert doc.attributions[1].speaker_name != "Peter Siyyarto"


def test_a_relative_pronoun_speaker_is_its_antecedent(run):
    doc = run("Президент Финляндии Александр Стубб, который заявил, что Хельсинки увеличит расходы на оборону, "
              "прибыл в Берлин.")
    assert _said(doc) == [("Президент Финляндии Александр Стубб", "заявил", "Хельсинки увеличит расходы на оборону")]
    assert _typed(doc)[0][1:] == ("government", "FI")


@pytest.mark.parametrize("title", ["Мэр Донецка", "Губернатор Севастополя"])
def test_a_contested_citys_official_gets_no_country(run, title):
    typed = _typed(run(f"{title} Алексей Кулемзин сообщил, что в городе восстановлено электричество."))
    assert typed == [(f"{title} Алексей Кулемзин", "government", None)]


def test_a_ukrainian_citys_official_keeps_ukraine(run):
    typed = _typed(run("Мэр Киева Виталий Кличко сообщил, что в городе восстановлено электричество."))
    assert typed == [("Мэр Киева Виталий Кличко", "government", "UA")]


def test_a_headline_surname_is_typed_as_the_article_types_the_person(run):
    doc = run("Петров: санкции против России провалились\n\nМинистр экономики Иван Петров заявил, что санкции "
              "против России провалились.")
    assert [(a.source_type, a.speaker_name) for a in doc.attributions] == [("government", "Ivan Petrov")] * 2


def test_a_dropped_subject_of_the_other_gender_does_not_continue_him(run):
    doc = run("Депутат Иван Соколов заявил, что закон будет принят осенью. Позже сообщила, что голосование "
              "перенесли на зиму.")
    assert doc.attributions[0].speaker_name == "Ivan Sokolov"
    assert all(a.speaker_name != "Ivan Sokolov" for a in doc.attributions[1:])


def test_a_dropped_subject_of_the_same_gender_continues_him(run):
    doc = run("Депутат Иван Соколов заявил, что закон будет принят осенью. А заодно сообщил, что голосование "
              "перенесли на зиму.")
    assert [a.speaker_name for a in doc.attributions] == ["Ivan Sokolov", "Ivan Sokolov"]
