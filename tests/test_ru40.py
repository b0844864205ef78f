"""Round 40 (issue 19) Russian development shapes, each on sentences of our own: a quotation over several paragraphs
with one closing mark, a deputy's country from the one parliament named, a quotation relayed by an outlet
("приводит ... мнение эксперта X"), "В <Place> уверены в том, что", "в дипведомстве" after "МИД <Country>",
"говорится в сообщении" after "Об этом сообщили в X", an inner "по данным X," and "рассматривается как" with "Мол, ..."
after it; an outlet no table knows ("Denver Herald") typed media by its last word."""

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


LETTER = ("Депутат Игорь Соколов направил министру открытое письмо.\n\n"
          "«Уважаемый министр! На прошлой неделе вы сказали – тот, кто утверждает, что школы не готовы к зиме, "
          "лжёт.\n\n"
          "Напомню, что в трёх районах до сих пор нет угля, и родители пишут нам каждый день.\n\n"
          "Прошу дать ясный ответ до конца месяца», — говорится в письме Соколова.")


def test_each_paragraph_of_a_long_quotation_is_the_writers(run):
    doc = run(LETTER)
    letter = [f for f in _found(doc) if f[0] == "Соколова"]
    assert any(f[2].startswith("Уважаемый министр!") for f in letter)
    assert any(f[2].startswith("Напомню, что в трёх районах") for f in letter)
    assert any(f[2].startswith("Прошу дать ясный ответ") for f in letter)


def test_reports_nested_in_a_long_quotation_are_dropped(run):
    doc = run(LETTER)
    assert not [f for f in _found(doc) if f[2].startswith("школы не готовы")]


def test_a_quotation_opened_in_its_own_paragraph_is_unchanged(run):
    doc = run("«Прошу дать ясный ответ до конца месяца», — говорится в письме Соколова.")
    assert len(doc.attributions) == 1


def test_a_deputy_takes_the_country_of_the_one_parliament_named(run):
    doc = run("Независимый депутат Игорь Соколов заявил, что бюджет будет пересмотрен осенью. Он избран в состав "
              "парламента Армении два года назад.")
    (_, _, _, kind, country), = [f for f in _found(doc) if f[1] == "заявил"]
    assert kind == "politician" and country == "AM"


def test_an_expert_relayed_by_a_paper_is_the_speaker(run):
    doc = run("«Соглашение возможно лишь при условии, что стороны прекратят обстрелы», – приводит газета "
              "Le Monde мнение эксперта Жана Дюпона.")
    (speaker, _, content, _, _), = [f for f in _found(doc) if f[1] == "приводит"]
    assert speaker == "эксперта Жана Дюпона" and content.startswith("Соглашение возможно")


def test_a_place_that_believes_speaks_as_its_authorities(run):
    doc = run("Переговоры снова сорваны. В Брюсселе уверены в том, что Анкара намеренно затягивает обсуждение "
              "нового договора.")
    (speaker, _, content, kind, _), = [f for f in _found(doc) if f[1] == "уверены"]
    assert speaker == "Брюсселе" and kind == "government" and content.startswith("Анкара намеренно")


def test_the_foreign_ministry_noun_takes_the_country_named_before(run):
    doc = run("МИД Польши осудил решение соседей. «Граница должна оставаться открытой для грузов», – заявили в "
              "дипведомстве.")
    (_, _, _, kind, country), = [f for f in _found(doc) if f[1] == "заявили"]
    assert kind == "government" and country == "PL"


def test_a_message_with_no_owner_is_the_body_that_reported_before(run):
    doc = run("Министры обсудили цены на газ и поставки зерна. Об этом сообщили в администрации премьера "
              "Венгрии.\n\n«Стороны договорились продолжить консультации в апреле», – говорится в сообщении.")
    (speaker, _, _, kind, _), = [f for f in _found(doc) if f[1] == "говорится в сообщении"]
    assert speaker == "администрации премьера Венгрии" and kind == "government"


def test_an_inner_according_to_runs_on_after_its_phrase(run):
    doc = run("Этот же индекс, рассчитанный по другой методике в 2020 году, по данным ОЭСР, составил 3,2 процента, а "
              "по данным банка — 2,9 процента.")
    (_, _, content, _, _), = [f for f in _found(doc) if f[0] == "ОЭСР"]
    assert content.startswith("Этот же индекс") and content.endswith("составил 3,2 процента")


def test_a_view_held_by_many_and_the_mol_paraphrase_after_it(run):
    doc = run("Цены на жильё растут, что многими депутатами и банкирами рассматривается как угроза стабильности "
              "рынка.\n\nМол, семьи перестанут брать ипотеку, стройки встанут, а по мнению части аналитиков "
              "рынок рухнет.")
    found = _found(doc)
    (speaker, _, content, kind, _), = [f for f in found if f[1] == "рассматривается"]
    assert speaker.startswith("многими депутатами") and kind == "anonymous" and content.startswith("угроза")
    (speaker2, _, content2, _, _), = [f for f in found if f[1] == "Мол"]
    assert speaker2 == speaker and content2.startswith("семьи перестанут")
    assert not [f for f in found if f[1].lower().startswith("по мнению")]


@pytest.mark.parametrize("text", ["«Он был талантливым инженером», — сообщает о нем Denver Herald.",
                                  "По данным Hindustan Times, поставки нефти выросли вдвое."])
def test_an_outlet_no_table_knows_is_media_by_its_last_word(run, text):
    doc = run(text)
    (_, _, _, kind, _), = _found(doc)
    assert kind == "media"
