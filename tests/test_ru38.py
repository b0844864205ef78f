"""Round 38 (issue 19) Russian shapes of fresh SemEval-2023 RU articles, each on sentences of our own: a speaker
the parse hung on the reported clause, a cue inside a relative clause, a topic put first, a prosecutor, a
document's words after a colon, "Как уточнялось на сайте X", a quotation split mid-sentence by its cue, a quotation
after a closing cue, a paper's headline, outlets typed media with their country, and a court's country."""

from __future__ import annotations

import pytest

from tests.russian_findings import russian_runner


@pytest.fixture(scope="module")
def run():  # type: ignore[no-untyped-def]
    return russian_runner()


def _rows(doc):  # type: ignore[no-untyped-def]
    t = doc.text
    return [(t[a.speaker.start:a.speaker.end] if a.speaker is not None else "",
             t[a.cue.start:a.cue.end] if a.cue is not None else "", t[a.content.start:a.content.end],
             a.source_type, a.source_country) for a in doc.attributions]


def _with(doc, words: str):  # type: ignore[no-untyped-def]
    return [r for r in _rows(doc) if words in r[2]]


def test_a_former_president_before_the_cue_is_the_speaker(run):
    doc = run("В то же время экс-премьер Италии Марио Монти отметил, что решение Верховного суда является огромной "
              "победой для семьи.")
    rows = _with(doc, "огромной победой для семьи")
    assert rows and rows[0][0] == "экс-премьер Италии Марио Монти"


def test_a_cue_in_a_relative_clause_belongs_to_the_antecedent(run):
    doc = run("В новом законе горожане видят почерк консерваторов – и даже сенатор Байден, который на митинге "
              "его осудил и заявил, что закон \"отбрасывает страну на полвека назад\".")
    rows = _with(doc, "отбрасывает страну")
    assert rows and rows[0][0].endswith("Байден") and rows[0][3] == "government"


def test_a_topic_put_first_is_the_report_of_the_speaker_after_the_cue(run):
    doc = run("О поддержке нового налогового закона заявил и генпрокурор Канады Джон Смит, отметив, что закон "
              "защитит малый бизнес.")
    rows = _with(doc, "О поддержке нового налогового закона")
    assert rows and "Джон Смит" in rows[0][0] and rows[0][1] == "заявил"


def test_a_prosecutor_is_a_state_official(run):
    doc = run("Генпрокурор Канады Джон Смит заявил, что расследование продлится еще два года.")
    rows = _with(doc, "расследование продлится")
    assert rows and rows[0][3] == "government"


def test_a_documents_words_after_a_colon_are_its_owners(run):
    doc = run("В решении суда Берлина сухо говорится: «Запрет противоречит основному закону страны». Теперь "
              "власти города должны его отменить.")
    rows = _with(doc, "Запрет противоречит")
    assert rows and rows[0][0] == "суда Берлина" and rows[0][1] == "говорится"


def test_as_said_on_a_courts_site_is_the_courts_with_its_country(run):
    doc = run("Верховный суд Канады отменил решение провинции о налогах.\n\nКак уточнялось на сайте суда, право "
              "вводить такие налоги возвращено федеральным властям.")
    rows = _with(doc, "право вводить такие налоги")
    assert rows and rows[0][0] == "суда" and rows[0][3] == "government" and rows[0][4] == "CA"


def test_a_quotation_split_mid_sentence_is_the_papers_twice_and_nests_no_report(run):
    doc = run("Британский журнал «Экономист» посвятил номер кризису в Европе.\n\n«Главной бедой Европы, – пишет "
              "журнал, – стала ее собственная бюрократия. Нам годами говорили, что Брюссель знает ответы на все "
              "вопросы, но ответов не оказалось»")
    first, second = _with(doc, "Главной бедой Европы"), _with(doc, "стала ее собственная бюрократия")
    assert first and first[0][1] == "пишет" and second and second[0][1] == ""
    assert first[0][3] == "media" and first[0][4] == "GB"
    assert not [r for r in _rows(doc) if r[1] == "говорили"]


def test_a_quotation_after_a_closing_cue_is_the_same_speakers(run):
    doc = run("Французская газета «Монд» вышла с резкой передовицей.\n\nРушится не только рынок, отмечает «Монд». "
              "«Биржи потеряли сотни миллиардов за один день, и вера в финансы угасла окончательно».")
    rows = _with(doc, "Биржи потеряли сотни миллиардов")
    assert rows and rows[0][0] == "«Монд»" and rows[0][1] == "" and rows[0][3] == "media" and rows[0][4] == "FR"


def test_a_papers_headline_is_the_papers(run):
    doc = run("«Кризис показал истинное лицо союза» – под таким заголовком французская газета «Монд» опубликовала "
              "статью о помощи соседям.")
    rows = _with(doc, "Кризис показал истинное лицо союза")
    assert rows and "«Монд»" in rows[0][0] and rows[0][3] == "media" and rows[0][4] == "FR"


def test_an_outlet_with_no_nationality_keeps_no_country(run):
    doc = run("Как пишет еженедельник «Вестник», «в городе не хватает врачей и учителей уже третий год подряд».")
    rows = _with(doc, "не хватает врачей")
    assert rows and rows[0][3] == "media" and rows[0][4] is None


def test_a_pronoun_after_a_resolved_descriptor_takes_the_persons_name(run):
    doc = run("Историк Андрей Соколов двадцать лет изучает архивы Варшавы и Кракова. Он родился в Твери.\n\n"
              "Российский ученый, уроженец Твери, заявил, что документы о границе были подделаны еще в тридцатые "
              "годы.\n\n«Подлинники хранятся в частных коллекциях за океаном», – заявил он.")
    pronoun = next(a for a in doc.attributions if a.speaker is not None and
                   doc.text[a.speaker.start:a.speaker.end] == "он")
    assert pronoun.speaker_name and "Sokolov" in pronoun.speaker_name


def test_mol_after_a_subject_is_its_report(run):
    doc = run("Депутат Иван Петров выступил на митинге. Министр Олег Сидоров, мол, давно знал о планах "
              "застройщика и молчал. Ну, мол, посмотрим, что из этого выйдет. Спрашиваешь, мол, а где же "
              "обещанные новые дороги.")
    rows = _with(doc, "давно знал о планах")
    assert rows and rows[0][0] == "Министр Олег Сидоров" and rows[0][1] == "мол"
    assert not _with(doc, "посмотрим") and not _with(doc, "обещанные новые дороги")


def test_a_courts_ruling_after_a_colon_is_the_courts(run):
    doc = run("Дело дошло до Верховного суда Канады, который в 1999 году вынес решение: провинция не вправе вводить "
              "такой налог.")
    rows = _with(doc, "провинция не вправе вводить")
    assert rows and rows[0][0] == "Верховного суда" and rows[0][3] == "government" and rows[0][4] == "CA"


def test_a_company_head_found_before_the_cue_is_a_person(run):
    doc = run("На прививках тоже собираются заработать: глава компании Pfizer Альберт Бурла заявил в интервью "
              "каналу, что прививаться придется каждый год из-за новых штаммов.")
    rows = _with(doc, "прививаться придется каждый год")
    assert rows and "Альберт Бурла" in rows[0][0] and rows[0][3] == "person"
