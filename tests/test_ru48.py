"""Round 48 (issue 19) Russian shapes, each on sentences of our own: Western outlets by their Cyrillic names,
a person named like one, a speaker cut inside such a name, "по данным издания" after the outlet, a denial of
"это" (the claim before), and a name with an apostrophe in Latin script."""

from __future__ import annotations

import pytest

from spinscope.components.russian.actors import latin_name
from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _found(doc) -> list[tuple[str, str, str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "", t[a.cue.start:a.cue.end] if a.cue
             else "", t[a.content.start:a.content.end], a.source_type, a.source_country, a.speaker_name)
            for a in doc.attributions]


def test_a_western_outlet_by_its_cyrillic_name_is_media_of_its_country(run):
    doc = run("Как сообщает Франс Пресс, переговоры о поставках зерна отложены. Би-би-си утверждает, что встреча "
              "министров не состоится.")
    found = {f[0]: f for f in _found(doc)}
    assert found["Франс Пресс"][3:5] == ("media", "FR")
    assert found["Би-би-си"][3:5] == ("media", "GB")


def test_the_outlet_anaphor_is_the_outlet_just_named(run):
    doc = run("Власти Канады готовят новые пошлины на сталь, сообщает Блумберг. По данным издания, пошлины вступят "
              "в силу до конца месяца.")
    found = [f for f in _found(doc) if f[0] == "издания"]
    assert found and found[0][3:6] == ("media", "US", "Bloomberg")


def test_a_person_named_like_an_outlet_stays_a_person(run):  # guard
    doc = run("Бывший мэр Бостона Майкл Блумберг заявил, что выборы пройдут честно.")
    found = [f for f in _found(doc) if f[1] == "заявил"]
    assert found and found[0][3] != "media"


def test_a_speaker_cut_inside_an_outlets_name_is_the_whole_name(run):
    doc = run("Как пишет Нью-Йорк таймс, решение о кредите уже принято.")
    found = [f for f in _found(doc) if f[1] == "Как пишет"]
    assert found and found[0][0] == "Нью-Йорк таймс" and found[0][3:5] == ("media", "US")


def test_a_denial_of_the_claim_before(run):
    doc = run("Соседи обвиняли Минск в закрытии границы, однако Минск это решительно отвергал.")
    found = [f for f in _found(doc) if f[1] == "отвергал"]
    assert found and found[0][0] == "Минск" and found[0][2].startswith("Соседи обвиняли")


def test_a_name_with_an_apostrophe_is_romanised_whole() -> None:
    assert latin_name("Джим О'Брайен") == "Dzhim O'Brayen"
    assert latin_name("НАТО") == "НАТО"


def test_an_outlet_read_as_a_surname_is_the_outlet_actor(run):
    doc = run("По данным Блумберга, сделка по продаже завода сорвалась в последний момент.")
    assert any(a.name == "Bloomberg" and a.type == "media" for a in doc.actors)
    assert not any(a.type == "person" for a in doc.actors)


def test_a_person_named_in_full_keeps_the_lone_surname(run):  # guard
    doc = run("Бывший мэр Бостона Майкл Блумберг приехал в Лондон. Позже Блумберг выступил перед студентами.")
    assert not any(a.type == "media" for a in doc.actors)
