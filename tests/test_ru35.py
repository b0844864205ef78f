"""Round 35 (issue 19) Russian attribution finding and typing on real-news shapes, each on sentences of our own:
"Такое мнение X выразил" after the claim, a dash-opened paragraph quoted whole, a closing cue's speaker cut after
the cue, "X допустил <noun phrase>", the one named expert under an unnamed "эксперт" phrase, an expert of an
institute named with an international body typed academic, a surname in "-ов" that is not a known person's
case form, and a surname alone taking the country its titled mention had."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed_named as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def test_an_opinion_voiced_after_the_claim(run):
    doc = run("Санкции против соседей не работают. Их придётся пересмотреть до зимы. Такое мнение глава МИД Венгрии "
              "Петер Сийярто выразил в беседе с журналистами.")
    assert ("глава МИД Венгрии Петер Сийярто", "выразил",
            "Санкции против соседей не работают. Их придётся пересмотреть до зимы") in _said(doc)


def test_an_opinion_with_the_speaker_after_the_verb(run):
    doc = run("Санкции против соседей не работают. Такое мнение выразил глава МИД Венгрии Петер Сийярто на "
              "встрече в Будапеште.")
    assert ("глава МИД Венгрии Петер Сийярто", "выразил", "Санкции против соседей не работают") in _said(doc)


def test_a_dash_opened_paragraph_is_one_quotation(run):
    doc = run("Министр обороны Литвы Арвидас Анушаускас выступил в сейме в четверг.\n\n"
              "- Мы готовы к любому повороту событий. Граница надёжно защищена. Запасы на складах пополнены, - "
              "отметил он.")
    assert ("он", "отметил", "Мы готовы к любому повороту событий. Граница надёжно защищена. "
            "Запасы на складах пополнены") in _said(doc)


def test_a_paragraph_without_an_opening_dash_keeps_the_last_sentence(run):
    doc = run("Министр обороны Литвы Арвидас Анушаускас выступил в сейме в четверг.\n\n"
              "Граница надёжно защищена. Запасы на складах пополнены, - отметил он.")
    contents = [c for _, cue, c in _said(doc) if cue == "отметил"]
    assert contents and not any(c.startswith("Граница") for c in contents)


def test_a_closing_speaker_ends_before_a_relative_clause(run):
    doc = run("Министр обороны Литвы Арвидас Анушаускас выступил в сейме.\n\n- Наши соседи буквально сражаются за "
              "общую свободу, — подчеркнул Анушаускас, слова которого приводит портал Delfi.")
    assert ("Анушаускас", "подчеркнул", "Наши соседи буквально сражаются за общую свободу") in _said(doc)


def test_allowing_for_a_noun_phrase_is_a_report(run):
    doc = run("Политолог Иван Смирнов допустил проведение досрочных выборов в парламент уже осенью.")
    assert ("Политолог Иван Смирнов", "допустил", "проведение досрочных выборов в парламент уже осенью") \
        in _said(doc)


def test_a_lapse_is_no_report(run):
    doc = run("Водитель автобуса допустил грубую ошибку на скользком повороте у старого моста.")
    assert not [s for s in _said(doc) if s[1] == "допустил"]


def test_the_one_named_expert_under_an_unnamed_phrase(run):
    doc = run("Политолог из Казани Иван Смирнов заявил, что выборы пройдут спокойно. Министр финансов России Антон "
              "Силуанов сказал, что бюджет сбалансирован. По словам политического эксперта, явка будет высокой.")
    typed = _typed(doc)
    expert = next(t for t in typed if t[0] == "политического эксперта")
    assert expert[1] == "academic" and expert[3] == next(t[3] for t in typed if "Смирнов" in t[0])


def test_two_named_experts_leave_the_unnamed_phrase(run):
    doc = run("Политолог из Казани Иван Смирнов заявил, что выборы пройдут спокойно. Политолог из Самары Пётр Орлов "
              "сказал, что явка упадёт. По словам политического эксперта, споры продолжатся.")
    assert next(t for t in _typed(doc) if t[0] == "политического эксперта")[3] is None


def test_an_institutes_analyst_is_academic(run):
    doc = run("Военный аналитик Института стран СНГ Пётр Орлов заявил, что переговоры затянутся до весны.")
    assert _typed(doc)[0][1] == "academic"


def test_a_surname_in_ov_is_not_a_known_persons_case(run):
    doc = run("Директор департамента МИД России Олег Ермаков заявил, что договор пока не продлят. Глава офиса "
              "президента Украины Андрей Ермак сказал, что переговоров не будет.")
    typed = _typed(doc)
    assert typed[0][2] == "RU" and typed[0][3] != "Andriy Yermak"
    assert typed[1][3] == "Andriy Yermak"


def test_a_surname_takes_the_country_of_its_titled_mention(run):
    doc = run("Ведущая Fox News Лора Ингрэм заявила, что выборы прошли нечестно. «Я буду говорить об этом каждый "
              "вечер», — заявила Лора Ингрэм.")
    assert ("Лора Ингрэм", "media", "US", "Lora Ingrem") in _typed(doc)


def test_a_surname_of_no_country_stays_without_one(run):
    doc = run("Блогер Лора Ингрэм заявила, что выборы прошли нечестно. «Я буду говорить об этом каждый вечер», — "
              "заявила Ингрэм.")
    assert all(t[2] is None for t in _typed(doc))


def test_a_dictionary_surname_in_ov_still_matches() -> None:
    from spinscope.components.russian.actors import _plural_of_person35

    assert _plural_of_person35("Ермаков", "person")
    assert not _plural_of_person35("Песков", "person")  # the dictionary's own surname
    assert not _plural_of_person35("Ермаков", "organization")
    assert not _plural_of_person35("Ермака", "person")


@pytest.mark.parametrize("name", ["attributions_ru_real35.jsonl", "attributions_ru_real35_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2023_task3/ru/train-articles-subtask-3/article", articles=2)


def test_gold_parts_do_not_overlap() -> None:
    assert_halves_disjoint("attributions_ru_real35")
