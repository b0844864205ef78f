"""Round 27 (issue 19) Russian fixes on real-news shapes, each on sentences of our own: an opinion clause
("выразил мнение, что ..."), a relay cut off before its outlet ("Об этом заявил X ..., передает") that is no
speakerless second report, the country of a regional official (Russian and Ukrainian regions; none for the
contested ones) and a pronoun speaker with no one quoted before typed by the titled person of the sentence
before. (A charge / characterisation rule, "обвинил X в Y", "назвал X Y", was written and withdrawn: see
scripts/ru27/README.md.)"""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def test_an_opinion_clause_after_its_noun(run):
    said = _said(run("Депутат Анна Козлова выразила мнение, что налоговая реформа ударит по малому бизнесу."))
    assert said == [("Депутат Анна Козлова", "выразила", "налоговая реформа ударит по малому бизнесу")]


def test_a_relay_cut_off_before_its_outlet_is_no_second_report(run):
    said = _said(run("Власти обсуждают новый бюджет\n\nСтроительство нового моста через реку завершится к осени. "
                     "Об этом заявил мэр города Иван Петров во время встречи с жителями, передает\n\n"
                     "Жители довольны решением."))
    assert said == [("мэр города Иван Петров", "заявил", "Строительство нового моста через реку завершится к осени")]


def test_a_relay_with_its_outlet_stays(run):
    said = _said(run("Строительство нового моста через реку завершится к осени. Об этом заявил мэр города Иван "
                     "Петров, передает агентство Интерфакс."))
    assert ("мэр города Иван Петров", "заявил", "Строительство нового моста через реку завершится к осени") in said
    assert ("агентство Интерфакс", "передает") in [(s, c) for s, c, _ in said]


def test_a_russian_regions_official_is_russian(run):
    typed = _typed(run("Губернатор Белгородской области Вячеслав Гладков сообщил, что пострадавших нет."))
    assert typed == [("Губернатор Белгородской области Вячеслав Гладков", "government", "RU")]


def test_a_ukrainian_regions_official_is_ukrainian(run):
    typed = _typed(run("Глава Одесской областной администрации Олег Кипер сообщил, что порт работает в обычном "
                       "режиме."))
    assert typed == [("Глава Одесской областной администрации Олег Кипер", "government", "UA")]


@pytest.mark.parametrize("title", ["Губернатор Херсонской области", "Глава ДНР"])
def test_a_contested_regions_official_gets_no_country(run, title):
    typed = _typed(run(f"{title} Иван Сидоренко сообщил, что паромы через реку работают."))
    assert [(t, c) for _, t, c in typed] == [("government", None)]


def test_a_pronoun_with_no_speaker_before_is_the_titled_person_before(run):
    typed = _typed(run("Губернатор Тульской области Дмитрий Миляев приехал на новый завод. По его словам, "
                       "предприятие создаст тысячу рабочих мест."))
    assert typed == [("его", "government", "RU")]


def test_a_pronoun_after_a_title_in_another_case_keeps_its_old_type(run):
    typed = _typed(run("Журналисты встретились с министром финансов Польши Анджеем Доманьским. Он заявил, что "
                       "бюджет будет сбалансирован."))
    assert typed == [("Он", "person", None)]


def test_a_pronoun_after_a_military_expert_is_an_expert(run):
    typed = _typed(run("Военный эксперт Института стратегии Павел Громов выступил на конференции. По его словам, "
                       "армии нужны новые склады."))
    assert typed == [("его", "academic", None)]
