"""Round 8 of the attribution layer (issue 16): one source per speaker and the right type for it, on sentences of
our own. The source list (``sourcing.sources``) counts ``speaker_name``; these tests check the names and types the
attribution layer gives it."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.rules import RULE_SCORES
from tests.test_attribution import _find, _part

FILLER = ("The river rose again overnight, and the ferry to the island stopped running before dawn. "
          "Shops along the quay kept their shutters down, and the market moved to the school yard. ") * 10


def test_a_possessive_owner_is_named_without_its_ending(extract) -> None:
    doc = extract("Judge Ann Korver rejected the request on Monday. Korver's conclusion that the file must stay "
                  "sealed was final.")
    a = _find(doc, "the file must stay sealed")
    assert a.speaker_name == "Ann Korver"
    # a judge speaks for a court: a state's (round 32; it was typed a person before)
    assert a.source_type == "government"


def test_an_honorific_is_no_part_of_the_source(extract) -> None:
    doc = extract("The minister of the economy, Mr. Paulo Mendes, argued that the tariffs would hurt both sides. "
                  "“We are not afraid of a trade war,” Mr. Mendes told reporters.")
    first, second = _find(doc, "the tariffs would hurt"), _find(doc, "not afraid of a trade war")
    assert first.speaker_name == second.speaker_name == "Paulo Mendes"


@pytest.mark.parametrize(("text", "content", "source_type"), [
    ("Many Mexicans say that the wall is an insult.", "the wall is an insult", "anonymous"),
    ("Republicans argued that the bill was rushed.", "the bill was rushed", "politician"),
])
def test_a_nationality_or_party_in_the_plural_is_people_not_a_state(extract, text: str, content: str,
                                                                      source_type: str) -> None:
    a = _find(extract(text), content)
    assert a.source_type == source_type
    assert not a.named
    assert not a.state_affiliated


@pytest.mark.parametrize(("text", "content", "source_type"), [
    ("One slide says that exports to the north doubled in a decade.", "exports to the north doubled", "report"),
    ("The figures show that the harbour lost half its trade.", "the harbour lost half its trade", "report"),
    ("The two countries agreed that the border would stay open.", "the border would stay open", "government"),
    ("An arbitration panel found that the ban broke the treaty.", "the ban broke the treaty", "organization"),
])
def test_things_and_bodies_that_speak_are_not_persons(extract, text: str, content: str, source_type: str) -> None:
    assert _find(extract(text), content).source_type == source_type


def test_it_is_typed_as_the_body_it_stands_for(extract) -> None:
    doc = extract("Mexico has asked for new talks on the truck dispute. It said that the ban broke the treaty.")
    a = _find(doc, "the ban broke the treaty")
    assert a.speaker_name == "Mexico"
    assert a.source_type == "government"


def test_a_pronoun_far_from_any_name_goes_to_the_person_quoted_last_with_a_low_score(extract) -> None:
    doc = extract(f"“The river will not wait for us,” Ann Korver said at the quay, her boots wet.\n\n{FILLER}\n\n"
                  "She said that the new dam would be ready by spring.")
    a = _find(doc, "the new dam would be ready")
    assert a.speaker_name == "Ann Korver"
    assert a.score <= RULE_SCORES["verb:ccomp"] * RULE_SCORES["coref:pronoun-unsure"]
    assert a.resolved_from is not None


def test_a_pronoun_far_from_a_person_of_another_gender_stays_unresolved(extract) -> None:
    doc = extract(f"“The river will not wait for us,” Paul Korver said at the quay, his boots wet.\n\n{FILLER}\n\n"
                  "She said that the new dam would be ready by spring.")
    a = _find(doc, "the new dam would be ready")
    assert a.speaker_name is None
    assert a.score <= RULE_SCORES["verb:ccomp"] * RULE_SCORES["coref:pronoun-unsure"]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The end of the war also left many small nations feeling that they faced no obvious threat.",
     "they faced no obvious threat", "many small nations"),
    ("The new rules let the mayor claim that the budget was balanced.", "the budget was balanced", "the mayor"),
])
def test_a_causative_object_is_the_one_who_speaks(extract, text: str, content: str, speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker


def test_a_speaker_who_left_a_place_still_speaks(extract) -> None:
    doc = extract("Anna Berg left the meeting early, saying that the talks had failed.")
    assert _part(doc, _find(doc, "the talks had failed"), "speaker") == "Anna Berg"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The visa program allows wealthy investors to buy a path to citizenship.",
     "wealthy investors to buy a path to citizenship", "The visa program"),
    ("The old rule allowed private firms to bid for the contract.", "private firms to bid for the contract",
     "The old rule"),
])
def test_a_text_or_measure_allows_or_requires(extract, text: str, content: str, speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert a.score <= RULE_SCORES["stance:ccomp"]


def test_a_text_is_no_speaker_of_other_verbs(extract) -> None:
    doc = extract("The new law surprised farmers who expected a delay.")
    assert not [a for a in doc.attributions if _part(doc, a, "speaker") == "The new law"]


def test_a_quote_left_open_goes_on_in_the_next_paragraph(extract) -> None:
    doc = extract("Ann Korver said the town had waited long enough. “We asked the ministry for help twice this year "
                  "and nobody came to see the damage.\n\n“The water rose again on Friday and the school is closed.”\n\n"
                  "The ministry did not respond.")
    a = _find(doc, "The water rose again on Friday")
    assert _part(doc, a, "speaker") == "Ann Korver"
    assert a.score <= RULE_SCORES["continues-previous"]


def test_a_closed_quote_does_not_run_on_into_the_next_paragraph(extract) -> None:
    doc = extract("“We asked the ministry for help twice this year and nobody came,” Ann Korver said.\n\n"
                  "A second resident wrote in the local paper.\n\n"
                  "“The water rose again on Friday and the school is closed for a week.”")
    a = _find(doc, "The water rose again on Friday")
    # not Ann Korver's; since round 10, the resident whose sentence of writing introduces it
    assert _part(doc, a, "speaker") in (None, "A second resident")


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Per the ministry, the border will reopen on Monday.", "the border will reopen on Monday", "the ministry"),
    ("The border will reopen on Monday, per a ministry statement.", "The border will reopen on Monday",
     "a ministry statement"),
])
def test_per_at_the_edge_of_a_sentence_reads_like_according_to(extract, text: str, content: str,
                                                                 speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert a.kind == "according_to"
    assert _part(doc, a, "speaker") == speaker
    assert (_part(doc, a, "cue") or "").lower() == "per"


def test_per_as_a_rate_is_no_source(extract) -> None:
    doc = extract("Petrol now costs two euros per litre in the north.")
    assert not [a for a in doc.attributions if a.kind == "according_to"]


def test_a_stance_adjective_in_a_small_clause_has_its_own_subject(extract) -> None:
    doc = extract("With Democratic leaders increasingly worried about a lack of passion among young voters, the "
                  "mayor is rolling out a new message.")
    a = _find(doc, "a lack of passion among young voters")
    assert _part(doc, a, "speaker") == "Democratic leaders"
    assert _part(doc, a, "cue") == "worried about"
    assert a.score <= RULE_SCORES["stance:adjective-prep"]


def test_a_number_of_people_is_not_evidence(extract) -> None:
    a = _find(extract("A number of cities say that the new rules will cost them dearly."), "the new rules will cost")
    assert a.source_type != "report"


@pytest.mark.parametrize("text", [
    "The mayor tried to calm the crowd outside the town hall.",
    "The senator failed to show up at the second hearing.",
    "Lawyers for the company scrambled to keep the deal from falling apart.",
])
def test_what_was_tried_or_done_is_no_stance(extract, text: str) -> None:
    assert not [a for a in extract(text).attributions if ":xcomp" in a.evidence]


def test_what_is_planned_is_still_a_stance(extract) -> None:
    doc = extract("The union plans to sue the city over the closures.")
    a = _find(doc, "to sue the city")
    assert _part(doc, a, "speaker") == "The union"


@pytest.mark.parametrize(("text", "content", "source_type"), [
    ("A Cabinet Minister said that the deal was dead.", "the deal was dead", "government"),
    ("One Republican said that the vote was rigged.", "the vote was rigged", "politician"),
])
def test_a_title_or_party_with_an_indefinite_article_is_no_name(extract, text: str, content: str,
                                                                 source_type: str) -> None:
    a = _find(extract(text), content)
    assert not a.named
    assert a.source_type == source_type
    assert not (a.speaker_name or "").lower().startswith(("a ", "one "))
