"""Round 45 (issue 19) Russian shapes, each on sentences of our own: an outlet relaying a report already found
(kept: the drop was backed out), a pronoun's verb of judging before "Об этом сообщает <outlet>", a parenthetical
cue inside a sentence, a paragraph quotation in straight marks with straight-marked words inside, clergy speaking
as a body, two closed quotations in one paragraph, and "издал указ, в котором объявил"."""

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


def test_an_outlet_relaying_a_report_already_found_keeps_its_record(run):  # guard: the backed-out drop
    doc = run("Министр финансов Эстонии Карл Тамм заявил, что налоги на топливо вырастут уже весной. "
              "Об этом 3 мая сообщает \"Дельфи\".\n\nПо его словам, бюджет страны не выдержит новых трат.")
    cues = [f[1] for f in _found(doc)]
    assert "заявил" in cues and "сообщает" in cues


def test_an_outlet_with_its_own_news_keeps_its_report(run):  # guard: nothing inside the sentence is a report
    doc = run("Цены на бензин в Эстонии выросли на десять процентов за месяц. Об этом сообщает \"Дельфи\".")
    assert [f[1] for f in _found(doc)] == ["сообщает"]


def test_a_pronoun_judging_before_the_outlet_is_the_speakers_report(run):
    doc = run("Президент Эстонии Алар Карис считает, что без реформы страна \"останется на обочине\". Он также "
              "раскритиковал планы соседей по строительству моста. Об этом сообщает \"Дельфи\".")
    found = {f[1]: f for f in _found(doc)}
    assert "сообщает" not in found
    speaker, _, content, _, country = found["раскритиковал"]
    assert speaker == "Он" and content.startswith("планы соседей") and country == "EE"


def test_a_parenthetical_cue_gives_the_rest_of_the_sentence(run):
    doc = run("Президент Эстонии Алар Карис заявил, что реформа начнется летом. К такой реформе, уверен Карис, "
              "со временем присоединятся и соседние страны.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "уверен"]
    assert speaker == "Карис" and content.startswith("со временем присоединятся") and content.endswith("страны")


def test_a_parenthetical_pronoun_takes_the_named_speaker_before(run):
    doc = run("Экономист Иван Петров заявил, что кризис продлится два года.\n\nВпрочем, подчёркивает он, такие же "
              "мрачные прогнозы звучали и десять лет назад.")
    (speaker, _, content, stype, _), = [f for f in _found(doc) if f[1] == "подчёркивает"]
    assert speaker == "он" and content.startswith("такие же мрачные") and stype is not None


def test_a_paragraph_quotation_with_inner_straight_marks_runs_from_its_opening(run):
    doc = run("Экономист Иван Петров заявил, что кризис продлится два года.\n\n\"Только две страны отказались от "
              "плана \"общего рынка\" в Азии, и всё остановилось. Это уже не единый союз\", - указал он.")
    (_, _, content, _, _), = [f for f in _found(doc) if f[1] == "указал"]
    assert content.startswith("Только две страны") and content.endswith("не единый союз")


def test_clergy_as_a_body_are_an_organization_with_the_country_carried(run):
    doc = run("Главы трех комиссий епископов Франции заявили, что новый закон о школах угрожает церковным "
              "приютам.\n\n«Закон лишает детей помощи», — добавили епископы.")
    found = {f[1]: f for f in _found(doc)}
    assert found["заявили"][3:] == ("organization", "FR")
    assert found["добавили"][3:] == ("organization", "FR")


def test_a_named_bishop_keeps_his_own_type(run):  # guard: one named clergyman is no body
    doc = run("Архиепископ Парижа Жан Дюпон заявил, что новый закон о школах угрожает церковным приютам.")
    (_, _, _, stype, _), = [f for f in _found(doc) if f[1] == "заявил"]
    assert stype != "organization"


def test_a_decree_in_which_the_president_announced(run):
    doc = run("В 2021 году президент Франции Эммануэль Макрон подписал указ, в котором объявил, что его "
              "правительство будет защищать права водителей во всех регионах.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "объявил"]
    assert "Макрон" in speaker and content.startswith("его правительство")


def test_two_closed_quotations_in_one_paragraph_are_each_whole(run):
    doc = run("Главы трех комиссий епископов Франции заявили, что новый закон угрожает приютам.\n\n"
              "«Церковные приюты принимают всех детей, кем бы они ни были», — продолжили епископы. «Такая же забота "
              "ждет каждого ребенка. Но мы не можем нарушать нашу веру. Мы против закона, а не против детей», — "
              "говорится в заявлении.")
    found = {f[1]: f for f in _found(doc)}
    assert found["продолжили"][2].startswith("Церковные приюты")
    (speaker, _, content, stype, country), = [f for f in _found(doc) if f[1].startswith("говорится")]
    assert content.startswith("Такая же забота") and content.endswith("не против детей")
    assert (speaker, stype, country) == ("заявлении", "organization", "FR")


def test_two_straight_quotations_in_one_paragraph_stay_apart(run):  # guard: not inner marks of one quotation
    doc = run("Мэр открыл новый мост.\n\n\"Опять одни обещания\", - написал один из комментаторов сайта. "
              "\"Пусть сначала дороги починят\", - сыронизировал британец.")
    found = {f[1]: f for f in _found(doc)}
    assert found["написал"][2] == "Опять одни обещания"
