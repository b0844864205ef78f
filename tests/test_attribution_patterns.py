"""attributions.v1, round 3 of issue 16: as-clauses, adverbial clauses that are no content, coordinated reports,
signed quotes with non-breaking spaces. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from spinscope.components.attribution.quotes import find_quotes
from spinscope.components.attribution.rules import RULE_SCORES
from tests.test_attribution import _find, _part

AS_CLAUSES = [
    # (text, words of the content, speaker)
    ("As the harbour master noted on Monday, the tide tables printed for the summer were wrong.",
     "the tide tables printed for the summer were wrong", "the harbour master"),
    ("The night ferry will stop running in October, as the island's mayor warned last week.",
     "The night ferry will stop running in October", "the island's mayor"),
    ("Yet, as several fishermen have pointed out, the new quay is too short for their boats.",
     "the new quay is too short for their boats", "several fishermen"),
    ("As Ana Ruiz, a lawyer at the port institute, recently put it, the ferry contract is a gift to one firm.",
     "the ferry contract is a gift to one firm", "Ana Ruiz, a lawyer at the port institute"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), AS_CLAUSES, ids=[s[0][:30] for s in AS_CLAUSES])
def test_as_clause_attributes_the_main_clause(extract, text: str, content: str, speaker: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert "as-clause" in a.evidence
    assert a.score == RULE_SCORES["verb:as-clause"]
    # the cue and speaker are not part of what was said
    assert speaker not in _part(doc, a, "content")


def test_as_clause_inside_the_sentence_keeps_the_subject_before_it(extract) -> None:
    doc = extract("The night ferry, as the mayor put it on Friday, is the island's only lifeline.")
    a = _find(doc, "is the island's only lifeline")
    assert _part(doc, a, "content").startswith("The night ferry")
    assert _part(doc, a, "speaker") == "the mayor"


def test_putting_is_no_report_outside_the_idiom(extract) -> None:
    doc = extract("The harbour master put the new timetable on the notice board.")
    assert not [a for a in doc.attributions if ":put:" in a.evidence]


def test_as_clause_without_a_speaker_is_no_attribution(extract) -> None:
    doc = extract("As expected, the council vote on the ferry contract failed by two votes.")
    assert not doc.attributions


def test_adverbial_clause_after_a_reporting_verb_is_no_content(extract) -> None:
    doc = extract("The old bridge is perfectly safe, the county engineer said before she left the site.")
    a = _find(doc, "The old bridge is perfectly safe")
    assert _part(doc, a, "speaker") == "the county engineer"
    assert not [x for x in doc.attributions if _part(doc, x, "content") == "she left the site"]


def test_parenthetical_cue_is_not_lost_to_an_adverbial_clause(extract) -> None:
    doc = extract("Every ferry strike, the union leader said, is a strike for the whole island, as the dockers "
                  "said before they walked out.")
    a = _find(doc, "is a strike for the whole island")
    assert _part(doc, a, "speaker") == "the union leader"


def test_coordinated_reports_are_two_attributions(extract) -> None:
    doc = extract("The harbour master insisted that the ferry was safe to sail, and the fishermen's union warned "
                  "that its engines were failing.")
    first = _find(doc, "the ferry was safe to sail")
    second = _find(doc, "its engines were failing")
    assert first is not second
    assert _part(doc, first, "speaker") == "The harbour master"
    assert _part(doc, second, "speaker") == "the fishermen's union"
    assert "engines" not in _part(doc, first, "content")


@pytest.mark.parametrize("space", ["\u00a0", " ", "\u202f"])
def test_signed_quotes_with_non_breaking_spaces(extract, space: str) -> None:
    text = ("Voices from the island\n\n"
            f"“The ferry timetable is a disgrace to everyone who works on the mainland.”{space}―{space}Marta{space}"
            "Quill\n"
            f"“Nobody asked the fishermen before the new quay was built.”{space}―{space}Tomas Ferrand\n"
            "“I would pay more for a ferry that actually runs on time.” ― Ines Valko")
    doc = extract(text)
    for content, speaker in (("The ferry timetable is a disgrace", "Marta" + space + "Quill"),
                             ("Nobody asked the fishermen", "Tomas Ferrand"),
                             ("I would pay more for a ferry", "Ines Valko")):
        a = _find(doc, content)
        assert _part(doc, a, "speaker") == speaker
        assert a.evidence.endswith("dash-signature")


@pytest.mark.parametrize(("text", "addressee"), [
    ("“The crossing is perfectly safe,” the harbour master told reporters on Friday.", "reporters"),
    ("The harbour master told the crowd at the quay that the crossing was safe.", "the crowd"),
    ("Ms. Okafor assured the fishermen's union that the quay would be finished by May.", "the fishermen's union"),
])
def test_the_addressee_of_a_reporting_verb_is_not_content(extract, text: str, addressee: str) -> None:
    doc = extract(text)
    assert doc.attributions
    for a in doc.attributions:
        assert not _part(doc, a, "content").startswith(addressee), a.evidence


def test_necessity_is_not_intention(extract) -> None:
    doc = extract("To keep the ferry running, the island council will need to find another forty thousand euros.")
    assert not [a for a in doc.attributions if "forty thousand" in _part(doc, a, "content")]


def test_a_straight_quote_closed_by_a_curly_mark(extract) -> None:
    doc = extract('"The new quay is far too short for a trawler,” said Ana Ruiz, who has fished here for 30 years. '
                  "“Nobody on the council ever asked the fishermen what they needed.”")
    quotes, _ = find_quotes(doc.text, doc.paragraphs)
    first = quotes[0]
    assert doc.text[first.start:first.end].endswith("trawler,”")  # the curly mark closed the first quote
    a = _find(doc, "The new quay is far too short")
    assert _part(doc, a, "speaker").startswith("Ana Ruiz")
    # the quote split around its reporting clause is one statement (round 16), its second part included
    assert _part(doc, a, "content").rstrip("”").endswith("what they needed.")
    assert a.speaker_name == "Ana Ruiz"


def test_a_verb_of_the_manner_of_speaking_after_a_quote(extract) -> None:
    doc = extract("“Save our ferry!” the protesters shouted as the councillors arrived at the town hall.")
    a = _find(doc, "Save our ferry")
    assert _part(doc, a, "speaker") == "the protesters"
    assert a.evidence.endswith("shout:quote-before")


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A hand-made parse (the parser's attachment varies with the wording, the rule must not)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    pos = {"VBG": "VERB", "VBN": "VERB", "VBZ": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "DT": "DET",
           "CC": "CCONJ", "TO": "PART", "VB": "VERB", ".": "PUNCT", "PRP": "PRON"}
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags])


def test_a_coordinated_object_stays_in_the_content() -> None:
    from spinscope.components.attribution.cues import _rest_of_phrase

    # "Ms. Okafor has mentioned refinancing the debt and forcing the board to sell the tugs."
    doc = _parsed(["Ms.", "Okafor", "has", "mentioned", "refinancing", "the", "debt", "and", "forcing", "the",
                   "board", "to", "sell", "the", "tugs", "."],
                  [1, 3, 3, 3, 3, 6, 4, 3, 3, 10, 8, 12, 8, 14, 12, 3],
                  ["compound", "nsubj", "aux", "ROOT", "dobj", "det", "dobj", "cc", "conj", "det", "dobj", "aux",
                   "xcomp", "det", "dobj", "punct"],
                  ["NNP", "NNP", "VBZ", "VBN", "VBG", "DT", "NN", "CC", "VBG", "DT", "NN", "TO", "VB", "DT", "NNS",
                   "."])
    rest = _rest_of_phrase(doc[3], doc[4])
    assert [t.text for t in rest] == ["forcing"]
    # a conjunct with a subject of its own is a clause of its own: "... and the board sold the tugs"
    doc = _parsed(["Ms.", "Okafor", "mentioned", "the", "debt", "and", "the", "board", "sold", "tugs", "."],
                  [1, 2, 2, 4, 2, 2, 7, 8, 2, 8, 2],
                  ["compound", "nsubj", "ROOT", "det", "dobj", "cc", "det", "nsubj", "conj", "dobj", "punct"],
                  ["NNP", "NNP", "VBN", "DT", "NN", "CC", "DT", "NN", "VBN", "NNS", "."])
    assert _rest_of_phrase(doc[2], doc[4]) == []


def test_a_coordinated_clause_with_its_own_subject_is_cut(extract) -> None:
    doc = extract("Ms. Okafor criticized the new timetable, and the mayor left the meeting early.")
    a = _find(doc, "the new timetable")
    assert "mayor" not in _part(doc, a, "content")


def test_a_colon_quote_is_given_to_the_agent_of_its_clause(extract) -> None:
    doc = extract("Before the vote, Mayor Ines Valko gave her campaign a blunt new slogan: “This election is about the "
                  "ferry, and about me.”")
    a = _find(doc, "This election is about the ferry")
    assert _part(doc, a, "speaker") == "Mayor Ines Valko"


def test_a_quote_ending_the_paragraph_before_is_not_the_next_cue_s(extract) -> None:
    doc = extract("Ferry news\n\n"
                  "The island weekly Harbour Light blamed the cut on “a slump in summer bookings and a quarrel between "
                  "the two ferry companies.”\n\n"
                  "The head of the port authority spoke briefly on Friday.")
    for a in doc.attributions:
        if "a slump in summer bookings" in _part(doc, a, "content"):
            assert "port authority" not in (_part(doc, a, "speaker") or "")


def test_a_date_is_not_what_was_spoken_of(extract) -> None:
    doc = extract("The head of the port authority spoke briefly on Friday.")
    assert not [a for a in doc.attributions if _part(doc, a, "content") == "Friday"]


def test_a_quoted_title_is_not_a_statement(extract) -> None:
    doc = extract("“The ferry will run again next spring,” the harbour master said. Her remarks were broadcast on "
                  "“The Island Morning Hour With Tom Bell” on Friday.")
    assert not [a for a in doc.attributions if "Island Morning Hour" in _part(doc, a, "content")]
    assert _find(doc, "The ferry will run again next spring")


def test_the_channel_a_stance_was_voiced_on_is_not_content(extract) -> None:
    doc = extract("Senator Lund commented on Island Radio that the ferry contract was a scandal.")
    assert not [a for a in doc.attributions if _part(doc, a, "content") == "Island Radio"]


STANCE_ADJECTIVES = [
    # (text, words of the content, speaker, rule)
    ("Many voters are afraid that the ferry will stop running in winter.", "the ferry will stop running",
     "Many voters", "afraid:ccomp"),
    ("Ms. Okafor is determined to keep the night ferry running.", "to keep the night ferry running", "Ms. Okafor",
     "determined:ccomp"),
    ("The investors were unsure whether the new quay would be finished.", "whether the new quay would be",
     "The investors", "unsure:ccomp"),
    ("The mayor is bearish on the island's ferry business.", "the island's ferry business",
     "The mayor", "bearish:prep"),
]


@pytest.mark.parametrize(("text", "content", "speaker", "rule"), STANCE_ADJECTIVES,
                         ids=[s[0][:30] for s in STANCE_ADJECTIVES])
def test_stance_adjectives_are_weak_attributions(extract, text: str, content: str, speaker: str, rule: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert a.evidence.endswith(f"stance-adjective:{rule}")
    assert a.score < RULE_SCORES["verb:ccomp"]


@pytest.mark.parametrize("text", [
    "The ferry is ready to sail at noon.",  # not an agent, not a state of mind
    "We are afraid that the ferry will stop running.",  # the author's own
    "“I am sure the ferry will run,” the mayor said.",  # the quoted speaker's own words: the quote is the finding
])
def test_no_stance_adjective_without_an_agent_of_the_report(extract, text: str) -> None:
    doc = extract(text)
    assert not [a for a in doc.attributions if "stance-adjective" in a.evidence]


def test_a_parenthetical_cue_whose_subject_the_parser_misplaced(extract) -> None:
    doc = extract("To grasp the old harbour feud, Judge Ana Marquez said, a visitor should read the port ledgers.")
    a = _find(doc, "a visitor should read the port ledgers")
    assert _part(doc, a, "speaker") == "Judge Ana Marquez"
    assert a.evidence.split(":")[3] == "parenthetical"


def test_a_contrasting_report_at_the_end_of_another_is_its_own(extract) -> None:
    doc = extract("Ms. Okafor said the night ferry had lost money for years, though she noted that bookings were "
                  "finally rising.")
    first = _find(doc, "the night ferry had lost money for years")
    second = _find(doc, "bookings were finally rising")
    assert first is not second
    assert "though" not in _part(doc, first, "content")
    assert "bookings" not in _part(doc, first, "content")
    assert _part(doc, second, "speaker") == "she"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Experts say the plan would make the timetable worse. Said Ellis: “I do not think she cares about the ferry "
     "at all.”", "Ellis", "I do not think she cares about the ferry"),
    ("The council voted on Monday. Added the mayor, “We will see about the ferry soon enough.”", "the mayor",
     "We will see about the ferry soon enough"),
])
def test_an_inverted_cue_opening_its_sentence(extract, text: str, speaker: str, content: str) -> None:
    doc = extract(text)
    a = _find(doc, content)
    assert _part(doc, a, "speaker") == speaker
    assert a.evidence.endswith(":inverted")


@pytest.mark.parametrize("cue", ["said:", "said,", "replied,"])
def test_a_quote_opening_right_after_its_cue_is_said_whole(extract, cue: str) -> None:
    doc = extract(f"In a statement on Friday, the senator {cue} “I am honoured by the endorsement. We fought a hard "
                  "battle. I look forward to working with him.”\n\nThe vote is on Tuesday.")
    a = _find(doc, "I am honoured")
    assert _part(doc, a, "content") == ("I am honoured by the endorsement. We fought a hard battle. "
                                        "I look forward to working with him")
    assert _part(doc, a, "speaker") == "the senator"


def test_a_clause_before_a_later_quote_is_not_stretched(extract) -> None:
    doc = extract("The senator said the vote was close, and “nobody expected it”, an aide added later.")
    a = _find(doc, "the vote was close")
    assert "nobody expected" not in (_part(doc, a, "content") or "")


def test_a_modifier_after_a_comma_stays_in_what_was_spoken_of(extract) -> None:
    doc = extract("The mayor spoke warmly of her long walks along the river, past the old mills and the ferry landing.")
    assert _part(doc, _find(doc, "her long walks"), "content") == ("her long walks along the river, past the old "
                                                                    "mills and the ferry landing")
    doc = extract("The minister warned of higher prices, and the unions called for a strike.")
    assert _part(doc, _find(doc, "higher prices"), "content") == "higher prices"
