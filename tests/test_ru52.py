"""Round 52 (issue 19): Russian commentary shapes (dash quotations a speaker interrupts or closes in a paragraph of
its own, a quotation after a colon, "согласен с ним X", a parenthetical "акцентирует внимание X", a framed belief, a
body with an abbreviation, an impersonal "Отмечается, что"), on sentences of our own (no article text)."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner

HEAD = "Новости дня\n\n"


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _rows(doc):  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.content.start:a.content.end], t[a.speaker.start:a.speaker.end] if a.speaker else "",
             a.speaker_name, a.source_type, a.kind) for a in doc.attributions]


def _with(doc, words: str):  # type: ignore[no-untyped-def]
    return [r for r in _rows(doc) if words in r[0]]


def test_a_dash_quotation_goes_on_after_its_speaker(run):
    doc = run(HEAD + "Депутат Госдумы Иван Сидоров дал интервью газете.\n\n"
              "    Похоже, зимой цены снова вырастут, - отметил в беседе с газетой Сидоров. - Конечно, мы будем "
              "помогать семьям, но с учётом того, что соседняя сторона призывает закрыть границы, запасы надо "
              "создавать заранее.\n")
    rest = _with(doc, "запасы надо создавать")
    assert rest and all("Sidorov" in (r[2] or "") for r in rest)
    assert not [r for r in _rows(doc) if r[1] == "соседняя сторона"]


def test_a_dash_paragraph_closes_the_speech_before(run):
    doc = run(HEAD + "Депутат Госдумы Иван Сидоров выступил на форуме.\n\n"
              "    Иначе говоря, городской транспорт станет бесплатным для школьников уже осенью, и никто не "
              "собирается отменять это решение,\n\n– резюмировал депутат в беседе с журналистами.\n")
    found = _with(doc, "городской транспорт")
    assert found and found[0][4] == "direct" and "Sidorov" in (found[0][2] or "")


def test_a_quotation_after_a_colon_paragraph(run):
    doc = run(HEAD + "Мэр города Пётр Орлов призывал жителей беречь воду:\n\n"
              "\"Летом воды будет меньше обычного, поэтому прошу всех поливать огороды только вечером\".\n")
    found = _with(doc, "поливать огороды")
    assert found and found[0][4] == "direct" and "Orlov" in (found[0][2] or "")


def test_agree_with_him_after_a_clause(run):
    doc = run(HEAD + "Это ясный знак для всех соседей, что строительство моста начнётся весной, согласен с ним "
              "политолог, директор Института региональных исследований Олег Петров.\n")
    found = _with(doc, "строительство моста")
    assert found and "Петров" in found[0][1] and found[0][3] == "academic"


def test_a_parenthetical_cue_with_a_name(run):
    doc = run(HEAD + "Депутат Иван Сидоров выступил в среду. Бюджет, акцентирует внимание Сидоров, требует "
              "серьёзной правки.\n")
    found = _with(doc, "требует серьёзной правки")
    assert found and "Sidorov" in (found[0][2] or "")


def test_a_framed_belief_is_the_framer_s(run):
    doc = run(HEAD + "Политолог Иван Сидоров дал интервью. При этом, как отметил Сидоров, одни полагают, что "
              "переселенцы скоро вернутся домой, а другие останутся в городе.\n")
    found = _with(doc, "переселенцы скоро вернутся")
    assert found and all("Sidorov" in (r[2] or "") for r in found)


def test_a_body_with_an_abbreviation(run):
    doc = run(HEAD + "В Управлении по делам мигрантов (УДМ) сообщили, что за год в страну въехали два миллиона "
              "человек. Отмечается, что больше всего приезжих направились в столицу.\n")
    first = _with(doc, "два миллиона")
    assert first and "Управлении" in first[0][1]
    assert not _with(doc, "больше всего приезжих")  # backed out: the older golds leave "Отмечается, что" out


def test_a_plain_quotation_keeps_its_speaker(run):  # guard
    doc = run(HEAD + "«Мы готовы к переговорам», — сказал министр иностранных дел Иван Сидоров.\n")
    found = _with(doc, "готовы к переговорам")
    assert len(found) == 1 and "Sidorov" in (found[0][2] or "")


def test_a_quotation_holding_a_quotation_and_its_relay(run):
    doc = run(HEAD + "«Соседям стоит вспомнить старую поговорку: «Не плюй в колодец». Иначе зимой им придётся "
              "туго», – сказал мэр города Пётр Орлов, выступая на ярмарке, передает ТАСС.\n")
    found = _with(doc, "Соседям стоит вспомнить")
    assert found and "Orlov" in (found[0][2] or "")
    assert not [r for r in _rows(doc) if r[1] == "ТАСС"]


def test_a_continued_quotation_and_a_joined_report(run):
    doc = run(HEAD + "Политолог Иван Сидоров заявил, что пробки стали длиннее.\n\n"
              "\"Города растут быстрее, чем строятся дороги, и это видно каждому водителю\", – продолжил "
              "политолог, добавил, что кто-то уже уехал за город.\n")
    quote = _with(doc, "Города растут")
    joined = _with(doc, "кто-то уже уехал")
    assert quote and quote[0][4] == "direct" and "Sidorov" in (quote[0][2] or "")
    assert joined and "Sidorov" in (joined[0][2] or "") and joined[0][3] == "academic"


def test_a_reminder_of_an_official_s_words(run):
    doc = run(HEAD + "Ранее немецкие СМИ напомнили о том, как министр экономики Италии Марко Росси заявил 3 апреля, "
              "что пошлины «совершенно» бесполезны.\n")
    found = _with(doc, "бесполезны")
    assert len(found) == 1 and found[0][1] == "министр экономики Италии Марко Росси" and found[0][3] == "government"


def test_a_headline_named_by_a_body(run):
    doc = run("В сенате Чехии назвали новую программу помощи фермерам ошибочной\n\nТекст заметки.\n")
    found = _with(doc, "программу помощи фермерам")
    assert found and found[0][1] == "сенате Чехии" and found[0][3] == "government"


def test_a_group_spoke_against(run):
    doc = run(HEAD + "Большинство жителей региона высказались против строительства нового завода.\n")
    found = _with(doc, "против строительства")
    assert found and found[0][3] == "anonymous"


@pytest.mark.skip(reason="backed out: round 27's held-out type share fell (figures only), as in round 50")
def test_a_political_technologist_supposed(run):
    doc = run(HEAD + "Известный политтехнолог Олег Петров предположил, что выборы пройдут в два тура.\n")
    found = _with(doc, "выборы пройдут")
    assert found and "Петров" in found[0][1] and found[0][3] == "academic"


def test_a_negated_supposition_is_no_report(run):  # guard
    doc = run(HEAD + "Министр Олег Петров не предположил, что выборы пройдут в два тура.\n")
    assert not _with(doc, "выборы пройдут")


def test_a_un_body_with_an_abbreviation_is_government(run):
    doc = run(HEAD + "В Управлении ООН по вопросам образования (УОО) сообщили, что школ стало на треть больше.\n")
    found = _with(doc, "школ стало")
    assert found and "Управлении" in found[0][1] and found[0][3] == "government"
