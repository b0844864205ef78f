"""Round 23 of the attribution layer (issue 16), on sentences of our own: a quotation broken over lines (texts with
one sentence a line, as the SemEval and PTC articles are) is one quotation, said by whoever the line that closes it
names."""

from __future__ import annotations

import pytest

from spinscope.components.attribution import find_quotes
from spinscope.components.core import paragraph_ranges
from tests.test_attribution import _part


def _by_content(doc, words: str):  # type: ignore[no-untyped-def]
    hits = [a for a in doc.attributions if words in (_part(doc, a, "content") or "")]
    assert hits, [(_part(doc, a, "speaker"), _part(doc, a, "content")) for a in doc.attributions]
    return hits[0]


def _quotes(text: str) -> list[tuple[str, bool]]:
    quotes, _ = find_quotes(text, paragraph_ranges(text))
    return [(text[q.start:q.end], q.balanced) for q in quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The council met on Monday.\n“Release the audit to the public.\nToday,” Sen. Ruth Amble of Iowa tweeted.",
     "Sen. Ruth Amble of Iowa"),
    ("The council met on Monday.\n\"Release the audit to the public.\nToday,\" Sen. Ruth Amble of Iowa tweeted.",
     "Sen. Ruth Amble of Iowa"),
    ("The council met on Monday.\n“Release the audit to the public.\nThe voters paid for it.\nThey deserve it.\n"
     "Today,” Sen. Ruth Amble of Iowa wrote.", "Sen. Ruth Amble of Iowa"),
])
def test_a_quote_broken_over_lines_goes_to_the_speaker_of_its_last_line(extract, text, speaker) -> None:
    doc = extract(text)
    found = _by_content(doc, "Release the audit to the public")
    assert _part(doc, found, "speaker") == speaker
    assert (_part(doc, found, "content") or "").endswith("Today")


def test_a_quote_broken_over_lines_after_said_is_said_whole(extract) -> None:
    doc = extract("Gov. Leon Pratt of Utah said, “the audit must be public at once.\nVoters have a right to read it.”")
    found = _by_content(doc, "the audit must be public")
    assert _part(doc, found, "speaker") == "Gov. Leon Pratt of Utah"
    assert _part(doc, found, "content") == "the audit must be public at once.\nVoters have a right to read it"


def test_a_quote_broken_over_lines_after_an_object_loses_its_mark(extract) -> None:
    doc = extract("Gov. Leon Pratt of Utah said the audit “must be made public at once.\nNothing less will do.”")
    found = _by_content(doc, "must be made public")
    assert not (_part(doc, found, "content") or "").startswith("“")
    assert (_part(doc, found, "content") or "").endswith("Nothing less will do")


def test_quotes_are_joined_only_through_lines_without_marks() -> None:
    # the newspaper convention: each new paragraph of a long quote opens with a mark; the first stays open
    assert _quotes("“We will rebuild the port.\n\n“We will do it this year,” she said.") == [
        ("“We will rebuild the port.", False), ("“We will do it this year,”", True)]
    # a line that opens its own quote first keeps the quote before it open
    first = _quotes("“We will rebuild the port.\nHe left. “Not now,” she said.")[0]
    assert first == ("“We will rebuild the port.", False)
    # too many lines without marks: no join
    text = "“We will rebuild.\nA.\nB.\nC.\nD.\nSoon,” she said."
    assert _quotes(text)[0] == ("“We will rebuild.", False)
    # joined: one quote over the lines, the closing mark no longer stray
    text = "“We will rebuild.\nIt will be soon,” she said."
    quotes, stray = find_quotes(text, paragraph_ranges(text))
    assert [(text[q.start:q.end], q.balanced) for q in quotes] == [("“We will rebuild.\nIt will be soon,”", True)]
    assert stray == []


def test_a_straight_mark_that_opens_a_line_is_no_closing_one() -> None:
    text = "\"We will rebuild the port.\n\"Not this year,\" she said."
    assert _quotes(text)[1] == ("\"Not this year,\"", True)


@pytest.mark.parametrize("text", [
    "A guard in charge of the prison was arrested on Friday.",
    "The deputy took charge of the talks in May.",
    "She was put in charge of the new port authority.",
])
def test_charge_as_a_duty_is_no_accusation(extract, text) -> None:
    doc = extract(text)
    assert not [a for a in doc.attributions if (_part(doc, a, "cue") or "").startswith("charge")]


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor resigned amid charges of fraud.", "fraud"),
    ("Police brought charges of arson against the owner.", "arson"),
    ("The inquiry has resulted in 40 charges against nine officials.", "nine officials"),
])
def test_charges_of_a_crime_stay_accusations(extract, text, content) -> None:
    doc = extract(text)
    assert content in [_part(doc, a, "content") for a in doc.attributions]


def test_a_single_quote_broken_over_lines_goes_to_the_speaker_of_its_last_line(extract) -> None:
    doc = extract("The Prime Minister spoke in Leeds on Monday.\n‘We will not be moved.\nNot one inch,’ he added.")
    found = _by_content(doc, "We will not be moved")
    assert _part(doc, found, "speaker") == "he"
    assert _part(doc, found, "content") == "We will not be moved.\nNot one inch"


@pytest.mark.parametrize("text", [
    "‘We will not be moved.\nThe farmers don’t agree.",          # an apostrophe inside a word closes nothing
    "‘We will not be moved.\n“Not one inch,” he added.",          # a line that opens a quote of its own
    "‘We will not be moved.\nA.\nB.\nC.\nD.\nNot one inch,’ he added.",  # too many lines between
])
def test_a_single_quote_left_open_is_joined_only_to_a_closing_mark(text) -> None:
    assert not any(q[0].startswith("‘We will not be moved.\n") for q in _quotes(text))


def test_joined_quotes_never_overlap_others() -> None:
    import random
    from itertools import pairwise

    rng = random.Random(23)
    alphabet = [*"ab .,!?\n\n“”\"'‘’«»„", " he said", " don’t", " farmers’"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        quotes, _ = find_quotes(text, paragraph_ranges(text))
        assert all(a.end <= b.start for a, b in pairwise(quotes)), repr(text)


def test_he_closing_a_long_quote_is_the_man_named_just_before_it(extract) -> None:
    doc = extract(
        "Auditor John Kessler sent his report to the board on Friday, and he said it was final.\n"
        "Rep. Dan Orwell of Ohio, who has studied the accounts as a member of the budget panel for many years, has "
        "been a critic of the audit.\n"
        "“The delay suggests no more charges are coming from the prosecutors in this county or in any other county.\n"
        "If that is true, we wasted two years of work on an inquiry that was doomed to fail from the very first day.\n"
        "The voters of this state paid for every hour of it, and they deserve far better than this from all of us.\n"
        "Not even one,” he wrote on Twitter.")
    found = _by_content(doc, "The delay suggests")
    assert found.speaker_name == "Dan Orwell"


def test_he_after_a_short_quote_still_goes_to_the_subject_of_its_gender(extract) -> None:
    doc = extract("Auditor John Kessler sent his report to the board, and he said it was final.\n"
                  "“It is final,” he told the board.")
    assert _by_content(doc, "It is final").speaker_name == "John Kessler"
