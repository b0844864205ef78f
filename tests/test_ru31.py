"""Round 31 (issue 19) Russian attribution fixes on real-news shapes, each on sentences of our own: verbs that
report only when they close a quotation ("поправил", "поинтересовался", "отреагировал", "задался вопросом",
"призвал" after the quotation), "сравнил X с Y", a quotation whose opening an inner „...“ hid, an outlet in
quotation marks in the dative before the speaker, a relay of a report already found ("Об этом он рассказал ...",
"как передает X"), follow-up mentions ("собеседник «...»", "специалист", the surname alone) typed as the named
speaker, a paragraph of a speaker's words closed by "заключил эксперт", and "напомнил о ..." as a topic told."""

from __future__ import annotations

import pytest

from tests.russian_findings import assert_gold_form, assert_halves_disjoint, russian_runner
from tests.russian_findings import said as _said
from tests.russian_findings import typed as _typed


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    ("«Когда же откроют новый мост через реку?» — поинтересовался Олег.", "поинтересовался",
     "Когда же откроют новый мост через реку"),
    ("«Пора закрывать этот завод навсегда», — отреагировал Николай.", "отреагировал",
     "Пора закрывать этот завод навсегда"),
    ("«Хватит покупать чужое оружие для армии», — призвал Игорь.", "призвал",
     "Хватит покупать чужое оружие для армии"),
])
def test_verbs_that_report_when_they_close_a_quotation(run, sentence, cue, content):
    said = _said(run(sentence))
    assert [(c, x) for _, c, x in said] == [(cue, content)]


def test_closing_only_verbs_report_nothing_elsewhere(run):
    assert _said(run("Инженер поправил чертёж моста и отреагировал на замечания комиссии.")) == []


def test_compared_with(run):
    said = _said(run("Министр финансов Иван Петров сравнил повышение налогов с ударом по малому бизнесу."))
    assert said == [("Министр финансов Иван Петров", "сравнил", "повышение налогов с ударом по малому бизнесу")]


def test_not_compared_reports_nothing(run):
    assert _said(run("Министр финансов Иван Петров не сравнил повышение налогов с ударом по малому бизнесу.")) == []


def test_a_quotation_with_an_inner_quotation(run):
    said = _said(run("Экономист Иван Петров выступил на форуме.\n\n«Все молчали, а министр сказал: „Мы уходим“. "
                     "И каждый понял, что это конец реформы», — добавил Петров."))
    added = [s for s in said if s[1] == "добавил"]  # the outer quotation's record, wherever the nested one sorts
    assert len(added) == 1 and added[0][2].startswith("Все молчали, а министр сказал")


def test_an_outlet_in_the_dative_before_the_speaker(run):
    typed = _typed(run("Цены на хлеб вырастут к зиме, заявил «360» экономист Иван Петров."))
    assert typed == [("экономист Иван Петров", "academic", None)]


def test_an_outlet_passing_on_a_report_already_found(run):
    said = _said(run("Берлин не получит новых танков до осени. Об этом, как передает Süddeutsche Zeitung, "
                     "заявил министр обороны Германии Ханс Мюллер на встрече с депутатами."))
    assert [s for s, _, _ in said] == ["министр обороны Германии Ханс Мюллер"]


def test_about_this_after_the_same_persons_report(run):
    said = _said(run("Министр финансов Иван Петров заявил, что налоги в следующем году не вырастут. Об этом он "
                     "рассказал в интервью радиостанции."))
    assert said == [("Министр финансов Иван Петров", "заявил", "налоги в следующем году не вырастут")]


def test_follow_up_mentions_typed_as_the_named_speaker(run):
    doc = run("Налоги вырастут уже весной, заявил политолог Иван Сидоров. По мнению специалиста, бюджет не "
              "выдержит новых расходов.\n\n«Денег в казне почти не осталось», — добавил собеседник «Газеты».\n\n"
              "Сидоров подчеркнул, что реформа затянется на годы.")
    assert [t[1] for t in _typed(doc)] == ["academic"] * 4


def test_a_paragraph_closed_by_the_speakers_cue(run):
    said = _said(run("«Реформа провалилась», — сказал экономист Иван Петров.\n\nПенсионный возраст снова "
                     "поднимут. Но денег все равно не хватит. А при таком бюджете это вряд ли поможет, заключил "
                     "эксперт."))
    assert said[-1][2].startswith("Пенсионный возраст снова поднимут")


def test_reminded_of(run):
    said = _said(run("Политолог Иван Петров напомнил о прошлогодней поездке министра в Пекин, когда переговоры "
                     "сорвались."))
    assert said == [("Политолог Иван Петров", "напомнил",
                     "о прошлогодней поездке министра в Пекин, когда переговоры сорвались")]


@pytest.mark.parametrize("name", ["attributions_ru_real31.jsonl", "attributions_ru_real31_heldout.jsonl"])
def test_gold_shape(name: str) -> None:
    assert_gold_form(name, "data/semeval2023_task3/ru/train-articles-subtask-3/article")


def test_gold_parts_do_not_overlap() -> None:
    assert_halves_disjoint("attributions_ru_real31")
