"""Round 50 (issue 19): Russian development misses of round 50's gold, on sentences of our own (each a shape of
a development error; no article text): a perfective promise with an infinitive, "предположил, что", "указал на
<NP>", "выразил надежду на то, что", a report verb joined to a call, a quotation closed by "обратился", a gerund
report after a quotation, a bare role phrase referring back, role nouns' types, and "..., и, по версии X, <clause>"."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner

HEAD = "Новости дня\n\n"


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _found(doc) -> list[tuple[str, str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", t[a.cue.start:a.cue.end] if a.cue
             else "", t[a.content.start:a.content.end], a.source_type, a.source_country) for a in doc.attributions]


def _by_cue(doc, cue: str) -> list[tuple[str, str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [f for f in _found(doc) if f[1] == cue]


def test_a_perfective_promise_with_an_infinitive(run):
    doc = run(HEAD + "Премьер Канады Джастин Трюдо выступил в парламенте. Премьер пообещал превратить Канаду в "
              "лидера отрасли.")
    found = _by_cue(doc, "пообещал")
    assert found and found[0][2] == "превратить Канаду в лидера отрасли" and found[0][3:5] == ("government", "CA")


def test_an_imperfective_promise_is_no_report(run):  # guard: the older golds leave "обещает <inf>" out
    doc = run(HEAD + "Мэр Торонто Оливия Чоу выступила в совете. Мэр обещает снизить налоги для малого бизнеса.")
    assert not _by_cue(doc, "обещает")


@pytest.mark.skip(reason="backed out: round 27's held-out type share fell (a found report typed as the base "
                         "types its speaker's occupation, 'политтехнолог', person; the older golds say academic)")
def test_a_supposition_with_a_clause(run):
    doc = run(HEAD + "Министр финансов Японии Сюнъити Судзуки предположил, что цены на рис продолжат расти, и "
              "рынок окажется «в новой ловушке».")
    found = _by_cue(doc, "предположил")
    assert found and found[0][0].endswith("Сюнъити Судзуки") and found[0][2].startswith("цены на рис")


def test_pointing_to_a_noun_phrase(run):
    doc = run(HEAD + "Министр финансов Японии Сюнъити Судзуки указал на необходимость пересмотреть бюджет страны и "
              "сократить расходы.")
    found = _by_cue(doc, "указал")
    assert found and found[0][2] == "на необходимость пересмотреть бюджет страны и сократить расходы"
    assert found[0][3:5] == ("government", "JP")


def test_a_hope_on_that(run):
    doc = run(HEAD + "Министр финансов Японии Сюнъити Судзуки также выразил надежду на то, что цены на рис в Японии "
              "начнут снижаться.")
    found = _by_cue(doc, "выразил")
    assert found and found[0][2] == "цены на рис в Японии начнут снижаться"


def test_a_report_joined_to_a_call(run):
    doc = run(HEAD + "Министр финансов Японии Сюнъити Судзуки призвал банки к осторожности при выдаче кредитов, а "
              "также заявил о необходимости компенсировать вкладчикам потери.")
    call = _by_cue(doc, "призвал")
    said = _by_cue(doc, "заявил")
    assert call and call[0][2] == "банки к осторожности при выдаче кредитов"
    assert said and said[0][2] == "о необходимости компенсировать вкладчикам потери"
    assert said[0][0] == call[0][0] and said[0][3:5] == ("government", "JP")


def test_a_quotation_closed_by_a_turn_to_someone(run):
    doc = run(HEAD + "Премьер Канады Джастин Трюдо ответил на вопросы. «Почему вы не спрашиваете о главном? Я рад "
              "ответить на важные вопросы», — обратился он к журналистам.")
    found = _by_cue(doc, "обратился")
    assert found and found[0][0] == "он" and found[0][2].endswith("на важные вопросы")
    assert found[0][3:5] == ("government", "CA")


def test_a_gerund_report_after_a_quotation(run):
    doc = run(HEAD + "Премьер Канады Джастин Трюдо выступил в парламенте. «Я ни о чем не жалею», — указал он, "
              "подчеркнув, что «реформа была необходима».")
    found = _by_cue(doc, "подчеркнув")
    assert found and "реформа была необходима" in found[0][2] and found[0][3:5] == ("government", "CA")


def test_a_bare_role_phrase_refers_back(run):
    doc = run(HEAD + "Бюджет будет принят до лета. Об этом заявил спикер парламента Канады Грег Фергус. «Бюджет "
              "должен быть принят до лета», — считает спикер нижней палаты парламента.")
    names = {doc.text[a.speaker.start:a.speaker.end]: a.speaker_name for a in doc.attributions if a.speaker}
    assert names["спикер нижней палаты парламента"] == names["спикер парламента Канады Грег Фергус"]


def test_a_bare_journalist_phrase_is_media(run):
    doc = run(HEAD + "Министр не подтвердил данные. Об этом сообщила журналистка телеканала CBC Анна Смит. "
              "«Министр не подтвердил эти данные», — написала корреспондент из пула парламента.")
    found = _by_cue(doc, "написала")
    assert found and found[0][3] == "media"


def test_a_company_head_is_an_organization(run):
    doc = run(HEAD + "Как пояснил генеральный директор ПАО «Северсталь» Александр Шевелев, компания увеличит выпуск "
              "стали.")
    found = _by_cue(doc, "Как пояснил")
    assert found and found[0][3:5] == ("organization", "RU")


def test_a_rights_activist_is_a_person(run):
    doc = run(HEAD + "Правозащитник Иван Петров, глава фонда «Открытый суд», заявил, что суд над активистом будет "
              "пересмотрен.")
    found = _by_cue(doc, "заявил")
    assert found and found[0][3] == "person"


def test_a_scholar_before_a_cut_speaker_phrase(run):
    doc = run(HEAD + "Доклад вызвал споры после слов британского исследователя и руководителя группы по экологии "
              "Джона Смита, который заявил, что климат меняется быстрее прогнозов.")
    found = _by_cue(doc, "заявил")
    assert found and found[0][3:5] == ("academic", "GB")


def test_a_version_after_a_joiner_reports_the_clause_after(run):
    doc = run(HEAD + "В марте правительство США опубликовало доклад о лесных пожарах, и, по версии американской "
              "стороны, пожары вызвала засуха прошлых лет.")
    found = _by_cue(doc, "по версии")
    assert found and found[0][2] == "пожары вызвала засуха прошлых лет" and found[0][3:5] == ("government", "US")


def test_an_unnamed_occupation_phrase_refers_back(run):
    doc = run(HEAD + "Грузинский политолог Ираклий Менагаришвили выразил мнение, что выборы пройдут спокойно. "
              "Грузинский политолог также пообещал проверить итоги голосования в регионах.")
    first = _by_cue(doc, "выразил")
    found = _by_cue(doc, "пообещал")
    assert first and found and found[0][3:5] == first[0][3:5]
    names = [a.speaker_name for a in doc.attributions]
    assert len(set(names)) == 1


def test_a_journalist_with_no_outlet_is_no_media_speaker(run):  # guard: round 31's convention (a person)
    doc = run(HEAD + "Немецкий журналист Клаус Беккер назвал ошибкой решение о закрытии границы.")
    assert not [f for f in _found(doc) if f[3] == "media"]
