"""Round 24 (issue 19) Russian fixes, each on sentences of our own: headline statements ("X: ..."), the whole of a
quotation of several sentences, power plants as places, one code for the expulsion of envoys (SANCTION, as in
English), refusing to comment as no event, and countries the Russian table lacked."""

from __future__ import annotations

import pytest

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline

NAMES = ["language.v1", "segment_ru.v1", "actors_ru.v1", "attributions_ru.v1", "events_ru.v1"]


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    pipeline = Pipeline.from_names(NAMES)
    return lambda text: pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))


def _said(doc) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "",
             t[a.cue.start:a.cue.end] if a.cue is not None else "", t[a.content.start:a.content.end], a.kind)
            for a in doc.attributions]


def _events(doc) -> list[tuple[str | None, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    name = lambda i: doc.actors[i].name if i is not None else None  # noqa: E731
    return [(name(e.actor), e.label, e.cameo, name(e.target)) for e in doc.events]


BODY = ("\nМОСКВА, 2 декабря. Глава Минтранса Роман Старовойт заявил, что ремонт моста завершится летом. "
        "Старовойт добавил, что движение откроют в июле.")


def test_a_headline_statement_is_its_speakers(run):
    doc = run("Старовойт: мост через реку откроют к лету" + BODY)
    assert ("Старовойт", ":", "мост через реку откроют к лету", "indirect") in _said(doc)


def test_a_quoted_headline_statement_is_direct(run):
    doc = run("Старовойт: «Ремонт идёт по графику»" + BODY)
    assert ("Старовойт", ":", "Ремонт идёт по графику", "direct") in _said(doc)


@pytest.mark.parametrize("headline", ["Видео: мост через реку откроют к лету",  # a label, no speaker
                                      "Москва: мост через реку откроют к лету",  # a place is the topic
                                      "Старовойт: мост откроют."])  # a full stop: no headline
def test_no_headline_statement_without_a_speaker(run, headline):
    doc = run(headline + BODY)
    assert not any(cue == ":" for _, cue, _, _ in _said(doc))


def test_a_quotation_of_several_sentences_is_the_content_as_a_whole(run):
    doc = run("ТВЕРЬ, 2 декабря. Губернатор области Игорь Руденя провёл совещание. «Дороги отремонтированы. Школы "
              "открыты. Отопление подано во все дома», — сказал губернатор.")
    assert ("губернатор", "сказал", "Дороги отремонтированы. Школы открыты. Отопление подано во все дома",
            "direct") in _said(doc)


def test_a_quotation_after_a_colon_goes_on_to_its_closing_mark(run):
    doc = run("ТВЕРЬ, 2 декабря. Губернатор Игорь Руденя заявил: «Дороги отремонтированы. Школы открыты». "
              "Зима ожидается холодной.")
    assert ("Губернатор Игорь Руденя", "заявил", "Дороги отремонтированы. Школы открыты", "direct") in _said(doc)


def test_power_plants_are_places_not_actors(run):
    doc = run("Нововоронежская АЭС снизила мощность. Специалисты ЗАЭС проверили оборудование, сообщил Росатом. "
              "Заявление опубликовано в соцсети X.")
    actors = {a.aliases[0]: a.type for a in doc.actors}
    assert actors.get("Нововоронежская АЭС", "location") == "location"
    assert actors.get("ЗАЭС", "location") == "location"
    assert "X" not in actors
    assert any(a.name == "Rosatom" for a in doc.actors)  # the company stays an actor


@pytest.mark.parametrize(("text", "event"), [
    ("Финляндия выслала трёх российских дипломатов.", ("Finland", "SANCTION", "166", "Russia")),
    ("Власти Чехии выдворили российского консула.", ("Czech Republic", "SANCTION", "166", "Russia")),
    ("Болгария объявила персоной нон грата сотрудника посольства России.", ("Bulgaria", "SANCTION", "166", "Russia")),
    ("Армения отозвала своего посла из Минска.", ("Armenia", "SANCTION", "161", "Belarus")),
])
def test_the_expulsion_or_recall_of_envoys_is_a_sanction_as_in_english(run, text, event):
    assert event in _events(run(text))


def test_expelling_others_stays_coercion(run):
    events = _events(run("Франция выслала в Алжир группу мигрантов."))
    assert not any(label == "SANCTION" for _, label, _, _ in events)


@pytest.mark.parametrize("text", ["Песков отказался комментировать заявление Пентагона.",
                                  "В посольстве Франции от комментариев отказались.",
                                  "Представитель Минобороны Турции отказался прокомментировать эти сообщения."])
def test_refusing_to_comment_is_no_event(run, text):
    assert _events(run(text)) == []


def test_refusing_talks_stays_a_rejection(run):
    events = _events(run("Турция отказалась от переговоров с Кипром."))
    assert any(actor == "Turkey" and label == "REJECT" for actor, label, _, _ in events)


def test_releasing_prisoners_tariffs_and_phone_talks(run):
    assert ("Azerbaijan", "RETREAT", "084", "Armenia") in \
        _events(run("Азербайджан освободил армянских пленных."))
    assert ("Canada", "SANCTION", "163", "China") in _events(run("Канада ввела пошлины на китайскую сталь."))
    assert ("France", "CONSULT", "040", "Germany") in \
        _events(run("Президент Франции провёл телефонный разговор с канцлером Германии."))


def test_liberating_a_village_is_no_release(run):
    assert not any(label == "RETREAT" for _, label, _, _ in _events(run("Армия освободила село под Донецком.")))


def test_countries_the_table_lacked(run):
    doc = run("Индонезия направила Мьянме гуманитарную помощь. Аргентина и Чили подписали соглашение.")
    events = _events(doc)
    assert ("Indonesia", "AID", "070", "Myanmar") in events
    assert ("Argentina", "AGREE", "057", "Chile") in events


def test_a_conversation_with_a_newspaper_is_no_consultation(run):
    doc = run("В разговоре с газетой «Известия» эксперт рассказал о новых тарифах.")
    assert not any(label == "CONSULT" for _, label, _, _ in _events(doc))
