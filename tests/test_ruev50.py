"""Round 50 (ruev50, issue 19) Russian event shapes, on sentences of our own with the shapes the real-article gold
(tests/gold/russian_events_real50*.tsv) and the lead's reading showed: the "от X" addressee of a demand, an act
someone "должен" do, the subject of a conjoined verb, an active participle's doer and "обратиться к X с призывом"."""

from __future__ import annotations

import pytest

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

NAMES = ["language.v1", "segment_ru.v1", "actors_ru.v1", "attributions_ru.v1", "events_ru.v1"]


@pytest.fixture(scope="module")
def events():  # type: ignore[no-untyped-def]
    pipeline = Pipeline.from_names(NAMES)

    def run(text: str) -> list[tuple[str | None, str, str | None]]:
        doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
        name = {i: a.name for i, a in enumerate(doc.actors)}
        return [(name.get(e.actor), e.label, name.get(e.target)) for e in doc.events]  # type: ignore[arg-type]
    return run


def test_demand_addressee_is_the_target_not_a_country_inside_the_demand(events) -> None:  # type: ignore[no-untyped-def]
    got = events("Москва потребовала от западных партнеров гарантий отказа от присоединения к блоку Украины.")
    assert ("Russia", "REQUEST", None) in got
    assert all(t != "Ukraine" for *_, t in got)


def test_demand_addressee_named_by_its_modifier(events) -> None:  # type: ignore[no-untyped-def]
    got = events("Кремль потребовал от руководства Германии гарантий безопасности для Белоруссии.")
    assert ("Russia", "REQUEST", "Germany") in got


def test_obligation_is_the_speakers_demand(events) -> None:  # type: ignore[no-untyped-def]
    got = events("«Запад должен отказаться от курса на конфронтацию с Россией», заявил Лавров.")
    assert [(a, c, t) for a, c, t in got if c in ("REQUEST", "REJECT")] == [("Sergey Lavrov", "REQUEST", "The West")]


def test_obligation_in_the_authors_voice_is_no_event(events) -> None:  # type: ignore[no-untyped-def]
    assert events("Запад должен отказаться от курса на конфронтацию с Россией.") == []


def test_conjoined_verb_shares_the_subject(events) -> None:  # type: ignore[no-untyped-def]
    got = events("США и Британия ввели санкции против Ирана и пригрозили Тегерану новыми мерами.")
    assert ("United States", "THREATEN", "Iran") in got


def test_active_participle_doer_is_the_noun_it_qualifies(events) -> None:  # type: ignore[no-untyped-def]
    got = events("После сообщений СМИ Германии, обвинивших Россию в атаке на трубопровод, посольство выступило "
                 "с заявлением.")
    assert ("Germany", "ACCUSE", "Russia") in got


def test_address_with_a_call_is_a_request_to_the_addressee(events) -> None:  # type: ignore[no-untyped-def]
    got = events("Премьер Польши обратился к НАТО с призывом усилить защиту границы.")
    assert got == [("Poland", "REQUEST", "NATO")]


def test_instrumental_doer_of_a_mass_killing_noun(events) -> None:  # type: ignore[no-untyped-def]
    got = events("Это привело к геноциду армянских жителей турецкими войсками.")
    assert ("Turkey", "ASSAULT", "Armenia") in got


def test_mass_killing_noun_with_no_doer_is_no_event(events) -> None:  # type: ignore[no-untyped-def]
    got = events("Историки спорят о геноциде армян в начале века.")
    assert [e for e in got if e[1] == "ASSAULT"] == []


def test_banning_a_language_is_coercion_of_its_people(events) -> None:  # type: ignore[no-untyped-def]
    assert ("Latvia", "COERCE", "Russia") in events("Власти Латвии запретили использовать русский язык в школах.")
    assert ("Ukraine", "COERCE", "Russia") in events("Киев ввёл запрет на русский язык в сфере услуг.")


def test_trade_ban_stays_a_sanction(events) -> None:  # type: ignore[no-untyped-def]
    assert events("Власти Литвы запретили ввоз белорусского молока.") == [("Lithuania", "SANCTION", "Belarus")]
