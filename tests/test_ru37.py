"""Round 37 (issue 19) Russian speakers named by a role, interview turns and typing, each on sentences of our own:
an occupation phrase that refers back to the person named with it, the head of a research centre named elsewhere
in the article, research bodies academic, a shopping centre and an association's chair not, a relative pronoun as
speaker, and an interview's question and answer turns."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _typed(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", t[a.cue.start:a.cue.end] if a.cue
             else "", a.source_type, a.source_country, a.speaker_name) for a in doc.attributions]


def _by_cue(doc, cue: str) -> tuple[str, str, str | None, str | None, str | None]:  # type: ignore[no-untyped-def]
    return next(t for t in _typed(doc) if t[1] == cue)


def test_a_described_scholar_is_the_person_named_before(run):
    doc = run("Историк Андрей Соколов двадцать лет изучает архивы Варшавы и Кракова. Он родился в Твери.\n\n"
              "Российский ученый, уроженец Твери, заявил, что документы о границе были подделаны еще в тридцатые "
              "годы.")
    speaker, _, kind, _, name = _by_cue(doc, "заявил")
    assert speaker.startswith("Российский ученый") and kind == "academic" and name and "Sokolov" in name


def test_an_occupation_closing_a_quote_is_the_person_titled_with_it(run):
    doc = run("Публицист Игорь Малышев выступил на конференции в Минске.\n\n«Никакого союза на этих условиях не "
              "будет, и украинцы это понимают», – считает публицист.")
    _, _, _, _, name = _by_cue(doc, "считает")
    assert name and "Malyshev" in name


def test_a_historian_closing_a_quote_is_the_historian_not_the_minister(run):
    doc = run("Историк Андрей Соколов выступил на конференции в Минске. Министр культуры Белоруссии Анатолий "
              "Маркевич открыл выставку.\n\n«Архивы говорят сами за себя, и спорить с ними бесполезно», – "
              "подчеркнул историк.")
    _, _, _, _, name = _by_cue(doc, "подчеркнул")
    assert name and "Sokolov" in name


def test_an_occupation_with_no_one_so_titled_stays_unnamed(run):
    doc = run("Министр культуры Белоруссии Анатолий Маркевич открыл выставку в Минске.\n\n«Архивы говорят сами за "
              "себя», – подчеркнул историк.")
    _, _, _, _, name = _by_cue(doc, "подчеркнул")
    assert not name or "Markevich" not in name


def test_the_head_of_a_research_centre_named_before(run):
    doc = run("В дискуссии участвовал Олег Петров, глава Центра по истории Восточной Европы Института всеобщей "
              "истории РАН.\n\nПольские власти годами переписывают историю войны, утверждает глава Центра по "
              "истории Восточной Европы Института всеобщей истории РАН.")
    speaker, _, kind, country, name = _by_cue(doc, "утверждает")
    assert speaker.startswith("глава Центра") and kind == "academic" and country == "RU"
    assert name and "Petrov" in name


def test_the_head_of_a_research_centre_named_after(run):
    doc = run("«Эти переговоры ничего не дадут, пока Варшава не откажется от претензий», – подчеркнул глава Центра "
              "по истории Восточной Европы.\n\nВ прошлом году руководитель Центра по истории Восточной Европы "
              "Олег Петров выпустил книгу о довоенной Польше.")
    _, _, kind, _, name = _by_cue(doc, "подчеркнул")
    assert kind == "academic" and name and "Petrov" in name


def test_a_shopping_centre_is_no_academic_body(run):
    doc = run("Работники центра заявили, что торговый центр закроется на ремонт до весны.")
    assert _by_cue(doc, "заявили")[2] != "academic"


def test_the_staff_of_a_research_centre_stay_academic(run):
    doc = run("Сотрудники Центра по истории Восточной Европы считают, что архивы надо открыть.")
    assert _by_cue(doc, "считают")[2] == "academic"


def test_an_associations_chair_is_no_official(run):
    doc = run("Председатель Союза политэмигрантов Латвии Иван Крылов заявил, что в Риге запретили митинг.")
    assert _by_cue(doc, "заявил")[2] == "person"


def test_a_ministers_chair_stays_government(run):
    doc = run("Председатель правительства Латвии Эвика Силиня заявила, что в Риге запретили митинг.")
    assert _by_cue(doc, "заявила")[2] == "government"


def test_a_relative_pronoun_speaker_is_its_antecedent(run):
    doc = run("Вчера появилось заявление ведомства, которое сообщило, что граница закрыта на неделю.")
    speakers = [t[0] for t in _typed(doc) if t[1] == "сообщило"]
    assert speakers and "которое" not in speakers


INTERVIEW = ("О том, чего ждать от переговоров, «СП» рассказал политолог Андрей Воронов.\n\n"
             "«СП»: — Байден не раз говорил, что Америка не допустит поражения Киева. Он сдержит слово?\n\n"
             "— Я всегда говорю, что американские обещания стоят недорого. Вашингтон думает только о выборах.")


def test_a_question_turn_reports_the_words_of_whom_it_names(run):
    doc = run(INTERVIEW)
    speaker, _, kind, country, _ = _by_cue(doc, "говорил")
    assert speaker == "Байден" and kind == "government" and country == "US"


def test_an_answer_turns_first_person_is_the_interviewee(run):
    doc = run(INTERVIEW)
    speaker, _, _, _, name = _by_cue(doc, "говорю")
    assert speaker == "Я" and name and "Voronov" in name


def test_a_first_person_outside_an_interview_stays(run):
    doc = run("Политолог Андрей Воронов выступил в Москве.\n\n— Я всегда говорю, что американские обещания стоят "
              "недорого.")
    assert all("Voronov" not in (t[4] or "") for t in _typed(doc) if t[1] == "говорю")


def test_a_correspondents_question_turn(run):
    doc = run("Об итогах саммита рассказал политолог Андрей Воронов.\n\nКорр.: — Министр иностранных дел Франции "
              "заявил, что Европа не готова к войне. Это так?\n\n— Я думаю, что министр прав лишь отчасти.")
    speaker, _, kind, country, _ = _by_cue(doc, "заявил")
    assert speaker.startswith("Министр иностранных дел") and kind == "government" and country == "FR"
