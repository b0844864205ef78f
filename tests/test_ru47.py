"""Round 47 (issue 19) Russian shapes, each on sentences of our own: a speaker phrase the base left out before the
cue, a chargé d'affaires / an official / a legal act typed government, a bare role noun's resolved person's
country, a body's short name after its full name, "«A», – уверена X", a headline "<statement>, - <Name>" and a
first-person clause inside another report's quotation."""

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


def test_a_charge_daffaires_speaks_for_her_state_under_every_mention(run):
    doc = run("Марта Олссон выступила на форуме.\n\n"
              "По словам Олссон, партия зерна прибудет в порт уже в марте. Временная поверенная в делах Канады в "
              "Польше отметила, что наша страна не начинала этот спор с соседями.")
    found = _found(doc)
    later = [f for f in found if f[2].startswith("наша страна")]
    assert later and later[0][0].startswith("Временная поверенная") and later[0][3:] == ("government", "CA")
    bare = [f for f in found if f[2].startswith("партия зерна")]
    assert bare and bare[0][3:] == ("government", "CA")


def test_an_official_and_a_legal_act_are_government(run):
    doc = run("Министр финансов Чехии Ян Новак выступил в парламенте.\n\n"
              "Чиновница подчеркнула, что бюджет на следующий год будет сбалансирован полностью.\n\n"
              "Согласно новому постановлению, за каждым регионом закреплена квота в десять тысяч тонн.")
    found = _found(doc)
    official = [f for f in found if f[0] == "Чиновница"]
    assert official and official[0][3] == "government"
    act = [f for f in found if f[0].endswith("постановлению")]
    assert act and act[0][3] == "government"


def test_a_bare_role_noun_keeps_the_resolved_persons_country(run):
    doc = run("Президент Казахстана Касым-Жомарт Токаев пригласил короля Иордании Абдаллу посетить Астану.\n\n"
              "По словам президента, король нигде больше не увидит таких степей, как там.")
    said = [f for f in _found(doc) if f[2].startswith("король нигде")]
    assert said and said[0][4] == "KZ"


def test_a_body_named_short_takes_the_country_of_its_full_name(run):
    doc = run("Офис президента Украины пригласил делегацию на открытие выставки.\n\n"
              "Выставку подготовили художники из Львова, сообщили в офисе президента.")
    said = [f for f in _found(doc) if f[2].startswith("Выставку подготовили")]
    assert said and said[0][4] == "UA"


def test_a_quotation_closed_by_a_short_adjective_is_the_speakers(run):
    doc = run("Министр финансов Чехии Ян Новак выступил в парламенте.\n\n"
              "«Бюджет будет сбалансирован. Налоги мы повышать не будем», – уверен министр.")
    quote = [f for f in _found(doc) if f[2].startswith("Бюджет будет")]
    assert quote and quote[0][0] == "министр" and quote[0][1] == "уверен"
    assert quote[0][2].endswith("не будем")


@pytest.mark.skip(reason="round 47's dash headline is backed out (scripts/ru47/README.md)")
def test_a_headline_closed_by_a_name_is_that_speakers(run):
    doc = run("Налоги повышать не будем, - Новак\n\n"
              "Министр финансов Чехии Ян Новак заявил, что налоги в следующем году останутся прежними.")
    head = [f for f in _found(doc) if f[2].startswith("Налоги повышать")]
    assert head and head[0][0] == "Новак" and head[0][1] == ""


def test_a_first_person_clause_inside_a_quotation_is_no_report_of_its_own(run):
    doc = run("Министр финансов Чехии Ян Новак выступил в парламенте.\n\n"
              "\"Я бы сказал, что бюджет будет сбалансирован полностью. Налоги мы повышать не будем\", - заявил "
              "Новак.")
    found = _found(doc)
    assert not [f for f in found if f[0] == "Я"]
    assert [f for f in found if f[2].startswith("Я бы сказал")]


def test_a_headline_without_a_known_name_adds_nothing(run):  # guard
    doc = run("Налоги повышать не будем, - Источник\n\nВ парламенте обсудили бюджет на следующий год.")
    assert not [f for f in _found(doc) if f[2].startswith("Налоги повышать")]


def _report(kind: str, speaker: tuple[int, int], content: tuple[int, int]):  # type: ignore[no-untyped-def]
    from spinscope.result import Attribution, Span

    return Attribution(start=min(speaker[0], content[0]), end=max(speaker[1], content[1]), label=kind, score=0.8,
                       evidence="test", kind=kind,
                       speaker=Span(start=speaker[0], end=speaker[1], label="speaker", score=0.8, evidence="test"),
                       content=Span(start=content[0], end=content[1], label="content", score=0.8, evidence="test"),
                       source_type="person")


def test_the_first_person_pass_drops_only_a_pronoun_inside_a_quotation() -> None:
    from spinscope.components.attribution.sources import load_source_table
    from spinscope.components.russian.nlp import RuParse
    from spinscope.components.russian.round47 import _Pass47

    text = "\"Я бы сказала, что заметны параллели в действиях премьера\", - заявила Новак. Я считаю, что это верно."
    whole = _report("direct", (text.index("Новак"), text.index("Новак") + 5), (1, text.index("\",")))
    inner = _report("indirect", (1, 2), (text.index("заметны"), text.index("\",")))
    outer_start = text.index("Я считаю")
    outer = _report("indirect", (outer_start, outer_start + 1), (text.index("это верно"), len(text) - 1))
    kept = _Pass47(text, RuParse(), [], load_source_table(())).first_person([whole, inner, outer])
    assert kept == [whole, outer]


def test_a_cabinet_named_with_no_country_is_the_articles_own_government(run):
    doc = run("Чешское правительство расширило список товаров под запретом.\n\n"
              "По сообщению пресс-службы кабинета министров, в перечень включены сахар, соль и мука.\n\n"
              "«Список будет расширяться и дальше по мере необходимости», - отметили в пресс-службе.")
    found = _found(doc)
    first = [f for f in found if f[2].startswith("в перечень включены")]
    assert first and first[0][3:] == ("government", "CZ")
    quote = [f for f in found if f[2].startswith("Список будет")]
    assert quote and quote[0][4] == "CZ"
