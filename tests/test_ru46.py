"""Round 46 (issue 19) Russian shapes, each on sentences of our own: "<<...>>" quotation marks, a dialogue
paragraph split by its cue, headlines "«A»: X <verb>" and "<Speaker> о <topic>: <statement>", "высказал мнение,
что", "по выводам X" and plural common nouns as anonymous speakers."""

from __future__ import annotations

import pytest

from spinscope.components.russian.round46 import quotes46
from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _found(doc) -> list[tuple[str, str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", t[a.cue.start:a.cue.end] if a.cue
             else "", t[a.content.start:a.content.end], a.source_type, a.source_country) for a in doc.attributions]


def test_quotes46_keeps_the_length_and_leaves_other_texts_alone() -> None:
    text = "<<Один. Два>>, - сказал он."
    assert len(quotes46(text)) == len(text) and "«" in quotes46(text) and "»" in quotes46(text)
    plain = "«Один», - сказал он."
    assert quotes46(plain) is plain


def test_an_angle_bracket_quotation_is_read_whole(run):
    doc = run("Экономист Пётр Лагунов прокомментировал новые тарифы.\n\n<<Тарифы поднимут цены на хлеб уже летом. "
              "Фермеры будут сокращать посевы. Поэтому ждать снижения цен не стоит>>, – сказал Пётр Лагунов.")
    quotes = [f for f in _found(doc) if f[1] == "сказал"]
    assert quotes and quotes[0][2].startswith("Тарифы поднимут") and quotes[0][2].endswith("не стоит")


def test_a_dialogue_paragraph_split_by_its_cue_gives_both_parts(run):
    doc = run("Министр сельского хозяйства Армении Давид Карапетян выступил на форуме.\n\n"
              "- Урожай в этом году будет больше прошлогоднего, - заявил Карапетян. - Мы уже закупили новые "
              "комбайны и семена для всех хозяйств.")
    contents = {f[2]: f for f in _found(doc)}
    second = [c for c in contents if c.startswith("Мы уже закупили")]
    assert second and contents[second[0]][0] == "Карапетян" and contents[second[0]][1] == ""
    assert any(c.startswith("Урожай в этом году") for c in contents)


def test_a_dialogue_paragraph_without_a_second_part_adds_nothing(run):  # guard
    doc = run("- Урожай в этом году будет больше прошлогоднего, - заявил министр Давид Карапетян.")
    assert len(doc.attributions) == 1


def test_a_headline_opening_with_a_quotation_is_the_named_speakers(run):
    doc = run("«Позорное решение»: Карапетян ответил на запрет ввоза зерна\n\nМинистр сельского хозяйства Армении "
              "Давид Карапетян назвал запрет ввоза зерна ошибкой соседей.")
    head = [f for f in _found(doc) if f[2] == "Позорное решение"]
    assert head and head[0][0] == "Карапетян" and head[0][1] == "ответил"


def test_a_role_noun_headline_about_a_topic_is_the_later_named_speakers(run):
    doc = run("Экономист о новых тарифах: хлеб подорожает уже летом\n\nЭкономист Пётр Лагунов заявил, что тарифы "
              "поднимут цены на хлеб и муку.")
    head = [f for f in _found(doc) if f[2].startswith("хлеб подорожает")]
    assert head and head[0][0] == "Экономист" and head[0][3] == "academic"


def test_findings_of_experts_are_their_report(run):
    doc = run("По предварительным выводам инженеров, мост простоит ещё двадцать лет без ремонта.")
    found = [f for f in _found(doc) if f[0] == "инженеров"]
    assert found and found[0][2].startswith("мост простоит")


def test_plural_specialists_are_anonymous(run):
    doc = run("Министр здравоохранения Чехии Ян Новак заявил, что вакцины хватит всем. Ждать осени не стоит, "
              "говорят специалисты.")
    found = [f for f in _found(doc) if f[0] == "специалисты"]
    assert found and found[0][3] == "anonymous" and found[0][4] is None


def test_voiced_an_opinion_that_is_a_report(run):
    doc = run("Экономист Пётр Лагунов высказал мнение, что Варшава пытается успокоить своих фермеров.")
    found = [f for f in _found(doc) if f[1] == "высказал"]
    assert found and found[0][2].startswith("Варшава пытается") and "Лагунов" in found[0][0]
