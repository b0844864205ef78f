"""Round 49 (issue 19): "заявить / заявлять о <NP>" that the base left without a record, on sentences of our own:
an impersonal "в <body> (не раз) заявляли об <NP>" (the body speaks), a subject's "заявила о <long NP>" (the
content the whole phrase to the sentence's end), and guards."""

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


def test_an_impersonal_report_of_an_international_body(run):
    doc = run("В ООН не раз заявляли об угрозе голода в засушливых провинциях. Поставки зерна сократились.")
    found = [f for f in _found(doc) if f[1] == "заявляли"]
    assert found and found[0][0] == "ООН" and found[0][3:5] == ("government", None)
    assert found[0][2] == "об угрозе голода в засушливых провинциях"


def test_an_impersonal_report_of_a_capital_is_its_state(run):
    doc = run("В Пекине заявили об угрозе новой торговой войны с соседями.")
    found = [f for f in _found(doc) if f[1] == "заявили"]
    assert found and found[0][0] == "Пекине" and found[0][3:5] == ("government", "CN")


def test_a_subject_stating_a_long_noun_phrase(run):
    doc = run("Посол Канады заявил о начале масштабной проверки расходов всех региональных фондов за прошлый год.")
    found = [f for f in _found(doc) if f[1] == "заявил"]
    assert found and found[0][0] == "Посол Канады" and found[0][3:5] == ("government", "CA")
    assert found[0][2] == "о начале масштабной проверки расходов всех региональных фондов за прошлый год"


def test_a_topic_noun_is_no_statement(run):  # guard: the base's topic nouns ("о своём мнении") stay out
    doc = run("Писатель заявил о своём мнении на встрече с читателями.")
    assert not [f for f in _found(doc) if f[1] == "заявил"]


def test_a_first_person_is_no_speaker(run):  # guard
    doc = run("Я заявил об угрозе срыва поставок на прошлой неделе.")
    assert not [f for f in _found(doc) if f[1] == "заявил"]


def test_a_headline_without_a_stop_is_left_to_the_base(run):  # guard: the rule reads finished sentences only
    doc = run("В ООН заявили об угрозе голода\n\nПоставки зерна сократились.")
    assert len([f for f in _found(doc) if f[1] == "заявили"]) <= 1


def test_a_charge_d_affaires_stating_a_topic_is_a_government_speaker(run):
    doc = run("Временный поверенный в делах Японии в Чили Кэндзи Сато заявил об аналогии между двумя кризисами "
              "прошлого века.")
    found = [f for f in _found(doc) if f[1] == "заявил"]
    assert found and found[0][3:5] == ("government", "JP")
