"""Round 36 (issue 19) Russian attribution finding and typing on shapes of longer real articles, each on sentences
of our own: a quotation split by its cue and run on over paragraphs, an outlet audience after the verb, a report
verb inside another speaker's quoted words, a promise and an admission as reports, "На Западе считают", a historian,
the Russian Academy of Sciences' country, and a bare name taking the type of its titled mention."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


SPLIT = ("Жильё в крупных городах дорожает третий год подряд.\n\n"
         "«Рынок жилья в регионе перегрет, — рассказал «Вестнику» старший научный сотрудник Института экономики "
         "РАН Павел Смирнов. — Цены выросли почти вдвое за три года.\n\n"
         "Многие аналитики считают, что банки уже ужесточают условия ипотеки.\n\n"
         "К весне спрос на новые квартиры заметно упадёт».\n\n"
         "Строители с этим не согласны.\n\n"
         "«Спад будет коротким, а потом цены снова пойдут вверх», — отметил Павел Смирнов.")


def test_a_split_quotation_runs_on_over_its_paragraphs(run):
    doc = run(SPLIT)
    speaker = "старший научный сотрудник Института экономики РАН Павел Смирнов"
    got = _said(doc)
    assert (speaker, "рассказал", "Рынок жилья в регионе перегрет") in got
    assert any(s == speaker and c.startswith("Цены выросли почти вдвое") for s, _, c in got)
    assert any(s == speaker and c.startswith("Многие аналитики считают") for s, _, c in got)
    assert any(s == speaker and c.startswith("К весне спрос") for s, _, c in got)


def test_a_report_inside_a_split_quotation_is_the_quoted_speakers_words(run):
    doc = run(SPLIT)
    assert not any(cue == "считают" for _, cue, _ in _said(doc))


def test_an_academy_institute_is_russian_and_the_bare_name_takes_its_type(run):
    doc = run(SPLIT)
    typed = _typed(doc)
    assert ("старший научный сотрудник Института экономики РАН Павел Смирнов", "academic", "RU") in typed
    assert ("Павел Смирнов", "academic", "RU") in typed


def test_a_split_quotation_without_a_closing_mark_is_not_run_on(run):
    doc = run("«Рынок жилья в регионе перегрет, — продолжает экономист Павел Смирнов. — Цены выросли почти вдвое "
              "за три года.\n\nБанки уже ужесточают условия ипотеки.")
    assert not any(c.startswith("Банки уже ужесточают") for _, _, c in _said(doc))


def test_an_outlet_after_the_verb_is_the_audience(run):
    doc = run("Министр “ждёт роста цен на бензин к осени”, сказал WP один из крупных нефтяных трейдеров, "
              "попросивший не называть его имени.")
    typed = _typed(doc)
    assert any(s == "один из крупных нефтяных трейдеров" for s, _, _ in typed)
    assert not any(s == "WP" for s, _, _ in typed)


def test_a_report_verb_inside_quoted_words_is_no_report(run):
    doc = run("Министр “ждёт роста цен на бензин к осени”, сказал WP один из крупных нефтяных трейдеров.")
    assert not any(cue == "ждёт" for _, cue, _ in _said(doc))


def test_a_promise_is_a_report_of_its_own(run):
    doc = run("Губернатор Иван Петров призвал жителей сократить поездки по области, а также пообещал, что все "
              "мосты отремонтируют к маю.")
    got = _said(doc)
    assert any(cue == "пообещал" and c.startswith("все мосты отремонтируют к маю") for _, cue, c in got)
    assert any(cue == "призвал" and c == "жителей сократить поездки по области" for _, cue, c in got)


def test_an_admission_is_a_report(run):
    doc = run("Как признался сам министр энергетики Олег Ковалёв, запасы топлива на складах почти исчерпаны.")
    assert any(c.startswith("запасы топлива на складах") for _, _, c in _said(doc))


def test_the_west_is_no_one_state(run):
    doc = run("На Западе считают, что переговоры о перемирии окончательно зашли в тупик.")
    assert ("Западе", "government", None) in _typed(doc)


def test_a_historian_is_an_academic(run):
    doc = run("«Войны такого рода редко кончаются быстро», — заявил историк Джон Смит на лекции в Оксфорде.")
    assert any(s == "историк Джон Смит" and t == "academic" for s, t, _ in _typed(doc))


@pytest.mark.parametrize("name", ["attributions_ru_real36.jsonl", "attributions_ru_real36_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2023_task3/ru/train-articles-subtask-3/article", articles=3)


def test_gold_parts_do_not_overlap() -> None:
    assert_halves_disjoint("attributions_ru_real36")
