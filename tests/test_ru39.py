"""Round 39 (issue 19) Russian shapes from the lead's reading of four long articles, each on sentences of our own:
a speaker lost before its cue, a gerund cue with "о том, что", colloquial closing cues, anaphoric "Это сказал",
"сообщает о нем <Outlet>", quoted phrases taken for the speaker, a participle cue, a cue opening a second clause,
and the country a "как заявил премьер X" sentence opens with."""

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


def _by_cue(doc, cue: str) -> list[tuple[str, str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [f for f in _found(doc) if f[1] == cue]


def test_a_described_president_before_adverbs_keeps_the_speaker(run):
    doc = run("Стоит напомнить, что в 2020 году новоизбранная президент Эстонии Кая Каллас совершенно серьёзно "
              "заявила, что «уход Британии даёт шанс Эстонии».")
    (speaker, _, _, kind, country), = _by_cue(doc, "заявила")
    assert speaker.endswith("президент Эстонии Кая Каллас") and kind == "government" and country == "EE"


def test_a_gerund_cue_with_o_tom_chto_is_found(run):
    doc = run("Эти сведения подтвердил и сам Петров, заявив газете «Вести» о том, что переговоры отложены до "
              "весны, но при этом усомнился в их успехе.")
    (speaker, _, content, _, _), = _by_cue(doc, "заявив")
    assert speaker == "Петров" and content == "переговоры отложены до весны"


@pytest.mark.parametrize("cue", ["выдал", "отрезал", "парировал", "бросил"])
def test_colloquial_closing_cues_are_found(run, cue):
    doc = run(f"«Это пустые слова», — {cue} вчера министр финансов Польши Анджей Новак.")
    (speaker, _, content, _, country), = _by_cue(doc, cue)
    assert speaker == "министр финансов Польши Анджей Новак" and content == "Это пустые слова" and country == "PL"


def test_a_colloquial_cue_inside_a_quote_that_goes_on(run):
    doc = run("«Я вовсе не думаю, что санкции сработают, — выдал только что обозреватель CNN Джон Смит. — "
              "Экономика слишком велика для этого».")
    found = _by_cue(doc, "выдал")
    assert {f[2] for f in found} == {"Я вовсе не думаю, что санкции сработают", "Экономика слишком велика для этого"}
    assert {f[0] for f in found} == {"обозреватель CNN Джон Смит"}


def test_this_said_takes_the_quoted_phrase_before(run):
    doc = run("Сенатор называл его «вторым Наполеоном». Это сказал американский сенатор Джон Маккейн, и фраза "
              "всем запомнилась.")
    (speaker, _, content, _, _), = _by_cue(doc, "сказал")
    assert speaker == "американский сенатор Джон Маккейн" and content == "вторым Наполеоном"


def test_this_said_needs_a_quoted_phrase_before(run):
    doc = run("Сенатор долго молчал на заседании. Это сказал американский сенатор Джон Маккейн, и все замолчали.")
    assert not _by_cue(doc, "сказал")


def test_about_him_between_cue_and_outlet(run):
    doc = run("«Дети играют в его игрушки», — сообщает о нем Straits Herald, и я не знаю, что это значит.")
    (speaker, _, _, _, _), = _by_cue(doc, "сообщает")
    assert speaker == "Straits Herald"


@pytest.mark.parametrize("quote", ["«Герой», «спаситель», «титан»", '"Герой", "спаситель", "титан"'])
def test_quoted_phrases_are_never_the_speaker(run, quote):
    doc = run(f"{quote} — в таком духе пишут сейчас в Европе про министра.")
    (speaker, _, _, kind, _), = _by_cue(doc, "пишут")
    assert speaker == "" and kind == "anonymous"


def test_a_quoted_outlet_name_stays_the_speaker(run):
    doc = run("По данным «Газпрома», поставки вырастут. «Газпром» сообщил, что станция заработает в мае.")
    assert any(f[0] and "Газпром" in f[0] for f in _by_cue(doc, "сообщил"))


def test_a_participle_cue_gets_the_noun_it_hangs_on(run):
    doc = run("Больше всех его критиковал Иван Петров — опытный дипломат, полагавший, что переговоры бессмысленны.")
    (speaker, _, content, _, _), = _by_cue(doc, "полагавший")
    assert speaker == "опытный дипломат" and content == "переговоры бессмысленны"


def test_a_cue_opening_a_second_clause_after_a_comma(run):
    doc = run("Переписка эта до сих пор засекречена, Петров утверждает, что ничего о ней не знает.")
    (speaker, _, content, _, _), = _by_cue(doc, "утверждает")
    assert speaker == "Петров" and content == "ничего о ней не знает"


def test_the_country_a_sentence_opens_with_is_the_premiers(run):
    doc = run("Польша, как заявил премьер Моравецкий в среду в Праге, не будет платить эти штрафы.")
    (speaker, _, _, kind, country), = _by_cue(doc, "как заявил")
    assert speaker == "премьер Моравецкий" and kind == "government" and country == "PL"
