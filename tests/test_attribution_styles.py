"""attributions.v1 on the patterns of issue 16: every quotation style, coreference between two quoted people,
one source per speaker, pronouns, titles with a place, state outlets from the table, and input that must not
crash. Every sentence here is written for these tests."""

from __future__ import annotations

import tomllib
from itertools import pairwise

import pytest

from spinscope.components.attribution import find_quotes, load_source_table
from spinscope.components.attribution.rules import RULE_SCORES
from spinscope.components.attribution.sources import SOURCES_FILE
from spinscope.components.claims import sourcing_profile
from spinscope.result import TextRange
from tests.test_attribution import _find, _part

# ------------------------------------------------------------------------------------------ quotation styles

STYLES = [
    # (text, words of the content, speaker phrase)
    ("“The bridge will be finished by spring,” Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ('"The bridge will be finished by spring," Anna Berg said.', "The bridge will be finished", "Anna Berg"),
    ("‘The bridge will be finished by spring,’ Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ("'The bridge will be finished by spring,' Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ("''The bridge will be finished by spring,'' Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ("«The bridge will be finished by spring», Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ("”The bridge will be finished by spring,” Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ("„The bridge will be finished by spring“, Anna Berg said.", "The bridge will be finished", "Anna Berg"),
    ("Anna Berg said: “The bridge will be finished by spring.”", "The bridge will be finished", "Anna Berg"),
    ("The bridge will be finished by spring, said Anna Berg, the town engineer.", "The bridge will be finished",
     "Anna Berg, the town engineer"),
    ("The bridge, Anna Berg said, will be finished by spring.", "will be finished by spring", "Anna Berg"),
    ("Anna Berg warned that the bridge would not be finished by spring.", "the bridge would not be finished",
     "Anna Berg"),
    ("According to Anna Berg, the bridge will be finished by spring.", "the bridge will be finished", "Anna Berg"),
    ("The bridge will be finished by spring, according to the town council.", "The bridge will be finished",
     "the town council"),
    ("Council members called for closing the old bridge to lorries.", "closing the old bridge", "Council members"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), STYLES, ids=[s[0][:28] for s in STYLES])
def test_attribution_style_found_with_its_speaker(extract, text: str, content: str, speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert "“" not in _part(doc, a, "content") and "«" not in _part(doc, a, "content")


def test_attribution_split_quote_is_one_statement(extract) -> None:
    doc = extract("“We have waited ten years,” said Anna Berg, “and we will not wait another.”")
    a = _find(doc, "We have waited ten years")
    assert a is _find(doc, "we will not wait another")
    assert _part(doc, a, "speaker") == "Anna Berg" and a.kind == "direct"


def test_attribution_quote_running_over_sentences_before_its_cue(extract) -> None:
    doc = extract("The plan was announced on Monday.\n\n“The road is unsafe. Children walk there every day. "
                  "We must act now,” Anna Berg said.")
    a = _find(doc, "Children walk there every day")
    assert _part(doc, a, "content").startswith("The road is unsafe")
    assert _part(doc, a, "speaker") == "Anna Berg"


@pytest.mark.parametrize(("text", "content"), [
    ("It was announced on Tuesday that the factory would close.", "the factory would close"),
    ("Officials said the factory would close in May.", "the factory would close"),
])
def test_attribution_passive_and_anonymous_forms(extract, text: str, content: str) -> None:
    a = _find(extract(text), content)
    assert not a.named


def test_attribution_dash_signed_quotes_each_get_their_signer(extract) -> None:
    doc = extract("We asked readers what they think of the new rent law.\n\n"
                  "“The new law protects tenants and their families.” ― Maria Lopez\n\n"
                  "“It will drive landlords out of the city for good.” ― Peter Novak")
    assert _part(doc, _find(doc, "protects tenants"), "speaker") == "Maria Lopez"
    assert _part(doc, _find(doc, "drive landlords out"), "speaker") == "Peter Novak"


def test_attribution_cue_inside_a_quote_does_not_take_the_quote(extract) -> None:
    doc = extract("“I think the mayor said the wrong thing, and I will tell her so at the meeting,” "
                  "Peter Novak said.")
    a = _find(doc, "I will tell her so")
    assert _part(doc, a, "speaker") == "Peter Novak"


# ------------------------------------------------------------------------------------------ speakers


def test_attribution_pronoun_goes_to_the_person_of_its_gender_when_two_are_quoted(extract) -> None:
    doc = extract("Mayor Anna Berg met the transport minister, Mr. Lars Holm, on Monday. Holm said that the "
                  "budget was tight and that he would not promise money. Berg answered that the town would wait. "
                  "She said that she expected an answer by June.")
    she = _find(doc, "she expected an answer by June")
    assert _part(doc, she, "speaker") == "She"
    assert she.speaker_name == "Anna Berg"
    assert she.resolved_from is not None and doc.text[she.resolved_from.start:she.resolved_from.end] in (
        "Anna Berg", "Berg")
    holm = _find(doc, "the budget was tight")
    assert holm.speaker_name == "Lars Holm"


def test_attribution_unsure_pronoun_keeps_its_mention_with_a_lower_score(extract) -> None:
    doc = extract("He said that the talks had failed.")
    a = _find(doc, "the talks had failed")
    assert _part(doc, a, "speaker") == "He"
    assert a.speaker_name is None and not a.named
    assert a.score < RULE_SCORES["verb:ccomp"]


def test_attribution_one_source_per_speaker(extract) -> None:
    doc = extract("Prime Minister Boris Johnson said that the talks were useful. BORIS Johnson said on Tuesday "
                  "that the west was united. Johnson also said that sanctions would follow. Mr. Johnson added "
                  "that he would travel to Kyiv.")
    names = {a.speaker_name for a in doc.attributions}
    assert names == {"Boris Johnson"}
    profile = sourcing_profile(doc.text, doc.attributions, [])
    assert [s.name for s in profile.sources] == ["Boris Johnson"]
    assert profile.sources[0].attributions == len(doc.attributions) == 4


def test_attribution_author_pronouns_are_the_author(extract) -> None:
    doc = extract("I believe that the council made a mistake.", author="Jane Roe")
    a = _find(doc, "the council made a mistake")
    assert a.speaker_name == "Jane Roe" and a.source_type == "author"


def test_attribution_they_is_resolved_or_left_out(extract) -> None:
    resolved = extract("Local farmers protested outside the ministry on Friday. They said that prices were too low.")
    a = _find(resolved, "prices were too low")
    assert a.speaker_name == "Local farmers"
    left_out = extract("They said that prices were too low.")
    b = _find(left_out, "prices were too low")
    assert b.speaker is None and b.speaker_name is None and not b.named
    assert "(anonymous)" in [s.name for s in sourcing_profile(left_out.text, left_out.attributions, []).sources]


def test_attribution_title_with_a_place_is_a_person_of_that_country(extract) -> None:
    doc = extract("The head of Kyiv's national security council said that the army was ready.")
    a = _find(doc, "the army was ready")
    assert a.speaker_name != "Kyiv" and "council" in (a.speaker_name or "")
    assert a.source_country == "UA" and a.source_type == "government" and not a.named


def test_attribution_aide_is_not_the_principal(extract) -> None:
    doc = extract("President Vladimir Putin spoke on Monday. A top aide to the president has warned that "
                  "sanctions would be answered.")
    a = _find(doc, "sanctions would be answered")
    assert a.speaker_name != "Vladimir Putin" and "aide" in (a.speaker_name or "")
    assert a.resolved_from is None


def test_attribution_surname_tagged_otherwise_is_still_the_person(extract) -> None:
    doc = extract("Jens Stoltenberg, the NATO Secretary General, said that allies would help. "
                  "Stoltenberg said that the alliance was united.")
    assert {a.speaker_name for a in doc.attributions} == {"Jens Stoltenberg"}
    assert len({a.source_type for a in doc.attributions}) == 1


# ------------------------------------------------------------------------------------------ state outlets


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Rossiya 24 reported that the convoy had turned back.", "Rossiya 24", "RU"),
    ("According to the Tasnim news agency, the convoy had turned back.", "Tasnim News Agency", "IR"),
    ("Anadolu Ajansı said that the convoy had turned back.", "Anadolu Agency", "TR"),
    ("TeleSUR reported that the convoy had turned back.", "TeleSUR", "VE"),
    ("Belarus 1 claimed that the convoy had turned back.", "Belteleradiocompany", "BY"),
    ("Al Jazeera reported that the convoy had turned back.", "Al Jazeera", "QA"),
    ("The Emirates News Agency said that the convoy had turned back.", "WAM", "AE"),
    ("Huanqiu Shibao wrote that the convoy had turned back.", "Global Times", "CN"),
])
def test_attribution_state_outlet_from_the_table(extract, sentence: str, name: str, country: str) -> None:
    a = _find(extract(sentence), "the convoy had turned back")
    assert a.speaker_name == name and a.source_country == country and a.state_affiliated
    assert a.source_type == "media"


def test_attribution_state_media_entries_carry_their_evidence() -> None:
    data = tomllib.loads(SOURCES_FILE.read_text(encoding="utf-8"))
    media = [s for s in data["source"] if s.get("state_affiliated") and s.get("type") == "media"]
    assert len(media) >= 50
    assert [s["name"] for s in media if len(s.get("evidence", "")) < 30] == []
    countries = {s["country"] for s in media}
    assert {"RU", "CN", "IR", "BY", "TR", "VE", "QA", "SA", "AE"} <= countries
    table = load_source_table()
    assert table.find_source("a report on Первый канал")[0].name == "Channel One"


# ------------------------------------------------------------------------------------------ bad input

TRANSCRIPT = ("From the transcript of the Sunday programme.\n\n"
              "WALLACE: Will the governor attend the debate tomorrow?\n\n"
              "PENCE: Well, look, the governor has said many times that he will be there.\n\n"
              "WALLACE: And the senator?\n\n"
              "PENCE: She has not decided yet, as far as I know.")
INTERVIEW = ("Q: Why did you resign from the council last week?\n\n"
             "A: Because the council stopped listening to the people who elected it.\n\n"
             "Q: Will you run again?\n\nA: Not this year, and perhaps never.")
BAD = {
    "unbalanced": "He said “the plan “will fail and ” nobody ” knows “ why. She said ” it works “.",
    "nested": "“She told me ‘never say “never” again’ and left,” he said.",
    # 3,060 words
    "long quote": "Anna Berg said: “" + " ".join(["The road is long and the night is dark."] * 340) + "”",
    "transcript": TRANSCRIPT,
    "interview": INTERVIEW,
    "headline": "Mayor: “We Will Not Pay”\n\nThe mayor of the town spoke to reporters on Monday.",
    "no speaker": "“The road will be closed for the whole of the winter season and nobody can stop that.”",
    "marks only": "“ ” ‘ ’ « » „ “ '' \" ' ― —",
}


@pytest.mark.parametrize("text", list(BAD.values()), ids=list(BAD))
def test_attribution_bad_input_does_not_crash(extract, text: str) -> None:
    doc = extract(text)
    assert not [e for e in doc.errors if e.level == "error"]
    for a in doc.attributions:
        assert 0 <= a.content.start < a.content.end <= len(doc.text)
        if a.speaker is None or a.speaker_name is None:
            assert a.score <= RULE_SCORES["verb:ccomp"]


def test_attribution_transcript_lines_get_their_speakers(extract) -> None:
    doc = extract(TRANSCRIPT)
    assert _part(doc, _find(doc, "has said many times"), "speaker") == "PENCE"
    assert _part(doc, _find(doc, "Will the governor attend"), "speaker") == "WALLACE"


def test_attribution_quote_with_no_speaker_is_low_confidence(extract) -> None:
    a = _find(extract(BAD["no speaker"]), "The road will be closed")
    assert a.speaker is None and a.score <= RULE_SCORES["quote-no-speaker"]


def test_attribution_quote_marks_found_in_one_pass_whatever_the_balance() -> None:
    text = " ".join(["he said “ the plan ” warned “ \" it ‘ fails « and » ' x"] * 2000)
    quotes, _ = find_quotes(text, [TextRange(start=0, end=len(text))])
    assert all(q.start < q.end <= len(text) for q in quotes)
    assert all(a.end <= b.start for a, b in pairwise(quotes))
    sample = "It's the voters' choice, not 'ours' alone, in the '90s."
    singles, _ = find_quotes(sample, [TextRange(start=0, end=len(sample))])
    assert [sample[q.start:q.end] for q in singles] == ["'ours'"]
