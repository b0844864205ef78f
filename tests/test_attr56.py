"""Attributions, round 56: the lead's reading of SemEval-2023 articles (sentences written for the test, not taken
from any article). Each test fails without its rule in `attribution/round56.py`."""

from __future__ import annotations

from tests.attribution_rows import attribution_details

_rows = attribution_details


# ------------------------------------------------------------------------------------------ questions

def test_a_question_whose_subject_would_speak_is_no_report() -> None:
    rows = _rows("The firm closed forty pages last week. Does the firm think it knows better than its readers? "
                 "Does the union back our nurses at all?")
    assert all(r["cue"] not in ("think", "back") for r in rows), rows


def test_do_they_not_know_is_no_report() -> None:
    rows = _rows("The board wants everyone over twenty. Do they not know that young people also serve in the navy?")
    assert all(r["cue"] != "know" for r in rows), rows


def test_who_knows_is_no_report() -> None:
    rows = _rows("Who knows exactly what they mean by fairness in this case.")
    assert all(r["cue"] != "knows" for r in rows), rows


def test_a_statement_with_think_still_counts() -> None:
    rows = _rows("The firm thinks it knows better than its readers. Does it matter?")
    assert any(r["cue"] == "thinks" for r in rows), rows


def test_the_writers_talking_about_question_is_no_report() -> None:
    rows = _rows("And just what kind of measures are we talking about here?")
    assert all(not (r["cue"] or "").startswith("talking") for r in rows), rows


def test_a_generic_you_in_a_conditional_is_no_source() -> None:
    rows = _rows("If you buy into this story, you probably think Detroit is a safe city.")
    assert all(r["cue"] != "think" for r in rows), rows


# ------------------------------------------------------------------------------------------ false cues

def test_assaulted_is_no_stance() -> None:
    rows = _rows("I'm all for cases like the gunman who assaulted pupils and staff being arrested and dealt with "
                 "lawfully.")
    assert all(r["cue"] != "assaulted" for r in rows), rows


def test_deny_with_two_objects_withholds() -> None:
    rows = _rows("I'm all for cases like the gunman who assaulted pupils and staff being arrested and dealt with "
                 "lawfully, but seizing people's homes and denying them their freedom based on rumours is simply "
                 "wrong.")
    assert all(r["cue"] != "denying" for r in rows), rows


def test_a_failed_telling_states_nothing() -> None:
    rows = _rows("She fails in her essay to tell us exactly how these rules protect anyone.")
    assert all(r["cue"] != "tell" for r in rows), rows


def test_a_law_that_recognizes_a_right_is_no_speaker() -> None:
    rows = _rows("The First Amendment recognizes the right to speak freely.")
    assert all(r["cue"] != "recognizes" for r in rows), rows


def test_an_event_implying_something_is_no_speaker() -> None:
    rows = _rows("The storm hit around noon with news alerts going out at the same moment, implying that they "
                 "were tipped off about it.")
    assert all(r["cue"] != "implying" for r in rows), rows


# ------------------------------------------------------------------------------------------ quote continuations

def test_the_writer_is_never_continued() -> None:
    rows = _rows("Cutting school budgets does not raise test scores either, as we've shown before, and the "
                 "figures are out there for anyone to check.\nThese reformers also \"Support Universal Pre-School, "
                 "Cap Class Sizes and Raise Teacher Pay in Rural Districts.\"\nOnce more, none of this will help "
                 "children who cannot read.")
    pay = [r for r in rows if r["content"].startswith("Support Universal")]
    assert [r["speaker"] for r in pay] == ["These reformers"], rows


def test_a_name_before_a_quoted_mantra_is_its_speaker() -> None:
    rows = _rows("Nobody should lose a licence merely because someone claims that a relative is unstable. This is "
                 "the Biden, \"Take the licence first and ask questions later\" mantra.")
    mantra = [r for r in rows if r["content"].startswith("Take the licence")]
    assert [r["speaker"] for r in mantra] == ["Biden"], rows


def test_a_paragraph_quote_closed_by_its_tag_is_the_tags_speaker() -> None:
    rows = _rows("The ministry said the accounts were “spreading lies about who they are.” That could not be "
                 "further from the truth.\n“We were approved by the ministry with a stamp on our licence, so they "
                 "know we are a real charity. They have read our “Deed of Trust” which was filed in Ohio, where my "
                 "partner lives,” Anna Roe, co-founder of Fair Aid, explained.\nLater the ministry suggested another "
                 "reason for the ban.")
    tagged = [r for r in rows if r["cue"] == "explained"]
    assert [(r["name"], r["content"][:10]) for r in tagged] == [("Anna Roe", "We were ap")], rows
    assert all(not r["content"].startswith("We were") for r in rows if r["name"] == "ministry"), rows


def test_according_to_a_colon_gives_the_list_items() -> None:
    rows = _rows("The council met last week. So what are the new rules? According to the mayors:\n"
                 "Hiring fifty more building inspectors, including:\n"
                 "Training them in fire safety;\n"
                 "Paying them from the new tax; and\n"
                 "Fining landlords who ignore the rules.\n"
                 "None of this will make a single flat any cheaper, of course.")
    mayors = [r["content"] for r in rows if r["speaker"] == "the mayors"]
    assert len(mayors) == 4 and mayors[-1].startswith("Fining landlords"), rows
    assert all(not r["content"].startswith("None of this") for r in rows), rows


# ------------------------------------------------------------------------------------------ speakers and types

def test_the_group_is_the_organisation_named_before() -> None:
    rows = _rows("The Dock Workers Alliance said that the port must stay open. " + "The port has been busy. " * 80 +
                 "It has also said that the fees rose too fast.\n“The alliance condemns the conduct of the port "
                 "board and asks the city to act at once,” the group wrote.")
    group = [r for r in rows if r["speaker"] == "the group"]
    assert [(r["name"], r["type"]) for r in group] == [("Dock Workers Alliance", "organization")], rows


def test_they_is_no_thing() -> None:
    rows = _rows("The statistics refute their arguments. So, while they tell you they support free speech, they "
                 "ban every critic.")
    told = [r for r in rows if r["cue"] == "tell"]
    assert told and all(r["name"] != "statistics" for r in told), rows


def test_an_associations_past_president_is_a_person() -> None:
    rows = _rows("“Doctors see the harm every day,” said AMA Immediate Past President Carl J. Nolan at a meeting.")
    assert [(r["name"], r["type"]) for r in rows if r["cue"] == "said"] == [("Carl J. Nolan", "person")], rows


def test_an_associations_past_president_has_no_government_code() -> None:
    from spinscope import analyze
    text = ("Doctors in the United States want tighter gun laws, the medical association said in Washington. "
            "“Doctors see the harm every day,” said AMA Immediate Past President Carl J. Nolan at the meeting. "
            "Later, US President Donald Trump said he would not sign any such bill.")
    codes = {a.name: a.code for a in analyze(text).actors}
    assert codes.get("Carl J. Nolan") is None and codes.get("Donald Trump") == "USAGOV", codes


def test_they_is_no_single_named_person() -> None:
    from spinscope.components.attribution import round56
    from spinscope.result import Attribution, Span

    text = "Ann Voss was fired. The staff defend her, whatever pills they claim to have found."
    at = text.index("they claim")

    def span(start: int, end: int, label: str) -> Span:
        return Span(start=start, end=end, label=label, score=0.5, evidence="test")

    a = Attribution(start=at, end=len(text) - 1, label="attribution", score=0.2, evidence="test", kind="indirect",
                    speaker=span(at, at + 4, "speaker"), cue=span(at + 5, at + 10, "cue"),
                    content=span(at + 11, len(text) - 1, "content"), source_type="person", speaker_name="Ann Voss",
                    resolved_from=span(0, 8, "antecedent"))
    out = round56._they_agrees(text, [a])
    assert (out[0].speaker_name, out[0].named, out[0].resolved_from) == (None, False, None), out
