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
    second = _with(doc, "больше всего приезжих")
    assert second and "Управлении" in second[0][1]


def test_a_plain_quotation_keeps_its_speaker(run):  # guard
    doc = run(HEAD + "«Мы готовы к переговорам», — сказал министр иностранных дел Иван Сидоров.\n")
    found = _with(doc, "готовы к переговорам")
    assert len(found) == 1 and "Sidorov" in (found[0][2] or "")
